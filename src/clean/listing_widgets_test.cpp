// The listing-widget rule (clean/listing_widgets.h) on lines written for
// this test (a second-hand piano listing in Simplified, a shop-space
// listing in Traditional) and on lines of the same words that stay.
#include "clean/listing_widgets.h"

#include <gtest/gtest.h>

namespace wenyuan::clean {
namespace {

TEST(ListingWidgets, Widgets) {
  EXPECT_TRUE(IsListingWidgetLine(U"发布：3天前　浏览：86次　收藏：5人"));
  EXPECT_TRUE(IsListingWidgetLine(U"瀏覽：1,204次 關注：12人"));
  EXPECT_TRUE(IsListingWidgetLine(U"查看地图"));
  EXPECT_TRUE(IsListingWidgetLine(U"已实名认证"));
  EXPECT_TRUE(IsListingWidgetLine(U"来电时请告知是在本站看到的，谢谢！"));
  // A byline with its date, a field with a count, a sentence about maps.
  EXPECT_FALSE(IsListingWidgetLine(U"发布时间：2026-11-03　浏览：86次"));
  EXPECT_FALSE(IsListingWidgetLine(U"琴龄：8年"));
  EXPECT_FALSE(IsListingWidgetLine(U"音色：4.8　外观：4.6"));
  EXPECT_FALSE(IsListingWidgetLine(U"店面面積：32坪　樓層：1樓"));
  EXPECT_FALSE(IsListingWidgetLine(U"地圖上標示的位置為店面入口。"));
  EXPECT_FALSE(IsListingWidgetLine(U"他告知記者，當晚看到兩名男子離開。"));
}

TEST(ListingWidgets, MarksKeptLinesOnly) {
  std::vector<PageLine> lines = MakePageLines(
      "   珠江钢琴 UP118 立式 九成新\n"
      "   [map.png] 查看地图\n"
      "   发布：3天前　浏览：86次　收藏：5人\n"
      "   琴龄：8年\n");
  MarkListingWidgets(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_EQ(lines[1].reason, kListingWidget);
  EXPECT_EQ(lines[2].reason, kListingWidget);
  EXPECT_TRUE(lines[3].reason.empty());
}

// A row of badges: an icon, then short claims apart by wide spaces, in
// both scripts; a form's checkboxes, a caption and a table's row stay.
TEST(ListingWidgets, BadgeRows) {
  for (const char* row : {"[cert.png] 原廠認證　第三方鑑定　保固一年", "[icon.png] 实名认证  七天无理由  极速退款",
                          "[badge.svg] 優良房仲　實價登錄　專人帶看", "[v.png] 官方认证　正品保障　全国联保",
                          "[ok.png] 免費估價  到府收購  當日撥款", "[shield.png] 安心租　押金托管　线上签约",
                          "[star.png] 金牌店家　準時出貨　退換無憂", "[tag.png] 包邮　次日达　可开发票"}) {
    EXPECT_TRUE(IsBadgeRow(MakePageLine(row))) << row;
  }
  for (const char* line : {"[X] 資訊專業知識 [X] 程式設計與實作 [ ] 團隊合作", "[photo.jpg] 北門老街的清晨",
                           "[icon.png] 電話　02-2345-6789", "原廠認證　第三方鑑定　保固一年"}) {
    EXPECT_FALSE(IsBadgeRow(MakePageLine(line))) << line;
  }
}

}  // namespace
}  // namespace wenyuan::clean
