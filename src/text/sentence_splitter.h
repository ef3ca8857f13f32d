// Splits text into sentences the Chinese way: a sentence ends at 。！？；…
// (and their ASCII forms, '.' only before white space), keeps the closing
// quotes and brackets that follow (」』）”), and never runs across a line
// break, so paragraphs and list items stay apart.
//
// Spans are code-point ranges [begin, end) into the text given, with white
// space trimmed from both ends; empty sentences are not returned. Stateless.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace wenyuan::text {

struct TextSpan {
  size_t begin = 0;  // code points
  size_t end = 0;
  size_t length() const { return end - begin; }
};

std::vector<TextSpan> SplitSentences(std::u32string_view text);
std::vector<TextSpan> SplitSentences(std::string_view utf8_text);

}  // namespace wenyuan::text
