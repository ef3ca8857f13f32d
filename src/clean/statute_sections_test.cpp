// The statute rules on headings and on a regulation page written for this
// test: a city's regulation whose last chapter is one heading, one article
// number and one short sentence.
#include "clean/statute_sections.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(StatuteSections, ParsesHeadings) {
  StatuteHeading h = ParseStatuteHeading(DecodeUtf32("第 五 章 附則"));
  EXPECT_EQ(h.unit, U'章');
  EXPECT_EQ(h.number, 5u);
  h = ParseStatuteHeading(DecodeUtf32("第二十八条"));
  EXPECT_EQ(h.unit, U'條');
  EXPECT_EQ(h.number, 28u);
  h = ParseStatuteHeading(DecodeUtf32("第 103 條"));
  EXPECT_EQ(h.number, 103u);
  EXPECT_EQ(ParseStatuteHeading(DecodeUtf32("第一百零三條")).number, 103u);
  EXPECT_EQ(ParseStatuteHeading(DecodeUtf32("第三节 监督检查")).unit, U'節');
  // A sentence that starts so, an ordinal of something else: no heading.
  EXPECT_EQ(ParseStatuteHeading(DecodeUtf32("第三條規定，主管機關應公告之。")).number, 0u);
  EXPECT_EQ(ParseStatuteHeading(DecodeUtf32("第一名")).number, 0u);
  EXPECT_EQ(ParseStatuteHeading(DecodeUtf32("第 章")).number, 0u);
}

const char kRegulation[] =
    "法规数据库\n* 首页\n* 法规检索\n* 地方法规\n* 帮助\n\n"
    "东滨市公共自行车管理办法\n\n"
    "制定机关：东滨市人民政府\n"
    "公布日期：2022年3月1日\n"
    "施行日期：2022年5月1日\n\n"
    "第一章 总则\n"
    "第一条\n"
    "为规范公共自行车的建设、运营和使用，方便市民出行，根据有关法律法规，结合本市实际，制定本办法。\n"
    "第二条\n"
    "本市行政区域内公共自行车的规划、建设、运营、使用及其监督管理，适用本办法。\n\n"
    "第二章 使用管理\n"
    "第八条\n"
    "使用人应当爱护公共自行车，按规定借还车辆，不得擅自改装、损坏或者占为己有。\n"
    "第九条\n"
    "使用人违反本办法第八条规定，损坏车辆的，应当依法承担赔偿责任。\n\n"
    "第三章 附则\n"
    "第十五条\n"
    "本办法自公布之日起施行。\n\n"
    "返回顶部  打印  关闭\n"
    "相关法规\n* 东滨市道路交通管理条例\n* 东滨市市容管理办法\n* 东滨市停车管理办法\n";

