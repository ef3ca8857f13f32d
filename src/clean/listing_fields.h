// ListingFields: a record page's own fields (a job posting, a product's
// parameters, a rental listing), in both scripts, once the main text is
// found (clean/main_text_finder.h). A record prints its fields as a block
// of short "label：value" or "label  value" lines ("工作性質 全職",
// "* 額定功率 3300W", "* 租金：32,000元/月"), with short group headings
// ("條件要求", "功能参数") and the groups' items between them; the main-text
// finder, seeing short lines, left them out. Where six or more such fields
// stand in a block (at most a few lines between two fields, none of them a
// button, form, share row, breadcrumb or footer line, and fewer than half
// of the fields a contact's, at least half its lines fields, six of them
// or more left out by the main-text finder), the block is the page's
// content:
//   - its fields, its group headings (and a short heading right above
//     its first field), its numbered items and their wrapped lines stay;
//   - site furniture in it stays dropped: a map link ("地圖"), a site's
//     distance note ("距離 …站約3.6公里"), a "see more" toggle ("看更多 ▼"),
//     a login-gated contact ("Email 應徵後公開"), a counter or action label
//     ("瀏覽", "收藏", "客服", "下載APP", "登入");
//   - a picture's caption right above the block (an infobox's picture)
//     stays;
//   - where nothing above it is kept, the record's title (the page's
//     first heading, printed at the left margin, over the block) stays,
//     and so does a short name or address line right under it
//     ("立揚精密工業股份有限公司", "台北市大安區復興南路二段"), though not a
//     promotional subtitle ("【限時優惠】… | …"); between the title and
//     the block, the first summary row of spaced cells ("整層住家   2房1廳
//     1衛   24.6坪") and the first price line ("32,000 元/月", "京 东 价
//     ￥1299.00") stay too;
//   - right below the block, a shop's service template ("售后保障" over its
//     lines) and the site's distance rows ("交通   捷運站 約300公尺") with
//     their short heading go.
// A line naming another product and its price ("澜溪即热式热水器
// ￥899.00") is no field. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "工作性質 全職", "容量：51-60L", "京 东 价  ￥1299.00": a record's field, a
// label of two to eight Han characters and its short value. A label that
// names site furniture (客服, 瀏覽, 登入, 距離 …) makes no field.
bool IsListingField(const std::u32string& core);

// "IMDb: tt0000001", "ISRC：TW-A01-25-00012": a code's field, a Latin label of
// two to six letters with two capitals or more, a colon and a value of one
// word; a contact's label (LINE, URL, TEL …) makes none.
bool IsCodeField(const std::u32string& core);

// Applies the rules above to `lines`, whose kept lines are the main text.
// Returns the lines that start a paragraph of their own (a kept block's
// fields and group headings: the line above does not run on into them).
std::vector<size_t> KeepListingFields(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
