// SummaryBoxes: a notice's or record's summary box, printed above its text
// (often collapsed behind a "显示公告概要" toggle), whose rows repeat the
// fields the text states again below it.
//
// The box is a run of lines with no blank between them, each a spaced row
// ("采购单位    鄱湖县人民医院", "項目名稱  北辰路燈汰換工程") or a bare label
// ending in its colon over such rows ("公告概要：", "联系人及联系方式："):
// four rows at least, two thirds of which have a value that the kept text
// below the box holds again word for word. Rows with a colon
// ("制定机关：…") are a record's own fields and are not read as a box; a
// table whose cells the text does not repeat stays.
// Pure, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kSummaryBox[] = "summary box repeating the text";

// Sets reason kSummaryBox on the lines of each such box among the kept
// lines of `lines`.
void MarkSummaryBoxes(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
