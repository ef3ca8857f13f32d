// Splits text into sentences the Chinese way: a sentence ends at 。！？；…
// (and their ASCII forms, '.' only before white space), keeps the closing
// quotes and brackets that follow (」』）”), and never runs across a line
// break, so paragraphs and list items stay apart. A full stop inside a short
// quotation or bracket (他說：「好。走吧。」然後…) does not end the sentence
// around it; circled list markers (① ②, ⑴ ⑵) start a new one; a sentence
// longer than kMaxSentenceChars is cut at the comma (，、：) nearest its
// middle, repeatedly, never leaving a clause under kMinClauseChars.
//
// Spans are code-point ranges [begin, end) into the text given, with white
// space trimmed from both ends; empty sentences are not returned. Stateless.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace wenyuan::text {

inline constexpr size_t kMaxSentenceChars = 160;
inline constexpr size_t kMinClauseChars = 12;

struct TextSpan {
  size_t begin = 0;  // code points
  size_t end = 0;
  size_t length() const { return end - begin; }
};

std::vector<TextSpan> SplitSentences(std::u32string_view text);
std::vector<TextSpan> SplitSentences(std::string_view utf8_text);

}  // namespace wenyuan::text
