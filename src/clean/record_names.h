// RecordNames: the name of the item a record page is about (a hotel, a
// housing project, a film, a shop) and the facts printed under it, known
// by the page's own breadcrumb whatever the site's words, in both scripts.
// A record page's breadcrumb ends at the item ("首頁 > 國內訂房 > 花蓮縣 >
// 洄瀾灣旅店"), and the page prints the item's full name as its headline
// below it ("洄瀾灣旅店 Hualien Bay Inn", "中建·澜湾雅苑"): a short line at
// the margin, where a dump prints headings, holding the last crumb and
// more than it ("湖光山色酒店（西湖断桥店）", a branch in brackets), no
// sentence, no link (a board's name over a thread, "[icon]
// 宁德时代吧 (300750)", is indented like the page's boxes). Where the
// main-text finder left that line out with kept text below it, it stays,
// and so do the facts in its block (up to a blank line) that say where the
// item is: its address (a street number, "海濱街28號"; a map link printed
// after it, "查看地圖", is cut off on output) and
// its distances ("距離花蓮火車站約3.2公里"). The name in Latin letters
// right under the name ("The Summer at the Tidal Flats") stays with it; a
// line that is the crumb itself is the name only with such a line under
// it or with three "label: value" rows under it before any other heading
// at the margin ("山河故人" over "作者: …"; a section label repeats the
// crumb: "公告事項" over the notice's own heading, "新聞稿" over a list).
// Where the crumb ends at the record's tab ("首页 > 院校库 > 江淮工业大学 >
// 录取分数线"), the name is a line that is one of the middle crumbs,
// wherever it is printed, with the same proof under it; the crumb may be
// one the site labels ("您所在的位置：…"). A block of three "label: value"
// rows or more right under the name (or its Latin name), up to a blank or
// dropped line, stays with it ("院校所在地：安徽  合肥", "院校类型：…").
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "海濱街28號", "川沙路5218号", "No. 28": ends in a street number (before
// a map link), or says how far the item is ("約3.2公里", "步行約6分鐘").
bool IsLocationLine(const std::u32string& core);

// Gives back the item's name and its location lines (see above). Returns
// the lines it gave back.
std::vector<size_t> KeepRecordName(std::vector<PageLine>& lines);

// A page's section heading at the margin, where a dump prints headings
// ("房型選擇" over a table), that the menu rule took for the in-page tabs
// printed right over it: where two or more of the page's other headings
// at the margin were kept, a short heading at the margin with kept text
// right under it stays. Returns the headings it gave back.
std::vector<size_t> KeepMarginHeadings(std::vector<PageLine>& lines);

// A kept line with a map link printed after its address, behind a space
// ("花蓮縣花蓮市海濱街28號 查看地圖", "… [查看地图]"): the line without it;
// any other line as it is.
std::string WithoutTrailingMapLink(std::string_view line);

}  // namespace wenyuan::clean
