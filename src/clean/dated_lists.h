// DatedLists: a record's list of dated entries (a profile's positions, a
// company's milestones, an award history) between two kept parts of the
// page, in both scripts: two to twelve list items, each short, ending no
// sentence and carrying a year ("國立某大學 副教授（2020/08–迄今）",
// "2019年 获评省级示范单位"), under a short heading of its own or none,
// with kept text right above (the record's fields) and right below (the
// body; buttons and tab labels between aside). The main-text finder left
// them out as short lines outside the body; they are the record's.
// Lists of other articles are dropped as such by other rules before, and
// a list that is not between kept text stays out. Pure function,
// thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Clears "outside the main text" on such lists and their headings.
// Returns the lines it gave back.
std::vector<size_t> KeepDatedListsBetweenKeptText(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
