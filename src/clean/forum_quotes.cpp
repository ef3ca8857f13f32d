#include "clean/forum_quotes.h"

#include <string_view>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {

bool IsQuoteHeader(const std::u32string& core) {
  constexpr size_t kMaxQuoteHeader = 40;
  if (core.size() > kMaxQuoteHeader) return false;
  for (std::u32string_view end : {U"wrote:", U"wrote：", U"寫道:", U"寫道：", U"写道:", U"写道：", U"said:",
                                  U"的文章：", U"的文章:", U"的帖子：", U"的帖子:"}) {
    if (core.ends_with(end) && core.size() > end.size()) return true;
  }
  return false;
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

}  // namespace wenyuan::clean