TEST(StatuteSections, LastShortChapterStaysWithTheRegulation) {
  CleanedDocument c = CleanDocument(kRegulation, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "为规范公共自行车的建设")) << c.text;
  // The statute's fields under its name: who made it, when.
  EXPECT_TRUE(Contains(c.text, "制定机关：东滨市人民政府")) << c.text;
  EXPECT_TRUE(Contains(c.text, "施行日期：2022年5月1日")) << c.text;
  EXPECT_TRUE(Contains(c.text, "第三章 附则")) << c.text;
  EXPECT_TRUE(Contains(c.text, "第十五条")) << c.text;
  EXPECT_TRUE(Contains(c.text, "本办法自公布之日起施行。")) << c.text;
  for (std::string_view furniture : {"返回顶部", "相关法规", "停车管理办法"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A law page written for this test (Simplified): the law's name, amendment
// date and category path, its history under "沿革：" (two entries, each
// wrapped onto a second line), then its articles.
const char kLawWithHistory[] =
    "法规资料库\n* 首页\n* 法规检索\n* 沿革\n* 帮助\n"
    "友善列印 | PDF下载 | 分享\n"
    "法规名称： 滨海市公共停车场管理条例\n"
    "修正日期： 2024 年 06 月 18 日\n"
    "法规类别： 地方法规 ＞ 交通运输 ＞ 停车管理\n"
    "沿革：\n"
    "1.二〇一九年五月二十二日滨海市人大常委会滨人发字第20190522031号令制定公布全\n"
    "文 12 条；并自公布之日起施行\n"
    "\n"
    "2.二〇二四年六月十八日滨海市人大常委会滨人发字第20240618017号令修正公布第 3\n"
    "、5、9 条条文\n"
    "\n"
    "第 1 条\n"
    "为规范公共停车场的设置与管理，改善城市交通秩序，方便市民出行，保障停车人的合法\n"
    "权益，制定本条例。\n"
    "\n"
    "第 2 条\n"
    "本条例所称公共停车场，是指向社会公众开放、提供机动车停放服务的场所，包括独立\n"
    "建设的停车场和建筑物配建的停车场。\n"
    "\n"
    "第 3 条\n"
    "市交通运输主管部门负责本市公共停车场的统筹规划和监督管理工作；区交通运输主管\n"
    "部门负责本辖区内公共停车场的日常管理。\n"
    "\n"
    "第 4 条\n"
    "公共停车场的经营者应当在场内显著位置公示收费标准、服务时间和监督电话，并按照\n"
    "规定配置消防设施和照明设施。\n"
    "\n"
    "回页首\n";

// The history's lines among the lines between a law's name and its first
// article, in Traditional: the heading, the entries and the lines they wrap
// onto; not the category line above nor what follows the history.
TEST(StatuteSections, HistoryLinesBetweenNameAndArticles) {
  const char* raw[] = {
      "修正日期： 民國 113 年 03 月 08 日",
      "沿革：",
      "1.中華民國一百零五年一月六日總統華總一義字第10500001234號令制定公布全",
      "文 15 條",
      "",
      "2.中華民國一百十三年三月八日總統華總一義字第11300021345號令修正公布第 2",
      "、7 條條文",
      "",
      "回頁首",
  };
  std::vector<PageLine> lines;
  std::vector<size_t> between;
  for (const char* r : raw) {
    if (*r) between.push_back(lines.size());
    lines.push_back(MakePageLine(r));
  }
  EXPECT_EQ(StatuteHistoryLines(lines, between), (std::vector<size_t>{1, 2, 3, 5, 6}));
  // No heading, no history: numbered lines alone are the page's own.
  lines[1] = MakePageLine("說明：");
  EXPECT_TRUE(StatuteHistoryLines(lines, between).empty());
}

TEST(StatuteSections, AStatutesHistoryStaysWithItsHead) {
  const CleanedDocument c = CleanDocument(kLawWithHistory, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"沿革：",
        "1.二〇一九年五月二十二日滨海市人大常委会滨人发字第20190522031号令制定公布全文 12 条；并自公布之日起施行",
        "2.二〇二四年六月十八日滨海市人大常委会滨人发字第20240618017号令修正公布第 3、5、9 条条文",
        "为规范公共停车场的设置与管理"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"回页首", "PDF下载", "法规检索"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A city's regulation page (Simplified) written for this test: the first
// chapter's heading right over the first article stays with the law.
TEST(StatuteSections, TheFirstChaptersHeadingOverTheFirstArticleStays) {
  const char kPage[] =
      "   [logo.png] 东江市人民政府 | 政策文件 | 规章库\n"
      "   首页 >gt; 规章库 >gt; 正文\n\n"
      "   东江市城市绿化管理办法\n\n"
      "   第一章　总则\n"
      "   第一条\n"
      "   为了促进城市绿化事业的发展，改善生态环境，根据国家有关规定，结合本市实际，制定本办法。\n"
      "   第二条\n"
      "   本办法适用于本市城市规划区内的城市绿化规划、建设、保护和管理。\n"
      "   第二章　规划和建设\n"
      "   第三条\n"
      "   城市绿化规划由市绿化行政主管部门会同规划部门编制，报市人民政府批准后实施。\n"
      "   第四条\n"
      "   新建居住区的绿地率不得低于百分之三十，旧区改建不得低于百分之二十五。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "第一章　总则")) << c.text;
  EXPECT_TRUE(Contains(c.text, "第二章　规划和建设")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
