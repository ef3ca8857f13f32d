// Tables laid out in spaced columns, on pages written for these tests: a
// ferry's fare table (Traditional) under its short notice, a school's exam
// results (Simplified) with a feature matrix of marks; and the shapes that
// are no table (a footer laid out in columns, prose, a list).
#include "clean/spaced_tables.h"

#include <gtest/gtest.h>

#include <string>
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

// Tables a page aligned by hand (each Chinese character counted as one
// column, or cells a few columns off, two cells joined by one space),
// under a header of names: eight kinds in no fold, both scripts.
namespace spaced_tables_test {

// The rows between a sentence above and one below, a blank line apart.
std::vector<PageLine> WithText(const std::vector<std::string>& rows) {
  std::vector<PageLine> lines = {MakePageLine("   本表依登記資料整理，如有疑問請洽承辦人員。"), MakePageLine("")};
  for (const std::string& r : rows) lines.push_back(MakePageLine(r));
  lines.push_back(MakePageLine(""));
  lines.push_back(MakePageLine("   以上資料每日下午更新。"));
  return lines;
}

const std::vector<std::vector<std::string>> kHandAligned = {
    // court_sc
    {"   开庭时间              案号                      当事人                         案由            审判长",
     "   12月9日 09:00 (2026)北01民初3312号              周海燕 诉 东湖物业服务有限公司            物业服务合同纠纷    "
     "  刘文",
     "   12月9日 10:30       (2026)北01民初3450号        北辰建材有限公司 诉 白沙装饰公司           买卖合同纠纷       "
     " 刘文",
     "   12月9日 14:30       (2025)北01民初9871号        郑小红 诉 何建国                   民间借贷纠纷        陈立"},
    // clinic_tc
    {"   科別        醫師          上午            下午            夜間",
     "   心臟內科      林志明         09:00-12:00   休診            18:00-21:00",
     "   家醫科       陳美玲         08:30-12:00   13:30-17:00   休診"},
    // exam_sc
    {"   考生姓名          语文      数学      英语      总分", "   王小明同学         112     135     128     375",
     "   李华            98      142     131     371", "   欧阳丽丽          120     118     137     375"},
    // bus_tc
    {"   班次      發車時間        行駛路線              終點站         備註",
     "   1       06:10       北辰轉運站經東湖國小        白沙漁港        假日停駛",
     "   2       06:40       北辰轉運站             白沙漁港        —",
     "   3       07:30       北辰轉運站經青川嶼碼頭       白沙漁港        加開班次"},
    // bid_sc
    {"   标段        中标单位                    中标金额（万元）      工期        项目经理",
     "   一标段       北辰市政建设集团有限公司            1,286.5       180天      赵强",
     "   二标段       东湖路桥工程有限公司              964.2         150天      孙伟",
     "   三标段       白沙水利水电工程有限公司            2,031.0       240天      周敏"},
    // books_tc
    {"   書名                  作者        出版年     索書號",
     "   島嶼的潮間帶生態            黃淑芬       2024    360.2 8765",
     "   北辰老街散步地圖與口述歷史       鄭文雄       2025    733.9 4421",
     "   給孩子的天文課             林大衛       2026    323 2210"},
    // flight_sc
    {"   航班        始发地         计划到达      实际到达      状态",
     "   NB1234    东湖          08:15     08:09     已到达", "   NB5678    白沙国际机场      09:40     10:25     延误",
     "   NB9012    青川          11:05               计划"},
    // water_tc
    {"   測站              溶氧      pH      懸浮固體        河川污染指數",
     "   北辰溪上游（東湖橋）      7.8     7.4     12          1.5",
     "   北辰溪中游           6.1     7.2     35          3.0",
     "   北辰溪下游出海口附近      4.3     7.0     58          5.25"},
};

}  // namespace spaced_tables_test

TEST(SpacedTables, HandAlignedRowsUnderAHeaderAreATable) {
  for (const auto& table : spaced_tables_test::kHandAligned) {
    const auto lines = spaced_tables_test::WithText(table);
    const std::vector<bool> rows = SpacedTableRows(lines);
    for (size_t i = 2; i < 2 + table.size(); ++i) EXPECT_TRUE(rows[i]) << lines[i].raw;
    EXPECT_FALSE(rows[0]);
    EXPECT_FALSE(rows.back());
  }
}

