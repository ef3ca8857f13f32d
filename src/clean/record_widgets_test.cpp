// A filter's checkbox line and a row of tabs with a count, on lines
// written for these tests (a phone comparison, Simplified; a shop's
// product page, Traditional); and lines that stay.
#include "clean/record_widgets.h"

#include <gtest/gtest.h>

#include <vector>

#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace {

TEST(RecordWidgets, CheckboxLineGoes) {
  auto lines =
      PageLinesOf({"   [X] 只顯示有庫存", "   隐藏相同项 [ ] 高亮不同项", "   屏幕尺寸    6.1英寸    6.7英寸"});
  MarkRecordWidgets(lines);
  EXPECT_FALSE(lines[0].reason.empty());
  EXPECT_FALSE(lines[1].reason.empty());
  EXPECT_TRUE(lines[2].reason.empty());
}

TEST(RecordWidgets, CountedTabRowAloneGoes) {
  auto lines = PageLinesOf({"", "   商品介紹 ｜ 買家評論（52）", "", "   這款竹編籃以桂竹手工編成。"});
  MarkRecordWidgets(lines);
  EXPECT_FALSE(lines[1].reason.empty());
  EXPECT_TRUE(lines[3].reason.empty());
}

TEST(RecordWidgets, PicturesBareLabelsGo) {
  auto lines = PageLinesOf({"   結構示意圖", "   [fig_rep.png]", "   圖一", "", "   [photo2.jpg]", "   图 2",
                            "   [photo3.jpg]", "   图2为样品在显微镜下的照片，可见纤维排列整齐。"});
  lines[1].reason = "image placeholder";
  lines[4].reason = "image placeholder";
  lines[6].reason = "image placeholder";
  MarkRecordWidgets(lines);
  EXPECT_FALSE(lines[0].reason.empty());
  EXPECT_FALSE(lines[2].reason.empty());
  EXPECT_FALSE(lines[5].reason.empty());
  EXPECT_TRUE(lines[7].reason.empty());  // a caption that says something
}

TEST(RecordWidgets, ArrowLinksGo) {
  auto lines = PageLinesOf({"   更多 >", "   进入讨论区 »", "   歷年數據 >gt;", "   首页 > 新闻 > 本地",
                            "   价格走势见下图 >", "   溫度 > 30 度時請多補充水分。"});
  MarkRecordWidgets(lines);
  EXPECT_FALSE(lines[0].reason.empty());
  EXPECT_FALSE(lines[1].reason.empty());
  EXPECT_FALSE(lines[2].reason.empty());
  EXPECT_TRUE(lines[3].reason.empty());  // a breadcrumb is another rule's
  EXPECT_TRUE(lines[5].reason.empty());  // a sentence
}

// A tide table's page: the record's own table stays; under it, the
// teaser of other days' records, its heading, header and rows closed by a
// link to all of them, goes. A table with no such link stays.
TEST(RecordWidgets, ATableOfOtherRecordsClosedByAMoreLinkGoes) {
  auto lines =
      PageLinesOf({"   潮汐時刻        潮高（公分）   潮別", "   03:12           182            滿潮",
                   "   09:40           21             乾潮", "", "   其他日期", "   日期          滿潮          乾潮",
                   "   12-06         02:31         08:55", "   12-05         01:47         08:10", "   查看更多 >>", "",
                   "   各港潮位", "   港口          滿潮          乾潮", "   基隆          03:05         09:31",
                   "   高雄          04:20         10:02"});
  MarkRecordWidgets(lines);
  for (size_t i : {0, 1, 2, 10, 11, 12, 13}) EXPECT_TRUE(lines[i].reason.empty()) << lines[i].CoreUtf8();
  for (size_t i : {4, 5, 6, 7, 8}) EXPECT_FALSE(lines[i].reason.empty()) << lines[i].CoreUtf8();
}

TEST(RecordWidgets, IconLabelsGo) {
  // A camera shop's features sidebar: icons, each with a short label.
  auto lines = PageLinesOf({"   [icon_wifi.png] 無線傳輸", "   [icon_water.png] 生活防水", "   [icon_gps.png] 定位記錄",
                            "", "   [photo.jpg] 這台相機在雨中拍攝的樣張，色彩相當自然。"});
  MarkRecordWidgets(lines);
  for (size_t i = 0; i < 3; ++i) EXPECT_FALSE(lines[i].reason.empty()) << lines[i].CoreUtf8();
  EXPECT_TRUE(lines[4].reason.empty());
}

TEST(RecordWidgets, SectionTabRowGoesAndItsHeadingsStay) {
  // A researcher's profile (Simplified): the tabs name the sections below.
  auto lines = PageLinesOf({"   个人简介 | 研究方向 | 科研项目 | 联系方式", "", "个人简介", "   现任北辰大学教授。", "",
                            "研究方向", "   城市水文。", "", "联系方式", "   电话：0571-0000000"});
  lines[5].reason = "current tab label";
  MarkRecordWidgets(lines);
  EXPECT_FALSE(lines[0].reason.empty());
  EXPECT_TRUE(lines[5].reason.empty());
  // A bar row whose labels the page does not print again stays.
  auto other = PageLinesOf({"   第一部 | 第二部 | 第三部", "", "   本劇共三部。"});
  MarkRecordWidgets(other);
  EXPECT_TRUE(other[0].reason.empty());
}

TEST(RecordWidgets, HeadingOverTabsOnlyGoes) {
  auto lines = PageLinesOf({"   逐時觀測", "   氣溫 | 雨量 | 風向", "", "   一週預報", "   今天 多雲 18/12℃"});
  lines[1].reason = "menu or link list";
  MarkRecordWidgets(lines);
  EXPECT_FALSE(lines[0].reason.empty());
  EXPECT_TRUE(lines[3].reason.empty());  // it heads a kept line
  // A heading over a picture and then the text: the section's own.
  auto figure = PageLinesOf({"   研究方法", "   [fig1.png]", "   本研究以問卷調查進行。"});
  figure[1].reason = "image placeholder";
  MarkRecordWidgets(figure);
  EXPECT_TRUE(figure[0].reason.empty());
}

TEST(RecordWidgets, LinesLikeThemStay) {
  // Bars without a count, a count in a sentence, a row among other lines.
  auto lines = PageLinesOf(
      {"", "   第一部 | 第二部", "", "   本案共收到意見（12）件 | 詳見附件。", "", "   甲 | 乙(3)", "   下一行"});
  MarkRecordWidgets(lines);
  for (const auto& l : lines) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

}  // namespace
}  // namespace wenyuan::clean
