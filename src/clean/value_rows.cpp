#include "clean/value_rows.h"

#include <cctype>
#include <string_view>

#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxValueRowChars = 24;  // "3-4级转<3级", "重量 1.2 kg", "需要 iOS 16.0 或以上版本。"
constexpr size_t kMaxValueRowHan = 8;     // a label and a short value, not a headline

// Units written right after a number (after at most one space). Counting
// words (次 人 条 則 赞) are left out: they make counters, not values.
bool IsUnitStart(std::u32string_view rest) {
  static constexpr std::u32string_view kUnitChars = U"℃°%％级級年月日号號元圓円时時秒岁歲";
  static constexpr std::u32string_view kUnitWords[] = {U"kg",   U"KG",   U"km",   U"MB",   U"GB",   U"KB",   U"cm",
                                                       U"mm",   U"mAh",  U"W",    U"V",    U"Hz",   U"公里", U"公斤",
                                                       U"分钟", U"分鐘", U"小时", U"小時", U"毫米", U"英寸", U"吋"};
  if (rest.empty()) return false;
  if (kUnitChars.find(rest[0]) != std::u32string_view::npos) return true;
  for (std::u32string_view w : kUnitWords) {
    if (rest.substr(0, w.size()) == w) {
      // "W" in "Wi-Fi" is not watts: the unit ends the word.
      const bool ends =
          rest.size() == w.size() || !(rest[w.size()] < 0x80 && std::isalpha(static_cast<int>(rest[w.size()])));
      if (ends) return true;
    }
  }
  return false;
}

bool IsCurrencySign(char32_t c) { return c == '$' || c == U'¥' || c == U'￥' || c == U'€' || c == U'£'; }

}  // namespace

bool IsValueRow(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxValueRowChars || CountHan(core) > kMaxValueRowHan) return false;
  const std::u32string_view s = core;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsAsciiDigit(s[i])) continue;
    // A price: "NT$390", "¥ 12.50".
    size_t before = i;
    while (before > 0 && s[before - 1] == ' ') --before;
    if (before > 0 && IsCurrencySign(s[before - 1])) return true;
    size_t end = i;
    while (end < s.size() && (IsAsciiDigit(s[end]) || s[end] == '.' || s[end] == ',')) ++end;
    // A time of day: "14:30", "08:15".
    if (end - i <= 2 && end + 2 < s.size() && s[end] == ':' && IsAsciiDigit(s[end + 1]) && IsAsciiDigit(s[end + 2])) {
      return true;
    }
    size_t unit = end;
    if (unit < s.size() && s[unit] == ' ') ++unit;
    if (IsUnitStart(s.substr(unit))) return true;
    i = end;
  }
  return false;
}

std::vector<bool> RecordRowBlocks(const std::vector<PageLine>& lines) {
  constexpr size_t kMinBlockLines = 3;
  std::vector<bool> out(lines.size(), false);
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t end = i, values = 0;
    for (; end < lines.size() && !lines[end].blank(); ++end) values += IsValueRow(lines[end].core) ? 1 : 0;
    const size_t n = end - i;
    if (n >= kMinBlockLines && values * 5 >= n * 3) {
      for (size_t k = i; k < end; ++k) out[k] = true;
    }
    i = end;
  }
  return out;
}

void KeepRecordRowsInBody(std::vector<PageLine>& lines, size_t begin, size_t end) {
  const std::vector<bool> blocks = RecordRowBlocks(lines);
  for (size_t i = begin; i < end && i < lines.size(); ++i) {
    if (blocks[i] && lines[i].reason == "menu or link list") lines[i].reason.clear();
  }
}

std::vector<size_t> RecordBlockAbove(const std::vector<PageLine>& lines, size_t begin) {
  constexpr size_t kMaxGapLines = 4;
  if (begin == 0 || begin > lines.size()) return {};
  size_t i = begin, gap = 0;
  while (i > 0 && gap <= kMaxGapLines &&
         (lines[i - 1].blank() || (lines[i - 1].placeholder && lines[i - 1].core.empty()))) {
    --i;
    ++gap;
  }
  if (i == 0 || gap > kMaxGapLines) return {};
  const std::vector<bool> blocks = RecordRowBlocks(lines);
  std::vector<size_t> out;
  for (size_t k = i; k-- > 0 && blocks[k];) {
    if (!lines[k].reason.empty() && lines[k].reason != "menu or link list") return {};
    out.push_back(k);
  }
  return out;
}

}  // namespace wenyuan::clean
