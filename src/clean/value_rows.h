// ValueRows: a record page's field rows and table rows by their shape. A
// forecast's "14/8℃", a spec sheet's "重量 1.2 kg", a timetable's "08:15",
// a price "NT$390" or "¥ 12.50", a release's "2026年11月28日" are short lines
// that carry a measured value (digits with a unit, a time, a date, a
// currency) and little text. Between an item's title and its prose they are
// the record itself, not a menu: the body's search (clean/prose_span.h)
// lets such rows sit inside the body instead of parting it. Counters
// ("1234 次阅读", "56人参与") are not values. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The line (its core: no bullet, trimmed) is short, has little Han text and
// carries a value: a number with a unit, a time of day, a date or a price.
bool IsValueRow(const std::u32string& core);

// Per line: part of a block of record rows, a run of at least three lines
// with no blank line between them of which at least three in five are
// value rows (a forecast's days, a timetable's stops, a spec sheet's
// fields). Menus and lists of other items are runs of short lines too, but
// their lines carry names, not values.
std::vector<bool> RecordRowBlocks(const std::vector<PageLine>& lines);

// Lines [begin, end) are the body: the rows of a block of record rows there
// that a rule took for a menu ("12℃" / "东北风 3级" / "相对湿度 68%") are
// kept.
void KeepRecordRowsInBody(std::vector<PageLine>& lines, size_t begin, size_t end);

// The rows of a block of record rows right above the body that starts at
// line `begin` (only blank lines and picture placeholders between): a
// forecast's current conditions over its alert's text. Empty when none, or
// when a rule other than the menu rule dropped one of its lines.
std::vector<size_t> RecordBlockAbove(const std::vector<PageLine>& lines, size_t begin);

}  // namespace wenyuan::clean
