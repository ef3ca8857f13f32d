// RecordPrices: a listing's or a product's price and the short field rows
// under it, which the main-text finder left outside the record's head,
// known by their shape, in both scripts, never by a site's words:
//   - a price line: an amount and nothing else but its currency and unit
//     ("23,500 元/月", "$2,398.00", "NT$ 12,800", "¥ 89 起"), standing
//     between kept lines of the record with only dropped lines (buttons,
//     a share row, a rating) between;
//   - the field rows right under a price ("商戶：…", "送貨：…", "保養：…"):
//     a short label, a colon and a value with no sentence end, one a line,
//     with no blank line between them and the price.
// A price in a list of other products (no kept line of the record both
// above and below it) stays dropped. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// `core` is a price alone: "23,500 元/月", "$2,398.00", "HK$ 1,280".
bool IsPriceLine(const std::u32string& core);

// Clears "outside the main text" on such prices and rows; returns the
// lines kept again (each a paragraph of its own).
std::vector<size_t> KeepRecordPrices(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
