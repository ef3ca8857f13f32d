// Table rows as the HTML reader writes them, and a page laid out in tables
// (no <nav>, no <header>: its menus, buttons and lists of other articles
// sit in table cells), written for this test.
#include "clean/table_cells.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(TableCells, SplitsARowAtItsSeparators) {
  const auto cells = TableCells("首頁 | 本會簡介 |  聯絡方式 ");
  ASSERT_EQ(cells.size(), 3u);
  EXPECT_EQ(cells[0], "首頁");
  EXPECT_EQ(cells[2], "聯絡方式");
  EXPECT_EQ(TableCells("沒有分隔的一行").size(), 1u);
}

TEST(TableCells, ARowOfShortLabelsIsALinkRow) {
  EXPECT_TRUE(IsShortCellRow("首頁 | 本會簡介 | 聯絡方式"));
  EXPECT_TRUE(IsShortCellRow("Home | 活動 | 會員 | 下載"));
  // Two cells, a long cell, or a cell that is a sentence: not a link row.
  EXPECT_FALSE(IsShortCellRow("首頁 | 聯絡方式"));
  EXPECT_FALSE(IsShortCellRow("項目 | 全年開放時間為上午九時至下午五時 | 備註"));
  EXPECT_FALSE(IsShortCellRow("項目 | 免費。 | 備註"));
  EXPECT_FALSE(IsShortCellRow("一句沒有表格的話"));
}

// A Macau association's news page of the early web: a header row of links,
// a left column of section links, the date beside print and mail buttons,
// the article, previous/next links, "其他消息" with dated rows, and a
// footer with a copyright and a disclaimer. No <nav>, <header> or <footer>.
const char kTablePage[] =
    "澳門街坊互助會 | 首頁 | 會員專區 | 聯絡我們\n"
    "會務消息\n"
    "活動花絮\n"
    "社區服務\n"
    "義工招募\n"
    "下載專區\n"
    "2022年5月3日（星期二） | 列印 轉寄給朋友\n"
    "長者健康講座下月舉行 歡迎街坊報名\n"
    "本會將於六月十日假社區中心禮堂舉辦長者健康講座，邀請註冊護士講解夏季防暑及慢性病自我管理，費用全免。\n"
    "講座名額八十個，先到先得，有意參加的街坊可於辦公時間親臨本會登記，或致電會務部查詢詳情。\n"
    "本會亦會於講座後提供免費血壓量度服務，並派發防暑用品包。\n"
    "（記者 何文傑）\n"
    "<< 上一則：端午節糉子義賣籌款圓滿結束 | 下一則：社區中心暑期班接受報名 >>\n"
    "其他消息\n"
    "義工嘉許禮圓滿舉行 | 4月28日\n"
    "社區中心冷氣系統完成更換 | 4月20日\n"
    "青少年圍棋比賽結果公布 | 4月12日\n"
    "澳門街坊互助會 版權所有 Copyright © 2022\n"
    "本網站資料僅供參考，本會不會就任何因使用本網站資料而引致的損失負責。\n";

TEST(TableLayoutPage, IsReadAsAWebPageAndKeepsOnlyTheArticle) {
  const CleanedDocument doc = CleanDocument(kTablePage, SourceLayout::kWebPage, nullptr);
  EXPECT_TRUE(Contains(doc.text, "長者健康講座下月舉行")) << doc.text;
  EXPECT_TRUE(Contains(doc.text, "講座名額八十個")) << doc.text;
  EXPECT_TRUE(Contains(doc.text, "本會亦會於講座後提供免費血壓量度服務")) << doc.text;
  // The article's date stays, the buttons in its cell go.
  EXPECT_TRUE(Contains(doc.text, "2022年5月3日（星期二）")) << doc.text;
  EXPECT_FALSE(Contains(doc.text, "列印")) << doc.text;
  // The reporter's byline in brackets below the article stays.
  EXPECT_TRUE(Contains(doc.text, "記者")) << doc.text;
  for (const char* chrome :
       {"會員專區", "活動花絮", "義工招募", "上一則", "其他消息", "義工嘉許禮圓滿舉行", "版權所有", "僅供參考"}) {
    EXPECT_FALSE(Contains(doc.text, chrome)) << chrome << "\n" << doc.text;
  }
  bool cell_reason = false, neighbour_reason = false, disclaimer = false;
  for (const auto& d : doc.dropped) {
    cell_reason |= d.reason == "share widget (table cell)" && Contains(d.text, "列印");
    neighbour_reason |= d.reason == "previous/next links";
    disclaimer |= d.reason == "disclaimer notice";
  }
  EXPECT_TRUE(cell_reason);
  EXPECT_TRUE(neighbour_reason);
  EXPECT_TRUE(disclaimer);
}

// An authored HTML document with a data table of short cells is not a web
// page because of it: one link-like row is not a page's furniture.
TEST(TableLayoutPage, AnAuthoredTableOfShortCellsStaysWhole) {
  const std::string notice =
      "社區中心開放時間\n"
      "星期 | 上午 | 下午\n"
      "一至五 | 九時 | 六時\n"
      "六 | 九時 | 一時\n"
      "日 | 休息 | 休息\n"
      "公眾假期休息，如有查詢請致電本中心。\n";
  const CleanedDocument doc = CleanDocument(notice, SourceLayout::kWebPage, nullptr);
  EXPECT_EQ(doc.text + "\n", notice) << doc.text;
}

}  // namespace
}  // namespace wenyuan::clean
