#include "clean/running_heads.h"

#include <algorithm>
#include <map>
#include <string>

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHead = 30;
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

}  // namespace

bool IsBarePageNumber(const std::u32string& core) {
  if (core.empty() || core.size() > 4) return false;
  if (std::all_of(core.begin(), core.end(), [](char32_t c) { return c >= '0' && c <= '9'; })) return true;
  return std::all_of(core.begin(), core.end(), [](char32_t c) { return c == 'i' || c == 'v' || c == 'x'; }) ||
         std::all_of(core.begin(), core.end(), [](char32_t c) { return c == 'I' || c == 'V' || c == 'X'; });
}

void MarkRunningHeads(std::vector<PageLine>& lines) {
  std::map<std::u32string, std::vector<size_t>> seen;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank() || l.core.size() > kMaxHead || HasSentencePunct(l.core) || CountHan(l.core) < 2) continue;
    seen[l.core].push_back(i);
  }
  for (const auto& [core, at] : seen) {
    if (at.size() < kMinRepeats) continue;
    // One page number beside each, the pages going up ("1", "2", "9",
    // "15"): a table's row numbers beside a cell repeated down a column
    // ("8", "1", "1") are none.
    std::vector<size_t> numbers;
    long last = -1;
    bool rising = true;
    for (size_t i : at) {
      size_t n = lines.size();
      for (bool after : {false, true}) {
        const size_t k = Neighbour(lines, i, after);
        if (n == lines.size() && k < lines.size() && IsBarePageNumber(lines[k].core)) n = k;
      }
      if (n == lines.size()) break;
      numbers.push_back(n);
      const std::u32string& c = lines[n].core;
      const bool digits = c[0] >= '0' && c[0] <= '9';
      const long page = digits ? std::stol(EncodeUtf8(c)) : 0;  // a roman numeral: the front matter
      rising = rising && (!digits ? last < 0 : page > last);
      last = digits ? page : last;
    }
    if (numbers.size() < at.size() || !rising) continue;
    for (size_t i : at) {
      if (lines[i].kept()) lines[i].reason = kRunningHead;
    }
    for (size_t n : numbers) {
      if (lines[n].kept()) lines[n].reason = kRunningHead;
    }
  }
}

}  // namespace wenyuan::clean
