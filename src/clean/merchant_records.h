// MerchantRecords: the record a merchant's or a place's page publishes (a
// restaurant, a shop, a scenic spot), in both scripts, once the main text is
// found (clean/main_text_finder.h). The record is known by its field lines
// kept in the main text, two or more of 地址：, 电话/電話：, 营业时间/營業時間：,
// 开放时间/開放時間： in a row; around them, what the list and main-text rules
// took for furniture is the record's own:
//   - the rating summary between the record's name and those fields, a
//     score with the number of reviews or the average spend ("4.7分  4,826条
//     评价  人均：¥128", "4.5分  1,203則評論  均消：NT$350");
//   - a list of the house's dishes or goods right under the record's last
//     kept line: its heading ("推荐菜", "招牌菜", "人氣商品") and the items
//     with their counts ("红烧肉  2,134人推荐", "牛肉麵  860人推薦"), and the
//     facilities line under it ("商户设施：包间  停车", "設施：無障礙廁所"),
//     a "查看全部" link between them aside.
// The users' reviews further down (their own score lines among them) stay
// dropped: readers' comments. Pure function, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "4.7分  4,826条评价  人均：¥128": a merchant's score with its review
// count or average spend, no sentence.
bool IsRatingSummary(const std::u32string& core);

// "红烧肉  2,134人推荐": an item of a merchant's list with its count.
bool IsCountedItem(const std::u32string& core);

// Clears the reasons of the lines above on a page with a merchant record.
void KeepMerchantRecord(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
