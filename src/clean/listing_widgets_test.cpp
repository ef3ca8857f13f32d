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

}  // namespace
}  // namespace wenyuan::clean
