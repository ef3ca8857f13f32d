// Record pages whose field rows and table rows sit between the item's intro
// and its text, on pages written for these tests: a train's timetable
// (Simplified) and a harbour's tide table (Traditional), each with a menu, a
// list of other items and a footer that must still go; and the value-row
// shapes themselves.
#include "clean/value_rows.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace value_rows_test {

TEST(ValueRows, NumbersWithUnitsTimesDatesAndPricesAreValues) {
  for (const char* row : {"14/8℃", "重量 1.2 kg", "電池 5000 mAh", "NT$12,900", "¥ 35.50", "08:15", "发车 14:32",
                          "2026年11月28日", "湿度 68%", "3-4级", "螢幕 6.1 吋"}) {
    EXPECT_TRUE(IsValueRow(DecodeUtf32(row))) << row;
  }
}

TEST(ValueRows, NamesCountersAndHeadlinesAreNotValues) {
  for (const char* row : {"关于我们", "联系我们", "1234 次阅读", "56人参与", "Wi-Fi 6", "第 2 页",
                          "北辰市地铁三号线南延段今日开通试运营 2026年12月01日", ""}) {
    EXPECT_FALSE(IsValueRow(DecodeUtf32(row))) << row;
  }
}

TEST(ValueRows, BlocksNeedThreeRowsMostlyValues) {
  std::vector<PageLine> lines;
  for (const char* raw : {"   北辰南", "   08:00", "   12分钟", "   3号站台", "", "   * 首页", "   * 新闻",
                          "   * 关于我们", "", "   重量 1.2 kg", "   08:00"}) {
    lines.push_back(MakePageLine(raw));
  }
  const std::vector<bool> blocks = RecordRowBlocks(lines);
  for (size_t i = 0; i < 4; ++i) EXPECT_TRUE(blocks[i]) << i;   // three values in four
  for (size_t i = 5; i < 8; ++i) EXPECT_FALSE(blocks[i]) << i;  // a menu: names
  EXPECT_FALSE(blocks[9]);                                      // two rows only
  EXPECT_FALSE(blocks[10]);
}

TEST(ValueRows, RowsTakenForAMenuComeBackInsideTheBodyOnly) {
  std::vector<PageLine> lines;
  for (const char* raw : {"   12℃", "   东北风 3级", "   相对湿度 68%", "", "   12℃", "   东北风 3级",
                          "   相对湿度 68%", "", "   * 首页", "   * 新闻", "   * 关于我们"}) {
    lines.push_back(MakePageLine(raw));
  }
  for (auto& l : lines) {
    if (!l.blank()) l.reason = "menu or link list";
  }
  KeepRecordRowsInBody(lines, 4, lines.size());
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(lines[i].reason, "menu or link list") << i;  // above the body
  for (size_t i = 4; i < 7; ++i) EXPECT_TRUE(lines[i].reason.empty()) << i;
  for (size_t i = 8; i < 11; ++i) EXPECT_EQ(lines[i].reason, "menu or link list") << i;  // a menu: names
}

TEST(ValueRows, ABlockRightAboveTheHeadIsTheRecordsOwn) {
  std::vector<PageLine> lines;
  for (const char* raw : {"   * 首页", "   * 新闻", "   * 关于我们", "", "   08:00 实况", "   9℃", "   北风 2级",
                          "   湿度 71%", "", "   [icon_rain.png]", "", "北辰市气象台发布暴雨黄色预警"}) {
    lines.push_back(MakePageLine(raw));
  }
  lines[5].reason = "menu or link list";
  std::vector<size_t> above = RecordBlockAbove(lines, 11);
  std::sort(above.begin(), above.end());
  EXPECT_EQ(above, (std::vector<size_t>{4, 5, 6, 7}));
  // Not over a line of text, nor where a rule other than the menu rule
  // dropped a row, nor over a menu.
  EXPECT_TRUE(RecordBlockAbove(lines, 9).size() == 4u);
  EXPECT_TRUE(RecordBlockAbove(lines, 3).empty());
  lines[6].reason = "share widget";
  EXPECT_TRUE(RecordBlockAbove(lines, 11).empty());
}

