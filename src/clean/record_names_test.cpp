// The record-name recogniser (clean/record_names.h) and the table rows cut
// before their buttons (clean/record_rows.h) on record pages written for
// this test, of kinds no fold has: a campsite with its pitch table, in
// Traditional; a novel's page with its original title and a guesthouse's
// page, in Simplified; and
// a city bureau's 通知 page whose section label repeats the breadcrumb.
#include "clean/record_names.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(RecordNames, LocationLines) {
  EXPECT_TRUE(IsLocationLine(U"苗栗縣泰安鄉錦水村12號 查看地圖"));
  EXPECT_TRUE(IsLocationLine(U"杭州市西湖区龙井路88号"));
  EXPECT_TRUE(IsLocationLine(U"距離汶水老街約8公里、開車約15分鐘"));
  EXPECT_FALSE(IsLocationLine(U"海拔：2000公尺"));                   // no distance
  EXPECT_FALSE(IsLocationLine(U"第3號"));                            // too little to be an address
  EXPECT_FALSE(IsLocationLine(U"營區位於山腰，距離老街約8公里。"));  // a sentence
  EXPECT_FALSE(IsLocationLine(U"首頁 > 露營區 > 苗栗縣12號"));       // a link row
}

TEST(RecordNames, MapLinksAreCutOffAnAddress) {
  EXPECT_EQ(WithoutTrailingMapLink("   杭州市西湖区龙井路88号 [查看地图]"), "杭州市西湖区龙井路88号");
  EXPECT_EQ(WithoutTrailingMapLink("苗栗縣泰安鄉錦水村12號  地圖"), "苗栗縣泰安鄉錦水村12號");
  EXPECT_EQ(WithoutTrailingMapLink("查看地圖"), "查看地圖");
  EXPECT_EQ(WithoutTrailingMapLink("我們的心意地圖"), "我們的心意地圖");  // no space: a word
}

const char kCampsite[] =
    "   [logo.png] 露營趣\n"
    "   登入 | 註冊 | 我的訂單\n"
    "\n"
    "   首頁 > 露營區 > 苗栗縣 > 山嵐露營區\n"
    "\n"
    "   [camp_01.jpg] [camp_02.jpg] 看全部照片(24)\n"
    "\n"
    "山嵐露營區 Mountain Mist Camp\n"
    "\n"
    "   ★★★★\n"
    "   苗栗縣泰安鄉錦水村12號 查看地圖\n"
    "   距離汶水老街約8公里、開車約15分鐘\n"
    "\n"
    "   4.6 分 218則評價\n"
    "   [收藏] [分享]\n"
    "\n"
    "     * 營位價格\n"
    "     * 營區介紹\n"
    "     * 交通資訊\n"
    "\n"
    "營位價格\n"
    "\n"
    "   營位 尺寸 可住人數 平日價 假日價\n"
    "   草皮營位 6x8米 6人 NT$ 900 NT$ 1,200 (BUTTON) 預訂\n"
    "   雨棚營位 5x10米 8人 NT$ 1,300 NT$ 1,600 (BUTTON) 預訂\n"
    "   包區 40x20米 40人 NT$ 7,500 NT$ 9,000 (BUTTON) 預訂\n"
    "\n"
    "營區介紹\n"
    "\n"
    "   營區位於海拔八百公尺的山腰，共有三十個營位，每一區都有獨立的水槽和電源，\n"
    "   夜晚可以看到滿天星空。\n"
    "\n"
    "交通資訊\n"
    "\n"
    "   由國道一號頭份交流道下，接台三線往大湖方向，約四十分鐘可以抵達營區。\n";

