// RecordWidgets: small controls and labels a record page prints among its
// content, known by their shape whatever the site's words, in both
// scripts:
//   - a filter's checkbox line: a short line holding one checkbox as a
//     dump prints it ("[ ]", "[X]") beside its labels ("只看差异 [ ]
//     显示全部参数", "[X] 只顯示有庫存"), no sentence end; a row of several
//     boxes ("[X] 程式設計 [ ] 團隊合作") is a record's checklist and stays;
//   - a row of tabs with a count: a line alone (blank lines or the page's
//     edge around it) of two to six short labels parted by bars, one of
//     them ending in a count in brackets ("课程详情 | 课程评价(386)",
//     "商品介紹 ｜ 買家評論（52）");
//   - a picture's bare labels: right above a picture that did not come
//     through (a placeholder alone on its line), a short name ending in the
//     picture word ("代表圖", "示意图"), and right below it the picture word
//     with a number only ("圖一", "图 2", "Figure 3");
//   - a link with an arrow: a short label, mostly Han, ending in an arrow
//     (">", "»", "›", and ">gt;" as some dumps print an escaped ">"): "更多
//     >", "进入讨论区 »", "歷年數據 >gt;";
//   - a table of other records closed by such a link: a short heading
//     right over three spaced rows or more of three cells each, the link
//     right under the last row ("近期开奖" over other draws and "查看更多 >>");
//   - a features sidebar: three lines or more in a row, each an icon and a
//     short label ("[icon_cloud.png] 雲端存檔");
//   - a row of the page's section tabs: three bar-parted short labels or
//     more, half of them (two or more) printed again below as the page's
//     headings ("學經歷 | 研究領域 | 期刊論文"); the row goes, and the
//     headings, which another rule may have taken for a tab's label or a
//     box's heading, come back;
//   - a short heading over nothing but a menu or tabs another rule dropped,
//     with a picture among them or another short heading next
//     ("整点天气实况" over its chart's tabs, "螢幕截圖" over device tabs and
//     screenshots).
// All are marked dropped. Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

void MarkRecordWidgets(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
