// LineShapeWords: the small tests of a decoded line that the page rules
// share: a colon of either width, a line that is only a picture, and
// whether a line holds or opens with one of a list of words. Inline, pure,
// thread-safe.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "：" or ":".
inline bool IsColon(char32_t c) { return c == U'：' || c == ':'; }

// A line that is a picture's placeholder and nothing else ("[photo.jpg]").
inline bool IsPictureOnly(const PageLine& l) { return !l.blank() && l.placeholder && l.core.empty(); }

inline bool ContainsAnyOf(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view w) { return s.find(w) != s.npos; });
}

inline bool StartsWithAnyOf(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view w) { return s.starts_with(w); });
}

}  // namespace wenyuan::clean
