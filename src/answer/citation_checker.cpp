#include "answer/citation_checker.h"

#include <algorithm>
#include <optional>
#include <set>

#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

bool IsOpen(char32_t c) { return c == U'[' || c == U'［' || c == U'【'; }
bool IsClose(char32_t c) { return c == U']' || c == U'］' || c == U'】'; }
int DigitValue(char32_t c) { return c <= U'9' ? static_cast<int>(c - U'0') : static_cast<int>(c - U'０'); }
bool IsListSeparator(char32_t c) { return c == U',' || c == U'，' || c == U'、' || c == U' ' || c == U'-'; }

// A marker at `pos` in `cps`: "[" digits (separator digits)* "]". Returns
// the numbers and the index just past the marker.
std::optional<std::pair<std::vector<size_t>, size_t>> ReadMarker(const std::u32string& cps, size_t pos) {
  if (pos >= cps.size() || !IsOpen(cps[pos])) return std::nullopt;
  std::vector<size_t> numbers;
  size_t i = pos + 1;
  while (i < cps.size()) {
    if (!utf8::IsDecimalDigit(cps[i])) return std::nullopt;
    size_t n = 0;
    size_t digits = 0;
    while (i < cps.size() && utf8::IsDecimalDigit(cps[i])) {
      if (++digits > 3) return std::nullopt;  // not a citation: a year, an amount
      n = n * 10 + static_cast<size_t>(DigitValue(cps[i++]));
    }
    numbers.push_back(n);
    if (i < cps.size() && IsClose(cps[i])) return std::make_pair(numbers, i + 1);
    bool separated = false;
    while (i < cps.size() && IsListSeparator(cps[i])) {
      ++i;
      separated = true;
    }
    if (!separated) return std::nullopt;
  }
  return std::nullopt;
}

bool IsSentenceEnd(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';' || c == U'\n' ||
         c == U'…';
}
bool IsClosingQuote(char32_t c) {
  return c == U'」' || c == U'』' || c == U'）' || c == U'”' || c == U'’' || c == U')';
}

std::string Encode(const std::u32string& cps, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) utf8::Append(out, cps[i]);
  return out;
}

// Letters, digits and Han characters outside markers: what a claim is made of.
size_t ClaimChars(const std::u32string& s) {
  size_t n = 0;
  for (char32_t c : s) {
    if (utf8::IsHan(c) || utf8::IsAsciiAlnum(c) || (c >= 0xC0 && c < 0x2000)) ++n;
  }
  return n;
}

// "標題：", "說明：", "一、", "問一：" and the like: a heading, not a claim.
bool IsHeading(const std::u32string& s) {
  size_t end = s.size();
  while (end > 0 && utf8::IsSpace(s[end - 1])) --end;
  return end > 0 && (s[end - 1] == U'：' || s[end - 1] == U':');
}

}  // namespace

CitationCheck CheckCitations(std::string_view text, size_t evidence_count, size_t min_claim_chars) {
  std::u32string cps;
  for (size_t pos = 0; pos < text.size();) cps.push_back(utf8::DecodeNext(text, pos));

  // Pass 1: rewrite markers. `out` is the checked text; for each sentence we
  // remember whether it holds a valid marker.
  CitationCheck check;
  std::set<size_t> cited;
  std::u32string out;
  std::u32string sentence;  // the current sentence's claim text (no markers)
  bool sentence_cited = false;
  std::set<size_t> sentence_numbers;  // valid numbers the current sentence cites
  size_t sentence_start = 0;          // in `out`
  std::set<size_t> marker_run;        // numbers of the markers written since the last non-space character
  auto close_sentence = [&](size_t end_in_out) {
    const bool claim = ClaimChars(sentence) >= min_claim_chars && !IsHeading(sentence);
    if (!sentence_cited && claim) {
      std::string s = Encode(out, sentence_start, end_in_out);
      std::string_view t = utf8::Trim(s);
      if (!t.empty()) check.unsupported_sentences.emplace_back(t);
    }
    std::string words = Encode(sentence, 0, sentence.size());
    if (std::string_view t = utf8::Trim(words); !t.empty()) {
      check.sentences.push_back({std::string(t), {sentence_numbers.begin(), sentence_numbers.end()}, claim});
    }
    sentence.clear();
    sentence_cited = false;
    sentence_numbers.clear();
    sentence_start = end_in_out;
  };
  bool pending_end = false;  // a sentence ended; markers right after still belong to it

  for (size_t i = 0; i < cps.size();) {
    if (auto marker = ReadMarker(cps, i)) {
      for (size_t n : marker->first) {
        if (n >= 1 && n <= evidence_count) {
          if (marker_run.count(n)) {
            ++check.duplicates_folded;
            continue;
          }
          std::string m = "[" + std::to_string(n) + "]";
          for (char c : m) out.push_back(static_cast<char32_t>(c));
          cited.insert(n);
          sentence_cited = true;
          sentence_numbers.insert(n);
          marker_run.insert(n);
        } else {
          check.removed.push_back("[" + std::to_string(n) + "]");
        }
      }
      i = marker->second;
      continue;
    }
    char32_t c = cps[i];
    if (pending_end && !(utf8::IsSpace(c) && c != U'\n')) {
      close_sentence(out.size());
      pending_end = false;
    }
    out.push_back(c);
    ++i;
    if (!utf8::IsSpace(c)) marker_run.clear();
    if (c == U'\n') {
      pending_end = false;
      close_sentence(out.size());
      continue;
    }
    sentence.push_back(c);
    if (IsSentenceEnd(c)) {
      while (i < cps.size() && IsClosingQuote(cps[i])) {
        out.push_back(cps[i]);
        sentence.push_back(cps[i++]);
      }
      pending_end = true;
    }
  }
  close_sentence(out.size());

  check.text = Encode(out, 0, out.size());
  check.cited.assign(cited.begin(), cited.end());
  return check;
}

}  // namespace wenyuan::answer
