// The running-header rule (clean/running_heads.h) on a converted report
// written for this test (a school's annual report in Simplified) and on a
// heading repeated in a body, which stays.
#include "clean/running_heads.h"

#include <gtest/gtest.h>

namespace wenyuan::clean {
namespace {

TEST(RunningHeads, PageNumbers) {
  EXPECT_TRUE(IsBarePageNumber(U"12"));
  EXPECT_TRUE(IsBarePageNumber(U"iv"));
  EXPECT_FALSE(IsBarePageNumber(U"12月"));
  EXPECT_FALSE(IsBarePageNumber(U"vivid"));
}

TEST(RunningHeads, AConvertedReportsHeaderGoesItsBodyStays) {
  std::vector<PageLine> lines = MakePageLines(
      "   一、学校概况\n"
      "   本校现有学生一千二百人。\n"
      "   1\n"
      "   东山中学 2026年度报告\n"
      "\n"
      "   二、教学工作\n"
      "   全年开设选修课二十门。\n"
      "   2\n"
      "   东山中学 2026年度报告\n"
      "\n"
      "   三、后勤保障\n"
      "   食堂完成改造。\n"
      "   3\n"
      "   东山中学 2026年度报告\n");
  MarkRunningHeads(lines);
  for (size_t k : {2u, 3u, 7u, 8u, 12u, 13u}) EXPECT_EQ(lines[k].reason, kRunningHead) << k;
  for (size_t k : {0u, 1u, 5u, 6u, 10u, 11u}) EXPECT_TRUE(lines[k].reason.empty()) << k;
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
