// The running-header rule (clean/running_heads.h) on converted reports
// written for this test (a school's annual report in Simplified; an audit
// report set as official documents are, its header in two parts across the
// page over "— 1 —" page numbers; a Hong Kong report's summary over
// "- 1 -"; a trip report's bare page numbers) and on look-alikes that
// stay: a heading repeated in a body, a table's row numbers.
#include "clean/running_heads.h"

#include <gtest/gtest.h>

#include <string>

namespace wenyuan::clean {
namespace {

TEST(RunningHeads, PageNumbers) {
  EXPECT_TRUE(IsBarePageNumber(U"12"));
  EXPECT_TRUE(IsBarePageNumber(U"iv"));
  EXPECT_FALSE(IsBarePageNumber(U"12月"));
  EXPECT_FALSE(IsBarePageNumber(U"vivid"));
  EXPECT_EQ(PageNumberOf(U"— 3 —"), U"3");
  EXPECT_EQ(PageNumberOf(U"-12-"), U"12");
  EXPECT_EQ(PageNumberOf(U"－ iv －"), U"iv");
  EXPECT_EQ(PageNumberOf(U"7"), U"7");
  EXPECT_EQ(PageNumberOf(U"— 3"), U"");
  EXPECT_EQ(PageNumberOf(U"-12"), U"");
  EXPECT_EQ(PageNumberOf(U"— 第三章 —"), U"");
}

TEST(RunningHeads, AnOfficialReportsTwoPartHeaderAndDashedNumbersGo) {
  const std::string text =
      "   北辰市审计局审计报告                                    2026年第3号\n\n"
      "   一、审计概况\n"
      "   本次审计覆盖全市十二个部门。\n\n"
      "   — 1 —\n\n"
      "   北辰市审计局审计报告                                    2026年第3号\n\n"
      "   二、发现的问题\n"
      "   部分项目资金拨付不及时。\n\n"
      "   — 2 —\n\n"
      "   北辰市审计局审计报告                                    2026年第3号\n\n"
      "   三、审计建议\n"
      "   加快资金拨付进度。\n\n"
      "   — 3 —\n\n"
      "   北辰市审计局审计报告                                    2026年第3号\n";
  std::vector<PageLine> lines = MakePageLines(text);
  MarkRunningHeads(lines);
  for (const PageLine& l : lines) {
    if (l.blank()) continue;
    const bool furniture = !PageNumberOf(l.core).empty() || l.CoreUtf8().starts_with("北辰市审计局");
    EXPECT_EQ(l.reason, furniture ? kRunningHead : "") << l.CoreUtf8();
  }
}

// A county's budget explainer (Simplified) as its PDF prints it: the
// header at the top of each page with the page's number at its end, set
// between dashes ("…预算说明      - 2 -"), straight over the page's
// heading; the cover's title over the first page is its header too. The
// headings under them stay. A table's row ending in a bare number stays.
TEST(RunningHeads, AHeaderWithItsPageNumberAtItsEndGoes) {
  const std::string text =
      "   2027年东湖县财政预算说明\n"
      "   东湖县财政局\n\n"
      "   2027年东湖县财政预算说明                              - 1 -\n"
      "   一、收入预算\n"
      "   全县一般公共预算收入安排十二亿元。\n\n"
      "   2027年东湖县财政预算说明                              - 2 -\n"
      "   二、支出预算\n"
      "   教育支出四亿元  3\n\n"
      "   2027年东湖县财政预算说明                              - 3 -\n"
      "   三、债务情况\n"
      "   年末政府债务余额控制在限额以内。\n";
  std::vector<PageLine> lines = MakePageLines(text);
  MarkRunningHeads(lines);
  for (const PageLine& l : lines) {
    if (l.blank()) continue;
    const bool header = l.CoreUtf8().starts_with("2027年东湖县财政预算说明");
    EXPECT_EQ(l.reason, header ? kRunningHead : "") << l.CoreUtf8();
  }
}

// A Hong Kong report's summary as its PDF prints it: the header (the
// office's name and the report's part, far apart) at the top of each page,
// "- n -" at the foot, the front matter's "- i -" first. The leading dash of
// "- 1 -" reads as a list bullet; the number is still a page number.
TEST(RunningHeads, AHeaderUnderSpacedDashNumbersGoesAndTheHeadingsUnderItStay) {
  const std::string text =
      "                              - i -\n\n"
      "北辰市審計署　衡工量值式審計報告                        第二章\n\n"
      "背景\n\n"
      "1. 北辰市的公共泳池由康樂事務署管理。\n\n"
      "                              - 1 -\n\n"
      "北辰市審計署　衡工量值式審計報告                        第二章\n\n"
      "審計結果\n\n"
      "2. 三個泳池的維修工程延誤超過一年。\n\n"
      "                              - 2 -\n\n"
      "北辰市審計署　衡工量值式審計報告                        第二章\n\n"
      "建議\n\n"
      "3. 康樂事務署應訂定維修工程的完工期限。\n\n"
      "                              - 3 -\n";
  std::vector<PageLine> lines = MakePageLines(text);
  MarkRunningHeads(lines);
  size_t dropped = 0;
  for (const PageLine& l : lines) {
    if (l.blank()) continue;
    const std::string core = l.CoreUtf8();
    const bool furniture = core.starts_with("北辰市審計署") || core.ends_with(" -");
    EXPECT_EQ(l.reason, furniture ? kRunningHead : "") << core;
    dropped += !l.reason.empty();
  }
  EXPECT_EQ(dropped, 7u);  // three headers, four page numbers
}

// A trip report whose running header is its whole title (over thirty
// characters), at the foot of each page over its number; the page's
// headline above the report prints the same title, and the cover once
// more. The headline stays; the cover's copy goes with the headers.
TEST(RunningHeads, ALongTitleAsHeaderGoesAndThePagesHeadlineStays) {
  const std::string title = "北辰市政府消防局赴日本東京都考察防災公園與社區防災韌性出國報告";
  const std::string text = "   " + title + "\n   發布日期：115-12-03\n   北辰市政府出國報告\n   " + title +
                           "\n   服務機關：北辰市政府消防局\n   " + title +
                           "\n   - I -\n   摘要\n"
                           "   本局派員赴日本考察防災公園之設施配置與災時轉換機制。\n   " +
                           title + "\n   - 1 -\n   第一章 前言\n   本市人口逾四百萬人，老舊建築集中。\n   " + title +
                           "\n   - 2 -\n";
  std::vector<PageLine> lines = MakePageLines(text);
  MarkRunningHeads(lines);
  std::vector<std::string> titles_kept;
  for (const PageLine& l : lines) {
    if (l.CoreUtf8() == title && l.kept()) titles_kept.push_back(title);
    if (l.CoreUtf8().ends_with(" -")) {
      EXPECT_EQ(l.reason, kRunningHead) << l.CoreUtf8();
    }
  }
  EXPECT_EQ(titles_kept.size(), 1u);
  EXPECT_TRUE(lines[0].kept());  // the page's headline
}

// A trip report's text with no running header: its pages end in bare
// numbers, the front matter's in roman ones.
TEST(RunningHeads, BarePageNumbersInARunGo) {
  const std::string page =
      "   本處赴荷蘭考察防洪設施，參訪鹿特丹水廣場、地下蓄洪設施及河川管理單位，並與當地研究機構交流淹水模擬"
      "之作法，本報告整理考察所見，提出三項建議，作為本市推動韌性城市之參考。\n";
  std::string text = "   摘要\n" + page + "\n   I\n\n   壹、目的\n" + page + page + "\n   1\n\n   貳、過程\n" + page +
                     page + "\n   2\n\n   參、心得\n" + page + page + "\n   3\n\n   肆、建議\n" + page;
  std::vector<PageLine> lines = MakePageLines(text);
  MarkRunningHeads(lines);
  size_t numbers = 0;
  for (const PageLine& l : lines) {
    if (l.blank()) continue;
    const bool number = l.core.size() == 1;
    EXPECT_EQ(l.reason, number ? kPageNumber : "") << l.CoreUtf8();
    numbers += number;
  }
  EXPECT_EQ(numbers, 4u);
}

// Numbers alone on their lines that are no page numbers: a table's row
// numbers (no page of text between them), two pages only, numbers that do
// not go up by one.
TEST(RunningHeads, NumbersThatAreNoPageRunStay) {
  const std::string rows = "   1\n\n   基隆市　96艘\n\n   2\n\n   新北市　118艘\n\n   3\n\n   宜蘭縣　74艘\n\n   4\n";
  const std::string page(300, 'x');
  const std::string two = "   " + page + "\n\n   1\n\n   " + page + "\n\n   2\n\n   " + page + "\n";
  const std::string jumps = "   " + page + "\n\n   1\n\n   " + page + "\n\n   3\n\n   " + page + "\n\n   5\n";
  for (const std::string& text : {rows, two, jumps}) {
    std::vector<PageLine> lines = MakePageLines(text);
    MarkRunningHeads(lines);
    for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
  }
}

TEST(RunningHeads, ACellRepeatedDownATablesColumnStays) {
  std::vector<PageLine> lines = MakePageLines(
      "   8\n"
      "   基本訓練\n"
      "   持有證書之學員\n"
      "   1\n"
      "   基本訓練\n"
      "   持有證書之學員\n"
      "   1\n"
      "   基本訓練\n");
  MarkRunningHeads(lines);
  for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty());
}

TEST(RunningHeads, AHeadingRepeatedInABodyStays) {
  std::vector<PageLine> lines = MakePageLines(
      "   小結\n"
      "   第一段的內容。\n"
      "   小結\n"
      "   第二段的內容。\n"
      "   小結\n"
      "   第三段的內容。\n");
  MarkRunningHeads(lines);
  for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty());
}

