#include "clean/dates_and_bylines.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// Reads 1..max digits at i; returns how many.
size_t Digits(const std::u32string& s, size_t i, size_t max) {
  size_t n = 0;
  while (i + n < s.size() && IsAsciiDigit(s[i + n]) && n <= max) ++n;
  return n <= max ? n : 0;
}

size_t SkipSpaces(const std::u32string& s, size_t i) {
  while (i < s.size() && utf8::IsSpace(s[i])) ++i;
  return i;
}

// Year (2–4 digits, ROC years have 2–3), month, day with -, /, . or 年月;
// or a day, a month and a four-digit year ("05/12/2026", as Hong Kong prints it).
bool HasDateAt(const std::u32string& s, size_t i) {
  if (i > 0 && IsAsciiDigit(s[i - 1])) return false;
  size_t n = Digits(s, i, 4);
  if (n < 2) return false;
  const bool day_first = n == 2;  // "05/12/2026": the year comes last
  i = SkipSpaces(s, i + n);
  if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.' && s[i] != U'年')) return false;
  i = SkipSpaces(s, i + 1);
  n = Digits(s, i, 2);
  if (n == 0) return false;
  i = SkipSpaces(s, i + n);
  if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.' && s[i] != U'月')) return false;
  i = SkipSpaces(s, i + 1);
  return Digits(s, i, 2) > 0 || (day_first && Digits(s, i, 4) == 4);
}

// "Mar 15 Fri 2024 14:22", "March 5, 2024", "5 Mar 2024": a month's English
// name, a day and a year, as blogs print a post's date.
bool HasEnglishDate(const std::u32string& s) {
  static constexpr std::u32string_view kMonths[] = {U"Jan", U"Feb", U"Mar", U"Apr", U"May", U"Jun",
                                                    U"Jul", U"Aug", U"Sep", U"Oct", U"Nov", U"Dec"};
  bool month = false, day = false, year = false;
  for (size_t i = 0; i < s.size();) {
    size_t end = i;
    while (end < s.size() && (IsAsciiDigit(s[end]) || (s[end] < 0x80 && std::isalpha(static_cast<int>(s[end]))))) {
      ++end;
    }
    if (end == i) {
      ++i;
      continue;
    }
    const std::u32string_view word = std::u32string_view(s).substr(i, end - i);
    if (IsAsciiDigit(word.front())) {
      const bool all_digits = std::all_of(word.begin(), word.end(), [](char32_t c) { return IsAsciiDigit(c); });
      if (all_digits && word.size() <= 2 && (end >= s.size() || s[end] != ':')) day = true;
      if (all_digits && word.size() == 4 && (word.starts_with(U"19") || word.starts_with(U"20"))) year = true;
    } else {
      for (std::u32string_view m : kMonths) month = month || (word.starts_with(m) && word.size() <= 9);
    }
    i = end;
  }
  return month && day && year;
}

}  // namespace

bool IsFieldRow(const std::u32string& core) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 6, kMinLabels = 2;
  size_t labels = 0;
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；') return false;
    if (c != U'：' && c != ':') continue;
    size_t k = i;
    while (k > 0 && utf8::IsHan(core[k - 1]) && i - k < kMaxLabel) --k;
    labels += i - k >= kMinLabel;
  }
  return labels >= kMinLabels;
}

bool IsDateLine(const std::u32string& core) {
  constexpr size_t kMaxDateLine = 40, kMaxFieldRow = 80;
  if (core.empty() || core.size() > (IsFieldRow(core) ? kMaxFieldRow : kMaxDateLine)) return false;
  for (size_t i = 0; i < core.size(); ++i) {
    if (IsAsciiDigit(core[i]) && HasDateAt(core, i)) return true;
  }
  return CountHan(core) == 0 && HasEnglishDate(core);
}

