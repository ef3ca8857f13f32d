// The listing-field rules on pages written for this test: a used-bicycle
// listing (Traditional script) whose fields, group headings and numbered
// notes are the page's content, with a map link, a distance note and a
// login-gated contact among them, and a seller's description under it.
// The site's menus, buttons, "see more" toggle and footer go; the
// record's title, the seller's name, summary row and price under it stay.
// Field lines are checked in both scripts; a music album's record keeps
// its fields and drops its rating widget.
#include "clean/listing_fields.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kBikeListing[] =
    "   [logo.svg] 單車二手市集\n"
    "     * 買車\n"
    "     * 賣車\n"
    "     * 零件\n"
    "     * 車友社團\n"
    "   (BUTTON) 登入/註冊\n"
    "\n"
    "     * 首頁\n"
    "     * 公路車\n"
    "     * 台南市\n"
    "\n"
    "碳纖維公路車 54號車架 變速套件完整\n"
    "   南區老陳單車行\n"
    "   瀏覽 321 次\n"
    "   (BUTTON) 收藏 (BUTTON) 分享\n"
    "   [bike_01.jpg]\n"
    "   公路車   54號車架   2024年式\n"
    "   28,000 元\n"
    "   (BUTTON) 議價\n"
    "\n"
    "   車輛資訊\n"
    "   車架尺寸 54號\n"
    "   車架材質 碳纖維\n"
    "   變速系統 22速\n"
    "   輪組規格 700C\n"
    "   看車地點 台南市南區健康路一段\n"
    "   地圖\n"
    "   距離 台南火車站約2.1公里\n"
    "   車況說明 車架無裂痕無撞擊，前後輪框皆無變形，坐墊與把手帶今年新換，變速器調整過（附保養紀錄）\n"
    "   車況等級 九成新\n"
    "   售價 新台幣 28,000元\n"
    "   交易方式 面交\n"
    "   賣家備註\n"
    "   1. 去年換過鏈條與剎車皮。\n"
    "   2. 附原廠車燈與水壺架。\n"
    "   看更多 ▼\n"
    "   聯絡人 陳先生\n"
    "   Email 登入後顯示\n"
    "\n"
    "賣家說明\n"
    "   這台車是前年在台南的車行購入，平日只在週末騎乘，累計里程大約三千公里，從未參加比賽，也沒有摔\n"
    "   車紀錄，車架與輪組都保持得很好，每半年送回原車行保養一次，保養紀錄都留著可以給買家參考。\n"
    "   因為工作調到外縣市，家裡放不下兩台車，才決定割愛。希望買家能先約時間到店裡看車試騎，確認尺\n"
    "   寸合適再交易，現場也可以協助調整座墊高度與把手角度，謝謝大家。\n"
    "\n"
    "   (BUTTON) 聯絡賣家\n"
    "   相似商品\n"
    "     * 鋁合金公路車 ｜ 台南市東區 ｜ 12,000元\n"
    "     * 登山車 ｜ 高雄市 ｜ 9,500元\n"
    "   © 2026 單車二手市集 版權所有\n";

TEST(ListingFields, AListingsFieldsAndNotesStayAndItsFurnitureGoes) {
  const CleanedDocument c = CleanDocument(kBikeListing, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"碳纖維公路車 54號車架 變速套件完整", "南區老陳單車行", "公路車   54號車架   2024年式", "28,000 元", "車輛資訊",
        "車架尺寸 54號", "變速系統 22速", "看車地點 台南市南區健康路一段",
        "車況說明 車架無裂痕無撞擊，前後輪框皆無變形，坐墊與把手帶今年新換，變速器調整過（附保養紀錄）",
        "車況等級 九成新", "售價 新台幣 28,000元", "賣家備註", "1. 去年換過鏈條與剎車皮。", "2. 附原廠車燈與水壺架。",
        "聯絡人 陳先生"}) {
    EXPECT_TRUE(HasLine(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"地圖", "距離", "看更多", "登入後顯示", "瀏覽", "鋁合金公路車", "版權所有", "聯絡賣家"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

TEST(ListingFields, FieldLinesAndFurnitureLabels) {
  EXPECT_TRUE(IsListingField(U"工作性質 全職"));
  EXPECT_TRUE(IsListingField(U"容量：51-60L"));
  EXPECT_TRUE(IsListingField(U"京 东 价  ￥1299.00"));
  EXPECT_FALSE(IsListingField(U"瀏覽 1,284 次"));
  EXPECT_FALSE(IsListingField(U"客服專線：(02)5572-2000"));
  EXPECT_FALSE(IsListingField(U"行政專員 ｜ 鴻晟機械有限公司"));
  EXPECT_FALSE(IsListingField(U"這是一句完整的句子，沒有標籤。"));
}

TEST(ListingFields, CodeFields) {
  EXPECT_TRUE(IsCodeField(U"IMDb: tt0012345"));
  EXPECT_TRUE(IsCodeField(U"ISRC：TW-A01-25-00012"));
  EXPECT_FALSE(IsCodeField(U"LINE: @rivershop"));
  EXPECT_FALSE(IsCodeField(U"Note: 这里只是说明"));
  EXPECT_FALSE(IsCodeField(U"URL: https://example.com"));
  EXPECT_FALSE(IsCodeField(U"PS: 记得带伞，明天会下雨。"));
}

// A music album's record page written for this test (Simplified): its
// fields stay; the rating widget (its count, where it stands among its
// kind, the empty stars a reader rates with) and the marking buttons go.
const char kAlbumRecord[] =
    "   [logo.png] 乐迷小站\n"
    "     * 首页\n"
    "     * 新碟\n"
    "     * 排行榜\n"
    "     * 乐评\n"
    "   登录/注册\n"
    "\n"
    "山风与海 (2025)\n"
    "   [cover.jpg]\n"
    "   表演者: 林夕雨\n"
    "   流派: 民谣\n"
    "   专辑类型: 录音室专辑\n"
    "   介质: 数字\n"
    "   发行时间: 2025-04-18\n"
    "   出版者: 海风唱片\n"
    "   发行国家/地区: 中国台湾\n"
    "   ISRC: TW-A01-25-00012\n"
    "   8.4\n"
    "   1268人评价\n"
    "   好于 88% 民谣\n"
    "   想听 听过\n"
    "   评价: ☆☆☆☆☆\n"
    "\n"
    "山风与海的简介 · · · · · ·\n"
    "   这张专辑收录了十首在海边小镇录下的歌，林夕雨用一把木吉他和一台旧录音机，记下了她在渔港住的那个冬天。\n"
    "\n"
    "   © 2025 乐迷小站\n";

TEST(ListingFields, ARecordsFieldsStayAndItsRatingWidgetGoes) {
  const CleanedDocument c = CleanDocument(kAlbumRecord, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"表演者: 林夕雨", "发行时间: 2025-04-18", "发行国家/地区: 中国台湾", "ISRC: TW-A01-25-00012"}) {
    EXPECT_TRUE(HasLine(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "记下了她在渔港住的那个冬天")) << c.text;
  for (const char* dropped : {"☆", "想听", "好于", "乐评", "1268人评价"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
