// The structure rules on documents written for these tests: a trip report
// as PDF text gives it (cover page, table of contents, numbered chapters),
// a mainland news page with its notices and other articles' headlines, and
// authored documents whose lists and sentences must not be mistaken for
// either.
#include "clean/structure_rules.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/headline_lists.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace structure_rules_test {

std::map<std::string, size_t> Reasons(const CleanedDocument& c) {
  std::map<std::string, size_t> out;
  for (const auto& d : c.dropped) ++out[d.reason];
  return out;
}

const char kTripReport[] =
    "出國報告（出國類別：考察）\n"
    "\n"
    "赴韓國考察資料儲存技術出國報告\n"
    "\n"
    "服務機關：北辰市政府資訊服務處\n"
    "職稱：科長\n"
    "出國人員：王大明、李小華\n"
    "派赴國家：韓國\n"
    "出國期間：113年5月6日至113年5月10日\n"
    "報告日期：113年7月1日\n"
    "\n"
    "目 錄\n"
    "壹、目的 ..................................... 1\n"
    "貳、過程 ······································ 2\n"
    "一、參訪儲存設備廠商首爾辦公室 ··············· 2\n"
    "二、參加資料中心研討會 ······················· 5\n"
    "參、心得與建議 ································ 9\n"
    "附錄 ·········································· 12\n"
    "\n"
    "壹、目的\n"
    "本次考察旨在了解韓國資料中心儲存架構之發展，作為本處規劃新一代\n"
    "儲存系統之參考。\n"
    "貳、過程\n"
    "一、參訪儲存設備廠商首爾辦公室\n"
    "5月7日上午拜會廠商，聽取全快閃儲存陣列之架構簡報，並討論備份與\n"
    "異地備援之作法。\n"
    "參、心得與建議\n"
    "建議本處於明年度預算中編列儲存設備汰換經費，並分階段導入。\n";

TEST(StructureRules, TripReportLosesItsTableOfContentsAndKeepsItsChapters) {
  CleanedDocument c = CleanDocument(kTripReport, SourceLayout::kPaged, nullptr);
  auto reasons = Reasons(c);
  EXPECT_EQ(reasons["table of contents"], 7u) << c.text;  // the heading and six entries
  EXPECT_FALSE(Contains(c.text, "····")) << c.text;
  EXPECT_FALSE(Contains(c.text, "....")) << c.text;
  EXPECT_FALSE(Contains(c.text, "目 錄")) << c.text;
  // Chapters stay, each heading its own paragraph; wrapped prose is joined.
  EXPECT_TRUE(
      Contains(c.text, "\n壹、目的\n本次考察旨在了解韓國資料中心儲存架構之發展，作為本處規劃新一代儲存系統之參考。\n"))
      << c.text;
  EXPECT_TRUE(Contains(c.text, "\n一、參訪儲存設備廠商首爾辦公室\n5月7日上午")) << c.text;
  EXPECT_TRUE(Contains(c.text, "並討論備份與異地備援之作法。")) << c.text;
}

TEST(StructureRules, CoverPageFieldsBecomeMetadata) {
  CleanedDocument c = CleanDocument(kTripReport, SourceLayout::kPaged, nullptr);
  std::map<std::string, std::string> fields(c.fields.begin(), c.fields.end());
  EXPECT_EQ(fields["服務機關"], "北辰市政府資訊服務處");
  EXPECT_EQ(fields["出國人員"], "王大明、李小華");
  EXPECT_EQ(fields["派赴國家"], "韓國");
  EXPECT_EQ(fields["報告日期"], "113年7月1日");
  EXPECT_EQ(fields["職稱"], "科長");
  EXPECT_FALSE(Contains(c.text, "出國人員")) << c.text;
  EXPECT_EQ(Reasons(c)["cover-page field (kept as metadata)"], 6u);
  // The title lines of the cover stay.
  EXPECT_TRUE(Contains(c.text, "赴韓國考察資料儲存技術出國報告")) << c.text;

  // A value on the line below its name.
  CleanedDocument below = CleanDocument("研究報告\n計畫名稱\n智慧路燈資料平台建置\n研究期間\n113年1月至113年12月\n",
                                        SourceLayout::kPaged, nullptr);
  ASSERT_EQ(below.fields.size(), 2u) << below.text;
  EXPECT_EQ(below.fields[0].second, "智慧路燈資料平台建置");
  EXPECT_EQ(below.fields[1].second, "113年1月至113年12月");
}

