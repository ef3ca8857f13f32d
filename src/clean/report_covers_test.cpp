// The report-cover rule (clean/report_covers.h) on documents written for
// this test: a city's commissioned study served as text inside its page
// (cleaned whole), a Hong Kong report's centred cover under a letterhead,
// a cover whose title repeats the page's kept headline, and look-alikes
// that stay out: short lines over an encyclopedia entry's contents, a
// report's name on a page with no contents or running header, a cover
// whose run reaches no kept text.
#include "clean/report_covers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/boilerplate_filter.h"
#include "clean/page_lines_test_support.h"
#include "clean/running_heads.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace report_covers_test {

constexpr char kOutside[] = "outside the main text";
constexpr char kContents[] = "table of contents";

// Each line's reason set by its marker: "O|" outside the main text, "T|"
// a table of contents, "M|" a menu, "H|" a running header, "B|" a button,
// "K|" kept; the
// markers are cut off. The lines view
// `text`: the caller keeps it alive.
std::vector<PageLine> Lines(std::string& text) {
  std::vector<std::string> reasons;
  std::string plain;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    std::string reason;
    if (line.size() >= 2 && line[1] == '|') {
      reason = line[0] == 'O'   ? kOutside
               : line[0] == 'T' ? kContents
               : line[0] == 'M' ? "menu or link list"
               : line[0] == 'H' ? kRunningHead
               : line[0] == 'B' ? "button or form field"
                                : "";
      line = line.substr(2);
    }
    reasons.push_back(reason);
    plain += line + "\n";
    at = end + 1;
  }
  text = plain;
  std::vector<PageLine> lines = MakePageLines(std::string_view(text));
  for (size_t i = 0; i < lines.size() && i < reasons.size(); ++i) {
    if (!lines[i].blank()) lines[i].reason = reasons[i];
  }
  return lines;
}

// The kept lines' cores once the rule has run on `text` (marked as Lines
// reads it).
std::vector<std::string> KeptAfterTheRule(std::string text) {
  std::vector<PageLine> lines = Lines(text);
  KeepReportCovers(lines);
  return KeptCores(lines);
}

TEST(ReportCovers, ALineNamingAReportsKind) {
  EXPECT_TRUE(NamesReportKind(U"主動調查報告"));
  EXPECT_TRUE(NamesReportKind(U"高雄市政府所屬機關出國報告"));
  EXPECT_TRUE(NamesReportKind(U"执行摘要"));
  EXPECT_TRUE(NamesReportKind(U"2026年施政白皮書"));
  EXPECT_TRUE(NamesReportKind(U"新北市政府出國報告（出國類別：考察）"));
  EXPECT_FALSE(NamesReportKind(U"報告日期：114年11月20日"));
  EXPECT_FALSE(NamesReportKind(U"報告事項"));
}

TEST(ReportCovers, ACentredCoverUnderALetterheadComesBack) {
  std::string text =
      "O|                    [logo]\n"
      "O|                 北辰市審計署\n"
      "O|          Audit Commission of Beichen\n"
      "\n"
      "O|               衡工量值式審計報告\n"
      "\n"
      "O|          公共泳池的維修及管理\n"
      "\n"
      "O|             報告書編號：VFM-2026-07\n"
      "O|                2026年10月\n"
      "\n"
      "T|目錄\n"
      "T|第一部分：引言 .............. 1\n"
      "\n"
      "K|第一部分：引言\n"
      "K|1.1 北辰市的公共泳池由康樂事務署管理，共二十四個。\n";
  std::vector<PageLine> lines = Lines(text);
  EXPECT_EQ(KeepReportCovers(lines).size(), 4u);
  const std::vector<std::string> kept = KeptCores(lines);
  ASSERT_EQ(kept.size(), 6u);
  EXPECT_EQ(kept[0], "衡工量值式審計報告");
  EXPECT_EQ(kept[1], "公共泳池的維修及管理");
  EXPECT_EQ(kept[2], "報告書編號：VFM-2026-07");
  EXPECT_EQ(kept[3], "2026年10月");
}

TEST(ReportCovers, TheCoversCopyOfAKeptHeadlineStaysOut) {
  std::string text =
      "K|淡水河流域防洪考察\n"
      "O|以下為報告全文之文字版（由PDF檔轉換，版面請以原始檔案為準，另請參閱附件）\n"
      "O|北辰市政府所屬機關出國報告\n"
      "O|淡水河流域防洪考察\n"
      "O|服務機關：北辰市政府水利處\n"
      "O|姓名職稱：王大明　處長\n"
      "O|　　　　　李小華　技正\n"
      "\n"
      "K|摘要\n"
      "K|本處赴荷蘭考察防洪設施，並與當地機關交流，提出三項建議，作為本市之參考。\n"
      "\n"
      "T|目錄\n"
      "T|壹、目的 .............. 1\n";
  const std::vector<std::string> kept = KeptAfterTheRule(text);
  const std::vector<std::string> expected = {"淡水河流域防洪考察",
                                             "北辰市政府所屬機關出國報告",
                                             "服務機關：北辰市政府水利處",
                                             "姓名職稱：王大明　處長",
                                             "李小華　技正",
                                             "摘要",
                                             kept.back()};
  EXPECT_EQ(kept, expected);
}

