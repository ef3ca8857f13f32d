// TableCells: the cells of a table row as the HTML reader writes it (cells
// joined by " | "), and the shape of a page laid out in tables: a row of
// short link cells ("主頁 | 過去七天 | 聯絡我們") is the site's header, not a
// data row. Pure functions, thread-safe.
#pragma once

#include <string_view>
#include <vector>

namespace wenyuan::clean {

// The cells of `line`, split at " | " and trimmed; one cell when the line
// has no separator.
std::vector<std::string_view> TableCells(std::string_view line);

// A row of at least three cells, each a short label (at most 8 characters,
// no sentence punctuation): a table-layout page's link row.
bool IsShortCellRow(std::string_view line);

}  // namespace wenyuan::clean
