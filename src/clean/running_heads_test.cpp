// The running-header rule (clean/running_heads.h) on converted reports
// written for this test (a school's annual report in Simplified; an audit
// report set as official documents are, its header in two parts across the
// page over "— 1 —" page numbers; a Hong Kong report's summary over
// "- 1 -") and on a heading repeated in a body, which stays.
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

}  // namespace
}  // namespace wenyuan::clean
