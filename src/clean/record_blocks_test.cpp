// Record blocks the main text left out, on lines written for these tests:
// a font download page's file facts as a definition list (Traditional), a
// drawing program's system requirements in groups (Simplified), a school
// relay's results table under its title (Traditional), a village
// meeting's minutes under their title (Simplified); and blocks that stay
// as they are: a footer's list with nothing kept above it, a span with a
// sentence among its groups, a block of prose.
#include "clean/record_blocks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace record_blocks_test {

constexpr char kOutside[] = "outside the main text";

void LeaveOut(std::vector<PageLine>& lines) {
  for (auto& l : lines) {
    if (!l.blank()) l.reason = kOutside;
  }
}

TEST(RecordBlocks, DefinitionListBelowTheTextComesBackWithItsHeading) {
  auto lines = PageLinesOf({"   這套楷體字型收錄常用字一萬三千餘字，適合排印教材與公文。", "", "檔案資訊", "",
                            "   檔案大小", "          12.6 MB", "   授權方式", "          免費商用", "   支援系統",
                            "          Windows", "                 需要 Windows 10 或以上版本。", "          macOS",
                            "                 需要 macOS 12 或以上版本。", "   更新日期", "          2026年8月2日", "",
                            "     * 回報問題"});
  LeaveOut(lines);
  lines[0].reason.clear();  // the main text
  lines[16].reason = "menu or link list";
  const std::vector<size_t> back = KeepRecordBlocks(lines);
  EXPECT_EQ(back.size(), 12u);
  for (size_t i = 2; i <= 14; ++i) {
    if (!lines[i].blank()) {
      EXPECT_TRUE(lines[i].reason.empty()) << lines[i].CoreUtf8();
    }
  }
  EXPECT_EQ(lines[16].reason, "menu or link list");
}

TEST(RecordBlocks, DefinitionListWithNothingKeptAboveStays) {
  // A site's footer printed as a definition list, on a page whose text the
  // finder did not find above it: no record of the page's own.
  auto lines = PageLinesOf({"   联系地址", "          北辰市东湖路 8 号", "   服务电话", "          0571-0000000",
                            "   工作时间", "          周一至周五", "   邮政编码", "          310000"});
  LeaveOut(lines);
  EXPECT_TRUE(KeepRecordBlocks(lines).empty());
}

TEST(RecordBlocks, SpecificationGroupsBetweenKeptLinesComeBack) {
  auto lines = PageLinesOf({"   本软件支持图层、矢量笔刷与压感绘图，适合插画与漫画创作。",
                            "",
                            "运行环境",
                            "",
                            "   桌面版",
                            "   平板版",
                            "",
                            "   最低配置：",
                            "     * 操作系统： Windows 10",
                            "     * 处理器： 四核 2.0 GHz",
                            "     * 内存： 8 GB",
                            "     * 需要支持 OpenGL 4.1 的显卡",
                            "   推荐配置：",
                            "     * 操作系统： Windows 11",
                            "     * 处理器： 八核 3.0 GHz",
                            "     * 内存： 16 GB",
                            "",
                            "   支持的文件格式：",
                            "   格式    打开  保存",
                            "   PSD     ✔     ✔"});
  LeaveOut(lines);
  lines[0].reason.clear();
  lines[18].reason.clear();  // the formats table, kept
  lines[19].reason.clear();
  KeepRecordBlocks(lines);
  EXPECT_TRUE(lines[2].reason.empty());  // the section's heading
  EXPECT_EQ(lines[4].reason, kOutside);  // tab labels stay out
  EXPECT_EQ(lines[5].reason, kOutside);
  for (size_t i = 7; i <= 15; ++i) EXPECT_TRUE(lines[i].reason.empty()) << lines[i].CoreUtf8();
  EXPECT_TRUE(lines[17].reason.empty());  // the table's heading
}

TEST(RecordBlocks, ASentenceAmongTheGroupsLeavesThemOut) {
  auto lines = PageLinesOf({"   本軟體支援圖層與壓感繪圖。", "   最低配備：", "     * 作業系統： Windows 10",
                            "     * 處理器： 四核", "     * 記憶體： 8 GB", "   建議配備：",
                            "     * 作業系統： Windows 11", "     * 處理器： 八核", "     * 記憶體： 16 GB",
                            "   立即下載試用版，享三十天免費體驗！", "   下一段正文。"});
  LeaveOut(lines);
  lines[0].reason.clear();
  lines[10].reason.clear();
  EXPECT_TRUE(KeepRecordBlocks(lines).empty());
}

TEST(RecordBlocks, ResultsTableHeaderAndTitleComeBack) {
  auto lines = PageLinesOf({"   [年度____] (BUTTON) 查詢", "", "   2026學年度 校際大隊接力 決賽成績",
                            "   統計至 2026/10/03　公布時間：2026/10/03 17:20", "", "   名次 學校       成績      備註",
                            "   1    東湖國中   3:58.21   大會紀錄", "   2    北辰國中   4:01.07   -",
                            "   3    南港國中   4:03.55   -"});
  LeaveOut(lines);
  lines[0].reason = "button or form field";
  for (size_t i = 6; i <= 8; ++i) lines[i].reason.clear();
  EXPECT_EQ(KeepRecordBlocks(lines), (std::vector<size_t>{5, 2, 3}));
  EXPECT_EQ(lines[0].reason, "button or form field");
}

