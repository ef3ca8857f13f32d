// RecordItemLists: a record's list of short items under its own heading
// ("車輛配備" over "* 倒車雷達", "* 電動尾門", …; "配套设施" over "* 停车场",
// "* 无障碍通道", …) that the menu rules took for a site's menu, known by
// its place, in both scripts: a short heading (no sentence, no colon, not
// a related list's "相關…", "推薦…", "更多…") right over three bulleted
// items or more, each short and no sentence, standing between two kept
// parts of the record: the nearest line above the heading and the first
// line below the items are kept. The heading and the items come back;
// lines another rule dropped for what they are (a related list, a button)
// stay dropped. Pure, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// A line that may still be a record's: kept, or dropped only for its place
// ("outside the main text") or its shape ("menu or link list").
bool ReclaimableForRecord(const PageLine& l);

// Clears the menu and "outside the main text" reasons of such lists;
// returns the lines kept again.
std::vector<size_t> KeepRecordItemLists(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
