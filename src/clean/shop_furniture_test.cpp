// The shop-furniture rules on lines written for this test, in both
// scripts, and on a product page and a consumer article written for it.
#include "clean/shop_furniture.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

bool Shop(std::string_view line) { return IsShopLine(DecodeUtf32(line)); }

TEST(ShopFurniture, ShapesOfShopLines) {
  EXPECT_TRUE(Shop("定價：350元"));
  EXPECT_TRUE(Shop("优惠价： 8 折 280 元"));
  EXPECT_TRUE(Shop("會員價 NT$299"));
  EXPECT_TRUE(Shop("優惠期限：2025年6月30日止"));
  EXPECT_TRUE(Shop("付款方式：貨到付款、信用卡"));
  EXPECT_TRUE(Shop("配送方式：宅配、超商取貨"));
  EXPECT_TRUE(Shop("运费：满99元包邮"));
  EXPECT_FALSE(Shop("定價策略決定了一本書能不能活下來。"));
  EXPECT_FALSE(Shop("定價："));
  EXPECT_FALSE(Shop("出版社：南方文化"));
  EXPECT_FALSE(Shop("ISBN：9789860000000"));
}

TEST(ShopFurniture, ProductPageLosesItsShopLinesNotItsFields) {
  const char kPage[] =
      "書店 > 中文書 > 自然科普\n"
      "山徑上的苔蘚：台灣中海拔植物觀察\n"
      "作者： 陳秋水\n"
      "出版社：山風出版\n"
      "定價：420元\n"
      "優惠價： 9 折 378 元\n"
      "付款方式：信用卡、ATM\n"
      "配送方式：台灣本島、離島\n"
      "內容簡介\n"
      "苔蘚是森林裡最早醒來的植物。作者走遍合歡山、阿里山與太平山，記錄了一百二十種苔蘚的生長環境。\n"
      "書中附有兩百幅手繪圖，每一幅都標出觀察的海拔與季節，讓讀者上山時能對照辨認。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("苔蘚是森林裡最早醒來的植物"), std::string::npos) << c.text;
  for (std::string_view shop : {"定價", "優惠價", "付款方式", "配送方式"}) {
    EXPECT_EQ(c.text.find(shop), std::string::npos) << shop << "\n" << c.text;
  }
  // The product's own fields are no shop lines.
  std::vector<PageLine> lines = MakePageLines(kPage);
  MarkShopFurniture(lines);
  size_t marked = 0;
  for (const PageLine& l : lines) {
    const std::string line = EncodeUtf8(l.core);
    if (line.starts_with("作者") || line.starts_with("出版社")) {
      EXPECT_TRUE(l.reason.empty()) << line;
    }
    marked += l.reason == kShopFurniture;
  }
  EXPECT_EQ(marked, 4u);
}

TEST(ShopFurniture, OnePriceInAnArticleStays) {
  std::vector<PageLine> lines = MakePageLines(
      "新書上市\n"
      "這本書收錄了作者十年的田野筆記，讀來像一部山村的年表。\n"
      "定價：420元\n"
      "出版社表示，首刷三千本已售出大半。\n");
  MarkShopFurniture(lines);
  for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty()) << EncodeUtf8(l.core);
}

}  // namespace
}  // namespace wenyuan::clean
