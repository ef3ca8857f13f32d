#include "answer/passage_structure.h"

#include <string>

#include "answer/question_type.h"

namespace wenyuan::answer {
namespace {

bool IsNumeralChar(char32_t c) {
  static constexpr std::u32string_view kNumerals =
      U"0123456789０１２３４５６７８９零〇一二三四五六七八九十百壹貳參肆伍陸柒捌玖拾";
  return kNumerals.find(c) != std::u32string_view::npos;
}

bool IsBlank(char32_t c) { return c == U' ' || c == U'　' || c == U'\t'; }

std::u32string_view TrimFront(std::u32string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  return s;
}

// The line of `passage` that holds position `pos`: [begin, end).
struct Line {
  size_t begin, end;
};
Line LineAt(std::u32string_view passage, size_t pos) {
  size_t begin = pos;
  while (begin > 0 && passage[begin - 1] != U'\n') --begin;
  size_t end = pos;
  while (end < passage.size() && passage[end] != U'\n') ++end;
  return {begin, end};
}

}  // namespace

bool IsListItem(std::u32string_view s) {
  s = TrimFront(s);
  if (s.empty()) return false;
  if ((s.front() >= U'①' && s.front() <= U'⒇')) return true;
  if (s.front() == U'（' || s.front() == U'(') {
    size_t i = 1;
    while (i < s.size() && i <= 3 && IsNumeralChar(s[i])) ++i;
    return i > 1 && i < s.size() && (s[i] == U'）' || s[i] == U')');
  }
  size_t i = 0;
  while (i < s.size() && i < 3 && IsNumeralChar(s[i])) ++i;
  return i > 0 && i < s.size() && (s[i] == U'、' || s[i] == U'.' || s[i] == U'．');
}

bool IsNamingItem(std::u32string_view s) {
  if (!IsListItem(s)) return false;
  s = TrimFront(s);
  // Past the marker: ① ⑴, （一） (1), 一、 1.
  if (s.front() >= U'①' && s.front() <= U'⒇') {
    s.remove_prefix(1);
  } else {
    const size_t close = s.find_first_of(U"）)、.．");
    s.remove_prefix(close + 1);
  }
  static constexpr std::u32string_view kOpen = U"（(【〔[", kClose = U"）)】〕]", kStop = U"，,：:；;";
  static constexpr std::u32string_view kEnd = U"。.！!？? 　";
  std::u32string own;
  int depth = 0;
  for (char32_t c : s) {
    if (kOpen.find(c) != std::u32string_view::npos) {
      ++depth;
    } else if (kClose.find(c) != std::u32string_view::npos) {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (depth == 0) {
      if (kStop.find(c) != std::u32string_view::npos) return false;
      own += c;
    }
  }
  while (!own.empty() && kEnd.find(own.back()) != std::u32string_view::npos) own.pop_back();
  return !own.empty() && own.size() <= 16 && !StatesRule(own);
}

bool IsListLead(std::u32string_view s) {
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return !s.empty() && (s.back() == U'：' || s.back() == U':');
}

bool StartsArticle(std::u32string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == U'#')) s.remove_prefix(1);
  if (s.empty() || s.front() != U'第') return false;
  size_t i = 1;
  while (i < s.size() && IsBlank(s[i])) ++i;
  const size_t digits = i;
  while (i < s.size() && i - digits < 6 && IsNumeralChar(s[i])) ++i;
  if (i == digits) return false;
  while (i < s.size() && IsBlank(s[i])) ++i;
  static constexpr std::u32string_view kUnits = U"條条點点項项";
  return i < s.size() && kUnits.find(s[i]) != std::u32string_view::npos;
}

SentencePlace PlaceOf(std::u32string_view passage, size_t begin, size_t end) {
  SentencePlace place;
  if (begin >= passage.size() || end <= begin) return place;
  const std::u32string_view sentence = passage.substr(begin, end - begin);
  place.states_rule = StatesRule(sentence);
  Line line = LineAt(passage, begin);
  const bool item = IsListItem(passage.substr(line.begin, line.end - line.begin));
  bool lead_seen = !item;  // an item's lead: the nearest line above that is no item
  while (true) {
    const std::u32string_view text = passage.substr(line.begin, line.end - line.begin);
    if (!lead_seen && !TrimFront(text).empty() && !IsListItem(text)) {
      lead_seen = true;
      place.states_rule = place.states_rule || StatesRule(text);
    }
    if (StartsArticle(text)) {
      place.in_article = true;
      break;
    }
    if (line.begin == 0) break;
    line = LineAt(passage, line.begin - 1);
  }
  if (!place.in_article) place.states_rule = StatesRule(sentence);
  return place;
}

}  // namespace wenyuan::answer
