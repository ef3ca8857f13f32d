#include "clean/forum_quotes.h"

#include <algorithm>
#include <string_view>

#include "clean/dates_and_bylines.h"
#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {

// "3楼: Originally posted by bio_lab at 2026-11-30 22:05:17", "原帖由 阿明 於
// 2026-12-04 21:40 發表", "Quote from alice on Dec 3, 2026, 10:41": who wrote
// the quoted post and when, a floor before it allowed; no sentence.
bool IsQuoteAttribution(const std::u32string& core) {
  const std::u32string_view c = core;
  constexpr size_t kMaxAttribution = 90;
  if (c.size() > kMaxAttribution || HasSentenceEnd(core) || c.ends_with(U".")) return false;
  bool timed = false;
  for (size_t k = 1; k + 1 < c.size(); ++k) {
    timed = timed || (utf8::IsDecimalDigit(c[k - 1]) && (c[k] == ':' || c[k] == '-' || c[k] == '/') &&
                      utf8::IsDecimalDigit(c[k + 1]));
  }
  if (!timed) return false;
  for (std::u32string_view w :
       {U"posted by", U"Posted by", U"Quote from", U"Quoting", U"原帖由", U"原文由", U"原帖作者", U"引用自", U"引自"}) {
    if (c.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

bool IsQuoteHeader(const std::u32string& core) {
  constexpr size_t kMaxQuoteHeader = 48;
  // "【 在 某人 (昵称) 的大作中提到: 】": the header in brackets.
  std::u32string_view c = core;
  if (c.size() > kMaxQuoteHeader) return false;
  if ((c.starts_with(U"【") && c.ends_with(U"】")) || (c.starts_with(U"[") && c.ends_with(U"]"))) {
    c = c.substr(1, c.size() - 2);
    while (!c.empty() && utf8::IsSpace(c.front())) c.remove_prefix(1);
    while (!c.empty() && utf8::IsSpace(c.back())) c.remove_suffix(1);
  }
  for (std::u32string_view end :
       {U"wrote:", U"wrote：", U"寫道:", U"寫道：", U"写道:", U"写道：", U"said:", U"的文章：", U"的文章:", U"的帖子：",
        U"的帖子:", U"提到:", U"提到：", U"中說:", U"中說：", U"中说:", U"中说："}) {
    if (c.ends_with(end) && c.size() > end.size()) return true;
  }
  return false;
}

bool IsMailQuoteLine(const std::u32string& core) {
  return core.size() >= 2 && (core[0] == ':' || core[0] == '>' || core[0] == U'：' || core[0] == U'＞') &&
         utf8::IsSpace(core[1]);
}

bool IsQuoteEnd(const std::u32string& core) {
  for (std::u32string_view end : {U"(恕刪)", U"（恕刪）", U"(恕删)", U"（恕删）", U"(恕刪部分)", U"（恕刪部分）"}) {
    if (core.ends_with(end)) return true;
  }
  return false;
}

bool IsCutQuote(const std::u32string& core) {
  return core.ends_with(U"……") || core.ends_with(U"...") || core.ends_with(U"…");
}

bool IsQuotationLine(const std::u32string& core) {
  constexpr size_t kMaxName = 16, kMaxQuotation = 120;
  if (core.size() > kMaxQuotation) return false;
  std::u32string_view c = core;
  if (!c.starts_with(U"引用") && !c.starts_with(U"引述")) return false;
  c.remove_prefix(2);
  const size_t colon = c.find_first_of(U"：:");
  if (colon == std::u32string_view::npos) return false;
  std::u32string name(c.substr(0, colon));
  while (!name.empty() && utf8::IsSpace(name.front())) name.erase(0, 1);
  while (!name.empty() && utf8::IsSpace(name.back())) name.pop_back();
  for (std::u32string_view tail : {U"的发言", U"的發言", U"的回复", U"的回覆"}) {
    if (name.ends_with(tail)) name.resize(name.size() - tail.size());
  }
  while (!name.empty() && utf8::IsSpace(name.back())) name.pop_back();
  if (name.empty() || name.size() > kMaxName || HasSentencePunct(name)) return false;
  std::u32string_view quoted = c.substr(colon + 1);
  while (!quoted.empty() && utf8::IsSpace(quoted.front())) quoted.remove_prefix(1);
  while (!quoted.empty() && utf8::IsSpace(quoted.back())) quoted.remove_suffix(1);
  if (quoted.empty()) return true;
  // The quoted words in their marks, opened and closed: nothing of the
  // reply's own after them.
  const char32_t open = quoted.front(), close = quoted.back();
  return quoted.size() >= 3 && ((open == U'“' && close == U'”') || (open == U'「' && close == U'」') ||
                                (open == U'"' && close == U'"') || (open == U'『' && close == U'』'));
}

namespace {

// "(2026-12-04 21:40)", "（2026/12/04）": a time in brackets at the end of `c`;
// `c` without it, or `c` itself.
std::u32string_view WithoutBracketedTime(std::u32string_view c) {
  if (!c.ends_with(U")") && !c.ends_with(U"）")) return c;
  const size_t open = c.find_last_of(U"(（");
  if (open == std::u32string_view::npos) return c;
  const std::u32string_view inside = c.substr(open + 1, c.size() - open - 2);
  if (inside.empty() || !IsAsciiDigit(inside.front()) || !IsDateLine(std::u32string(inside))) return c;
  c = c.substr(0, open);
  while (!c.empty() && utf8::IsSpace(c.back())) c.remove_suffix(1);
  return c;
}

// "#3", "5楼", "12F", "5#": a floor's number.
bool IsFloorToken(std::u32string_view t) {
  if (t.starts_with(U'#')) t.remove_prefix(1);
  if (t.ends_with(U"楼") || t.ends_with(U"樓") || t.ends_with(U"F") || t.ends_with(U"#")) t.remove_suffix(1);
  return !t.empty() && t.size() <= 5 && std::all_of(t.begin(), t.end(), IsAsciiDigit);
}

}  // namespace

bool IsReplyReference(const std::u32string& core) {
  constexpr size_t kMaxReference = 60, kMaxName = 16;
  if (core.size() > kMaxReference || HasSentenceEnd(core) || core.find_first_of(U"，,") != std::u32string::npos) {
    return false;
  }
  std::u32string_view c = core;
  if (c.starts_with(U"Reply to ")) {
    const size_t by = c.find(U"Post by ");
    if (by == std::u32string_view::npos) return false;
    const std::u32string_view name = WithoutBracketedTime(c.substr(by + 8));
    return !name.empty() && name.size() <= kMaxName && name.find(U' ') == std::u32string_view::npos;
  }
  if (!c.starts_with(U"回复") && !c.starts_with(U"回覆")) return false;
  c.remove_prefix(2);
  while (!c.empty() && utf8::IsSpace(c.front())) c.remove_prefix(1);
  const size_t floor_end = c.find_first_of(U" \u3000");
  if (floor_end == std::u32string_view::npos || !IsFloorToken(c.substr(0, floor_end))) return false;
  c.remove_prefix(floor_end);
  while (!c.empty() && utf8::IsSpace(c.front())) c.remove_prefix(1);
  const std::u32string_view without_time = WithoutBracketedTime(c);
  bool named_post = without_time.size() < c.size();
  c = without_time;
  for (std::u32string_view tail : {U"的帖子", U"的文章", U"的发言", U"的發言", U"的回复", U"的回覆"}) {
    if (c.ends_with(tail)) {
      c.remove_suffix(tail.size());
      named_post = true;
    }
  }
  while (!c.empty() && utf8::IsSpace(c.back())) c.remove_suffix(1);
  return named_post && !c.empty() && c.size() <= kMaxName && !HasSentencePunct(std::u32string(c));
}

}  // namespace wenyuan::clean
