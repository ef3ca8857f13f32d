#include "clean/date_headers.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeaderChars = 30;
constexpr size_t kMaxBylineChars = 60;
constexpr char kOutsideMainText[] = "outside the main text";  // clean/main_text_finder.h

// The numbers of `s` in order ("2026 Dec 05 Sat 21:18" → 2026 5 21 18).
std::vector<size_t> Numbers(std::u32string_view s) {
  std::vector<size_t> out;
  for (size_t k = 0; k < s.size();) {
    if (!utf8::IsDecimalDigit(s[k])) {
      ++k;
      continue;
    }
    size_t n = 0;
    for (; k < s.size() && utf8::IsDecimalDigit(s[k]) && n < 100000; ++k) n = n * 10 + (s[k] - U'0');
    out.push_back(n);
  }
  return out;
}

// A date and maybe its time and weekday, nothing else: numbers with date
// marks, month or weekday names (Latin letters), 星期/週/周 and a weekday.
bool IsBareDate(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxHeaderChars || HasSentenceEnd(core)) return false;
  const std::vector<size_t> numbers = Numbers(core);
  if (numbers.size() < 2 || (numbers[0] < 1900 && numbers.back() < 1900)) return false;
  // Latin words only as month and weekday names ("Dec", "Saturday").
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",    "may",      "june",
                                                "july",    "august",   "september", "october",  "november", "december",
                                                "monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday",
                                                "sunday",  "am",       "pm"};
  for (size_t k = 0; k < core.size();) {
    std::string word;
    while (k < core.size() && ((core[k] >= 'a' && core[k] <= 'z') || (core[k] >= 'A' && core[k] <= 'Z'))) {
      word += static_cast<char>(core[k] | 0x20);
      ++k;
    }
    if (word.empty()) {
      ++k;
      continue;
    }
    const bool name = std::any_of(std::begin(kNames), std::end(kNames), [&](std::string_view n) {
      return n.starts_with(word) && (word.size() >= 3 || n.size() == 2);
    });
    if (!name) return false;
  }
  static constexpr std::u32string_view kHan = U"年月日星期週周一二三四五六天上下午（）()";
  for (char32_t c : core) {
    const bool latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (utf8::IsDecimalDigit(c) || latin || c == ' ' || c == U'\u3000' || c == '-' || c == '/' || c == ':' ||
        c == '.' || c == ',' || kHan.find(c) != kHan.npos) {
      continue;
    }
    return false;
  }
  return true;
}

bool StartsWithNumbers(const std::vector<size_t>& all, const std::vector<size_t>& head) {
  if (all.size() < head.size()) return false;
  for (size_t k = 0; k < head.size(); ++k) {
    if (all[k] != head[k]) return false;
  }
  return true;
}

}  // namespace

std::optional<size_t> KeepBylineUnderDateHeader(std::vector<PageLine>& lines) {
  for (size_t d = 0; d < lines.size(); ++d) {
    if (!lines[d].kept() || !IsBareDate(lines[d].core)) continue;
    const size_t t = NextNonBlank(lines, d + 1);
    if (t >= lines.size() || !lines[t].kept() || IsBareDate(lines[t].core)) continue;
    const size_t b = NextNonBlank(lines, t + 1);
    if (b >= lines.size() || (!lines[b].kept() && lines[b].reason != kOutsideMainText)) continue;
    const PageLine& byline = lines[b];
    if (byline.core.size() > kMaxBylineChars || HasSentenceEnd(byline.core) ||
        byline.core.size() <= lines[d].core.size() || IsBareDate(byline.core) ||
        !StartsWithNumbers(Numbers(byline.core), Numbers(lines[d].core))) {
      continue;
    }
    lines[d].reason = kRepeatedDateHeader;
    lines[b].reason.clear();
    return b;
  }
  return std::nullopt;
}

}  // namespace wenyuan::clean
