// The body's search on pages written for this test: the run of prose
// between menus, an appended article cut off, prose past an in-article
// list joined back, and a page without prose left without a body; a
// README's last headed section of steps.
#include "clean/prose_span.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

TEST(ProseSpan, TheBodyIsTheRunOfProseBetweenTheMenus) {
  const std::vector<PageLine> lines = MakePageLines(
      "首頁\n新聞\n體育\n\n"
      "北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置，提供5G微型基地台與環境感測服務。\n"
      "小標題\n"
      "資訊服務處表示，智慧路燈將優先設置於學校與捷運站周邊，並開放感測資料供民眾下載使用。\n\n"
      "關於我們\n聯絡我們\n網站地圖\n");
  const ProseSpan body = BestProseSpan(lines);
  EXPECT_EQ(body.begin, 4u);
  EXPECT_EQ(body.end, 7u);
}

TEST(ProseSpan, NoRealStretchOfProseIsNoBody) {
  const std::vector<PageLine> lines = MakePageLines("首頁\n新聞\n姓名：王小明\n電話：04-2222-0000\n今天天氣很好。\n");
  const ProseSpan body = BestProseSpan(lines);
  EXPECT_EQ(body.begin, body.end);
}

TEST(ProseSpan, ProseCutOffByAnInArticleListIsJoinedBack) {
  std::vector<PageLine> lines = MakePageLines(
      "北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置，提供5G微型基地台與環境感測服務。\n"
      "相关阅读\n"
      "路燈故障報修流程\n"
      "市府也提醒，智慧路燈施工期間，部分路段將實施交通管制，請用路人留意。\n"
      "施工時間為平日晚間十點至清晨五點，預計年底前全部完工。\n");
  lines[1].reason = lines[2].reason = "related-articles list";
  std::vector<size_t> kept;
  EXPECT_EQ(ExtendBodyDown(lines, 1, kept), 5u);
  EXPECT_TRUE(kept.empty());
  // One short sentence below the list is not enough to join.
  lines[4].reason = "copyright notice";
  EXPECT_EQ(ExtendBodyDown(lines, 1, kept), 1u);
}

TEST(ProseSpan, AnArticleAppendedBelowIsCutOffAtItsDate) {
  std::string page;
  for (int i = 0; i < 10; ++i) page += "北辰市政府今日宣布，全市智慧路燈將於年底前完工，並開放感測資料供民眾下載。\n";
  page +=
      "2024-05-21\n"
      "南港區新建社會住宅明年完工\n"
      "南港區新建社會住宅明年完工\n"
      "都市發展局表示，南港區社會住宅工程進度超前，明年即可開放申請入住。\n";
  const std::vector<PageLine> lines = MakePageLines(page);
  const ProseSpan whole{0, lines.size()};
  const ProseSpan body = WithoutAppendedArticle(lines, whole, "");
  EXPECT_EQ(body.begin, 0u);
  EXPECT_EQ(body.end, 10u);
  // The page's own headline printed twice is not another article.
  const ProseSpan own = WithoutAppendedArticle(lines, whole, "南港區新建社會住宅明年完工");
  EXPECT_EQ(own.end, lines.size());
}

TEST(ProseSpan, ALastNumberedSectionOfLinksBelongsToTheBody) {
  const std::vector<PageLine> lines = MakePageLines(
      "一、背景\n"
      "人工智慧的研究已有數十年歷史，近年因為運算能力提升而快速發展。\n"
      "二、方法\n"
      "本文整理常見的模型與資料集，並說明如何下載與使用。\n"
      "三、资源下载汇总\n"
      "网盘资源汇总：pan.example.com/s/abc\n"
      "1、arxiv.org/pdf/2010.11929\n"
      "avatar\n");
  EXPECT_EQ(ExtendToLastNumberedSection(lines, {0, 4}), 7u);
  // "三、" does not follow "一、".
  const std::vector<PageLine> skipped = MakePageLines(
      "一、背景\n"
      "人工智慧的研究已有數十年歷史，近年因為運算能力提升而快速發展。\n"
      "三、资源下载汇总\n"
      "网盘资源汇总：pan.example.com/s/abc\n");
  EXPECT_EQ(ExtendToLastNumberedSection(skipped, {0, 2}), 2u);
}