// A web page's record of a study-tour report (Simplified, a kind in no
// fold) with its own rows over the report's text, whose cover opens with
// the report's kind line: the cover's fields become metadata, the
// record's rows are left to the web rules.
TEST(StructureRules, AConvertedReportsCoverBelowARecordsRows) {
  std::vector<PageLine> lines = MakePageLines(
      "   计划名称：2026年度环保交流计划\n"
      "   主办单位：示范市生态环境局\n"
      "   报告日期：2026年10月8日\n"
      "\n"
      "   出国报告（出国类别：考察）\n"
      "   赴德国考察垃圾分类与资源回收\n"
      "   服务单位：示范市生态环境局\n"
      "   派赴国家：德国\n"
      "   报告日期：2026年10月8日\n");
  DocumentFields fields;
  MarkDocumentStructure(lines, &fields, true);
  for (size_t k = 0; k < 3; ++k) EXPECT_TRUE(lines[k].reason.empty()) << k;
  for (size_t k = 6; k < 9; ++k) EXPECT_EQ(lines[k].reason, "cover-page field (kept as metadata)") << k;
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[1].second, "德国");
}

TEST(StructureRules, OneFieldInABodyIsNotACoverPage) {
  const char text[] =
      "申請書填寫說明\n"
      "申請人應於表格內填寫下列資料，並於送件前再次確認內容無誤。\n"
      "姓名：請填寫身分證上之姓名\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(c.fields.empty());
  EXPECT_TRUE(Contains(c.text, "姓名：請填寫身分證上之姓名")) << c.text;
}

TEST(StructureRules, TableOfContentsWithoutLeaders) {
  const char text[] =
      "目錄\n"
      "一、前言    1\n"
      "二、現況分析    3\n"
      "三、結論與建議    8\n"
      "\n"
      "一、前言\n"
      "本市自一百一十年起推動智慧城市計畫，至今已完成三期建置。\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(Reasons(c)["table of contents"], 4u) << c.text;
  EXPECT_EQ(c.text, "一、前言\n本市自一百一十年起推動智慧城市計畫，至今已完成三期建置。");
}

