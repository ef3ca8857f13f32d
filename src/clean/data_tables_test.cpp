// Data tables, infoboxes and an article's own table of contents on pages
// written for these tests: an encyclopedia entry of a made-up subject
// (lede, infobox, 目录, sections with "播报 / 编辑" buttons, a captioned
// table with reference notes), and pages whose link grids and field-shaped
// menus must still go.
#include "clean/data_tables.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <map>
#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_lines_test_support.h"
#include "clean/section_index.h"

namespace wenyuan::clean {
namespace {

std::map<std::string, size_t> Reasons(const CleanedDocument& c) {
  std::map<std::string, size_t> out;
  for (const auto& d : c.dropped) ++out[d.reason];
  return out;
}

// Page lines of string literals (a PageLine views its raw text, so the text
// must outlive it).
const char kEntry[] =
    "   * 首页\n   * 秒懂百科\n   * 特色百科\n   * 知识专题\n   * 加入百科\n\n"
    "   (BUTTON) 进入词条 (BUTTON) 全站搜索\n\n"
    "北辰湖\n\n"
    "   收藏\n   0有用+1\n   0\n"
    "   北辰湖是北辰市西郊的一座人工湖，建成于1978年，原为农田灌溉而修建的水库，后经多次整治成为市民休闲与候鸟栖息的"
    "湿地公园，湖区面积约三点二平方公里。\n\n"
    "   中文名\n          北辰湖\n\n"
    "   外文名\n          Beichen Lake\n\n"
    "   所在地\n          北辰市西郊\n\n"
    "   面    积\n          3.2平方公里^ [1]\n\n"
    "目录\n\n"
    "    1. 1历史沿革\n"
    "    2. 2自然环境\n"
    "    3. 3水质监测\n\n"
    "历史沿革\n\n"
    "   播报\n   编辑\n"
    "   1978年，北辰县组织民工在西郊低洼地筑坝蓄水，用于周边农田的灌溉。1995年水库停止灌溉功能，"
    "市政府开始对湖区进行整治，修建环湖步道和观鸟台。^ [2]\n\n"
    "自然环境\n\n"
    "   播报\n   编辑\n"
    "   湖区属于亚热带季风气候，冬季有大量候鸟在此越冬，常见的有小䴙䴘、白鹭和绿头鸭等，每年吸引众多观鸟爱好者前来。"
    "湖岸种植了芦苇和垂柳，\n"
    "   形成了较为完整的湿地生态系统。^ [3]\n\n"
    "水质监测\n\n"
    "   播报\n   编辑\n\n"
    "   CAPTION: 北辰湖历年水质类别\n\n"
    "                 年份\n"
    "                水质类别\n"
    "                 2019\n"
    "                 Ⅳ类\n"
    "                 2020\n"
    "                 Ⅲ类\n"
    "                 2021\n"
    "                 Ⅲ类\n"
    "               参考资料^ [4]\n"
    "   近年来，北辰湖的水质逐年好转，主要得益于周边截污管网的建设和湖底清淤工程的完成。\n\n"
    "   新手上路\n   成长任务\n   编辑入门\n   编辑规则\n\n"
    "   ©2024 Baike  京ICP证030173号\n";

TEST(DataTables, EncyclopediaEntryKeepsItsInfoboxAndTable) {
  CleanedDocument c = CleanDocument(kEntry, SourceLayout::kWebDump, nullptr);
  const auto reasons = Reasons(c);
  // The lede, every field and value of the infobox, and every cell of the
  // captioned table, one a line.
  EXPECT_TRUE(Contains(c.text, "北辰湖是北辰市西郊的一座人工湖")) << c.text;
  for (const char* line :
       {"中文名", "北辰湖", "外文名", "Beichen Lake", "所在地", "北辰市西郊", "面 积", "3.2平方公里^ [1]",
        "CAPTION: 北辰湖历年水质类别", "年份", "水质类别", "2019", "Ⅳ类", "2021", "Ⅲ类"}) {
    EXPECT_TRUE(HasLine(c.text, line) || HasLine(c.text, std::string(line) == "面 积" ? "面    积" : line))
        << line << "\n"
        << c.text;
  }
  // The section headings and their text, the last sentence of a section
  // though a reference mark follows its full stop.
  EXPECT_TRUE(HasLine(c.text, "自然环境")) << c.text;
  EXPECT_TRUE(Contains(c.text, "形成了较为完整的湿地生态系统。^ [3]")) << c.text;
  EXPECT_TRUE(Contains(c.text, "湖底清淤工程的完成。")) << c.text;
  // The table of contents, its label, the reference note under the table,
  // the buttons and the help links go.
  EXPECT_EQ(reasons.count("table of contents") ? reasons.at("table of contents") : 0, 4u) << c.text;
  EXPECT_FALSE(Contains(c.text, "1历史沿革")) << c.text;
  EXPECT_FALSE(HasLine(c.text, "目录")) << c.text;
  EXPECT_FALSE(Contains(c.text, "参考资料")) << c.text;
  EXPECT_FALSE(Contains(c.text, "播报")) << c.text;
  EXPECT_FALSE(Contains(c.text, "新手上路")) << c.text;
}

TEST(DataTables, CaptionedTableCellsAreMarkedUpToTheBlankLine) {
  auto lines = PageLinesOf({"   CAPTION: 各区人口", "", "      区名", "      人口", "      东区", "      12万", "",
                            "   * 首页", "   * 新闻"});
  MarkDataTables(lines);
  EXPECT_TRUE(lines[0].table);
  for (size_t i = 2; i <= 5; ++i) EXPECT_TRUE(lines[i].table) << i;
  EXPECT_FALSE(lines[7].table);
  EXPECT_FALSE(lines[8].table);
}

// A page whose chrome has the shapes a table has: a grid of short links
// with no caption, and a menu laid out as "section / link" pairs in the
// A procurement result notice printed as a form, a field and its value a
// row under section names, with no prose at all: the form is the notice.
TEST(DataTables, AFormPrintedFieldByFieldIsTheNotice) {
  const std::string page =
      "   [logo.png] 北辰市公共资源交易网\n\n"
      "   首页 > 交易信息 > 政府采购 > 结果公告\n\n"
      "   打印 | 关闭\n\n"
      "   中标结果公告\n\n"
      "   发布时间：2024-06-12　（本公告为第1次公告）\n\n"
      "   采购人信息\n"
      "   采购单位          北辰市第一人民医院\n"
      "   单位地址          北辰市健康路16号\n"
      "   联系人            刘女士\n"
      "   联系电话          0512-6688XXXX\n\n"
      "   项目信息\n"
      "   项目编号          BC2024-0612\n"
      "   项目名称          医用耗材集中配送服务项目\n"
      "   中标供应商        北辰医药物流有限公司\n"
      "   中标金额          人民币 3,260,000元\n"
      "   服务期限          自合同签订之日起两年\n\n"
      "   相关公告\n"
      "     * 2024-05-20 医用耗材集中配送服务项目招标公告\n"
      "     * 2024-05-02 北辰市第一人民医院物业服务项目结果公告\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"中标结果公告", "发布时间：2024-06-12", "采购人信息", "采购单位", "北辰市第一人民医院",
                           "联系人            刘女士", "项目信息", "中标金额", "服务期限"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* gone : {"首页 >", "打印", "相关公告", "物业服务项目"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
  // Rows of a menu laid out with wide gaps are no form: their values are
  // links run side by side with bars.
  auto lines = PageLinesOf({"   网站导航      首页 | 新闻 | 公告", "   服务指南      办事 | 查询 | 下载",
                            "   联系我们      地址 | 电话 | 邮箱"});
  MarkDataTables(lines);
  for (const auto& l : lines) EXPECT_FALSE(l.table) << l.CoreUtf8();
}

// page's header, far from any text. Both still go.
const char kLinkGridPage[] =
    "   服务\n          审计\n\n"
    "   行业\n          消费品\n\n"
    "   职业\n          校园招聘\n\n"
    "   地点\n          中国\n\n"
    "   首页 | 新闻 | 活动 | 联系我们\n"
    "   港闻\n   国际\n   财经\n   体育\n   娱乐\n   科技\n\n"
    "北辰市举办第十届湿地观鸟节\n\n"
    "   2024-11-02\n\n"
    "   第十届北辰湿地观鸟节昨日在北辰湖开幕，吸引了来自各地的观鸟爱好者和摄影师参加，主办方在湖边设置了多个观鸟点。\n"
    "   主办方表示，今年观察到的候鸟种类比去年增加了十余种，湿地整治的成效正在显现，将继续加强湖区的生态保护工作。\n\n"
    "   港闻\n   国际\n   财经\n   体育\n   娱乐\n   科技\n";

TEST(DataTables, LinkGridsAndFieldShapedMenusStillGo) {
  CleanedDocument c = CleanDocument(kLinkGridPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.text.starts_with("北辰市举办第十届湿地观鸟节\n2024-11-02\n")) << c.text;
  for (const char* gone : {"审计", "消费品", "校园招聘", "港闻", "财经", "联系我们"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
  // The same pairs are no infobox away from the article's text.
  auto lines = PageLinesOf(
      {"   服务", "          审计", "", "   行业", "          消费品", "", "   职业", "          校园招聘"});
  MarkDataTables(lines);
  for (const auto& l : lines) EXPECT_FALSE(l.table) << l.CoreUtf8();
}

TEST(SectionIndex, EntriesThatNameTheSectionsBelow) {
  EXPECT_EQ(WithoutNumbering(U"1. 1设立背景"), U"设立背景");
  EXPECT_EQ(WithoutNumbering(U"2. ▪知识水平方面"), U"知识水平方面");
  // A list of other articles under section names is not a table of
  // contents, though its names stand again on the page: no paragraph of
  // text follows them there.
  auto lines =
      PageLinesOf({"   * [人物专访]", "   * [工艺领域]", "   * 人物专访", "",
                   "   走进北辰老街的巷弄，木屑的香气从一间不起眼的工坊飘出，负责人在这里雕刻了三十年。", "",
                   "[人物专访]", "", "   * 老街里的木雕师——专访北辰木艺工坊负责人", "[工艺领域]", "",
                   "   * 把海风织进布里——专访染织艺术家", "人物专访", "", "   * 一碗米苔目的坚持——专访老店第三代"});
  MarkSectionIndex(lines);
  for (const auto& l : lines) EXPECT_NE(l.reason, "table of contents") << l.CoreUtf8();
}

// A record's field rows with labels spread over their column ("屆    期",
// "類    別"), as a legislature's or a registry's page prints them: one block
// of field rows with the unspread ones, kept as the record's.
TEST(DataTables, FieldRowsWithSpreadLabels) {
  std::vector<PageLine> lines = MakePageLines(
      "   案    號   議字第0457號\n"
      "   屆    次   第20屆第3次定期會\n"
      "   提案單位   交通處\n"
      "   類    別   交通建設\n");
  MarkDataTables(lines);
  for (const PageLine& l : lines) {
    if (l.blank()) continue;
    EXPECT_TRUE(l.table && l.form_row) << l.raw;
  }
  // Single characters in a row with no value after them are no field.
  lines = MakePageLines("   上    中    下\n   東    西\n   南    北\n");
  MarkDataTables(lines);
  for (const PageLine& l : lines) EXPECT_FALSE(l.form_row) << l.raw;
}

}  // namespace
}  // namespace wenyuan::clean
