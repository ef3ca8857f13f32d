// PictureCardLists: other records of the site listed as picture cards
// under a record or an article ("同科室专家" over "* [zj_luo.jpg] 罗晓川 主任医师
// 擅长：胃肠动力障碍性疾病", "同系列商品" over "* [p2.jpg] 保溫杯 500ml
// NT$590", "其他作品" over "* [cover.jpg] 《夜航》 2024"): a short heading
// and right under it three list items or more, each a picture and a short
// card of two words or more with no sentence, below kept text: the heading
// and the cards go as a related list, whatever the heading says. A list
// of pictures with one-word captions (a gallery's views), items that are
// sentences, and a list with no pictures stay. Only for web pages (the
// caller decides). Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Marks "related-articles list" on the headings and cards above.
void MarkPictureCardLists(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