TEST(RecordBlocks, MinutesTitleAndTimeFieldComeBack) {
  auto lines = PageLinesOf({"   东湖村2026年第三次村民代表会议纪要", "   发布日期：2026-09-18",
                            "   时　　间：2026年9月15日下午2时", "   地　　点：村委会议室", "   主 持 人：王建国",
                            "   记　　录：李小梅"});
  LeaveOut(lines);
  lines[1].reason.clear();
  for (size_t i = 3; i <= 5; ++i) lines[i].reason.clear();
  EXPECT_EQ(KeepRecordBlocks(lines), (std::vector<size_t>{0, 2}));
}

TEST(RecordBlocks, FieldsAboveTheFirstKeptLineStayOut) {
  // A disclosure box over a notice's kept head: the site's fields, not the
  // record's; nor is a row of link labels run together a title.
  auto lines = PageLinesOf({"   索 引 号： 0001/2026-00042", "   发布机构：北辰市教育局", "   成文日期：2026-09-01",
                            "   发布日期：2026-09-02"});
  LeaveOut(lines);
  for (size_t i = 1; i <= 3; ++i) lines[i].reason.clear();
  EXPECT_TRUE(KeepRecordBlocks(lines).empty());
  auto links = PageLinesOf(
      {"   以書名查詢館藏 、以作者查詢書目 、勘誤回報", "   作者：陳北辰", "   出版年：2026", "   頁數：212"});
  LeaveOut(links);
  for (size_t i = 1; i <= 3; ++i) links[i].reason.clear();
  EXPECT_TRUE(KeepRecordBlocks(links).empty());
}

TEST(RecordBlocks, PeoplesCardsUnderTheTextComeBack) {
  // A workshop's speakers: picture, name, title, under the kept text.
  auto lines = PageLinesOf({"   本工作坊帶領學員從採集、壓製到裝框，完成一幅植物標本畫。", "", "   講師群", "",
                            "   [speaker1.jpg]", "   陳北辰", "   策展人", "   [speaker2.jpg]", "   林東湖",
                            "   植物繪師", "", "   活動花絮"});
  LeaveOut(lines);
  lines[0].reason.clear();
  lines[4].reason = "image placeholder";
  lines[7].reason = "image placeholder";
  lines[5].reason.clear();  // the finder kept one name
  EXPECT_EQ(KeepRecordBlocks(lines), (std::vector<size_t>{2, 6, 8, 9}));
  EXPECT_EQ(lines[4].reason, "image placeholder");
  EXPECT_EQ(lines[11].reason, kOutside);
  // One card alone (an author's box under an article) stays out.
  auto one =
      PageLinesOf({"   本文探討城市綠地的分布。", "", "   關於作者", "", "   [author.jpg]", "   王小明", "   記者"});
  LeaveOut(one);
  one[0].reason.clear();
  EXPECT_TRUE(KeepRecordBlocks(one).empty());
}

TEST(RecordBlocks, HeadlineAtTheMarginOverTheFirstKeptLine) {
  auto lines =
      PageLinesOf({"   [logo.png] 北辰市集", "", "竹編收納籃（大）", "", "手工竹編，透氣耐用，適合收納衣物與玩具。"});
  LeaveOut(lines);
  lines[0].reason = "image placeholder";
  lines[4].reason.clear();
  EXPECT_EQ(KeepRecordBlocks(lines), (std::vector<size_t>{2}));
  // An indented line over the kept text is the site's, not the headline.
  auto indented = PageLinesOf({"   北辰市集 會員中心", "", "手工竹編，透氣耐用，適合收納衣物與玩具。"});
  LeaveOut(indented);
  indented[2].reason.clear();
  EXPECT_TRUE(KeepRecordBlocks(indented).empty());
}

TEST(RecordBlocks, ReleaseNotesComeBackOnceEach) {
  // A reading app's page (Simplified): what is new, then the history,
  // which prints the newest release again.
  auto lines = PageLinesOf({"   北辰阅读帮你整理书架、同步笔记，支持离线阅读。",
                            "",
                            "更新内容",
                            "",
                            "   2026-10-02",
                            "   v3.2.0",
                            "",
                            "   - 新增夜间护眼模式",
                            "   - 修复书签丢失的问题",
                            "",
                            "   相关推荐",
                            "",
                            "   历史版本",
                            "",
                            "   2026-10-02",
                            "   v3.2.0",
                            "   - 新增夜间护眼模式",
                            "   - 修复书签丢失的问题",
                            "",
                            "   2026-08-15",
                            "   v3.1.4",
                            "   - 优化启动速度"});
  LeaveOut(lines);
  lines[0].reason.clear();
  KeepRecordBlocks(lines);
  for (size_t i : {2, 4, 5, 7, 8, 12, 19, 20, 21}) EXPECT_TRUE(lines[i].reason.empty()) << lines[i].CoreUtf8();
  for (size_t i : {10, 14, 15, 16, 17}) EXPECT_EQ(lines[i].reason, kOutside) << lines[i].CoreUtf8();
}

TEST(RecordBlocks, ABlockOfProseKeepsItsHeadingOut) {
  // A news block: a related-news heading over kept paragraphs is no title.
  auto lines = PageLinesOf({"   延伸閱讀", "   市府今天宣布，明年起增設三處公共托育中心。",
                            "   議員表示：托育名額仍不足，盼加速規劃。", "   家長團體則呼籲延長收托時間。"});
  LeaveOut(lines);
  for (size_t i = 1; i <= 3; ++i) lines[i].reason.clear();
  EXPECT_TRUE(KeepRecordBlocks(lines).empty());
  EXPECT_EQ(lines[0].reason, kOutside);
}

}  // namespace record_blocks_test
}  // namespace wenyuan::clean
