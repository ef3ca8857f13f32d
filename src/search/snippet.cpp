#include "search/snippet.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "util/utf8.h"

namespace wenyuan::search {
namespace {

// Which tokens are query-term hits. Built once per passage from the query
// terms; a passage has hundreds of tokens. A Han token is matched by its
// code points: a term of one or two code points (whose UTF-8 they are) is
// kept as such, and each code point is first checked against small bitmaps
// of the terms' characters, so most of a passage's characters cost two
// bit tests. A word is checked against a 64-bit mask of the terms' last
// bytes and only then looked up.
class TermMatcher {
 public:
  explicit TermMatcher(const std::vector<std::string>& query_terms) {
    for (const auto& q : query_terms) {
      if (q.empty()) continue;  // no token is empty
      exact_.push_back(q);
      mask_ |= Bit(q);
      // The term as code points, where they encode back to it.
      char32_t cps[2];
      size_t count = 0, at = 0;
      while (at < q.size() && count < 2) cps[count++] = utf8::DecodeNext(q, at);
      if (at != q.size() || !RoundTrips(q, cps, count)) continue;
      if (count == 2) {
        pairs_.push_back(uint64_t{cps[0]} << 32 | cps[1]);
        Set(first_chars_, cps[0]);
        Set(second_chars_, cps[1]);
        continue;
      }
      // A term of one character matches the token of that character; of one
      // Han character, every token holding it (it was searched as such:
      // index::CharTerm).
      ones_.push_back(cps[0]);
      Set(one_chars_, cps[0]);
      if (utf8::IsHan(cps[0])) {
        singles_.push_back(cps[0]);
        Set(single_chars_, cps[0]);
      }
    }
    std::sort(exact_.begin(), exact_.end());
  }

  // A bigram token of the folded characters `first`, `second`.
  bool WantedBigram(char32_t first, char32_t second) const {
    if (Has(first_chars_, first) && Has(second_chars_, second) &&
        std::find(pairs_.begin(), pairs_.end(), uint64_t{first} << 32 | second) != pairs_.end()) {
      return true;
    }
    if (Has(single_chars_, first) && std::find(singles_.begin(), singles_.end(), first) != singles_.end()) return true;
    return Has(single_chars_, second) && std::find(singles_.begin(), singles_.end(), second) != singles_.end();
  }

  // A token of the one folded character `c` (a run of one Han character).
  bool WantedSingle(char32_t c) const {
    return Has(one_chars_, c) && std::find(ones_.begin(), ones_.end(), c) != ones_.end();
  }

  // A word token (ASCII): only an equal term matches it (a one-Han-
  // character term is never inside it).
  bool WantedWord(std::string_view term) const {
    return (mask_ & Bit(term)) && std::binary_search(exact_.begin(), exact_.end(), term);
  }

 private:
  using CharBits = std::array<uint64_t, 16>;  // a bit per code point modulo 1024

  static uint64_t Bit(std::string_view s) { return uint64_t{1} << (static_cast<unsigned char>(s.back()) & 63); }
  static void Set(CharBits& bits, char32_t c) { bits[(c >> 6) & 15] |= uint64_t{1} << (c & 63); }
  static bool Has(const CharBits& bits, char32_t c) { return (bits[(c >> 6) & 15] >> (c & 63)) & 1; }

  static bool RoundTrips(std::string_view term, const char32_t* cps, size_t count) {
    char buffer[8];
    char* end = buffer;
    for (size_t i = 0; i < count; ++i) end = utf8::EncodeTo(end, cps[i]);
    return std::string_view(buffer, static_cast<size_t>(end - buffer)) == term;
  }

  std::vector<std::string_view> exact_;  // sorted
  uint64_t mask_ = 0;
  std::vector<uint64_t> pairs_;    // terms of two code points, first << 32 | second
  std::vector<char32_t> ones_;     // terms of one code point
  std::vector<char32_t> singles_;  // terms of one Han character
  CharBits first_chars_{}, second_chars_{}, one_chars_{}, single_chars_{};
};

// Code points [begin, end) of `text`, end <= its code-point count.
std::string_view Slice(std::string_view text, size_t begin, size_t end) {
  size_t pos = 0;
  size_t cp = 0;
  for (; cp < begin; ++cp) utf8::DecodeNext(text, pos);
  const size_t from = pos;
  for (; cp < end; ++cp) utf8::DecodeNext(text, pos);
  return text.substr(from, pos - from);
}

}  // namespace

Snippet MakeSnippet(std::string_view text, const text::BigramTokenizer& tokenizer,
                    const std::vector<std::string>& query_terms, size_t chars) {
  const TermMatcher matcher(query_terms);
  std::vector<Highlight> hits;
  auto hit = [&hits](uint32_t begin, uint32_t end) {
    if (!hits.empty() && begin <= hits.back().end) {
      hits.back().end = std::max<size_t>(hits.back().end, end);
    } else {
      hits.push_back({begin, end});
    }
  };
  const size_t n = tokenizer.ForEachTokenOfCodePoints(
      text,
      [&](char32_t first, char32_t second, uint32_t begin) {
        if (matcher.WantedBigram(first, second)) hit(begin, begin + 2);
      },
      [&](char32_t c, uint32_t begin) {
        if (matcher.WantedSingle(c)) hit(begin, begin + 1);
      },
      [&](std::string_view term, uint32_t begin, uint32_t end) {
        if (matcher.WantedWord(term)) hit(begin, end);
      });
  Snippet s;
  size_t best_begin = 0;
  if (n > chars && !hits.empty()) {
    // Slide a window starting at each hit; keep the one covering most hits.
    size_t best = 0;
    for (size_t i = 0, j = 0; i < hits.size(); ++i) {
      size_t window_end = hits[i].begin + chars;
      while (j < hits.size() && hits[j].end <= window_end) ++j;
      if (j - i > best) {
        best = j - i;
        best_begin = hits[i].begin;
      }
    }
    // Show a little context before the first hit.
    best_begin = best_begin > chars / 6 ? best_begin - chars / 6 : 0;
    if (best_begin + chars > n) best_begin = n - chars;
  }
  s.begin = best_begin;
  s.end = std::min(n, best_begin + chars);
  s.text = std::string(Slice(text, s.begin, s.end));
  for (const auto& h : hits) {
    if (h.begin >= s.begin && h.end <= s.end) s.highlights.push_back(h);
  }
  return s;
}

}  // namespace wenyuan::search