// A county's budget report as PDF text under the web page's headline
// (Simplified): the header stands at the top of each page after the
// number of the page before; the first copy, with the page's date line
// under it, is the page's headline, not the first page's header.
TEST(RunningHeads, TheHeadlineOverItsDateLineIsNoFirstPagesHeader) {
  const std::string title = "北岭县2025年预算执行情况和2026年预算草案的报告";
  const std::string text = "   " + title +
                           "\n   发布日期：2026-02-10　浏览次数：318\n   预算报告\n   各位代表：\n"
                           "   现将本县2025年预算执行情况报告如下。\n   — 1 —\n   " +
                           title + "\n   一、2025年预算执行情况\n   全县一般公共预算收入完成18.6亿元。\n   — 2 —\n   " +
                           title + "\n   二、2026年预算草案\n   全县一般公共预算收入预计增长4%。\n   — 3 —\n   " +
                           title + "\n   三、完成预算任务的措施\n   坚持过紧日子，严控一般性支出。\n   — 4 —\n";
  std::vector<PageLine> lines = MakePageLines(text);
  MarkRunningHeads(lines);
  EXPECT_TRUE(lines[0].kept());
  size_t headers = 0;
  for (const PageLine& l : lines) headers += l.CoreUtf8() == title && l.reason == kRunningHead;
  EXPECT_EQ(headers, 3u);
}

}  // namespace
}  // namespace wenyuan::clean
