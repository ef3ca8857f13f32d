// Lists of other items with their prices under a store page's record, on
// lines written for these tests: a board-game shop (Traditional), a
// lamp shop (Simplified); and a single list of the record's own plans,
// which stays.
#include "clean/priced_lists.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace {

TEST(PricedLists, NameWithPrice) {
  EXPECT_TRUE(IsNameWithPrice(U"夜市大亨 NT$ 890"));
  EXPECT_TRUE(IsNameWithPrice(U"月光小夜灯 ￥39.9"));
  EXPECT_TRUE(IsNameWithPrice(U"竹編茶盤 1,280元"));
  EXPECT_FALSE(IsNameWithPrice(U"NT$ 890"));                              // a price alone
  EXPECT_FALSE(IsNameWithPrice(U"本店全館滿 NT$ 1,000 免運，歡迎選購"));  // a sentence
  EXPECT_FALSE(IsNameWithPrice(U"第 3 章"));
}

TEST(PricedLists, TwoListsOfOtherItemsGo) {
  auto lines = PageLinesOf({"   這款桌遊適合三到六人，一局約四十分鐘。", "", "   同一出版社的遊戲",
                            "     * 夜市大亨 NT$ 890", "     * 廟口小吃攤 NT$ 650", "", "   你可能也會喜歡",
                            "     * 港口商人 NT$ 1,150", "     * 茶園四季 NT$ 980", "     * 山城快遞 NT$ 720"});
  MarkPricedLists(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  for (size_t i : {2, 3, 4, 6, 7, 8, 9}) EXPECT_FALSE(lines[i].reason.empty()) << lines[i].CoreUtf8();
}

TEST(PricedLists, ListsOfOtherPlacesReadingsGo) {
  // A town's weather page: two tabs' lists of other towns with their
  // temperatures; an exchange page's list of other rates (a single list).
  EXPECT_TRUE(IsNameWithReading(U"北港 18/12℃"));
  EXPECT_TRUE(IsNameWithReading(U"某某成長基金 -1.25%"));
  EXPECT_FALSE(IsNameWithReading(U"18/12℃"));
  EXPECT_FALSE(IsNameWithReading(U"降雨機率 30%，請帶傘"));
  auto lines = PageLinesOf({"   今天多雲，午後局部短暫陣雨。", "", "   鄰近鄉鎮", "     * 北港 18/12℃",
                            "     * 東石 17/11℃", "", "     * 草嶺 12/6℃", "     * 阿里山 9/3℃"});
  MarkPricedLists(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  for (size_t i : {2, 3, 4, 6, 7}) EXPECT_FALSE(lines[i].reason.empty()) << lines[i].CoreUtf8();
  auto single = PageLinesOf({"   本基金資產配置", "     * 股票 82.5%", "     * 債券 10.2%", "     * 現金 7.3%"});
  MarkPricedLists(single);
  for (const auto& l : single) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

TEST(PricedLists, OneListOfTheRecordsOwnPlansStays) {
  auto lines = PageLinesOf(
      {"   北辰云盘会员", "   选择套餐", "     * 月度会员 ￥15", "     * 年度会员 ￥148", "     * 连续包年 ￥128"});
  MarkPricedLists(lines);
  for (const auto& l : lines) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

}  // namespace
}  // namespace wenyuan::clean
