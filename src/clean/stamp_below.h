// StampBelow: a record's own date line printed right under it ("最後更新日期：
// 2026-01-12" under a route's notes, "更新日期：114-12-24" under a clinic's
// timetable and its notes, "資料更新：… 發布單位：… 瀏覽人次：…" under a
// schedule), known by its shape in both scripts: the first line below the
// body (blank lines only between), short, no list item, no sentence, that
// carries a date (clean/dates_and_bylines.h, IsDateLine: a date line or a
// row of labelled fields with a date), and that no rule dropped for what it
// is (a copyright line, a footer's contact, a page's update stamp with its
// counter, which clean/prose_span.h weighs), standing alone with a blank
// line under it (a date over a title is a list's item). A site's footer stamp stands
// below the footer's links, not right under the text, and stays out.
// Pure functions, thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The index of such a line at or below `end` (the body's end), if any.
std::optional<size_t> StampBelow(const std::vector<PageLine>& lines, size_t end);

}  // namespace wenyuan::clean
