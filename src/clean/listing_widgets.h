// ListingWidgets: the small widgets a listing or record page prints beside
// its fields, known by their shape, in both scripts, never by a site's
// words:
//   - a counters line: two labelled counts or more and nothing else, with
//     no date ("更新時間：2天前 瀏覽：1,287次 收藏：46人", "浏览：86次
//     关注：3人"); a byline with its date and a view count stays;
//   - a map link's label alone ("地圖", "查看地图");
//   - a verification badge alone ("已實名認證", "已认证");
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

// Marks kListingWidget on such lines among kept lines.
void MarkListingWidgets(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
