// ListingWidgets: the small widgets a listing or record page prints beside
// its fields, known by their shape, in both scripts, never by a site's
// words:
//   - a counters line: two labelled counts or more and nothing else, with
//     no date ("更新時間：2天前 瀏覽：1,287次 收藏：46人", "浏览：86次
//     关注：3人"); a byline with its date and a view count stays;
//   - a map link's label alone ("地圖", "查看地图");
//   - a verification badge alone ("已實名認證", "已认证"), or a row of
//     badges: an icon, then three to eight short claims set apart by wide
//     spaces ("[cert.png] 原廠認證　第三方鑑定　保固一年");
//   - the prompt to say where the reader saw the listing when calling
//     ("聯絡時請告知在…看到，謝謝！").
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kListingWidget[] = "listing widget";

// The line is one of the widgets above.
bool IsListingWidgetLine(const std::u32string& core);

// The line is a row of badges: an icon first, then a row of short words
// apart by wide spaces (clean/page_notices.h, IsTagRowShape).
bool IsBadgeRow(const PageLine& l);

// Marks kListingWidget on such lines and rows among kept lines.
void MarkListingWidgets(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