namespace {

// "澎湃新闻记者 王小明 实习生 李华", "本報記者 陳大文、林小美": the paper's
// reporters, then their names, with interns and correspondents.
bool IsReporterRoster(const std::u32string& core) {
  constexpr size_t kMaxOutlet = 10, kMinName = 2, kMaxName = 4;
  std::vector<std::u32string> tokens;
  std::u32string cur;
  for (char32_t c : core + U" ") {
    if (utf8::IsSpace(c) || c == U'、') {
      if (!cur.empty()) tokens.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (tokens.size() < 2 || tokens[0].size() > kMaxOutlet ||
      !(tokens[0].ends_with(U"記者") || tokens[0].ends_with(U"记者"))) {
    return false;
  }
  // "一位资深记者 回忆 当年的 采访经过": a sentence about a reporter.
  if (tokens[0].starts_with(U"一") || core.find_first_of(U"的是了在") != std::u32string::npos) return false;
  size_t names = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const std::u32string& t = tokens[i];
    if (t == U"实习生" || t == U"實習生" || t == U"通讯员" || t == U"通訊員" || t == U"记者" || t == U"記者" ||
        t == U"摄影记者" || t == U"攝影記者" || t == U"特约记者" || t == U"特約記者") {
      continue;
    }
    if (t.size() < kMinName || t.size() > kMaxName || CountHan(t) != t.size()) return false;
    ++names;
  }
  return names >= 1;
}

}  // namespace

bool IsDocumentNumberLine(const std::u32string& core) {
  constexpr size_t kMaxLine = 30, kMaxLabel = 8;
  if (core.size() > kMaxLine || core.empty() || (core.back() != U'號' && core.back() != U'号')) return false;
  size_t colon = core.find_first_of(U"：:");
  // Or a table's row, the label's cell and the value's apart by a gap
  // ("發文字號 金管保壽字第1150432189號").
  if (colon == std::u32string::npos) {
    colon = core.find_first_of(U" \u3000");
    if (colon == std::u32string::npos || CountHan(core.substr(0, colon)) != colon) return false;
  }
  if (colon < 2 || colon > kMaxLabel) return false;
  const std::u32string_view label = std::u32string_view(core).substr(0, colon);
  bool numbered = false;
  for (std::u32string_view end : {U"編號", U"编号", U"字號", U"字号", U"文號", U"文号"})
    numbered = numbered || label.ends_with(end);
  const std::u32string_view value = std::u32string_view(core).substr(colon + 1);
  return numbered && std::any_of(value.begin(), value.end(), IsAsciiDigit) && !HasSentencePunct(std::u32string(value));
}

bool IsBylineLine(const std::u32string& core) {
  if (core.size() < 2 || core.size() > 40) return false;
  std::string s;
  for (char32_t ch : core) utf8::Append(s, ch);
  if (StartsWithAny(s,
                    {"作者",     "撰文", "記者", "记者",     "編輯",     "编辑",     "責任編輯", "责任编辑", "來源",
                     "来源",     "出版", "發布", "发布",     "發佈",     "譯者",     "译者",     "攝影",     "摄影",
                     "撰稿",     "日期", "審校", "审校",     "新聞來源", "新闻来源", "消息來源", "消息来源", "信息來源",
                     "信息来源", "校對", "校对", "資料來源", "本文來源", "本文来源", "文章來源", "文章来源", "文／",
                     "文/",      "圖／", "图／", "圖/",      "图/"})) {
    return true;
  }
  // "（記者 鄭永康）", "【记者 王小明】": a reporter's byline in brackets
  // below the article (an editor's credit in brackets is no byline).
  if (core.size() >= 4 && std::u32string_view(U"（(【[").find(core.front()) != std::u32string_view::npos &&
      std::u32string_view(U"）)】]").find(core.back()) != std::u32string_view::npos) {
    std::string inner;
    for (size_t i = 1; i + 1 < core.size(); ++i) utf8::Append(inner, core[i]);
    if (StartsWithAny(inner, {"記者", "记者", "撰文", "撰稿", "通訊員", "通讯员", "特約記者", "特约记者"})) return true;
    // "（本報記者 鄺志朗）", "（新华社记者 李明）": the paper's name first.
    constexpr size_t kMaxOutlet = 6;
    const std::u32string in = core.substr(1, core.size() - 2);
    for (std::u32string_view word : {U"記者", U"记者"}) {
      const size_t at = in.find(word);
      if (at == std::u32string::npos || at == 0 || at > kMaxOutlet || CountHan(in.substr(0, at)) != at) continue;
      // Then the reporters' names, two to four Han characters each.
      bool names = true;
      size_t count = 0;
      const std::u32string after = in.substr(at + word.size());
      for (std::u32string_view name : SpaceSeparatedWords(after)) {
        names &= name.size() >= 2 && name.size() <= 4 && CountHan(std::u32string(name)) == name.size();
        ++count;
      }
      if (names && count > 0) return true;
    }
  }
  // "明報記者", "本报记者", "新华社记者": the paper's reporters, unnamed.
  if (core.size() <= 8 && (s.ends_with("記者") || s.ends_with("记者")) && !HasSentencePunct(core) &&
      !ContainsAny(s, {"是", "的", "為", "为", "當", "当"})) {
    return true;
  }
  if (IsReporterRoster(core)) return true;
  // "2026/11/30 發佈", "2024-03-02 发表": the date, then the word that says
  // it is when the page was published.
  for (std::u32string_view verb : {U"發佈", U"發布", U"发布", U"發表", U"发表"}) {
    if (!std::u32string_view(core).ends_with(verb)) continue;
    std::u32string date = core.substr(0, core.size() - verb.size());
    while (!date.empty() && utf8::IsSpace(date.back())) date.pop_back();
    if (!date.empty() && IsAsciiDigit(date.front()) && IsDateLine(date)) return true;
  }
  // "文 新生代編輯組", "圖 互聯網": the one-character role, a space, a name.
  return core.size() >= 3 && (core[0] == U'文' || core[0] == U'圖' || core[0] == U'图') && utf8::IsSpace(core[1]);
}

bool IsTimeAgo(const std::u32string& t) {
  if (t == U"刚刚" || t == U"剛剛" || t == U"昨天" || t == U"前天") return true;
  size_t digits = 0;
  while (digits < t.size() && IsAsciiDigit(t[digits])) ++digits;
  if (digits == 0 || digits > 3) return false;
  const std::u32string_view unit = std::u32string_view(t).substr(digits);
  for (std::u32string_view u : {U"秒前", U"分钟前", U"分鐘前", U"小时前", U"小時前", U"天前", U"周前", U"週前",
                                U"个月前", U"個月前", U"年前"}) {
    if (unit == u) return true;
  }
  return false;
}

bool HasDateOrTime(std::u32string_view s) {
  for (size_t k = 0; k < s.size(); ++k) {
    if (!utf8::IsDecimalDigit(s[k])) continue;
    size_t d = 0;
    while (k + d < s.size() && utf8::IsDecimalDigit(s[k + d])) ++d;
    const size_t end = k + d;
    if (end + 1 < s.size() && d >= 1 && d <= 4) {
      const char32_t sep = s[end];
      const bool digit_after = utf8::IsDecimalDigit(s[end + 1]);
      if ((sep == '-' || sep == '/' || sep == U'年' || sep == U'月') && digit_after && d != 3) return true;
      if (sep == ':' && digit_after && d <= 2) return true;
    }
    k = end;
  }
  return false;
}

}  // namespace wenyuan::clean