TEST(RecordNames, ACampsitesNameLocationAndPitchTable) {
  const CleanedDocument c = CleanDocument(kCampsite, SourceLayout::kWebDump, nullptr);
  for (const char* line :
       {"山嵐露營區 Mountain Mist Camp", "苗栗縣泰安鄉錦水村12號", "距離汶水老街約8公里、開車約15分鐘", "營位價格",
        "草皮營位 6x8米 6人 NT$ 900 NT$ 1,200", "包區 40x20米 40人 NT$ 7,500 NT$ 9,000"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  for (const char* furniture : {"查看地圖", "BUTTON", "預訂", "★", "218則評價", "看全部照片"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

const char kNovel[] =
    "   [logo.png] 书香网\n"
    "   首页 > 图书 > 小说 > 长河落日\n"
    "\n"
    "长河落日\n"
    "\n"
    "   The Long River at Sunset\n"
    "\n"
    "   [cover.jpg]\n"
    "\n"
    "     * 作者：林远舟\n"
    "     * 出版社：江南文艺出版社\n"
    "     * 出版时间：2026-09\n"
    "     * 页数：412\n"
    "     * 定价：68.00元\n"
    "     * ISBN 书号：9787500012345\n"
    "\n"
    "   (BUTTON) 加入书架  (BUTTON) 分享\n"
    "\n"
    "内容简介\n"
    "\n"
    "   一九八〇年代，黄河边的一个小镇上，三个年轻人各自离开家乡，四十年后在同一个\n"
    "   渡口重逢，讲述了他们在时代变迁中的选择与代价。\n";

TEST(RecordNames, ANovelsNameWithItsOriginalTitleAndALatinLedField) {
  const CleanedDocument c = CleanDocument(kNovel, SourceLayout::kWebDump, nullptr);
  for (const char* line : {"长河落日", "The Long River at Sunset", "定价：68.00元", "ISBN 书号：9787500012345"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "加入书架")) << c.text;
}

TEST(RecordNames, ACrumbAsTheNameOverItsFieldRows) {
  // A tea's record in Traditional: its name is the crumb, its fields under it.
  std::vector<PageLine> lines = MakePageLines(
      "   首頁 > 茶葉 > 烏龍茶 > 梨山烏龍\n"
      "\n"
      "梨山烏龍\n"
      "\n"
      "   [tea.jpg]\n"
      "   產地：臺中市和平區\n"
      "   海拔：2000公尺\n"
      "   焙火：輕焙火\n"
      "\n"
      "   高山茶園清晨採摘，茶湯清澈，帶有花香與果香。\n");
  for (PageLine& l : lines) {
    if (!l.blank()) l.reason = "outside the main text";
  }
  lines[0].reason = "breadcrumb";
  lines[4].reason = "image placeholder";
  lines[9].reason.clear();
  EXPECT_EQ(KeepRecordName(lines), std::vector<size_t>{2});
}

TEST(RecordNames, ASectionLabelRepeatingTheCrumbIsNoName) {
  const char page[] =
      "   [logo.png] 市交通运输局\n"
      "   首页 > 政务公开 > 通知公告\n"
      "\n"
      "通知公告\n"
      "\n"
      "市交通运输局关于调整部分公交线路的通知\n"
      "\n"
      "   各有关单位：\n"
      "   为方便市民出行，经研究决定，自2026年12月10日起调整12路、35路公交线路，\n"
      "   具体走向详见附件。\n"
      "\n"
      "   市交通运输局\n"
      "   2026年12月5日\n";
  std::vector<PageLine> lines = MakePageLines(page);
  for (PageLine& l : lines) {
    if (!l.blank()) l.reason = "outside the main text";
  }
  lines[1].reason = "breadcrumb";
  lines[8].reason.clear();  // the notice's body, kept
  EXPECT_TRUE(KeepRecordName(lines).empty());
  EXPECT_EQ(lines[3].reason, "outside the main text");
}

// A programme's page in Macau: the side list's heading repeats a middle
// crumb with no proof under it and is passed; the name further down, the
// last crumb alone on an indented line, comes back with its Portuguese
// name (accented letters) under it.
TEST(RecordNames, ANameWithItsPortugueseNamePastASideListsHeading) {
  std::vector<PageLine> lines = MakePageLines(
      "   首頁 > 課程 > 碩士學位課程 > 公共管理碩士學位課程\n"
      "\n"
      "   碩士學位課程\n"
      "     * 公共管理\n"
      "     * 翻譯\n"
      "\n"
      "   公共管理碩士學位課程\n"
      "   Mestrado em Administração Pública\n"
      "\n"
      "   課程簡介\n"
      "   本課程培養具備政策分析及公共管理能力的專業人才，修業年期為兩年。\n");
  for (PageLine& l : lines) {
    if (!l.blank()) l.reason = "outside the main text";
  }
  lines[0].reason = "breadcrumb";
  for (size_t i : {2, 3, 4}) lines[i].reason = "menu or link list";
  lines[10].reason.clear();
  EXPECT_EQ(KeepRecordName(lines), (std::vector<size_t>{6, 7}));
  EXPECT_EQ(lines[2].reason, "menu or link list");
}

TEST(RecordNames, MarginHeadingsComeBackOnlyWithOthersKept) {
  std::vector<PageLine> lines = MakePageLines(
      "營位價格\n"
      "   營位 尺寸 可住人數\n"
      "營區介紹\n"
      "   營區位於山腰，共有三十個營位。\n");
  lines[0].reason = "menu or link list";
  EXPECT_TRUE(KeepMarginHeadings(lines).empty());  // one heading kept only
  lines = MakePageLines(
      "營位價格\n"
      "   營位 尺寸 可住人數\n"
      "營區介紹\n"
      "   營區位於山腰，共有三十個營位。\n"
      "交通資訊\n"
      "   由國道一號下，約四十分鐘。\n");
  lines[0].reason = "menu or link list";
  EXPECT_EQ(KeepMarginHeadings(lines), std::vector<size_t>{0});
  EXPECT_TRUE(lines[0].reason.empty());
}

// A guesthouse's page in Simplified: its name with the branch in brackets,
// the address with a bracketed map link, the raters' summary alone in its
// head, and a room table whose header the main-text finder leaves out.
TEST(RecordNames, AGuesthousesBranchNameAddressAndRoomTable) {
  const char page[] =
      "   首页 > 民宿 > 大理民宿 > 苍山小院\n"
      "\n"
      "苍山小院（古城店）\n"
      "\n"
      "   大理市古城区复兴路168号 [地图]\n"
      "   距古城南门约500米，步行约7分钟\n"
      "\n"
      "   4.9分 超棒 | 612条点评\n"
      "\n"
      "房间\n"
      "\n"
      "   房间 床型 早餐 价格\n"
      "   庭院大床房 1张1.8米大床 含早 ¥358 (BUTTON) 预订\n"
      "   苍山景双床房 2张1.2米床 含早 ¥428 (BUTTON) 预订\n"
      "\n"
      "小院介绍\n"
      "\n"
      "   小院由白族老宅改建，共有客房八间，二楼露台可以看到苍山，早餐是主人自己做的饵块和乳扇。\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* line : {"苍山小院（古城店）", "大理市古城区复兴路168号", "距古城南门约500米，步行约7分钟",
                           "房间 床型 早餐 价格", "庭院大床房 1张1.8米大床 含早 ¥358"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  for (const char* furniture : {"[地图]", "612条点评", "预订"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A school's record in Traditional (written for this test): the crumb the
// site labels ends at the record's tab ("… > 青山國民中學 > 學校概況"); the
// name is a middle crumb, printed with the page's indent, and its block of
// fields comes back with it; the follow button stays out. The same crumb
// over a section label with one field under it gives nothing back.
TEST(RecordNames, AMiddleCrumbAsTheNameWithItsBlockOfFields) {
  std::vector<PageLine> lines = MakePageLines(
      "   [logo.png] 國中小學校資訊網\n"
      "   您的位置：首頁 > 學校查詢 > 青山國民中學 > 學校概況\n"
      "\n"
      "   青山國民中學\n"
      "   學校代碼：153502\n"
      "   縣市：花蓮縣  鄉鎮：吉安鄉\n"
      "   學校類型：公立國中\n"
      "   校址：花蓮縣吉安鄉青山路二段66號\n"
      "   (BUTTON) 加入比較\n"
      "\n"
      "   學校概況\n"
      "   本校創立於民國五十七年，現有十八班，學生約四百五十人，以山林教育與原住民文化課程為特色。\n");
  for (PageLine& l : lines) {
    if (!l.blank()) l.reason = "outside the main text";
  }
  lines[1].reason = "category path";
  lines[8].reason = "button or form field";
  lines[11].reason.clear();
  EXPECT_EQ(KeepRecordName(lines), (std::vector<size_t>{3, 4, 5, 6, 7}));
  EXPECT_EQ(lines[8].reason, "button or form field");

  std::vector<PageLine> label = MakePageLines(
      "   首頁 > 學校查詢 > 青山國民中學 > 學校概況\n"
      "\n"
      "   學校查詢\n"
      "   學年度：115\n"
      "\n"
      "   本校創立於民國五十七年，現有十八班，學生約四百五十人。\n");
  for (PageLine& l : label) {
    if (!l.blank()) l.reason = "outside the main text";
  }
  label[0].reason = "breadcrumb";
  label[5].reason.clear();
  EXPECT_TRUE(KeepRecordName(label).empty());
}

}  // namespace
}  // namespace wenyuan::clean
