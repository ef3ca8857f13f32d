// LatinNames: a record's name printed again in Latin letters right under
// its headline ("陳韻如 副教授" over "Yun-Ju Chen, Associate Professor", a
// museum piece's or a plant's name over its English one), in both
// scripts. The main-text finder, seeing a short line with none of the
// body's words, left it out. The first kept line of the page, short and
// with Han text, and right under it (one blank line at most) a line of
// Latin words only (two words or more, a capital first, accented letters
// among them, no digits, no link, colon or at sign): that line is the
// name's and stays. Pure
// function, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// A letter of the Latin script, accented ones among them ("ã", "é", "ç",
// "ő": Portuguese, French, Hungarian names); not "×" or "÷".
bool IsLatinLetter(char32_t c);

// Latin words only, two or more, a capital first, no digits, no link,
// colon or at sign ("St. John's College", "Licenciatura em Gestão do
// Património Cultural").
bool IsLatinName(const std::u32string& core);

// Clears "outside the main text" on such a line; returns it, if any.
std::optional<size_t> KeepLatinNameUnderHeadline(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