// The last paragraph hard-wrapped past the body's end (a reference in
// English over two more lines and its URL) stays whole; a short line under
// a closed sentence ("【纠错】") is not taken in.
TEST(ProseSpan, ALastParagraphWrappedPastTheEnd) {
  std::vector<PageLine> lines = MakePageLines(
      "   2. World Health Organization. (2021). Global report on hypertension: the\n"
      "   race against a silent killer and what countries can do about it. Geneva\n"
      "   https://www.who.int/publications/hypertension\n\n"
      "   相關連結\n");
  EXPECT_EQ(ExtendOverWrappedTail(lines, 1), 3u);
  lines = MakePageLines(
      "   这些能力将越来越多地出现在机器上，成为日常工作中不可缺少的帮手。（记者 王晓）\n"
      "   【纠错】\n");
  EXPECT_EQ(ExtendOverWrappedTail(lines, 1), 1u);
}

// A page's update stamp with its counter right under the body is the
// article's date when the article has no other; under a release that has
// its own date line it stays the page's.
TEST(ProseSpan, AnUpdateStampIsTheDateOnlyWhenThereIsNoOther) {
  const std::string body =
      "   家中長輩跌倒多半發生在浴室與臥室之間的走道，夜間起身如廁時最容易失去平衡，家人應特別留意。\n\n"
      "   建議在床邊放置小夜燈，並把常用物品移到不必彎腰或踮腳就拿得到的高度，減少跌倒機會。\n\n"
      "   若長輩已有跌倒經驗，應盡早就醫評估肌力與平衡能力，必要時接受物理治療與居家環境評估。\n\n";
  const std::string stamp = "   更新日期：2024/05/02　瀏覽次數：3310\n\n";
  const std::string page =
      "   首頁 > 健康主題 > 長者防跌\n\n居家防跌三件事\n\n" + body + stamp + "   (BUTTON) 回上一頁\n";
  CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("更新日期：2024/05/02"), std::string::npos) << c.text;
  const std::string dated =
      "   首頁 > 新聞稿\n\n居家防跌三件事\n\n   發布日期：2024-04-30　發布單位：健康促進科\n\n" + body + stamp;
  c = CleanDocument(dated, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("發布日期：2024-04-30"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("更新日期：2024/05/02"), std::string::npos) << c.text;
}

// A full line over the short end of its sentence ("…網站「專區" over
// "」專區，供民眾參閱。") is one paragraph of the body.
TEST(ProseSpan, AFullLineOverItsSentencesShortEnd) {
  const std::vector<PageLine> lines = MakePageLines(
      "首頁\n公告\n\n"
      "   一、本案自公告之日起公開展覽三十天，展覽期間民眾得以書面向本局提出意見，逾期不予受理。\n"
      "   二、展覽地點為本局一樓服務台及各區公所，開放時間為上班日上午八時至下午五時。\n"
      "   三、計畫書及計畫圖電子檔另刊登於本局網站、區公所網站及「都市計畫公開展覽\n"
      "   」專區，供民眾參閱。\n\n"
      "   相關連結\n   回上一頁\n");
  const ProseSpan body = BestProseSpan(lines);
  EXPECT_EQ(body.begin, 3u);
  EXPECT_EQ(body.end, 7u);
}

// A README as a code-hosting page prints it, written for this test in
// Traditional: headings flush left over indented text, and a last section
// of numbered steps; the sidebar under it (indented) is not the README's.
const char kReadme[] =
    "介紹\n"
    "\n"
    "   lunar-calendar-tw 是一個農曆與節氣換算套件，收錄 1900 年到 2100 年的曆表，可以把國曆日期換成農曆與干支。\n"
    "\n"
    "安裝說明\n"
    "\n"
    "   執行 go get 取得套件後，在程式中匯入即可使用，換算只依賴內建的曆表，不需要連線，也不依賴系統的時區資料。\n"
    "\n"
    "使用說明\n"
    "\n"
    "   呼叫 ToLunar 傳入國曆日期，會得到農曆年月日、是否閏月與當天的干支；呼叫 NextTerm "
    "則會回傳下一個節氣的名稱與時刻。\n"
    "\n"
    "參與貢獻\n"
    "\n"
    "   1. Fork 本倉庫\n"
    "   2. 新建 Feat_xxx 分支\n"
    "   3. 提交程式碼\n"
    "\n"
    "   簡介\n"
    "   農曆與節氣換算套件\n"
    "   發行版 (4)\n";