// The cover's run goes on past its picture and past the title's copy
// that the header rule took, and the report's text starts past the cover
// page's number.
TEST(ReportCovers, ACoverWithAPictureAndAPageNumberComesBack) {
  std::string text =
      "O|北辰市政府出國報告（出國類別：考察）\n"
      "H|北辰市消防局赴日本考察防災公園出國報告\n"
      "O|[封面照片.jpg]\n"
      "O|服務機關：北辰市政府消防局\n"
      "O|報告日期：115年11月20日\n"
      "O|- I -\n"
      "K|摘要\n"
      "K|本局派員赴日本考察防災公園之設施配置與災時轉換機制，並提出三項建議。\n"
      "T|目錄\n";
  const std::vector<std::string> kept = KeptAfterTheRule(text);
  ASSERT_GE(kept.size(), 3u);
  EXPECT_EQ(kept[0], "北辰市政府出國報告（出國類別：考察）");
  EXPECT_EQ(kept[1], "服務機關：北辰市政府消防局");
  EXPECT_EQ(kept[2], "報告日期：115年11月20日");
}

// A plan's PDF text under its page: the page's headline and its date row
// above the attachments come back with the report, and the cover keeps
// its date while its title, the headline printed again in two lines,
// stays out.
TEST(ReportCovers, ThePagesHeadOverAPlansTextComesBack) {
  std::string text =
      "M|* 施政計畫\n"
      "\n"
      "O|北辰市文化局116年度施政計畫\n"
      "\n"
      "O|發布日期：115-08-20　發布單位：秘書室　點閱次數：318\n"
      "O|附件：116年度施政計畫.pdf（PDF，420KB）\n"
      "O|※以下為PDF檔案之文字內容，排版以原始檔案為準。\n"
      "O|北辰市文化局\n"
      "O|116年度施政計畫\n"
      "O|中華民國115年8月\n"
      "T|目錄\n"
      "K|前言\n"
      "K|本局依據市府施政方針，編定116年度施政計畫，其目標及重點如次：\n";
  const std::vector<std::string> kept = KeptAfterTheRule(text);
  const std::vector<std::string> expected = {"北辰市文化局116年度施政計畫",
                                             "發布日期：115-08-20　發布單位：秘書室　點閱次數：318", "中華民國115年8月",
                                             "前言", kept.back()};
  EXPECT_EQ(kept, expected);
}

// A work report's spaced cover title names its kind; the headline over
// the page's date row, past the PDF viewer's buttons, comes back, and so
// do the cover's occasion and speaker lines.
TEST(ReportCovers, AWorkReportsSpacedCoverAndThePagesHeadComeBack) {
  std::string text =
      "O|您当前的位置：首页 > 政务公开 > 政府工作报告\n"
      "O|2027年北辰区政府工作报告\n"
      "O|发布时间：2027-01-18 10:00    来源：区政府办公室    浏览次数：902\n"
      "B|第 1 页 / 共 12 页    下一页\n"
      "O|工 作 报 告\n"
      "O|——2027年1月10日在北辰区第八届人民代表大会\n"
      "O|第三次会议上\n"
      "O|北辰区人民政府区长　林远\n"
      "T|目    录\n"
      "K|各位代表：\n"
      "K|现在，我代表区人民政府，向大会报告工作，请予审议。\n";
  const std::vector<std::string> kept = KeptAfterTheRule(text);
  const std::vector<std::string> expected = {"2027年北辰区政府工作报告",
                                             "发布时间：2027-01-18 10:00    来源：区政府办公室    浏览次数：902",
                                             "——2027年1月10日在北辰区第八届人民代表大会",
                                             "第三次会议上",
                                             "北辰区人民政府区长　林远",
                                             "各位代表：",
                                             kept.back()};
  EXPECT_EQ(kept, expected);
}

// A date row with a sentence or a menu between it and the converted
// document is the page's, not the report's head.
TEST(ReportCovers, ADateRowAboveTheSitesMenuStaysOut) {
  std::string text =
      "O|北辰市文化局公告\n"
      "O|發布日期：115-08-20　發布單位：秘書室\n"
      "M|* 施政計畫\n"
      "O|116年度施政計畫\n"
      "O|中華民國115年8月\n"
      "T|目錄\n"
      "K|本局依據市府施政方針，編定116年度施政計畫，其目標及重點如次：\n";
  const std::vector<std::string> kept = KeptAfterTheRule(text);
  EXPECT_EQ(kept.front(), "116年度施政計畫");
  EXPECT_EQ(kept.size(), 3u);
}

