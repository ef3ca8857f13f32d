#include "clean/answer_furniture.h"

#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// "8.6k", "256", "1.2万": a number, maybe with a decimal and a unit.
bool IsBareCount(const std::u32string& core) {
  constexpr size_t kMaxCount = 8;
  if (core.empty() || core.size() > kMaxCount || !IsAsciiDigit(core[0])) return false;
  size_t i = 0;
  while (i < core.size() && (IsAsciiDigit(core[i]) || core[i] == U'.' || core[i] == U',')) ++i;
  if (i == core.size()) return true;
  return i + 1 == core.size() && std::u32string_view(U"kKwW万萬").find(core[i]) != std::u32string_view::npos;
}

// "默认排序 时间排序": two to four words, each ending in 排序.
bool IsSortTabRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 30;
  if (core.size() > kMaxRow) return false;
  size_t words = 0;
  std::u32string word;
  auto end_word = [&] {
    if (word.empty()) return true;
    const bool sort = word.ends_with(U"排序");
    word.clear();
    ++words;
    return sort;
  };
  for (char32_t c : core) {
    if (utf8::IsSpace(c) || c == U'　' || c == U'|' || c == U'｜') {
      if (!end_word()) return false;
    } else {
      word += c;
    }
  }
  return end_word() && words >= 2 && words <= 4;
}

// "2026-11-28 17:31" at the end of `s`, after " · ".
bool EndsWithDottedDate(const std::u32string& s) {
  const size_t dot = s.rfind(U'·');
  if (dot == std::u32string::npos) return false;
  std::u32string tail = WithoutSpaces(s.substr(dot + 1));
  size_t digits = 0;
  for (char32_t c : tail) {
    if (IsAsciiDigit(c)) {
      ++digits;
    } else if (c != U'-' && c != U'/' && c != U':' && c != U'.') {
      return false;
    }
  }
  return digits >= 8;
}

}  // namespace

std::string AnswerFurnitureReason(const PageLine& line) {
  const std::u32string& core = line.core;
  if (core.empty()) return {};
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  constexpr size_t kMaxBadge = 8;
  if (core.size() <= kMaxBadge + 2 &&
      EqualsAny(s, {"✓已被采纳", "✔已被采纳", "✓已被採納", "✔已被採納", "已被采纳", "已被採納", "已采纳", "已採納",
                    "✓已采纳", "✓已採納", "最佳答案", "采纳答案", "採納答案"})) {
    return "accepted-answer badge";
  }
  if (IsSortTabRow(core)) return "sort tabs";
  // A bulleted count with its unit ("* 8.6k"), or a count beside an icon.
  const bool unit = !core.empty() && !IsAsciiDigit(core.back());
  if (((line.bullet && unit) || (line.placeholder && !line.bullet)) && IsBareCount(core)) {
    return "reputation or reaction counter";
  }
  if (EqualsAny(s, {"邀请回答", "邀請回答", "撰写回答", "撰寫回答", "写回答", "寫回答", "我来回答", "我來回答"})) {
    return "answer button";
  }
  // "小林：改好了，谢谢！ · 2026-11-28 17:31".
  constexpr size_t kMaxName = 12, kMaxComment = 120;
  const size_t colon = core.find_first_of(U"：:");
  if (core.size() <= kMaxComment && colon != std::u32string::npos && colon > 0 && colon <= kMaxName &&
      EndsWithDottedDate(core)) {
    return "comment under an answer";
  }
  return {};
}

void MarkAnswerFurniture(std::vector<PageLine>& lines) {
  for (PageLine& l : lines) {
    if (l.blank() || !l.reason.empty()) continue;
    if (std::string why = AnswerFurnitureReason(l); !why.empty()) l.reason = why;
  }
}

}  // namespace wenyuan::clean
