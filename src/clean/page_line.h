// PageLine: one line of a page as the boilerplate rules see it (its raw
// text, its core without bullets and image placeholders, and the reason it
// is dropped, empty while kept), and the shape tests the rules share:
// sentence punctuation, short menu-like lines, prose. Pure functions,
// thread-safe.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace wenyuan::clean {

struct PageLine {
  std::string_view raw;
  std::u32string core;  // without leading bullets, "[img…]" placeholders and "[編輯]" links, trimmed
  bool bullet = false;
  bool placeholder = false;
  std::string reason;     // why it is dropped; empty: kept so far
  bool table = false;     // a cell of a data table or an infobox field: content, not a menu
  bool form_row = false;  // a form's field and its value on one row (also `table`): weighs as text

  bool blank() const;
  bool kept() const { return !blank() && reason.empty(); }  // a line no rule has dropped (yet)
  std::string CoreUtf8() const;
};

// `raw` split into its core, noting bullets and placeholders.
PageLine MakePageLine(std::string_view raw);
// Each line of `text` made a PageLine; their `raw` views point into `text`.
std::vector<PageLine> MakePageLines(std::string_view text);
inline std::vector<PageLine> MakePageLines(const char* text) { return MakePageLines(std::string_view(text)); }
// A temporary string would be freed while its lines still view it.
std::vector<PageLine> MakePageLines(std::string&& text) = delete;

std::u32string DecodeUtf32(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
// `s` with white space (ASCII, ideographic and zero-width spaces) taken out.
std::u32string WithoutSpaces(const std::u32string& s);
// The words of `s`, split at white space (views into `s`).
std::vector<std::u32string_view> SpaceSeparatedWords(std::u32string_view s);
bool IsBullet(char32_t c);
// lynx's marker for a list item nested two deep: "o " before the item's
// text when that text starts with a Han or full-width character
// ("o 所有年滿十八歲…"); where `s` has one at `at`, the position of the text
// after it, else `at`. A Latin word "o" is not taken for it.
size_t AfterLynxCircleBullet(const std::u32string& s, size_t at);
using utf8::IsAsciiDigit;
using utf8::IsAsciiLetter;
bool IsSentencePunct(char32_t c);
bool HasSentencePunct(const std::u32string& s);
// Holds a Chinese sentence end: 。！？；
bool HasSentenceEnd(const std::u32string& s);
// The cells of `core` parted by gaps of two spaces or more (an ideographic
// space counts as two): "排名 球隊    出賽 勝-和-敗   勝率" has three.
size_t SpacedCells(const std::u32string& core);
// A menu item or link label: at most 12 characters, no sentence punctuation.
bool IsShortLine(const std::u32string& core);
// "索书号: TU984", "使用對象附註：…": a label of one to eight characters (spaces
// not counted, no sentence punctuation), a colon and a value that is not
// blank. Looser than IsLabelledField (clean/record_closings.h): any label
// characters, and the value may end a sentence.
bool IsShortLabelField(const std::u32string& core);
// The label of "label：value" in `spaceless` (a line with its spaces taken
// out: WithoutSpaces), when a full-width or ASCII colon follows a label of
// `min_label` to `max_label` Han characters (enumeration commas among them
// where `commas`) and a value follows the colon; else empty.
std::u32string HanFieldLabel(const std::u32string& spaceless, size_t min_label, size_t max_label, bool commas = false);
// Long enough and with the punctuation sentences have (Chinese or English).
bool IsProse(const PageLine& line);
size_t CountHan(const std::u32string& s);
// The first line at or after `i` that is not blank (lines.size() if none).
size_t NextNonBlank(const std::vector<PageLine>& lines, size_t i);
// The last line before `i` that is not blank (lines.size() if none).
size_t PreviousNonBlank(const std::vector<PageLine>& lines, size_t i);

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words);
bool EqualsAny(std::string_view text, std::initializer_list<std::string_view> words);
bool StartsWithAny(std::string_view text, std::initializer_list<std::string_view> words);

}  // namespace wenyuan::clean
