// RunningHeads: the running header or footer of a document converted to
// text (a PDF printed as a page's text), known by its repetition and place,
// never by its words: a short line with no sentence in it that the page
// prints three times or more word for word (the space between its parts
// aside), each time right beside a page number (but the first page's,
// whose number is at its foot, and the last page's number at its foot
// when the header stands at the top of each page), bare or set between dashes
// as official documents set them ("1", "15", "iv", "— 3 —", "-12-",
// "- 1 -", whose first dash the page's lines read as a bullet), or at its
// own end after a gap, between dashes ("…決算摘要      －1－"); a copy
// with no number and the page's date line under it is the page's headline,
// not the first page's header. The
// line and those page numbers go; a heading a document repeats in its body
// is not set beside page numbers and stays. Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kRunningHead[] = "running header of a converted document";
inline constexpr char kPageNumber[] = "page number of a converted document";

// `core` is a bare page number: one to four digits or a small roman
// numeral.
bool IsBarePageNumber(const std::u32string& core);

// The page number `core` is, bare or between dashes ("— 3 —" → "3"), or "".
std::u32string PageNumberOf(const std::u32string& core);

// The page number a line is, read from the line as printed (its core has
// lost the leading dash of "- 1 -", which reads as a list bullet), or "".
std::u32string PageNumberOfLine(const PageLine& line);

// Marks kRunningHead on the running header and its page numbers, then
// MarkPageNumberRuns.
void MarkRunningHeads(std::vector<PageLine>& lines);

// Page numbers with no header beside them: a line that is only a page
// number ("3", "- 3 -"), a blank line above and below it, in a run of three
// or more going up by one (1, 2, 3) with a page's text between each two
// (150 characters or more), and the roman numbers of the front matter
// right before the run (I, II). Marks kPageNumber on them. A table's row
// numbers have no page of text between them; a list's numbers are not
// alone on their lines.
void MarkPageNumberRuns(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