// A county's self-government ordinance (Traditional), written for this
// test: its 目錄 lists the chapter titles with no page numbers; the heading
// and the list go, the chapters printed again over their articles stay. A
// list under 目錄 that the text does not print again stays.
TEST(StructureRules, ATableOfContentsOfTitlesOnlyGoes) {
  const char text[] =
      "新竹縣公共托育設施管理自治條例\n\n"
      "目　錄\n"
      "第一章　總則\n"
      "第二章　設施管理\n"
      "第三章　附則\n\n"
      "第一章　總則\n"
      "第一條　為規範本縣公共托育設施之管理，特制定本自治條例。\n"
      "第二章　設施管理\n"
      "第二條　公共托育設施由本府社會處管理，並得委託民間團體經營。\n"
      "第三章　附則\n"
      "第三條　本自治條例自公布日施行。\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(Reasons(c)["table of contents"], 4u) << c.text;
  EXPECT_FALSE(Contains(c.text, "目　錄")) << c.text;
  EXPECT_TRUE(Contains(c.text, "第二章　設施管理\n第二條")) << c.text;
  const char unlisted[] =
      "目錄\n"
      "第一章　總則\n"
      "第二章　設施管理\n"
      "第三章　附則\n\n"
      "本草案之條文另行公告，上列為預定之章名。\n";
  CleanedDocument d = CleanDocument(unlisted, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(Contains(d.text, "第二章　設施管理")) << d.text;
}

// A training rule written for this test: its courses, each numbered with
// its credits after a gap, look like a table of contents without leaders,
// but the credits go up and down where pages only rise; they stay. The
// same lines with rising numbers under 目錄 are still a table.
TEST(StructureRules, CoursesWithTheirCreditsAreNoTableOfContents) {
  const char text[] =
      "北辰市專科法醫師訓練課程基準\n"
      "一、專科法醫師訓練課程及學分如下：\n"
      "(一) 學科\n"
      "1、醫學實習醫師訓練（一年）　　　　　　10\n"
      "2、內科訓練（一年）　　　　　　　　　　10\n"
      "3、精神科實習（六個月）　　　　　　　　5\n"
      "4、參與司法精神鑑定六十例（二年）　　　20\n"
      "5、法醫毒理學　　　　　　　　　　　　　4\n"
      "共計　49學分\n"
      "二、訓練期滿經考核及格者，由本府核發訓練證明書。\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(Reasons(c).empty()) << c.dropped.front().text;

  const char contents[] =
      "目錄\n"
      "1、醫學實習醫師訓練　　　　　　1\n"
      "2、內科訓練　　　　　　　　　　4\n"
      "3、精神科實習　　　　　　　　　9\n"
      "4、法醫毒理學　　　　　　　　　15\n"
      "\n"
      "1、醫學實習醫師訓練\n"
      "實習醫師應於教學醫院完成一年之訓練，並經考核及格。\n";
  CleanedDocument t = CleanDocument(contents, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(Reasons(t)["table of contents"], 5u) << t.text;
}

TEST(StructureRules, ANumberedLineEndingInANumberIsNotATableAlone) {
  const char text[] =
      "一、本年度受理陳情案件 120\n"
      "本處將持續檢討案件處理流程，提升回覆效率與品質，並定期公布統計結果。\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(Reasons(c).empty()) << c.dropped.front().reason;
  bool strong = false;
  EXPECT_FALSE(IsTocEntry(U"他說：「這件事情要再想想……」", &strong));
  EXPECT_TRUE(IsTocEntry(U"第二章 研究方法 ········ 15", &strong));
  EXPECT_TRUE(strong);
}

TEST(StructureRules, SectionNumbers) {
  EXPECT_EQ(SectionNumberLength(U"壹、目的"), 2u);
  EXPECT_EQ(SectionNumberLength(U"參 、參訪首爾辦公室"), 3u);
  EXPECT_EQ(SectionNumberLength(U"十二、附則"), 3u);
  EXPECT_EQ(SectionNumberLength(U"（三）執行方式"), 3u);
  EXPECT_EQ(SectionNumberLength(U"第三章 結論"), 4u);
  EXPECT_EQ(SectionNumberLength(U"1.2 研究背景"), 4u);
  EXPECT_EQ(SectionNumberLength(U"2、工作項目"), 2u);
  EXPECT_EQ(SectionNumberLength(U"1.5億元之預算"), 0u);
  EXPECT_EQ(SectionNumberLength(U"3 個工作天"), 0u);
  EXPECT_EQ(SectionNumberLength(U"十分重要"), 0u);
  EXPECT_EQ(SectionNumberLength(U"一些機關"), 0u);
}

// A mainland news page as an HTML reader gives it: no menus, so not a web
// dump, but its notices and the headlines below them are not the article.
const char kNewsPage[] =
    "奇安信发布年度网络安全报告\n"
    "2024-03-05 10:20 来源：本网\n"
    "齐向东在发布会上表示，网络安全产业正在快速发展，企业应持续加大安全投入，把安全能力建设放在数字化转型的首位。\n"
    "报告显示，去年全国政企机构遭受的勒索攻击数量同比上升，制造业和医疗行业成为重灾区。\n"
    "齐向东说，人工智能既带来新的攻击手段，也为防护带来新的工具，关键在于把数据用好。\n"
    "版权声明：凡注明“来源：本网”的所有作品，版权均属于本网，未经授权不得转载、摘编或利用其它方式使用上述作品。\n"
    "本文仅代表作者观点，不代表本站立场。\n"
    "数字经济大会在京开幕\n"
    "多地出台数据要素流通新政\n"
    "工信部部署人工智能赋能新型工业化\n"
    "云计算企业加快布局海外市场\n";

TEST(StructureRules, NewsPageNoticesAndTheHeadlinesUnderThem) {
  CleanedDocument c = CleanDocument(kNewsPage, SourceLayout::kStructured, nullptr);
  auto reasons = Reasons(c);
  EXPECT_EQ(reasons["copyright notice"], 1u);
  EXPECT_EQ(reasons["disclaimer notice"], 1u);
  EXPECT_EQ(reasons["headline list"], 4u);
  EXPECT_FALSE(Contains(c.text, "版权")) << c.text;
  EXPECT_FALSE(Contains(c.text, "数字经济大会")) << c.text;
  EXPECT_TRUE(Contains(c.text, "奇安信发布年度网络安全报告")) << c.text;
  EXPECT_TRUE(Contains(c.text, "关键在于把数据用好。")) << c.text;
}

TEST(StructureRules, NoticesInBothScriptsWhereverTheySit) {
  EXPECT_EQ(RightsNoticeReason(U"本文版權歸作者所有，未經同意不得轉載。"), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(U"歡迎轉載，轉載時請註明出處。"), "reprint notice");
  EXPECT_EQ(RightsNoticeReason(U"【免責聲明】本網站所載資料僅供參考，不構成任何投資建議。"), "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(U"转载请注明出处：科技日报"), "reprint notice");
  EXPECT_EQ(RightsNoticeReason(U"凡註明「來源：本報」之稿件，著作權均屬本報所有。"), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(U"著作權所有©北辰市政府，保留一切權利"), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(U"文章內容僅代表作者個人觀點，不代表本網立場。"), "disclaimer notice");
  // A how-to's note that it gives no professional advice, in both scripts.
  EXPECT_EQ(RightsNoticeReason(U"经验内容仅供参考，如需解决具体问题，建议您咨询相关领域专业人士。"),
            "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(U"教學內容僅供參考，遇到具體問題請洽相關領域專業人士。"), "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(U"這份報告邀請多位專業人士審閱，結論僅供參考的部分已另行標示。"), "");
  // Sentences about copyright, sources and reprints are not notices.
  EXPECT_EQ(RightsNoticeReason(U"第五條　機關對外提供之資料，應註明資料來源。"), "");
  EXPECT_EQ(RightsNoticeReason(U"各機關應尊重著作權，不得任意重製他人著作。"), "");
  EXPECT_EQ(RightsNoticeReason(U"依著作權法規定辦理授權事宜。"), "");
  EXPECT_EQ(RightsNoticeReason(U"（本通報原文為簡體中文，由資訊安全科轉載供各機關參考，內容未經改寫。）"), "");
  EXPECT_EQ(RightsNoticeReason(U"（本文原以簡體中文發表，經作者同意轉載，供本處參考。）"), "");
  EXPECT_EQ(RightsNoticeReason(U"禁止轉載"), "reprint notice");
  EXPECT_EQ(RightsNoticeReason(U"图片来源网络，如需转载请联系作者"), "reprint notice");
  // A fishery rule's transshipment (轉載) of catch.
  EXPECT_EQ(RightsNoticeReason(U"(六) 禁止海上轉載漁獲物。"), "");
  EXPECT_EQ(RightsNoticeReason(U"(五) 漁獲轉載應於轉載二十四小時前向本會漁業署申請許可。"), "");
  // Rules about disclaimers and rights in a regulation or a contract.
  EXPECT_EQ(RightsNoticeReason(U"第六條　契約中不得記載發卡機構之廣告僅供參考，不構成契約之內容。"), "");
  EXPECT_EQ(RightsNoticeReason(U"爰明定不得記載廣告不構成契約之內容，亦不得記載廣告僅供參考。"), "");
  EXPECT_EQ(RightsNoticeReason(U"（五）依本要點補助產生之著作，其著作權歸屬補助單位所有，未經同意不得重製。"), "");
  EXPECT_EQ(RightsNoticeReason(U"三、本計畫成果之著作權歸屬主辦機關所有，不得轉載。"), "");
  EXPECT_EQ(RightsNoticeReason(U"第　三　條　乙方應保證其論文內容未有抄襲、侵權等違反著作權相關法規之情事。"), "");

  // At the top of a plain text, and a notice the crawler wrapped.
  const char text[] =
      "免責聲明：本文資料僅供參考。\n"
      "市府今天宣布，將於明年起全面汰換老舊路燈，改採具備感測功能之智慧路燈，以提升夜間照明品質。\n"
      "版權聲明：本文章文字內容來自第三方投稿，版權歸原始作者所有。本網站不擁有其版權，如有侵權\n"
      "，請聯繫本站，本網站有權在核實確屬侵權後，予以刪除文章。\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(c.text, "市府今天宣布，將於明年起全面汰換老舊路燈，改採具備感測功能之智慧路燈，以提升夜間照明品質。");
}

TEST(StructureRules, DatedHeadlineListsAnywhere) {
  const char text[] =
      "市府今天宣布，將於明年起全面汰換老舊路燈，改採具備感測功能之智慧路燈，以提升夜間照明品質。\n"
      "市府推動智慧路燈建置 2024-05-01\n"
      "資料開放平台新增十項資料集 2024-04-28\n"
      "資訊服務處舉辦資安週活動 2024-04-15\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(Reasons(c)["headline list"], 3u);
  // Headings of an authored document are not a headline list.
  const char report[] =
      "智慧路燈建置計畫\n"
      "計畫目標與範圍說明\n"
      "第一階段建置區域規劃\n"
      "本計畫於北辰市中心區設置一千盞智慧路燈，蒐集照度、人流及空氣品質資料。\n";
  CleanedDocument r = CleanDocument(report, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(r.dropped.empty()) << r.dropped.front().reason;
  // Nor are fields under a notice.
  const char notice[] =
      "本文版權歸作者所有，未經同意不得轉載。\n"
      "發布時間：2024-07-08\n"
      "通報編號：LMQ-SA-2024-003\n"
      "風險等級：嚴重（CVSS 3.1 評分 9.8）\n";
  CleanedDocument n = CleanDocument(notice, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(n.dropped.size(), 1u);
}

}  // namespace structure_rules_test
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace structure_rules_test {

// A cover page as a PDF's text layer gives it: the kind of report above
// the title, a spaced name broken in two ("團" / "長："), a combined name
// (姓名職稱) and a qualified one (派赴國家/地區).
TEST(StructureRules, CoverPageLabelsAndBrokenFieldNamesBecomeMetadata) {
  const char kCover[] =
      "行政院及所屬各機關出國報告\n"
      "（出國類別：研習）\n"
      "\n"
      "赴荷蘭研習海堤維護管理技術報告\n"
      "服務機關：北辰市政府工務局\n"
      "姓名職稱：張文華 技正\n"
      "派赴國家/地區：荷蘭\n"
      "團\n"
      "\n"
      "長：張文華\n"
      "報告日期：114年2月3日\n"
      "\n"
      "壹、目的\n"
      "荷蘭國土約四分之一低於海平面，其海堤維護管理制度完整，本次研習旨在了解其巡查、評估及補強之作法。\n";
  CleanedDocument c = CleanDocument(kCover, SourceLayout::kPaged, nullptr);
  EXPECT_EQ(c.text.find("出國報告"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("出國類別"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("張文華"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("荷蘭\n"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("赴荷蘭研習海堤維護管理技術報告"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("荷蘭國土約四分之一低於海平面"), std::string::npos) << c.text;
  std::map<std::string, std::string> fields(c.fields.begin(), c.fields.end());
  EXPECT_EQ(fields["姓名職稱"], "張文華 技正");
  EXPECT_EQ(fields["派赴國家/地區"], "荷蘭");
  EXPECT_EQ(fields["團長"], "張文華");
  EXPECT_EQ(fields["報告日期"], "114年2月3日");
}

// A report whose title names no trip is not a cover label.
TEST(StructureRules, ReportTitleIsNotACoverLabel) {
  const char kCover[] =
      "出國考察心得報告\n"
      "服務機關：北辰市政府工務局\n"
      "報告日期：114年2月3日\n"
      "\n"
      "海堤維護管理技術研習報告\n"
      "荷蘭國土約四分之一低於海平面，其海堤維護管理制度完整，本次研習旨在了解其巡查、評估及補強之作法。\n";
  CleanedDocument c = CleanDocument(kCover, SourceLayout::kPaged, nullptr);
  EXPECT_EQ(c.text.find("出國考察心得報告"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("海堤維護管理技術研習報告"), std::string::npos) << c.text;
}

// A cover field with several values, one a line ("出國人員：" and a name and
// title on each of the next lines), keeps them all as metadata, and the
// title above the fields is not run into the abstract below them.
TEST(StructureRules, CoverFieldValuesOnSeveralLines) {
  const char kCover[] =
      "行政院及所屬各機關出國報告\n"
      "（出國類別：研習）\n"
      "\n"
      "赴新加坡研習智慧水表管理報告\n"
      "服務機關：北辰市自來水處\n"
      "出國人員：陳志明 處長\n"
      "林美玲 技正\n"
      "周建宏 工程員\n"
      "出國期間：113年8月5日至113年8月9日\n"
      "報告日期：113年10月1日\n"
      "摘要\n"
      "新加坡公用事業局自二〇二一年起全面換裝智慧水表，本處派員研習其設置、\n"
      "資料傳輸及漏水偵測之作法，作為本市推動智慧水表之參考。\n";
  CleanedDocument c = CleanDocument(kCover, SourceLayout::kPaged, nullptr);
  EXPECT_FALSE(Contains(c.text, "林美玲")) << c.text;
  EXPECT_FALSE(Contains(c.text, "周建宏")) << c.text;
  std::map<std::string, std::string> fields(c.fields.begin(), c.fields.end());
  EXPECT_EQ(fields["出國人員"], "陳志明 處長、林美玲 技正、周建宏 工程員");
  EXPECT_EQ(fields["出國期間"], "113年8月5日至113年8月9日");
  // Title, heading and paragraph each stand alone.
  EXPECT_TRUE(Contains(c.text, "赴新加坡研習智慧水表管理報告\n摘要\n新加坡公用事業局")) << c.text;
  EXPECT_TRUE(Contains(c.text, "設置、資料傳輸")) << c.text;
}

TEST(StructureRules, SiteDisclaimersAreNotices) {
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("本網站所載資料僅供參考，本報不會就任何因使用本網站資料而引致的損失負責。")),
            "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("本站信息仅供参考，对因使用本站信息造成的损失不承担任何责任。")),
            "disclaimer notice");
  // A sentence of a report about liability is no notice of the site's.
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("本計畫所估算之數據僅供參考，實際工程費用應由設計單位負責核算。")), "");
  // A finance site's notice that it gives no advice.
  EXPECT_EQ(
      RightsNoticeReason(DecodeUtf32("财讯声明：此消息系转载自合作媒体，登载此文出于传递更多信息之目的，并不意味着赞同"
                                     "其观点。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。")),
      "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("分析師認為，目前的估值並不構成買進的理由。")), "");
  // A platform that only stores what its users post, in both languages.
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("特别声明：本文为东岸号作者上传并发布，东岸新闻仅提供信息存储服务。")),
            "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("Notice: this page is posted by a user; the platform only provides "
                                           "information storage services.")),
            "disclaimer notice");
}

// Who answers for what a site prints: the contributor, not the site.
TEST(StructureRules, NoticesThatSayWhoAnswersForTheText) {
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("本區所刊載之投稿文章，內容文責由投稿者自負。")), "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("来稿文责自负，本刊有权删改。")), "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("特别声明：本文为自媒体平台作者上传并发布，仅代表该作者观点。")),
            "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("僅代表該作者個人意見，不代表本平台立場。")), "disclaimer notice");
  // A sentence about a writer's responsibility is no notice.
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("他強調，文責應由作者承擔，而非出版社。")), "");
}

