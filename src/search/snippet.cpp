#include "search/snippet.h"

#include <algorithm>
#include <cstdint>

#include "util/utf8.h"

namespace wenyuan::search {
namespace {

// Which tokens are query-term hits. Built once per passage from the query
// terms; a passage has hundreds of tokens, so each is first checked against
// a 64-bit mask of the terms' last bytes and only then looked up.
class TermMatcher {
 public:
  explicit TermMatcher(const std::vector<std::string>& query_terms) {
    for (const auto& q : query_terms) {
      if (q.empty()) continue;  // no token is empty
      exact_.push_back(q);
      mask_ |= Bit(q);
      // A query term of one Han character matches every token holding it
      // (it was searched as such: index::CharTerm).
      size_t at = 0;
      if (utf8::IsHan(utf8::DecodeNext(q, at)) && at == q.size()) single_.push_back(q);
    }
    std::sort(exact_.begin(), exact_.end());
  }

  bool Wanted(std::string_view term) const {
    if ((mask_ & Bit(term)) && std::binary_search(exact_.begin(), exact_.end(), term)) return true;
    for (const auto c : single_) {
      if (term.find(c) != std::string_view::npos) return true;
    }
    return false;
  }

 private:
  static uint64_t Bit(std::string_view s) { return uint64_t{1} << (static_cast<unsigned char>(s.back()) & 63); }

  std::vector<std::string_view> exact_;  // sorted
  std::vector<std::string_view> single_;
  uint64_t mask_ = 0;
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
  const size_t n = tokenizer.ForEachToken(text, [&](std::string_view term, uint32_t begin, uint32_t end) {
    if (!matcher.Wanted(term)) return;
    if (!hits.empty() && begin <= hits.back().end) {
      hits.back().end = std::max<size_t>(hits.back().end, end);
    } else {
      hits.push_back({begin, end});
    }
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