TEST(ReportCovers, LookAlikesStayOut) {
  std::string cases[] = {
      // An encyclopedia entry's short lines over its contents: no report.
      "O|北辰溪\nO|维基百科，自由的百科全书\nT|目录\nT|1 地理\nK|北辰溪是北辰市境内的一条河流，全长四十二公里。\n",
      // A report's name on a page with no contents and no running header.
      "O|北辰市政府年度施政報告\nO|2026年12月\nK|市長今日在議會提出年度施政報告，說明六大施政重點。\n",
      // A run that reaches chrome, not the report's text.
      "O|北辰市政府委託研究報告\nO|2026年9月\nM|* 回首頁\nT|目錄\n",
  };
  for (std::string& text : cases) {
    std::vector<PageLine> lines = Lines(text);
    EXPECT_TRUE(KeepReportCovers(lines).empty()) << text;
  }
}

// A whole page: the commissioned study's cover is kept as the report's
// head; the page's chrome goes. (Without the rule the main-text finder
// leaves the seven cover lines outside the text.)
TEST(ReportCovers, AStudysCoverIsKeptOnTheWholePage) {
  const std::string page =
      "   [logo.png] 北辰市政府研究發展考核委員會\n\n"
      "     * 首頁\n     * 研究報告\n     * 出國報告\n     * 政策評估\n     * 聯絡我們\n\n"
      "   首頁 > 研究報告 > 委託研究\n\n"
      "   北辰市公共自行車系統使用行為與站點配置之研究\n\n"
      "   發布單位：綜合規劃組　發布日期：115-10-02　點閱次數：311\n\n"
      "   以下為報告內容（由PDF檔轉出之文字，圖表請參閱原始檔案）\n\n"
      "   北辰市政府委託研究報告\n\n"
      "   北辰市公共自行車系統使用行為與站點配置之研究\n\n"
      "   委託機關：北辰市政府交通局\n"
      "   研究單位：北辰大學運輸管理學系\n"
      "   研究主持人：張育誠　教授\n"
      "   研究期間：中華民國114年12月至115年8月\n\n"
      "   中華民國115年9月\n\n"
      "   目　　錄\n"
      "   第一章 緒論 ........................................................ 1\n"
      "   第二章 使用行為分析 ................................................ 4\n"
      "   第三章 站點配置檢討 ................................................ 9\n"
      "   第四章 結論與建議 .................................................. 14\n\n"
      "   第一章 緒論\n\n"
      "   北辰市公共自行車系統自民國108年啟用，至114年底共設置站點412處，年租借量達1,860萬人次。"
      "隨著路網擴大，部分站點長期滿站或空站，影響民眾使用意願，交通局爰委託本研究檢討站點配置。\n\n"
      "   "
      "本研究蒐集114年全年租借紀錄，分析各站點租借與歸還之時空分布，並以問卷調查1,205位使用者之旅次目的與轉乘行為。\n\n"
      "   第二章 使用行為分析\n\n"
      "   平日上午7時至9時之租借量占全日27.4%，其中約六成於捷運站周邊站點歸還，顯示公共自行車多作為捷運之接駁工具。\n\n"
      "   [top.png] 回頁首\n\n"
      "     * 隱私權政策\n     * 資訊安全政策\n     * 政府網站資料開放宣告\n\n"
      "   北辰市政府研究發展考核委員會 版權所有 © 2026\n"
      "   地址：北辰市中正路100號　電話：(02)2720-8889\n";
  const FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  // The page's headline and date row over the cover; the cover's copy of
  // the headline stays out.
  const std::string cover =
      "北辰市公共自行車系統使用行為與站點配置之研究\n發布單位：綜合規劃組　發布日期：115-10-02　點閱次數：311\n"
      "北辰市政府委託研究報告\n委託機關：北辰市政府交通局\n"
      "研究單位：北辰大學運輸管理學系\n研究主持人：張育誠　教授\n研究期間：中華民國114年12月至115年8月\n"
      "中華民國115年9月\n";
  std::string text;
  for (size_t at = 0; at < r.text.size();) {  // the kept lines trimmed, blank lines aside
    size_t end = r.text.find('\n', at);
    if (end == std::string::npos) end = r.text.size();
    const std::string_view line = utf8::Trim(std::string_view(r.text).substr(at, end - at));
    if (!line.empty()) text += std::string(line) + "\n";
    at = end + 1;
  }
  EXPECT_NE(text.find(cover), std::string::npos) << text;
  for (const char* chrome : {"回頁首", "隱私權政策", "聯絡我們", "以下為報告內容"}) {
    EXPECT_EQ(text.find(chrome), std::string::npos) << chrome;
  }
}

}  // namespace report_covers_test
}  // namespace wenyuan::clean
