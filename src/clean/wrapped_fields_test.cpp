// A record's field rows whose values the page wrapped onto lines indented
// to the value's column (clean/record_rows.h), and a table of contents
// whose last entries carry no chapter word (clean/structure_rules.h), on
// record pages written for this test of kinds no fold has: a patent record
// in Simplified, a conference paper's record in Traditional; and a
// table's row the footer rules took for the site's licence line, in a
// pharmacy's record.
#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/record_rows.h"

namespace wenyuan::clean {
namespace {

TEST(WrappedFields, AValueWrappedToItsColumnComesBack) {
  std::vector<PageLine> lines = MakePageLines(
      "   申请号:        CN202610012345.6\n"
      "   发明名称:      一种用于山区光伏电站的\n"
      "                  组件清洗机器人及其控制方法\n"
      "   申请人:        某某新能源科技有限公司\n"
      "   其他链接\n");
  for (PageLine& l : lines) l.reason = "outside the main text";
  lines[0].reason.clear();
  lines[1].reason.clear();
  KeepWrappedFieldValues(lines);
  EXPECT_TRUE(lines[2].reason.empty());
  EXPECT_EQ(lines[3].reason, "outside the main text");  // a row of its own, not indented to the value
  EXPECT_EQ(lines[4].reason, "outside the main text");
}

TEST(WrappedFields, ALineIndentedElsewhereStaysOut) {
  std::vector<PageLine> lines = MakePageLines(
      "   發表日期:      2026-10-03\n"
      "      更多資訊\n");
  lines[1].reason = "outside the main text";
  KeepWrappedFieldValues(lines);
  EXPECT_EQ(lines[1].reason, "outside the main text");
}

TEST(WrappedFields, ARowTakenForTheSitesLicenceComesBackUnderItsTable) {
  // A pharmacy's record in Traditional: its 許可證 row under the table's
  // rows; the site's own licence line under a blank line stays dropped.
  std::vector<PageLine> lines = MakePageLines(
      "   藥局名稱  安心社區藥局\n"
      "   藥事人員許可證  北市衛藥字第1150123號\n"
      "\n"
      "   網路藥品經營許可證  電商字第2026-001號\n");
  lines[1].reason = "site licence or contact footer";
  lines[3].reason = "site licence or contact footer";
  KeepRowsTakenForFooters(lines);
  EXPECT_TRUE(lines[1].reason.empty());
  EXPECT_EQ(lines[3].reason, "site licence or contact footer");
}

TEST(WrappedFields, AContentsTablesUnnumberedLastEntriesGo) {
  const char page[] =
      "會議論文資訊\n"
      "\n"
      "   論文名稱:      以感測網路監測山坡地滑動之研究\n"
      "   作者:          許文豪、李明珠\n"
      "\n"
      "   摘要\n"
      "\n"
      "   本研究於南投縣山區布設四十組感測節點，連續監測一年，"
      "建立滑動前兆的判斷模型，可提前六小時發出警報，對山區防災有實際助益。\n"
      "\n"
      "   目次\n"
      "   第一章 緒論 1\n"
      "   第二章 文獻回顧 6\n"
      "   第三章 研究方法 14\n"
      "   第四章 結論 31\n"
      "   參考文獻 38\n"
      "   附錄 問卷 45\n"
      "\n"
      "   本研究的感測節點以太陽能供電，在連續陰雨的季節仍能維持運作，資料回傳率達百分之九十八。\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "建立滑動前兆的判斷模型")) << c.text;
  for (const char* entry : {"第一章 緒論", "參考文獻 38", "附錄 問卷 45"}) {
    EXPECT_FALSE(Contains(c.text, entry)) << entry << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
