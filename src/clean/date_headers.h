// DateHeaders: a blog's bare date header over a post's title ("2026 Dec 05
// Sat 21:18", "2026年12月5日 星期六"), which the post's byline under the
// title repeats with its author ("2026-12-05 21:18 小綠"): the header is a
// repetition and goes, the byline is the article's date-and-author line
// and stays (the main-text finder, starting at the header, can leave it
// out as a line of the page's head). Known by shape: a short line of a
// date and maybe a time or weekday and nothing else, the next line a kept
// title, the line after it the same date (the same numbers in the same
// order, whatever their format) with more after it, no sentence. Only for
// web pages (the caller decides). Pure functions, thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kRepeatedDateHeader[] = "date header repeated by the byline";

// Marks the header kRepeatedDateHeader and keeps the byline again where
// the main-text finder left it out; returns the byline's index.
std::optional<size_t> KeepBylineUnderDateHeader(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
