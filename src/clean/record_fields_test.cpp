// The record-field rules on pages written for this test: a council
// motion's detail page (Simplified script) whose 提案标题 field prints the
// headline again (wrapped onto an indented line), with a 办理进度 heading
// right under a list of document links and over a table, and its proposers'
// and seconders' name rows under the body; and an encyclopedia entry whose
// infobox names the entry.
#include "clean/record_fields.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace record_fields_test {

size_t Count(const std::string& text, std::string_view part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

const char kMotion[] =
    "   [市人大常委会网站]\n"
    "   首页 | 代表工作 | 议案建议 | 联系我们\n"
    "     * 议案查询\n"
    "     * 建议查询\n"
    "     * 办理结果\n"
    "   首页 > 议案建议 > 议案详情\n"
    "   (BUTTON) 返回列表 (BUTTON) 打印\n"
    "   王志刚等12名代表提出关于加快老旧小区加装电梯工作、统一补助标准并简化审批\n"
    "   流程的议案，请审议。\n"
    "   提案标题  王志刚等12名代表提出关于加快老旧小区加装电梯工作、统一补助\n"
    "             标准并简化审批流程的议案，请审议。\n"
    "   提案代表  王志刚等12名代表\n"
    "   议案状态  交付办理\n"
    "   提交日期  2026-01-12\n"
    "   附件文书\n"
    "   [PDF] 议案正文 (PDF)\n"
    "   [DOC] 议案正文 (DOC)\n"
    "   办理进度\n"
    "   日期          阶段          承办单位\n"
    "   2026-01-12    交付办理      市住建局\n"
    "   2026-03-20    书面答复      市住建局\n"
    "   案由\n"
    "   我市2000年以前建成的老旧小区约有住宅楼四千余栋，其中多层住宅大多没有电梯，老年"
    "居民上下楼十分困难。近年来各区陆续开展加装电梯试点，但补助标准不一，审批流程较长，"
    "居民意见难以统一，加装进度缓慢。\n"
    "   建议\n"
    "   一、由市政府统一制定加装电梯补助标准，每台补助不低于二十万元，并简化规划和施工审批。\n"
    "   二、建立加装电梯协商调解机制，由街道和社区组织居民协商，减少低层住户的顾虑。\n"
    "   提案代表\n"
    "   王志刚　刘晓燕　陈国平　赵丽华\n"
    "   附议代表：孙建军　周敏　吴海涛\n"
    "   相关议案\n"
    "     * 关于推进既有住宅适老化改造的议案\n"
    "     * 关于完善城市更新居民参与机制的建议\n"
    "   版权所有 © 2026 市人大常委会办公厅\n";

TEST(RecordFields, RepeatedTitleFieldGoesTableHeadingAndNameRowsStay) {
  const CleanedDocument c = CleanDocument(kMotion, SourceLayout::kWebDump, nullptr);
  EXPECT_EQ(Count(c.text, "统一补助标准并简化审批"), 1u) << c.text;
  EXPECT_FALSE(Contains(c.text, "提案标题")) << c.text;
  for (const char* kept : {"提案代表  王志刚等12名代表", "办理进度", "2026-03-20    书面答复", "一、由市政府统一制定",
                           "王志刚　刘晓燕　陈国平　赵丽华", "附议代表：孙建军　周敏　吴海涛"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* dropped : {"议案正文", "相关议案", "推进既有住宅适老化", "版权所有"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// Names far below the body, past a related list, are not the record's.
TEST(RecordFields, NamesPastAListAreNotKept) {
  const char kPage[] =
      "   区政协新闻\n"
      "   首页 > 委员风采\n"
      "   区政协召开社区养老服务专题协商会\n"
      "   2026-04-08 来源：区政协办公室\n"
      "   区政协昨日召开社区养老服务专题协商会，委员们围绕日间照料中心运营、助餐服务和"
      "专业护理人员培养等问题提出意见建议，区民政局负责同志逐一作了回应。\n"
      "   会议指出，要把社区养老服务作为民生实事来抓，推动服务设施和专业力量下沉到小区。\n"
      "   相关新闻\n"
      "     * 区政协开展农村饮水安全民主监督\n"
      "     * 区政协举办委员读书分享会\n"
      "     * 区政协调研老字号保护工作\n"
      "   出席委员\n"
      "   张伟　李娜\n"
      "   版权所有 © 2026 区政协\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "推动服务设施和专业力量下沉到小区")) << c.text;
  EXPECT_FALSE(Contains(c.text, "张伟　李娜")) << c.text;
}

// An infobox row that names the entry is the box's own.
TEST(RecordFields, InfoboxNameRowStays) {
  const char kEntry[] =
      "   百科 | 首页 | 分类 | 帮助\n"
      "   青石溪\n"
      "   中文名        青石溪流域生态保护区\n"
      "   所在地区      东山县\n"
      "   面积          约42平方公里\n"
      "   青石溪流域生态保护区位于东山县北部山区，保护区内有天然阔叶林和多种珍稀鸟类，"
      "是县内重要的水源涵养地。\n"
      "   保护区设立于2012年，由县林业局负责管理，区内禁止采伐和开矿。\n";
  const CleanedDocument c = CleanDocument(kEntry, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "青石溪流域生态保护区位于")) << c.text;
  EXPECT_TRUE(Contains(c.text, "中文名        青石溪流域生态保护区")) << c.text;
}

TEST(RecordFields, NameRowsAndPeopleLabels) {
  EXPECT_TRUE(IsNameRow(U"陳怡君　林志遠　張美玲"));
  EXPECT_TRUE(IsNameRow(U"周敏 吴海涛"));
  EXPECT_FALSE(IsNameRow(U"周敏"));
  EXPECT_FALSE(IsNameRow(U"社會福利及衛生環境委員會 院會"));
  EXPECT_FALSE(IsNameRow(U"王志刚等12名代表"));
  EXPECT_TRUE(IsPeopleLabel(U"連署人"));
  EXPECT_TRUE(IsPeopleLabel(U"出席委员："));
  EXPECT_TRUE(IsPeopleLabel(U"附议代表"));
  EXPECT_FALSE(IsPeopleLabel(U"案由"));
  EXPECT_FALSE(IsPeopleLabel(U"值班人员"));
}

// A research institute's report page (written for this test, Simplified):
// its catalogue fields go, its author and date fields and abstract stay.
TEST(RecordFields, APublicationsCatalogueFieldsGo) {
  const char kPage[] =
      "   [logo.png] 某省社会科学院\n"
      "   首页 | 科研成果 | 学术活动 | 出版物\n"
      "   首页 > 出版物 > 研究报告\n"
      "   县域养老服务体系建设路径研究\n"
      "   出版信息\n"
      "   作者：赵明远（省社科院社会学所研究员）\n"
      "   ISBN：978-7-5201-0000-1\n"
      "   页数：188页\n"
      "   定价：68元\n"
      "   出版日期：2026年4月\n"
      "   内容摘要\n"
      "   本报告基于全省三十个县的入户调查，分析县域养老服务在设施布局、人员配置和资金保障方面的短板，"
      "提出以乡镇为单元整合医养资源的建议。\n"
      "   调查显示，农村老人对上门服务的需求最为迫切，但现有服务多集中在县城，覆盖半径不足。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "作者：赵明远")) << c.text;
  EXPECT_TRUE(Contains(c.text, "出版日期：2026年4月")) << c.text;
  EXPECT_TRUE(Contains(c.text, "农村老人对上门服务的需求最为迫切")) << c.text;
  EXPECT_FALSE(Contains(c.text, "ISBN")) << c.text;
  EXPECT_FALSE(Contains(c.text, "页数")) << c.text;
  EXPECT_FALSE(Contains(c.text, "定价")) << c.text;
  EXPECT_FALSE(Contains(c.text, "出版信息")) << c.text;
}

// A book shop's product page written for this test: the description, then
// the book's contents and its details block, then readers' reviews and
// other books.
TEST(RecordFields, BookContentsAndDetailsBelowTheDescriptionStay) {
  const char kPage[] =
      "書店 > 中文書 > 飲食文化\n"
      "會員登入 | 購物車 | 客服中心\n"
      "一碗湯的距離：港口城市的飲食史\n"
      "作者： 林海音\n"
      "出版社：海風文化\n"
      "內容簡介\n"
      "從清晨的魚市到深夜的湯麵攤，作者走訪基隆、高雄、馬公三座港口，記錄了四十位攤商與廚師的故事，"
      "寫出一碗湯如何連起碼頭工人、漁民與城市的日常。\n"
      "書中收錄六十道家常湯品的做法，也整理了港口飲食在戰後七十年間的變化。\n"
      "作者介紹\n"
      "林海音，基隆人，長年從事飲食田野調查，曾任地方文史工作室研究員。\n"
      "目錄\n"
      "推薦序 碼頭的早晨\n"
      "第一章 魚市：天亮以前\n"
      "第二章 湯麵攤：深夜食堂\n"
      "第三章 廚房裡的移民\n"
      "後記 回到港邊\n"
      "詳細資料\n"
      "* ISBN：9789860000017\n"
      "* 規格：平裝 / 288頁 / 15 x 21 cm\n"
      "* 出版地：台灣\n"
      "讀者評鑑\n"
      "* ★★★★★ 小魚 2025/03/02\n"
      "看完好想去基隆吃湯麵。\n"
      "買了此商品的人，也買了...\n"
      "* 港邊的日子  優惠價 300元\n"
      "* 漁村百年  優惠價 280元\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  for (std::string_view kept :
       {"從清晨的魚市", "林海音，基隆人", "目錄", "推薦序 碼頭的早晨", "第一章 魚市：天亮以前", "第三章 廚房裡的移民",
        "後記 回到港邊", "詳細資料", "ISBN：9789860000017", "規格：平裝", "出版地：台灣"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (std::string_view dropped : {"讀者評鑑", "看完好想去基隆", "也買了", "港邊的日子"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

// A ministry's notice written for this test, in each script, under the
// site's disclosure box: where the notice prints the box's title and number
// again, the box goes; where only the box gives the number, it stays.
std::string Notice(bool number_below, bool traditional) {
  std::string page = "   當前位置：首頁 > 公開 > 通知\n\n";
  page += traditional ? "   索 引 號： 000014/2026-00031\n"
                        "   發布機關： 某某部\n"
                        "   名　　稱： 關於做好冬季校園用電安全工作的通知\n"
                        "   文　　號： 某辦函〔2026〕52號\n"
                        "   主 題 詞：\n\n"
                        "關於做好冬季校園用電安全工作的通知\n\n"
                      : "   索 引 号： 000014/2026-00031    分    类： 通知\n"
                        "   发布机构： 某某部                 发文日期： 2026年12月01日\n"
                        "   名    称： 关于做好冬季校园用电安全工作的通知\n"
                        "   文    号： 某办函〔2026〕52号      主 题 词：\n\n"
                        "关于做好冬季校园用电安全工作的通知\n\n";
  if (number_below) page += traditional ? "   某辦函〔2026〕52號\n\n" : "   某办函〔2026〕52号\n\n";
  page +=
      traditional
          ? "   各級學校：\n\n"
            "   入冬以來，部分學校宿舍違規使用大功率電器，存在較大安全隱患。現就做好冬季校園用電安全工作通知如下。\n\n"
            "   一、全面排查宿舍和實驗室的電線線路，及時更換老化設備，建立檢查台帳，落實專人負責。\n\n"
            "   二、加強學生用電安全教育，每學期至少開展一次疏散演練，並於十二月底前報送工作總結。\n\n"
          : "   各级学校：\n\n"
            "   入冬以来，部分学校宿舍违规使用大功率电器，存在较大安全隐患。现就做好冬季校园用电安全工作通知如下。\n\n"
            "   一、全面排查宿舍和实验室的电线线路，及时更换老化设备，建立检查台账，落实专人负责。\n\n"
            "   二、加强学生用电安全教育，每学期至少开展一次疏散演练，并于十二月底前报送工作总结。\n\n";
  return page;
}

TEST(RecordFields, ADisclosureBoxTheNoticeRepeatsGoes) {
  for (bool traditional : {false, true}) {
    const CleanedDocument c = CleanDocument(Notice(true, traditional), SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, traditional ? "部分學校宿舍違規使用" : "部分学校宿舍违规使用")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "某辦函〔2026〕52號" : "某办函〔2026〕52号")) << c.text;
    for (const char* row :
         {"索 引", "发布机构", "發布機關", "名    称", "名　　稱", "文    号", "文　　號", "主 题 词", "主 題 詞"}) {
      EXPECT_FALSE(Contains(c.text, row)) << row << "\n" << c.text;
    }
  }
  // The number only in the box: the box is the record's own.
  const CleanedDocument kept = CleanDocument(Notice(false, false), SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(kept.text, "某办函〔2026〕52号")) << kept.text;
}

// A county government's notice (Traditional) whose 主旨 prints the headline's
// words again: the letter's own first line, kept, unlike a site's field
// that repeats the title.
const char kNoticeWithSubject[] =
    "   [logo.png] 北嶺縣政府\n"
    "   首頁 | 縣政新聞 | 公告 | 便民服務 | English\n"
    "   首頁 > 公告 > 縣府公告\n\n"
    "公告本縣116年度公有零售市場攤位租金調整標準。\n\n"
    "   發文日期：中華民國115年11月30日\n"
    "   發文字號：北嶺府財字第1150231456號\n"
    "   主旨：公告本縣116年度公有零售市場攤位租金調整標準。\n"
    "   依據：北嶺縣公有零售市場管理自治條例第十二條。\n"
    "   公告事項：\n"
    "   一、本縣公有零售市場攤位租金自116年1月1日起依市場所在地公告地價調整，調幅以百分之五為上限。\n"
    "   二、攤商如有疑義，請於本公告刊登之日起三十日內以書面向本府財政處提出。\n"
    "   縣長　林振宇\n\n"
    "   回上一頁\n"
    "   隱私權政策 | 資訊安全政策 | 網站導覽\n"
    "   北嶺縣政府 版權所有 © 2026\n";

TEST(RecordFields, ALettersSubjectStaysThoughItRepeatsTheHeadline) {
  const CleanedDocument c = CleanDocument(kNoticeWithSubject, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "主旨：公告本縣116年度公有零售市場攤位租金調整標準。")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "公告本縣116年度公有零售市場攤位租金調整標準。")) << c.text;
  EXPECT_TRUE(Contains(c.text, "依據：北嶺縣公有零售市場管理自治條例第十二條。")) << c.text;
}

}  // namespace record_fields_test
}  // namespace wenyuan::clean
