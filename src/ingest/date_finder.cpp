#include "ingest/date_finder.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

// Reads a run of ASCII or full-width digits at i; returns digit count.
int ReadNumber(const std::u32string& s, size_t& i, int& value) {
  int digits = 0;
  value = 0;
  while (i < s.size() && digits < 5) {
    char32_t c = utf8::NarrowFullWidth(s[i]);
    if (c < '0' || c > '9') break;
    value = value * 10 + static_cast<int>(c - '0');
    ++digits;
    ++i;
  }
  return digits;
}

void SkipSpaces(const std::u32string& s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == U'\u3000')) ++i;
}

// "日期：", "發布時間 ", "更新日期:" just before `start`.
bool AfterDateLabel(const std::u32string& s, size_t start) {
  constexpr size_t kLookBack = 6;
  std::u32string before = s.substr(start >= kLookBack ? start - kLookBack : 0, std::min(start, kLookBack));
  for (std::u32string_view label : {U"日期", U"時間", U"时间", U"發布", U"发布", U"發文", U"发文", U"公告", U"更新"}) {
    if (before.find(label) != std::u32string::npos) return true;
  }
  return false;
}

bool Valid(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1])) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

}  // namespace

std::string FindFirstDate(std::string_view text, size_t max_code_points) {
  // One code point past the window, so that a number cut off by the window's
  // end is not taken for a shorter one ("2024-05-2|1" is not 2024-05-02).
  std::u32string s;
  for (size_t pos = 0; pos < text.size() && s.size() <= max_code_points;) {
    s += utf8::DecodeNext(text, pos);
  }
  const size_t window = std::min(s.size(), max_code_points);
  for (size_t start = 0; start < window; ++start) {
    if (start > 0 && utf8::NarrowFullWidth(s[start - 1]) >= '0' && utf8::NarrowFullWidth(s[start - 1]) <= '9') {
      continue;  // only at the start of a number
    }
    size_t i = start;
    int y = 0, m = 0, d = 0;
    int yd = ReadNumber(s, i, y);
    if (yd < 2 || yd > 4) continue;
    SkipSpaces(s, i);  // "2023 / 08 / 24"
    if (i >= s.size()) continue;
    char32_t sep = s[i];
    bool han = sep == U'年';
    if (!han && sep != '-' && sep != '/' && sep != '.') continue;
    ++i;
    SkipSpaces(s, i);
    if (ReadNumber(s, i, m) == 0) continue;
    SkipSpaces(s, i);
    if (i >= s.size() || (han ? s[i] != U'月' : s[i] != sep)) continue;
    ++i;
    SkipSpaces(s, i);
    if (ReadNumber(s, i, d) == 0) continue;
    if (han) SkipSpaces(s, i);
    if (han && (i >= s.size() || (s[i] != U'日' && s[i] != U'號'))) continue;
    if (i + (han ? 1 : 0) > window) continue;  // runs past the window
    // Two- and three-digit years written with 年 are Republic of China
    // years; so are "107-10-16" and "107/10/16" right after a date label.
    if (yd <= 3) {
      if (!han && !(yd == 3 && AfterDateLabel(s, start))) continue;
      y += 1911;
    }
    if (!Valid(y, m, d)) continue;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  return {};
}

}  // namespace wenyuan::ingest
