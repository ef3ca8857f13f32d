#include "clean/running_heads.h"

#include <algorithm>
#include <map>
#include <string>

#include "clean/dates_and_bylines.h"

namespace wenyuan::clean {
namespace {

// A header is one line: a report's whole title may be one (56 characters
// fit a PDF's line); what tells it from the text is its place, not its length.
constexpr size_t kMaxHead = 56;
constexpr size_t kMinRepeats = 3;

// The nearest non-blank line before `i` (`after` false) or after it.
size_t Neighbour(const std::vector<PageLine>& lines, size_t i, bool after) {
  if (after) {
    for (size_t k = i + 1; k < lines.size(); ++k) {
      if (!lines[k].blank()) return k;
    }
    return lines.size();
  }
  for (size_t k = i; k > 0; --k) {
    if (!lines[k - 1].blank()) return k - 1;
  }
  return lines.size();
}

// "…決算摘要      －1－": the page number between dashes at the end of a
// line, after a gap, with `head` set to the line before the gap; or "".
std::u32string TrailingPageNumber(const std::u32string& core, std::u32string* head);

}  // namespace

std::u32string PageNumberOfLine(const PageLine& line) {
  return line.bullet ? PageNumberOf(DecodeUtf32(utf8::Trim(line.raw))) : PageNumberOf(line.core);
}

bool IsBarePageNumber(const std::u32string& core) {
  if (core.empty() || core.size() > 4) return false;
  if (std::all_of(core.begin(), core.end(), [](char32_t c) { return c >= '0' && c <= '9'; })) return true;
  return std::all_of(core.begin(), core.end(), [](char32_t c) { return c == 'i' || c == 'v' || c == 'x'; }) ||
         std::all_of(core.begin(), core.end(), [](char32_t c) { return c == 'I' || c == 'V' || c == 'X'; });
}

std::u32string PageNumberOf(const std::u32string& core) {
  auto is_dash = [](char32_t c) { return c == '-' || c == U'—' || c == U'－' || c == U'─' || c == U'–' || c == U'‐'; };
  size_t begin = 0, end = core.size();
  size_t dashes_before = 0, dashes_after = 0;
  for (; begin < end && (is_dash(core[begin]) || utf8::IsSpace(core[begin])); ++begin)
    dashes_before += is_dash(core[begin]);
  for (; end > begin && (is_dash(core[end - 1]) || utf8::IsSpace(core[end - 1])); --end)
    dashes_after += is_dash(core[end - 1]);
  // Dashes on both sides ("— 3 —", "-12-"), or none ("3").
  if ((dashes_before == 0) != (dashes_after == 0)) return {};
  std::u32string number = core.substr(begin, end - begin);
  return IsBarePageNumber(number) ? number : std::u32string{};
}

void MarkPageNumberRuns(std::vector<PageLine>& lines) {
  constexpr size_t kMinRun = 3;          // page numbers in a row: 1, 2, 3
  constexpr size_t kMinPageChars = 150;  // a page's text between two of them
  auto isolated = [&](size_t i) {
    return (i == 0 || lines[i - 1].blank()) && (i + 1 == lines.size() || lines[i + 1].blank());
  };
  struct Number {
    size_t line;
    long page;  // 0 for a roman numeral
  };
  std::vector<Number> numbers;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank() || (!l.kept() && l.reason != "outside the main text") || !isolated(i)) continue;
    const std::u32string c = PageNumberOfLine(l);
    if (c.empty()) continue;
    numbers.push_back({i, c[0] >= '0' && c[0] <= '9' ? std::stol(EncodeUtf8(c)) : 0});
  }
  auto chars_between = [&](size_t a, size_t b) {
    size_t n = 0;
    for (size_t k = a + 1; k < b; ++k) n += lines[k].core.size();
    return n;
  };
  for (size_t first = 0; first < numbers.size();) {
    if (numbers[first].page == 0) {
      ++first;
      continue;
    }
    size_t last = first;
    while (last + 1 < numbers.size() && numbers[last + 1].page == numbers[last].page + 1 &&
           chars_between(numbers[last].line, numbers[last + 1].line) >= kMinPageChars) {
      ++last;
    }
    if (last - first + 1 >= kMinRun) {
      // The front matter's roman numbers right before the run go with it.
      size_t from = first;
      while (from > 0 && numbers[from - 1].page == 0 &&
             chars_between(numbers[from - 1].line, numbers[from].line) >= kMinPageChars) {
        --from;
      }
      for (size_t k = from; k <= last; ++k) lines[numbers[k].line].reason = kPageNumber;
    }
    first = last + 1;
  }
}

