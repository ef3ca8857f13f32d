// SpacedTables: a data table that the page lays out in spaced columns, one
// row a line ("產品        上價   中價  交易量" over "甘藍-初秋   24.6   17.3
// 214,380", a price list, a timetable, a results table, a project list, a
// feature matrix of ✔ marks), known by the shape of its lines whatever
// their words, in both scripts. Three lines or more in a row (no blank line
// between), each cut into three cells or more by gaps of two spaces or
// more, whose cells fall into the same columns: the columns are where
// some row prints a character (Chinese characters are two columns wide),
// parted by columns blank on every row, and no row has two cells in one
// column, so there are as many columns as the widest row has cells. A
// table holds values: one column past the first holds a number or a mark
// (✔, ○, －) on most of its rows. A menu laid out in columns ("關於我們
// 聯絡我們  隱私政策" over "網站地圖  常見問題  English") holds names, no
// values, and is no table; nor are rows under a heading over other items
// ("相關主題" over "主題  回覆  瀏覽" and the topics' counts): they are a
// list of links. A table aligned by hand (a few columns off, two cells
// joined by one space) counts where a header of names stands over its
// rows, each cell near a header cell; the same header over several
// sections' rows is one table. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The columns a character takes in a text dump: two for Chinese characters,
// full-width forms and CJK punctuation, one for the rest.
size_t DisplayColumns(char32_t c);

// Per line: a row (or the header) of a table laid out in spaced columns.
std::vector<bool> SpacedTableRows(const std::vector<PageLine>& lines);

// Sets `table` on every line that SpacedTableRows finds: the body's search
// (clean/prose_span.h) weighs them as a data table's cells, and the menu
// rules leave them alone.
void MarkSpacedTables(std::vector<PageLine>& lines);

// A table's legend right under the body that ends at `end` (blank lines
// only between): a line that names two marks or more in brackets ("[直播]
// 現場直播   [首播] 本台首播"), each printed in the rows of a table above
// (lines marked `table`). Its index, if any.
std::optional<size_t> TableLegendBelow(const std::vector<PageLine>& lines, size_t end);

}  // namespace wenyuan::clean