TEST(ProseSpan, AReadmesLastHeadedSectionOfStepsIsKept) {
  const CleanedDocument c = CleanDocument(kReadme, SourceLayout::kWebDump, nullptr);
  for (const char* line : {"參與貢獻", "1. Fork 本倉庫", "3. 提交程式碼"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_EQ(c.text.find("發行版"), std::string::npos) << c.text;
}

// The last section's own items under the body with no blank line
// between: numbered in the other kind, with their fields; in both
// scripts, with and without a next section's heading after them. A list
// after a blank line, items of the body's own kind and a sentence stay
// out.
TEST(ProseSpan, TheLastSectionsItemsRightUnderTheBody) {
  const char* body =
      "一、项目概况\n"
      "本项目为北辰市第二医院门诊楼改造，建设内容包括外立面更新、电梯增设与无障碍设施完善。\n";
  struct Case {
    const char* tail;
    size_t end;  // the body's end in lines after the two of `body`
  };
  const Case items[] = {
      {"二、联系方式\n1.采购人信息\n名　称：北辰市第二医院\n地　址：北辰路1号\n", 4},
      {"二、聯絡方式\n1.招標人\n名稱：北辰市第二醫院\n電話：(02)2345-6789\n2.代理機構\n名稱：北辰顧問公司\n", 6},
      {"二、询问\n（1）采购人：北辰市第二医院\n（2）代理机构：北辰咨询公司\n", 3},
      {"二、其他\n1. 报名时间：3月1日至3月10日\n2. 报名地点：门诊楼三楼\n三、附件\n", 4},
      {"二、受理窗口\n1.窗口一\n地址：北辰路1号\n2.窗口二\n地址：北辰路9号\n", 5},
      {"二、聯繫\n1、聯絡人：陳小姐\n2、電話：(04)2222-3333\n", 3},
      {"二、联系\n(一)采购人\n电话：0571-8888 1234\n(二)代理机构\n电话：0571-8888 1235\n", 5},
      {"二、申請方式\n1.線上申請：www.example.tw\n2.臨櫃申請：北辰市政大樓\n", 3},
  };
  for (const Case& c : items) {
    const std::string text = std::string(body) + c.tail;
    const std::vector<PageLine> lines = MakePageLines(text);  // views into `text`
    EXPECT_EQ(ExtendToLastNumberedSection(lines, {0, 3}), 2 + c.end) << c.tail;
  }
  const char* outside[] = {
      "二、联系方式\n\n1.隐私政策\n2.网站地图\n",                        // after a blank line
      "二、联系方式\n三、其他\n",                                        // the body's own kind
      "二、联系方式\n请于工作日来电洽询，我们将尽快回复。\n1.采购人\n",  // a sentence
      "二、联系方式\n1.采购人信息\n本院门诊楼改造期间，请病患改由北侧入口进出，造成不便敬请见谅。\n",
  };
  for (const char* tail : outside) {
    const std::string text = std::string(body) + tail;
    const std::vector<PageLine> lines = MakePageLines(text);  // views into `text`
    EXPECT_LE(ExtendToLastNumberedSection(lines, {0, 3}), 4u) << tail;
  }
}

// A text's first numbered section, one short line above the body that
// opens with its second ("一、项目编号：…" over "二、…"), is the text's.
TEST(ProseSpan, TheFirstNumberedSectionAboveTheBody) {
  const std::vector<PageLine> lines = MakePageLines(
      "北辰市第二医院门诊楼改造项目中标结果公告\n\n"
      "一、项目编号：BC2026-018\n"
      "二、项目名称：北辰市第二医院门诊楼改造项目\n"
      "本项目于2026年2月1日开标，共有五家供应商递交投标文件，经评审确定中标人如下。\n");
  EXPECT_EQ(FirstNumberedSectionAbove(lines, {3, 5}, {}), std::optional<size_t>(2));
  // Its second section neither in the body nor kept: a list of the page's.
  const std::vector<PageLine> menu = MakePageLines(
      "1. 首頁\n2. 公告\n\n"
      "本院門診大樓改造工程於二月一日開標，共有五家廠商投標，經評審確定得標廠商如下。\n");
  EXPECT_EQ(FirstNumberedSectionAbove(menu, {3, 4}, {}), std::nullopt);
  EXPECT_EQ(FirstNumberedSectionAbove(menu, {3, 4}, {1}), std::optional<size_t>(0));
}

}  // namespace

// A record's last sections below the body, labelled as the body's are:
// eight records of kinds in no fold, both scripts, five kinds of bracket.
namespace prose_span_test {

struct Bracketed {
  const char* body;  // three sections or more, one a line
  const char* tail;  // the sections below, which the body takes
};

const Bracketed kBracketed[] = {
    {"【成份】本品主要成份为对乙酰氨基酚。\n【性状】本品为白色片。\n【用法用量】口服，一次1片。\n",
     "【有效期】24个月\n\n【批准文号】国药准字H20260001\n\n【生产企业】\n企业名称：北辰制药有限公司\n"
     "生产地址：北辰市东湖路1号\n"},
    {"【成分】每錠含布洛芬200毫克。\n【適應症】緩解頭痛、牙痛。\n【用法】成人一次一錠。\n",
     "【貯存】室溫保存，避免陽光直射。\n【包裝】100錠\n\n【製造廠】\n廠名：北辰藥品股份有限公司\n"
     "廠址：北辰市東湖路1號\n"},
    {"〔产品简介〕本机采用直流变频电机。\n〔使用方法〕接通电源后按开关键。\n〔注意事项〕请勿用湿手触摸插头。\n",
     "〔保修〕整机一年，电机三年\n\n〔产地〕北辰\n"},
    {"［來源］本品為菊科植物的乾燥花序。\n［性狀］呈扁球形，黃白色。\n［功能］疏散風熱，清肝明目。\n",
     "［性味］甘、苦，微寒。\n［歸經］歸肺、肝經。\n"},
    {"〖主料〗排骨500克，冬瓜300克。\n〖做法〗排骨焯水后与冬瓜同煮。\n〖口味〗咸鲜\n",
     "〖烹饪时间〗40分钟\n〖难度〗简单\n"},
    {"[品名] 北辰手工麵線\n[成分] 小麥粉、水、食鹽。\n[食用方式] 滾水煮三分鐘即可。\n",
     "[保存期限] 12個月\n\n[製造商]\n名稱：北辰食品有限公司\n電話：02-1234-5678\n"},
    {"【課程目標】培養學生閱讀古典文獻的能力。\n【課程內容】選讀先秦諸子。\n【評量方式】期中報告與期末考試。\n",
     "【學分】3\n【先修科目】無\n"},
    {"【适用范围】本标准规定了城市道路照明的设计要求。\n【主要内容】包括照度、均匀度和眩光限制。\n"
     "【起草单位】北辰市市政设计研究院。\n",
     "【实施日期】2026-07-01\n\n【归口单位】\n单位名称：北辰市照明标准化技术委员会\n"},
};

size_t LinesIn(const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace prose_span_test

TEST(ProseSpan, ARecordsLastBracketedSectionsJoinTheBody) {
  for (const auto& c : prose_span_test::kBracketed) {
    const std::string text = std::string(c.body) + "\n" + c.tail + "\n相关推荐\n* 其他药品\n";
    const std::vector<PageLine> lines = MakePageLines(text);
    const size_t body_end = prose_span_test::LinesIn(c.body);
    const size_t tail_end = body_end + 1 + prose_span_test::LinesIn(c.tail);
    EXPECT_EQ(ExtendToBracketedSections(lines, {0, body_end}), tail_end) << c.tail;
  }
}

TEST(ProseSpan, ALabelOverLinksOrProseAndAnotherBracketEndTheBody) {
  const std::string body =
      "【成份】本品主要成份为对乙酰氨基酚。\n【性状】本品为白色片。\n【用法用量】口服，一次1片。\n";
  // A label over a list of links, or over a paragraph: not the record's.
  for (const char* tail : {"【相关推荐】\n* 布洛芬缓释胶囊\n* 复方感冒灵颗粒\n",
                           "【延伸阅读】\n北辰市今年启动基层医疗机构药品配送改革，覆盖全部社区卫生服务中心。\n",
                           "〔附注〕本页资料由网友提供\n"}) {
    const std::string text = body + "\n" + tail;
    const std::vector<PageLine> lines = MakePageLines(text);  // views into `text`
    EXPECT_EQ(ExtendToBracketedSections(lines, {0, 3}), 3u) << tail;
  }
  // A body with two such sections only is no record of them.
  const std::vector<PageLine> two =
      MakePageLines("【导读】北辰市发布新规。\n正文第一段。\n【编者按】以下为全文。\n\n【有效期】一年\n");
  EXPECT_EQ(ExtendToBracketedSections(two, {0, 3}), 3u);
}

}  // namespace wenyuan::clean
