// Tables laid out in spaced columns, on pages written for these tests: a
// ferry's fare table (Traditional) under its short notice, a school's exam
// results (Simplified) with a feature matrix of marks; and the shapes that
// are no table (a footer laid out in columns, prose, a list).
#include "clean/spaced_tables.h"

#include <gtest/gtest.h>

#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace {

TEST(SpacedTables, AlignedRowsWithAValueColumnAreATable) {
  const auto lines =
      PageLinesOf({"   航線           單程票價   來回票價   航程", "   北辰－東湖       120        220      35分",
                   "   北辰－青川嶼     260        480      80分", "   東湖－白沙        90        160      25分", "",
                   "   以上票價含稅。"});
  const std::vector<bool> rows = SpacedTableRows(lines);
  for (size_t i = 0; i < 4; ++i) EXPECT_TRUE(rows[i]) << i;
  EXPECT_FALSE(rows[5]);
}

TEST(SpacedTables, MarksCountAsValuesAndEmptyCellsAreAllowed) {
  const auto lines = PageLinesOf({"   科目      必修  选修  实验", "   物理      ✔           ✔",
                                  "   化学      ✔     ✔     ✔", "   地理            ✔"});
  const std::vector<bool> rows = SpacedTableRows(lines);
  for (size_t i = 0; i < 3; ++i) EXPECT_TRUE(rows[i]) << i;
  EXPECT_FALSE(rows[3]);  // two cells only: no row of its own, and it ends the table
}

TEST(SpacedTables, MenusInColumnsProseAndMisalignedRowsAreNot) {
  // A footer's links in columns: names, no values.
  const auto menu = PageLinesOf({"   關於我們    聯絡我們    隱私政策", "   網站地圖    常見問題    English",
                                 "   徵才資訊    廣告刊登    意見回饋"});
  for (bool r : SpacedTableRows(menu)) EXPECT_FALSE(r);
  // Cells that do not share columns.
  const auto ragged = PageLinesOf({"   2026年  北辰  120", "   东湖区  2025年度   第三名  99", "   白沙  88  七月"});
  for (bool r : SpacedTableRows(ragged)) EXPECT_FALSE(r);
  // A list's items, and lines of one cell.
  const auto list = PageLinesOf({"   * 2026年  120  220", "   * 2025年  110  200", "   * 2024年  100  190"});
  for (bool r : SpacedTableRows(list)) EXPECT_FALSE(r);
  // A repository's files, each with its last change and its age: a list
  // of other items with their stamps, no values.
  const auto files =
      PageLinesOf({"   docs          更新安装说明      3天前", "   src           修复空行解析      2周前",
                   "   tests         补充回归测试      5个月前"});
  for (bool r : SpacedTableRows(files)) EXPECT_FALSE(r);
  // Other threads with their counts, under a heading that says so.
  const auto related =
      PageLinesOf({"   相关话题", "   话题                        回复   浏览",
                   "   新手求助：路由器无法拨号    12    340", "   光猫桥接后网速变慢怎么办    5     128"});
  for (bool r : SpacedTableRows(related)) EXPECT_FALSE(r);
}

// A ferry company's fare page: a one-line notice, the fare table, a
// footnote; the menu, the other routes and the footer stay out.
const char kFarePage[] =
    "   首頁 | 航班時刻 | 票價查詢 | 旅客須知 | English\n\n"
    "     * 首頁\n     * 航班時刻\n     * 票價查詢\n     * 包船服務\n     * 聯絡我們\n\n"
    "   首頁 > 票價查詢\n\n"
    "北辰海運 冬季票價表\n\n"
    "   適用期間：115/12/01 至 116/02/28\n\n"
    "   航線             全票    半票    機車    汽車\n"
    "   北辰－東湖        120      60     150     900\n"
    "   北辰－青川嶼      260     130     280   1,600\n"
    "   東湖－白沙         90      45     120     700\n"
    "   青川嶼－白沙      180      90     200   1,200\n"
    "   北辰－南屿        310     155     320   1,850\n\n"
    "   半票適用於六歲以上未滿十二歲兒童及六十五歲以上長者，購票時請出示證件。\n\n"
    "   其他航線\n     * 夏季票價表\n     * 包船價目\n     * 團體優惠\n\n"
    "   隱私權政策 | 資訊安全政策 | 網站導覽\n   北辰海運股份有限公司 版權所有 © 2026\n";

