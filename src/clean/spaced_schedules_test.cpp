// Schedules laid out in spaced columns, on pages written for these tests:
// a radio station's day (Simplified) in two columns, time and programme,
// under a week of day tabs and above the station's promotions; a clinic's
// weekly roster (Traditional) whose empty day prints a dash in the time
// column; and the shapes that are no schedule (a news feed's times, newest
// first; a video's chapters from 0:00); a legend of the marks the rows
// print, and a share row that is none.
#include <gtest/gtest.h>

#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_lines_test_support.h"
#include "clean/spaced_tables.h"

namespace wenyuan::clean {
namespace {

TEST(SpacedSchedules, TimesInOrderWithTheirItemsAreATable) {
  const auto lines =
      PageLinesOf({"   时段      节目", "   05:30     晨曲", "   06:00     早间新闻", "   07:30     交通广播 第12期",
                   "   09:00     音乐下午茶", "   23:30     夜话", "   01:00     重播：早间新闻"});
  const std::vector<bool> rows = SpacedTableRows(lines);
  for (size_t i = 0; i < lines.size(); ++i) EXPECT_TRUE(rows[i]) << i;
}

TEST(SpacedSchedules, FeedsChaptersAndShortRunsAreNot) {
  // A news feed: its times run backwards, newest first.
  const auto feed =
      PageLinesOf({"   18:40   北辰港新航线开通", "   17:15   东湖区发布寒潮预警", "   15:02   青川嶼渡轮停航",
                   "   11:30   白沙镇年货市集开市", "   09:12   市图书馆延长开放"});
  for (bool r : SpacedTableRows(feed)) EXPECT_FALSE(r);
  // A video's chapters, stamps from 0:00 with no header.
  const auto chapters = PageLinesOf(
      {"   00:00   开场", "   01:20   材料准备", "   03:45   揉面", "   08:10   发酵", "   12:30   烘烤与出炉"});
  for (bool r : SpacedTableRows(chapters)) EXPECT_FALSE(r);
  // Four times only, and times whose order breaks twice.
  const auto shortrun = PageLinesOf({"   09:00   开馆", "   12:00   午休", "   13:30   开馆", "   17:00   闭馆"});
  for (bool r : SpacedTableRows(shortrun)) EXPECT_FALSE(r);
  const auto jumbled =
      PageLinesOf({"   09:00   甲", "   08:00   乙", "   10:00   丙", "   07:00   丁", "   11:00   戊"});
  for (bool r : SpacedTableRows(jumbled)) EXPECT_FALSE(r);
}

TEST(SpacedSchedules, ADashBesideTextInOneColumnStaysARow) {
  // "—" in the time column, then the day's text in the next one, where the
  // other rows print time and text as one cell.
  const auto lines =
      PageLinesOf({"   日期          時段 門診醫師             診間", "   03/02（一）   08:30 林北辰              101",
                   "   03/03（二）   13:30 陳東湖              102", "   03/04（三）   08:30 王白沙              101",
                   "   03/05（四）   —     休診                —"});
  const std::vector<bool> rows = SpacedTableRows(lines);
  for (size_t i = 0; i < lines.size(); ++i) EXPECT_TRUE(rows[i]) << i;
}

// A radio station's schedule page: the day tabs and promotions stay out.
const char kRadioPage[] =
    "   北辰广播电台\n"
    "   首页 | 新闻 | 节目 | 主持人 | 收听\n\n"
    "   [banner.png] 正在直播：早间新闻   立即收听 >\n\n"
    "   首页 > 节目 > 节目单\n\n"
    "节目单\n\n"
    "   星期\n"
    "     * 周一\n     * 周二\n     * 周三\n     * 周四\n     * 周五\n     * 周六\n     * 周日\n\n"
    "   (BUTTON) 上一天   (BUTTON) 今天   (BUTTON) 下一天\n\n"
    "北辰新闻综合频率 2026年3月3日（星期二）\n\n"
    "   时段      节目\n"
    "   05:30     晨曲\n"
    "   06:00     早间新闻 [直播]\n"
    "   07:30     交通广播 第12期\n"
    "   09:00     生活帮帮团\n"
    "   11:00     午间新闻 [直播]\n"
    "   13:00     音乐下午茶\n"
    "   16:30     晚高峰路况\n"
    "   19:00     北辰故事 第3集（重播）\n"
    "   22:00     夜话\n"
    "   00:30     重播：早间新闻\n\n"
    "   节目安排如有调整，以实际播出为准；重大活动直播期间，部分节目将顺延或暂停播出，敬请留意本台公告。\n"
    "   [直播] 现场直播   （重播） 重播节目\n\n"
    "精彩推荐\n\n"
    "   [promo1.jpg]\n"
    "   《北辰故事》每周二晚上7时\n"
    "   (BUTTON) 了解更多\n\n"
    "     * 关于我们\n     * 广告合作\n     * 联系我们\n\n"
    "   © 2026 北辰广播电台 版权所有\n";

TEST(SpacedSchedules, RadioScheduleIsKeptWithoutTabsAndPromotions) {
  const CleanedDocument c = CleanDocument(kRadioPage, SourceLayout::kWebDump, nullptr);
  for (const char* row : {"时段      节目", "05:30     晨曲", "06:00     早间新闻 [直播]", "13:00     音乐下午茶",
                          "19:00     北辰故事 第3集（重播）", "00:30     重播：早间新闻"}) {
    EXPECT_TRUE(HasLine(c.text, row)) << row << "\n" << c.text;
  }
  EXPECT_TRUE(HasLine(c.text, "节目单")) << c.text;
  EXPECT_TRUE(Contains(c.text, "北辰新闻综合频率 2026年3月3日")) << c.text;
  EXPECT_TRUE(Contains(c.text, "节目安排如有调整")) << c.text;
  EXPECT_TRUE(Contains(c.text, "[直播] 现场直播")) << c.text;
  EXPECT_FALSE(Contains(c.text, "周日")) << c.text;
  EXPECT_FALSE(Contains(c.text, "立即收听")) << c.text;
  EXPECT_FALSE(Contains(c.text, "每周二晚上7时")) << c.text;
  EXPECT_FALSE(Contains(c.text, "版权所有")) << c.text;
}

TEST(SpacedSchedules, LegendNamesMarksTheRowsPrint) {
  std::vector<PageLine> lines;
  for (const char* raw : {"   时段      节目", "   06:00     早间新闻 [直播]", "   19:00     北辰故事（重播）", "",
                          "   [直播] 现场直播   （重播） 重播节目", "   [微信] [微博] [QQ]"}) {
    lines.push_back(MakePageLine(raw));
  }
  for (size_t k = 0; k < 3; ++k) lines[k].table = true;
  EXPECT_EQ(TableLegendBelow(lines, 3), std::optional<size_t>(4));
  // A share row's marks are printed in no row.
  EXPECT_FALSE(TableLegendBelow(lines, 5).has_value());
  lines[1].table = lines[2].table = false;  // no table above: no legend
  EXPECT_FALSE(TableLegendBelow(lines, 3).has_value());
}

}  // namespace
}  // namespace wenyuan::clean
