// QuantityLists: an article's own list of things and their amounts (a
// recipe's ingredients, a soil mix, a kit's parts: "培養土 5 份", "麵粉 200
// 克", "螺絲 12 顆", "Flour 200 g", "鹽 少許"), printed as short lines right
// inside the body, which the menu rules take for a run of link labels.
// Where such a run, maybe under its short heading ("我的土壤配方", "材料"),
// stands between two kept lines of the text with no blank line parting it
// from them, and two of its lines or more, half of them at least, end in an
// amount (a number, Arabic or Han, and a unit of one or two characters or
// a Latin unit; or 少許/适量-like words), the run and its heading come
// back, and so do the body's sentences right under it (no blank line
// between) where the main-text finder ended the text at the run. A menu's items, counted categories ("香草植物 (24)")
// and a run set apart by blank lines stay dropped. Only for web pages (the caller decides). Pure functions,
// thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "培養土 5 份", "麵粉 200 克", "雞蛋 2 個", "Flour 200 g", "鹽 少許": a
// short line naming a thing and ending in its amount.
bool IsAmountLine(const std::u32string& core);

// Keeps the runs above again; returns the lines kept.
std::vector<size_t> KeepQuantityListsInText(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
