// PricedLists: lists of other items a record page prints beside its
// record ("more from this maker", "similar items", "nearby towns"), known
// by their shape and their repetition whatever the site's words, in both
// scripts. Each is two bulleted items or more in a row, every item a name
// and its price at the end ("* 夜航信號 NT$ 298", "* 月光小夜灯 ￥39.9", "*
// 茶具組 1,280元") or a reading ("* 奉化 13/7℃", "* 某某混合A 2.87%"), with
// the short heading right above it if there is one. One such list may be
// the record's own editions or plans; two or more on a page are lists of
// other items: their headings and items are dropped. Pure function,
// thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "夜航信號 NT$ 298", "月光小夜灯 ￥39.9": a name, then a price at the end.
bool IsNameWithPrice(const std::u32string& core);

// "奉化 13/7℃", "某某混合A 2.87%": a name, then a reading at the end.
bool IsNameWithReading(const std::u32string& core);

// Marks "list of other items with prices" on two or more such lists.
void MarkPricedLists(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
