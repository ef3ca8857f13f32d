// FieldBlocks: blocks of short lines that the main-text finder
// (clean/main_text_finder.h) left outside the main text but that are the
// document's own, in both scripts:
//   - numbered items right under a kept line that ends with a colon
//     introducing them ("…如有意見請洽詢：" over "（一）聯絡人：…",
//     "（二）電話：…"): a notice's items, its contact items among them,
//     numbered in order from one ("（一）", "(二)", "3."), each with the
//     lines its text wraps onto;
//   - a facts box in a page's head: three or more "label：value" lines in a
//     row ("出发时间：2026年11月", "行程天數：4天", "同行：家人") right under
//     the byline or date line (buttons and pictures aside) and above the
//     body's first paragraph, none of them a contact, counter or credit
//     field; and, where nothing above it is kept, that byline line and the
//     headline over it (the box parted them from the body);
//   - an event's when, where and who as a short bulleted list (two to four
//     items, the first a date) right under the page's title, buttons
//     beside the items aside ("* 2026/12/27(日) 19:30 ~ 21:30", "* 某音樂廳 /
//     某路98號", "* 主辦單位：…");
//   - an event's organisers line right under the body's last kept line
//     ("主辦單位：…　協辦單位：…", "指导单位：…"), with the line it wraps onto;
//   - the author's note in brackets right under the body's last kept line
//     ("（作者系中国社会科学院研究员）", "(作者為台大社工系教授)").
//   - two or more short labels each over its value, a number with its unit
//     ("份量" over "3 人份", "時間" over "25 分鐘"), between two kept lines.
//   - a short list (two to twelve short items and headings, two or more of
//     them bulleted, no link bars, no "related" heading)
//     that the menu rule took, right under a kept paragraph of the body
//     and right over a kept line ("工具/原料" with its items over
//     "方法/步骤" and the steps).
//   - a long item with no punctuation (taken for link labels run
//     together) right under a kept item of the same bulleted list.
// Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Clears the reason "outside the main text" (or, for a list between
// paragraphs, "menu or link list") on the lines above, once the main text
// is found.
void KeepFieldBlocks(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
