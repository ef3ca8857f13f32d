// BracketLabels: lines lynx prints from a picture's or an icon's label in
// square brackets, known by the bracket's shape, not by a site's words:
//   - a picture's label on its own line: "[头图：港口的商品车堆场]",
//     "[圖片：…]", "[配图1：…]", "[image: …]", "[Photo: …]" (a picture
//     word, maybe a number, a colon; a credit "[图片来源：…]" is none);
//   - a row of items each behind the same bracketed icon label: "[tag]
//     巴士   [tag] 榜鹅", "[icon] 北京 [icon] 上海", "[标签] 职场 [标签] 裁员"
//     (two items or more, each short and with no sentence).
// Pure functions, thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

bool IsPictureLabelLine(std::string_view raw);
bool IsIconLabelledRow(std::string_view raw);
void MarkBracketLabels(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