// A train's page: the notice above the timetable and the travel advice below
// it are one body; the stops, one per line, stay between them.
const char kTimetable[] =
    "   * 首页\n   * 车次查询\n   * 余票查询\n   * 正晚点\n   * 出行指南\n\n"
    "   首页 > 车次查询 > G8123\n\n"
    "G8123次列车时刻表\n\n"
    "   "
    "受沿线施工影响，本次列车自十二月八日起在北辰南站停车时间延长至八分钟，其余各站到发时刻不变，请旅客朋友们合理安排出"
    "行时间，"
    "提前到站候车。\n\n"
    "   北辰南\n   到 07:52\n   开 08:00\n"
    "   东湖\n   到 08:41\n   开 08:43\n"
    "   青川西\n   到 09:27\n   开 09:29\n"
    "   白沙\n   到 10:05\n   开 10:07\n"
    "   南屿\n   到 10:52\n   开 10:55\n"
    "   临江\n   到 11:30\n   开 11:32\n"
    "   石门\n   到 12:04\n   开 12:06\n"
    "   海州\n   到 12:48\n   开 12:56\n"
    "\n"
    "   乘车须知\n\n"
    "   "
    "本次列车全列禁止吸烟，车内设有无障碍卫生间和母婴室，需要帮助的旅客可以联系列车长。携带儿童乘车时，请照看好儿童，"
    "不要在车厢连接处停留；行李请放在行李架或大件行李处，贵重物品随身携带，下车前请检查随身物品，以免遗失。\n\n"
    "   相关车次\n\n   * G8125 北辰南-南屿\n   * G8127 北辰南-白沙\n   * D6301 北辰-南屿\n\n"
    "   关于我们 | 联系我们 | 网站地图\n   © 2026 北辰铁路出行网 版权所有\n";

TEST(ValueRows, TimetableKeepsItsStopsBetweenNoticeAndAdvice) {
  const CleanedDocument c = CleanDocument(kTimetable, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "本次列车自十二月八日起在北辰南站停车时间延长至八分钟")) << c.text;
  EXPECT_TRUE(Contains(c.text, "本次列车全列禁止吸烟")) << c.text;
  for (const char* row :
       {"北辰南", "到 07:52", "开 08:00", "东湖", "到 08:41", "开 08:43", "临江", "到 11:30", "海州", "到 12:48"}) {
    EXPECT_TRUE(HasLine(c.text, row)) << row << "\n" << c.text;
  }
  // The menu, the crumb, the other trains and the footer stay out.
  EXPECT_FALSE(Contains(c.text, "余票查询")) << c.text;
  EXPECT_FALSE(Contains(c.text, "G8125")) << c.text;
  EXPECT_FALSE(Contains(c.text, "网站地图")) << c.text;
  EXPECT_FALSE(Contains(c.text, "版权所有")) << c.text;
}

// A harbour's tide table (Traditional): the advisory above it, the days'
// tides (a date, then each high and low water with its time, lynx's lines
// of one cell each), and the notes below it.
const char kTideTable[] =
    "   首頁 | 潮汐預報 | 海象觀測 | 漁業氣象 | English\n\n"
    "   首頁 > 潮汐預報 > 北辰漁港\n\n"
    "北辰漁港潮汐預報\n\n"
    "   "
    "本週適逢大潮，滿潮時潮位較平日高出約三十公分，沿岸低窪地區請留意海水倒灌，釣客及遊客請勿於退潮時進入潮間帶深處。\n"
    "\n"
    "   12/06（六）\n   滿潮 04:12\n   乾潮 10:30\n   滿潮 16:45\n"
    "   12/07（日）\n   滿潮 04:58\n   乾潮 11:16\n   滿潮 17:31\n"
    "   12/08（一）\n   滿潮 05:43\n   乾潮 12:01\n   滿潮 18:16\n"
    "   12/09（二）\n   滿潮 06:27\n   乾潮 12:45\n   滿潮 19:00\n"
    "   12/10（三）\n   滿潮 07:10\n   乾潮 13:28\n   滿潮 19:43\n"
    "\n"
    "   注意事項\n\n"
    "   表列時間為預報值，實際潮位可能因風力、氣壓及降雨而與預報不同；颱風或強烈東北季風期間，潮位可能明顯偏高，"
    "請以現場觀測為準。潮間帶活動請結伴同行，並於滿潮前一小時離開，以免受困。\n\n"
    "   熱門漁港\n\n   * 東湖漁港\n   * 青川漁港\n   * 白沙漁港\n\n"
    "   隱私權政策 | 資訊安全政策 | 聯絡我們\n   Copyright © 2026 北辰海象資訊網\n";

TEST(ValueRows, TideTableKeepsItsDaysBetweenAdvisoryAndNotes) {
  const CleanedDocument c = CleanDocument(kTideTable, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "本週適逢大潮")) << c.text;
  EXPECT_TRUE(Contains(c.text, "表列時間為預報值")) << c.text;
  for (const char* row : {"12/06（六）", "滿潮 04:12", "乾潮 10:30", "滿潮 16:45", "12/08（一）", "乾潮 12:01"}) {
    EXPECT_TRUE(HasLine(c.text, row)) << row << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "海象觀測")) << c.text;
  EXPECT_FALSE(Contains(c.text, "青川漁港")) << c.text;
  EXPECT_FALSE(Contains(c.text, "資訊安全政策")) << c.text;
}

}  // namespace value_rows_test
}  // namespace wenyuan::clean
