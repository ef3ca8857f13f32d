#include "clean/quantity_lists.h"

#include <algorithm>
#include <string_view>

#include "clean/link_lists.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxItemChars = 24;
constexpr size_t kMaxHeadingChars = 12;
constexpr size_t kMaxUnitChars = 2;
constexpr size_t kMinAmounts = 2;
constexpr char kOutsideMainText[] = "outside the main text";  // clean/main_text_finder.h

bool IsHanNumeral(char32_t c) {
  return std::u32string_view(U"一二兩两三四五六七八九十半百千").find(c) != std::u32string_view::npos;
}

bool IsLatinLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool IsAmountLine(const std::u32string& core) {
  if (core.size() < 3 || core.size() > kMaxItemChars || HasSentencePunct(core)) return false;
  std::u32string_view s = core;
  while (!s.empty() && (s.back() == ' ' || s.back() == U'\u3000')) s.remove_suffix(1);
  // "鹽 少許", "胡椒 適量": an amount in words.
  for (std::u32string_view w : {U"少許", U"少许", U"適量", U"适量", U"少量", U"若干"}) {
    if (s.ends_with(w) && s.size() > w.size() + 1) return true;
  }
  // The unit: one or two Han characters, or a Latin word of up to four
  // letters ("g", "ml", "tbsp"), after the number.
  size_t unit = 0;
  while (unit < s.size() && unit < 4 && IsLatinLetter(s[s.size() - 1 - unit])) ++unit;
  if (unit == 0) {
    while (unit < s.size() && unit < kMaxUnitChars && utf8::IsHan(s[s.size() - 1 - unit]) &&
           !IsHanNumeral(s[s.size() - 1 - unit])) {
      ++unit;
    }
  }
  if (unit == 0) return false;
  std::u32string_view rest = s.substr(0, s.size() - unit);
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  size_t number = 0;
  while (number < rest.size() &&
         (utf8::IsDecimalDigit(rest[rest.size() - 1 - number]) || IsHanNumeral(rest[rest.size() - 1 - number]) ||
          rest[rest.size() - 1 - number] == '.' || rest[rest.size() - 1 - number] == '/')) {
    ++number;
  }
  if (number == 0 || number == rest.size()) return false;
  // A thing named before the amount: set apart by a space, or Han text
  // right before Arabic digits ("麵粉200克"); no ordinal ("第3頁").
  // A date, an order or a page ("2026年 12 月", "第 3 期", "12 頁") is no amount.
  std::u32string_view thing = rest.substr(0, rest.size() - number);
  const std::u32string_view unit_word = s.substr(s.size() - unit);
  if (std::u32string_view(U"年月日時时分秒號号期屆届章節节頁页樓楼次版").find(unit_word.front()) !=
          std::u32string_view::npos ||
      std::any_of(thing.begin(), thing.end(), [](char32_t c) { return utf8::IsDecimalDigit(c); })) {
    return false;
  }
  const bool spaced = thing.ends_with(U" ") || thing.ends_with(U"\u3000");
  while (!thing.empty() && (thing.back() == U' ' || thing.back() == U'\u3000')) thing.remove_suffix(1);
  if (thing.empty() || thing.ends_with(U"第")) return false;
  return spaced || (utf8::IsHan(thing.back()) && utf8::IsDecimalDigit(rest.back()));
}

std::vector<size_t> KeepQuantityListsInText(std::vector<PageLine>& lines) {
  std::vector<size_t> kept;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].blank() || !IsListReason(lines[i].reason) || !lines[i - 1].kept()) continue;
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && IsListReason(lines[end].reason)) ++end;
    // Under the run, kept text, or the body's sentences the main-text
    // finder left out, the run having ended the text it chose.
    const auto left_out_prose = [&](size_t k) {
      return k < lines.size() && lines[k].reason == kOutsideMainText && HasSentenceEnd(lines[k].core);
    };
    if (end >= lines.size() || !(lines[end].kept() || left_out_prose(end))) {
      i = end;
      continue;
    }
    size_t amounts = 0;
    for (size_t k = i; k < end; ++k) amounts += IsAmountLine(lines[k].core);
    const bool heading =
        !IsAmountLine(lines[i].core) && lines[i].core.size() <= kMaxHeadingChars && !HasSentencePunct(lines[i].core);
    const size_t items = end - i - (heading ? 1 : 0);
    if (amounts >= kMinAmounts && amounts * 2 >= items && amounts + (heading ? 1 : 0) >= end - i - 1) {
      size_t last = end;
      while (left_out_prose(last)) ++last;
      for (size_t k = i; k < last; ++k) {
        lines[k].reason.clear();
        kept.push_back(k);
      }
    }
    i = end;
  }
  return kept;
}

}  // namespace wenyuan::clean