TEST(SpacedTables, OneHeaderOverSeveralSectionsIsOneTable) {
  // A hospital's rota per department, the same header over each; the
  // second section has one row.
  const auto lines = PageLinesOf(
      {"   內科", "   診間    醫師        上午          下午", "   101     王大同      09:00-12:00   14:00-17:00",
       "   102     李小芬        09:00-12:00   休診", "", "   外科", "   診間    醫師        上午          下午",
       "   201     張志強    休診          14:00-17:00"});
  const std::vector<bool> rows = SpacedTableRows(lines);
  for (size_t i : {1, 2, 3, 6, 7}) EXPECT_TRUE(rows[i]) << i;
  EXPECT_FALSE(rows[0]);
  EXPECT_FALSE(rows[5]);
  // Alone, a header over one row is no table.
  const auto one =
      PageLinesOf({"   診間    醫師        上午          下午", "   201     張志強    休診          14:00-17:00"});
  for (bool r : SpacedTableRows(one)) EXPECT_FALSE(r);
}

TEST(SpacedTables, HeadersOverLinksProseOrStrayCellsAreNoTable) {
  // Names under names: a footer's links in columns, off by a few columns.
  const auto menu = PageLinesOf({"   關於我們    聯絡我們    隱私政策", "   網站地圖      常見問題   English",
                                 "   徵才資訊   廣告刊登      意見回饋"});
  for (bool r : SpacedTableRows(menu)) EXPECT_FALSE(r);
  // Other threads with their counts, under a heading that says so.
  const auto related =
      PageLinesOf({"   相关话题", "   话题                    回复    浏览",
                   "   新手求助：路由器无法拨号        12    340", "   光猫桥接后网速变慢怎么办      5     128"});
  for (bool r : SpacedTableRows(related)) EXPECT_FALSE(r);
  // A header over a paragraph and over rows whose cells stand elsewhere.
  const auto prose =
      PageLinesOf({"   項目    說明    金額", "   本年度預算較去年增加百分之五，主要用於校舍修繕與設備更新。",
                   "   本案經校務會議通過後，於2026年3月1日起實施。"});
  for (bool r : SpacedTableRows(prose)) EXPECT_FALSE(r);
  const auto stray = PageLinesOf({"   姓名          科系          年級", "   2026年度                       120  北辰",
                                  "                     東湖區  2025   第三名  99"});
  for (bool r : SpacedTableRows(stray)) EXPECT_FALSE(r);
  // Rows with no value under any column past the first: a list of names.
  const auto names = PageLinesOf({"   職稱      姓名      單位", "   主任委員    王大明     北辰大學",
                                  "   委員     陳小華      東湖醫院", "   委員       林志成    白沙國小"});
  for (bool r : SpacedTableRows(names)) EXPECT_FALSE(r);
}

// A court's hearing list (Simplified): a note, then per courtroom its
// heading, judge and the same table header over its rows; notes below.
const char kHearingPage[] =
    "   首页 | 法院概况 | 审判公开 | 诉讼服务\n\n"
    "     * 开庭公告\n     * 裁判文书\n     * 执行信息\n\n"
    "   北辰市中级人民法院开庭排期表\n\n"
    "   以下排期截至2026年12月8日17时，如有变动以法院公告栏为准，当事人请提前三十分钟到庭签到。\n\n"
    "   第一法庭（审判楼三楼）\n   审判长 刘文\n\n"
    "   时间        案号                    当事人                       案由\n"
    "   09:00 (2026)北01民初3312号     周海燕 诉 东湖物业服务有限公司      物业服务合同纠纷\n"
    "   10:30     (2026)北01民初3450号   北辰建材有限公司 诉 白沙装饰公司    买卖合同纠纷\n\n"
    "   第二法庭（审判楼四楼）\n   审判长 陈立\n\n"
    "   时间        案号                    当事人                       案由\n"
    "   14:30     (2025)北01民初9871号   郑小红 诉 何建国            民间借贷纠纷\n\n"
    "   说明：\n   1. 公开审理的案件，公民可凭身份证件旁听。\n   2. 未成年人不得旁听，但经法院批准的除外。\n\n"
    "   相关链接\n     * 诉讼指南\n     * 联系我们\n\n"
    "   版权所有 © 北辰市中级人民法院\n";

TEST(SpacedTables, HearingListKeepsEveryCourtroomsRows) {
  const CleanedDocument c = CleanDocument(kHearingPage, SourceLayout::kWebDump, nullptr);
  for (const char* line : {"第一法庭（审判楼三楼）", "审判长 刘文", "第二法庭（审判楼四楼）",
                           "14:30     (2025)北01民初9871号   郑小红 诉 何建国            民间借贷纠纷",
                           "2. 未成年人不得旁听，但经法院批准的除外。"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "周海燕 诉 东湖物业服务有限公司")) << c.text;
  EXPECT_FALSE(Contains(c.text, "诉讼指南")) << c.text;
  EXPECT_FALSE(Contains(c.text, "版权所有")) << c.text;
}

}  // namespace wenyuan::clean