// Other articles' headlines in table rows, each with its month and day in
// the last cell, are a headline list wherever they stand; a travel table
// whose rows start with the date is not.
TEST(StructureRules, HeadlineRowsWithMonthAndDay) {
  const char kPage[] =
      "市圖書館延長夜間開放時間，自下月起每晚開放至十時，方便上班族借閱。\n"
      "\n"
      "舊城區行人專用區擴大範圍 | 3月8日\n"
      "公園增設共融遊樂設施 | 3月7日\n"
      "社區回收站試行夜間收集 | 3月6日\n";
  CleanedDocument c = CleanDocument(kPage, SourceLayout::kPlainText, nullptr);
  EXPECT_FALSE(Contains(c.text, "舊城區行人專用區")) << c.text;
  EXPECT_FALSE(Contains(c.text, "社區回收站")) << c.text;
  EXPECT_TRUE(Contains(c.text, "市圖書館延長夜間開放時間")) << c.text;

  const char kSchedule[] =
      "考察行程如下：\n"
      "3月4日 臺北至東京 去程\n"
      "3月5日 東京都水道局 參訪智慧水表\n"
      "3月6日 橫濱市環境創造局 參訪\n";
  c = CleanDocument(kSchedule, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(Contains(c.text, "東京都水道局")) << c.text;
  EXPECT_TRUE(Contains(c.text, "橫濱市環境創造局")) << c.text;
}

}  // namespace structure_rules_test
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace structure_rules_test {

// A crawled interview page of a city's cultural centre, written for this
// test: menus, the headline, a date and the story's category tags, the
// interview with photo captions between its paragraphs, then the site's
// lists of other interviews under section names, bracketed and bare, the
// same headlines under several of them.
const char kInterviewPage[] =
    "   * 首頁\n   * 最新消息\n   * 展演活動\n   * 人物專訪\n   * 場館資訊\n\n"
    "老街裡的木雕師——專訪北辰木藝工坊負責人陳志遠\n\n"
    "   * 2024-04-18\n\n"
    "   * [人物專訪]\n"
    "   * [工藝領域]\n\n"
    "   "
    "走進北辰老街的巷弄，木屑的香氣從一間不起眼的工坊飄出。北辰木藝工坊負責人陳志遠在這裡雕刻了三十年，"
    "從神像、家具到孩子的玩具，每一件都出自這位老街裡的木雕師之手。\n"
    "   他說，年輕時跟著師傅學藝，光是磨刀就磨了整整一年，師傅要他先學會等待，再學會下刀。\n"
    "   陳志遠在工坊中示範傳統木雕的下刀手法與力道\n\n"
    "   "
    "近年來，工坊開始與學校合作，讓學生在假日來體驗木雕。陳志遠發現，孩子們拿起刻刀時的專注，比任何說教都更能讓他們理解"
    "手藝的價值。\n"
    "   談到未來，他希望老街能保留更多工坊，讓木雕不只是觀光的風景，而是街坊日常的一部分。\n\n"
    "[人物專訪]\n\n"
    "   * 老街裡的木雕師——專訪北辰木藝工坊負責人陳志遠\n"
    "   * 把海風織進布裡——專訪染織藝術家林秀芬\n"
    "   * 從工地到舞台 ── 專訪燈光設計師 王建宏\n"
    "   * 一碗米苔目的堅持——專訪老店第三代周美玲\n\n"
    "[工藝領域]\n\n"
    "   * 老街裡的木雕師——專訪北辰木藝工坊負責人陳志遠\n"
    "   * 把海風織進布裡——專訪染織藝術家林秀芬\n"
    "   * 竹編的新生命——專訪竹藝師張文昌\n\n"
    "人物專訪\n\n"
    "   * 老街裡的木雕師——專訪北辰木藝工坊負責人陳志遠\n"
    "   * 把海風織進布裡——專訪染織藝術家林秀芬\n"
    "   * 從工地到舞台 ── 專訪燈光設計師 王建宏\n\n"
    "   2024 © 北辰市文化中心\n";

TEST(StructureRules, HeadlineListsUnderSectionNamesWhereverTheySit) {
  bool bracketed = false;
  EXPECT_TRUE(IsSectionName(U"【熱門專題】", &bracketed));
  EXPECT_TRUE(bracketed);
  EXPECT_TRUE(IsSectionName(U"人物專訪", &bracketed));
  EXPECT_FALSE(bracketed);
  EXPECT_FALSE(IsSectionName(U"【记者 王小明】", &bracketed));  // a byline
  EXPECT_FALSE(IsSectionName(U"【重要】本週六停止服務，請提前辦理。", &bracketed));
  EXPECT_FALSE(IsSectionName(U"老街裡的木雕師", &bracketed) && bracketed);

  CleanedDocument c = CleanDocument(kInterviewPage, SourceLayout::kWebDump, nullptr);
  auto reasons = Reasons(c);
  // Three names and ten listed headlines; the page's own headline, date
  // and text stay, and the category tags do not end its head.
  EXPECT_EQ(reasons["headline list"], 13u) << c.text;
  EXPECT_TRUE(c.text.starts_with("老街裡的木雕師——專訪北辰木藝工坊負責人陳志遠\n2024-04-18\n")) << c.text;
  EXPECT_FALSE(Contains(c.text, "林秀芬")) << c.text;
  EXPECT_FALSE(Contains(c.text, "竹藝師")) << c.text;
  EXPECT_FALSE(Contains(c.text, "[人物專訪]")) << c.text;
  EXPECT_TRUE(Contains(c.text, "街坊日常的一部分。")) << c.text;
  // The caption between two paragraphs is kept, though it has no
  // punctuation and no spaces.
  EXPECT_TRUE(Contains(c.text, "陳志遠在工坊中示範傳統木雕的下刀手法與力道")) << c.text;
}

TEST(StructureRules, AnArticlesOwnListsAreNotHeadlineLists) {
  // A bare sub-heading over the article's bullet points (not repeated,
  // not under another list), and a bracketed heading over prose.
  const char text[] =
      "北辰市推動社區木工教室\n"
      "市府今年起在十個社區開設木工教室，由退休師傅授課，報名踴躍，第一期名額已全數額滿。\n"
      "課程內容\n"
      "  * 認識常見木材與紋理特性\n"
      "  * 手工具的保養與安全使用\n"
      "  * 製作小板凳與收納木盒\n"
      "【報名方式】\n"
      "請於每月一日起至各區公所填寫報名表，名額有限，額滿為止。\n"
      "課程全程免費，材料費由市府補助，結業學員可獲頒研習證書。\n";
  CleanedDocument c = CleanDocument(text, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(Reasons(c)["headline list"], 0u) << c.text;
  EXPECT_TRUE(Contains(c.text, "手工具的保養與安全使用")) << c.text;
  EXPECT_TRUE(Contains(c.text, "【報名方式】")) << c.text;
  // A bracketed name over headline-shaped lines is a list wherever it sits,
  // even in the middle of a plain text.
  const char inserted[] =
      "市府今年起在十個社區開設木工教室，由退休師傅授課，報名踴躍，第一期名額已全數額滿。\n"
      "【延伸專題】\n"
      "老街木雕工坊轉型記\n"
      "社區大學開設竹編課程\n"
      "青年返鄉經營傳統工藝\n"
      "課程全程免費，材料費由市府補助，結業學員可獲頒研習證書。\n";
  CleanedDocument d = CleanDocument(inserted, SourceLayout::kPlainText, nullptr);
  EXPECT_EQ(Reasons(d)["headline list"], 4u) << d.text;
  EXPECT_TRUE(Contains(d.text, "結業學員可獲頒研習證書。")) << d.text;
}

// A "latest" list whose headlines say how long ago they were posted ("3天前"),
// one of them with a colon after a name ("研究：…").
TEST(StructureRules, HeadlinesWithHowLongAgoTheyWerePosted) {
  const std::string page =
      "   北辰市去年開始把全市路燈換成節能燈具，一年下來節省了兩成電費，市府打算明年推廣到公園與校園，"
      "並請廠商在每盞燈裝上感測器，讓維修人員能在故障發生前就收到通知。\n\n"
      "最新發展：\n\n"
      "     * 北辰市公園路燈明年換新，市府編列三億預算並分兩期施工 3天前\n"
      "     * 研究：節能路燈讓夜間車禍減少一成，學者建議其他城市跟進 5天前\n"
      "     * 智慧路燈資料開放平台上線，民眾可以查詢每一盞燈的耗電量 2月前\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_EQ(c.text.find("3天前"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("研究："), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("一年下來節省了兩成電費"), std::string::npos) << c.text;
}

// Notices written for this test in the wording other sites use: a column's
// claim on a commissioned piece, a health page's advice disclaimer, a
// platform's distance from its writers; and a poster's own sentence.
TEST(StructureRules, ExclusiveAdviceAndPlatformNotices) {
  EXPECT_EQ(RightsNoticeReason(U"本文係本刊獨家稿件，未經書面同意請勿使用。"), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(U"以上內容僅供參考，不能取代醫師的診斷與治療。"), "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(U"文中观点纯属作者个人看法，不代表平台立场。"), "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(U"以上内容不构成投资建议。"), "disclaimer notice");
  EXPECT_EQ(RightsNoticeReason(U"聊聊我对这季财报的理解，不构成投资建议。"), "");
}

}  // namespace structure_rules_test
}  // namespace wenyuan::clean
