// CountedLists: a record's complete enumeration under a heading that says
// how many items it has ("67路 上行 洛阳火车站 → 龙门高铁站（共28站）" over
// "1. 洛阳火车站" … "28. 龙门高铁站"; "門診科別（共6科）" over six bulleted
// items), known by the count, in both scripts: the heading states 共 N and
// a measure word (站, 項, 科, 條 …), and exactly N short items follow, each
// no sentence, numbered 1 to N in order or all bulleted. A list of stops or
// departments is the record itself, though its short lines look like a
// menu. Such a list comes back where the menu rules or the main-text finder
// took it for chrome, when it goes on from the record: the nearest line
// above the heading is kept (or ends a counted list just kept). Lines
// dropped for what they are (a related list, a headline list, a button)
// stay dropped. Pure, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The N a heading states ("（共28站）" → 28), 0 if none: 共, one to three
// digits, a measure word.
size_t StatedCount(const std::u32string& core);

// Clears the menu and "outside the main text" reasons of such lists and
// their headings; returns the lines kept again.
std::vector<size_t> KeepCountedLists(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
