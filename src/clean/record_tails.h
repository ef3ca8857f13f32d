// RecordTails: a record's own data that goes on below the main text's last
// kept line, on a record page (a library catalogue entry, a product's or a
// route's record) whose kept text holds four "label：value" fields or more,
// known by shape and place whatever the site's words, in both scripts:
//   - the fields right under that last line, no blank line between
//     ("使用對象附註：…" under the abstract field's long paragraph);
//   - a data table a little below it (at most kMaxTableGap lines down, with
//     only dropped lines, blank lines and up to two short left-out lines
//     between): three table rows or more in a row (clean/spaced_tables.h),
//     with the short heading right over them ("館藏資訊", "价格明细"), a row
//     of bracketed tabs or buttons between heading and table aside.
// Anywhere on a page, a short sub-heading left out alone between two kept
// rows of spaced cells ("调料" between "八角  1个" and "盐  适量") comes back.
// On a page whose kept text is an article (fewer fields), a facts box right
// under the body comes back: a short name line, maybe, over three fields or
// more ("營業時間：…", "人均消費：…"), one of them more than a contact
// footer's (地址, 電話, 傳真, 電郵…), with a blank line or the end under it.
// Under the last kept line, a location box comes back: a short heading
// naming the place ("景点位置", "地點") over one address line, with a map
// picture or a map link under it.
// Under the last kept line, a block that a heading names comes back: the
// heading's last word ends every field's label under it, two fields or more
// ("疑義、異議、申訴及檢舉受理單位" over "申訴受理單位：…").
// A table under a "related" heading (clean/link_lists.h) stays out, and so
// do lines another rule dropped for what they are. Pure functions,
// thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Keeps the lines above (clearing their reason) and gives back their
// indexes.
std::vector<size_t> KeepRecordTails(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