void MarkRunningHeads(std::vector<PageLine>& lines) {
  std::map<std::u32string, std::vector<size_t>> seen;
  std::map<size_t, std::u32string> own_number;  // a header's page number on its own line
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank() || HasSentencePunct(l.core) || CountHan(l.core) < 2) continue;
    // A header set in two parts across the page ("…調研報告      2025年第6期")
    // is measured and compared without the space between them; one whose
    // page number stands at its end between dashes ("…決算摘要      －1－")
    // without it.
    std::u32string head = l.core;
    if (const std::u32string number = TrailingPageNumber(l.core, &head); !number.empty()) own_number[i] = number;
    std::u32string key = WithoutSpaces(head);
    if (key.size() > kMaxHead) continue;
    seen[std::move(key)].push_back(i);
  }
  for (const auto& [core, at] : seen) {
    if (at.size() < kMinRepeats) continue;
    // One page number beside each, the pages going up ("1", "2", "9",
    // "15"): a table's row numbers beside a cell repeated down a column
    // ("8", "1", "1") are none. The first page's header may stand alone,
    // its number at the foot of that page; copies above it with no number
    // (the page's headline printing the same title) are the page's own.
    std::vector<size_t> numbers;
    long last = -1;
    bool rising = true;
    size_t leading = 0;  // copies before the first beside a number
    for (size_t i : at) {
      size_t n = own_number.contains(i) ? i : lines.size();
      for (bool after : {false, true}) {
        const size_t k = Neighbour(lines, i, after);
        if (n == lines.size() && k < lines.size() && !PageNumberOfLine(lines[k]).empty()) n = k;
      }
      if (n == lines.size()) {
        if (numbers.empty()) {
          ++leading;
          continue;
        }
        break;
      }
      numbers.push_back(n);
      const std::u32string c = n == i ? own_number.at(i) : PageNumberOfLine(lines[n]);
      const bool digits = c[0] >= '0' && c[0] <= '9';
      const long page = digits ? std::stol(EncodeUtf8(c)) : 0;  // a roman numeral: the front matter
      rising = rising && (!digits ? last < 0 : page > last);
      last = digits ? page : last;
    }
    if (numbers.size() + leading < at.size() || numbers.size() < 2 || !rising) continue;
    // Headers at the top of their pages (each after the number that ends
    // the page before): the last page's number is at its foot, the first
    // page number below the last header, the next page in the run.
    if (last >= 0 && numbers.back() < at.back()) {
      for (size_t k = at.back() + 1; k < lines.size(); ++k) {
        const std::u32string c = PageNumberOfLine(lines[k]);
        if (c.empty()) continue;
        if (c[0] >= '0' && c[0] <= '9' && std::stol(EncodeUtf8(c)) == last + 1) numbers.push_back(k);
        break;
      }
    }
    // The last copy with no number is the first page's header, unless the
    // page's date line stands under it: then it is the page's headline.
    size_t from = leading > 0 ? leading - 1 : 0;
    if (leading > 0) {
      const size_t below = Neighbour(lines, at[leading - 1], true);
      if (below < lines.size() && IsDateLine(lines[below].core)) from = leading;
    }
    for (size_t k = from; k < at.size(); ++k) {
      if (lines[at[k]].kept()) lines[at[k]].reason = kRunningHead;
    }
    for (size_t n : numbers) {
      if (lines[n].kept()) lines[n].reason = kRunningHead;
    }
  }
  MarkPageNumberRuns(lines);
}

namespace {

std::u32string TrailingPageNumber(const std::u32string& core, std::u32string* head) {
  // The last gap of two spaces or more ("…摘要      － 1 －" → "－ 1 －").
  size_t end = core.size();
  while (end > 1 && !(utf8::IsSpace(core[end - 1]) && utf8::IsSpace(core[end - 2]))) --end;
  if (end <= 1 || end == core.size()) return {};
  size_t gap = end;
  while (gap > 0 && utf8::IsSpace(core[gap - 1])) --gap;
  if (gap == 0) return {};
  const std::u32string tail = core.substr(end);
  const bool dashed = tail.find_first_of(U"-—－─–‐") != std::u32string::npos;
  std::u32string number = PageNumberOf(tail);
  if (!dashed || number.empty()) return {};
  *head = core.substr(0, gap);
  return number;
}

}  // namespace
}  // namespace wenyuan::clean