TEST(SpacedTables, FareTableStaysWithItsNotes) {
  const CleanedDocument c = CleanDocument(kFarePage, SourceLayout::kWebDump, nullptr);
  for (const char* row :
       {"航線             全票    半票    機車    汽車", "北辰－東湖        120      60     150     900",
        "北辰－南屿        310     155     320   1,850"}) {
    EXPECT_TRUE(HasLine(c.text, row)) << row << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "半票適用於六歲以上")) << c.text;
  EXPECT_FALSE(Contains(c.text, "包船服務")) << c.text;
  EXPECT_FALSE(Contains(c.text, "團體優惠")) << c.text;
  EXPECT_FALSE(Contains(c.text, "版權所有")) << c.text;
}

// A school's results page (Simplified): a results table between two
// paragraphs.
const char kResultsPage[] =
    "   首页  新闻  通知  招生  English\n\n"
    "     * 学校概况\n     * 教学科研\n     * 招生就业\n\n"
    "北辰一中2026年秋季期中考试成绩通报\n\n"
    "   本次期中考试于十一月中旬举行，高二年级共十二个班参加，各班平均分如下。\n\n"
    "   班级      语文    数学    英语    总分\n"
    "   高二1班   108.5   121.0   115.2   344.7\n"
    "   高二2班   104.0   117.5   110.8   332.3\n"
    "   高二3班   110.2   109.8   118.6   338.6\n"
    "   高二4班   101.7   124.3   107.9   333.9\n\n"
    "   各班主任请组织学生做好试卷分析，下周一前将分析报告交教务处。\n\n"
    "   相关通知\n     * 期末考试安排\n     * 寒假放假通知\n\n"
    "   版权所有 © 北辰一中  地址：北辰市东湖路1号\n";

TEST(SpacedTables, ResultsTableBetweenParagraphsIsKept) {
  const CleanedDocument c = CleanDocument(kResultsPage, SourceLayout::kWebDump, nullptr);
  for (const char* row : {"班级      语文    数学    英语    总分", "高二1班   108.5   121.0   115.2   344.7",
                          "高二4班   101.7   124.3   107.9   333.9"}) {
    EXPECT_TRUE(HasLine(c.text, row)) << row << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "寒假放假通知")) << c.text;
  EXPECT_FALSE(Contains(c.text, "东湖路1号")) << c.text;
}

// A choir's page (Traditional): its story, then a heading over its
// awards table below the text; the table weighs more than the heading
// costs, so the body reaches over it.
const char kChoirPage[] =
    "   首頁 | 團體介紹 | 演出消息 | 聯絡我們\n\n"
    "北辰青年合唱團\n\n"
    "   本團成立於二〇〇八年，由一群熱愛合唱的大學生組成，每週六於北辰文化中心排練，曲目涵蓋文藝復興時期經文歌、"
    "臺灣民謠改編與當代作品，近年並與在地作曲家合作委約新曲，每年舉辦兩場定期音樂會。\n\n"
    "   獲獎紀錄\n\n"
    "   年度    比賽名稱                      名次\n"
    "   2024    全國學生音樂比賽              特優第1名\n"
    "   2025    亞洲青年合唱節                金牌\n"
    "   2026    北辰國際合唱大賽              第2名\n\n"
    "   相關連結\n     * 演出消息\n     * 加入我們\n\n"
    "   北辰青年合唱團 版權所有 © 2026\n";

TEST(SpacedTables, TableBelowTheTextUnderItsHeadingIsKept) {
  const CleanedDocument c = CleanDocument(kChoirPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "本團成立於二〇〇八年")) << c.text;
  for (const char* row :
       {"2024    全國學生音樂比賽              特優第1名", "2026    北辰國際合唱大賽              第2名"}) {
    EXPECT_TRUE(HasLine(c.text, row)) << row << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "加入我們")) << c.text;
  EXPECT_FALSE(Contains(c.text, "版權所有")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
