#include "clean/boilerplate_filter.h"

#include <gtest/gtest.h>

#include <map>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

std::map<std::string, std::string> ReasonsByLine(const FilterResult& r) {
  std::map<std::string, std::string> out;
  for (const auto& d : r.dropped) out[d.text] = d.reason;
  return out;
}

const char* kPage =
    "(BUTTON) 登入\n"
    "首頁\n"
    "新聞\n"
    "體育\n"
    "財經\n"
    "娛樂\n"
    "\n"
    "首頁 > 新聞 > 科技\n"
    "[img-1678694693.jpg?w=600]\n"
    "北辰市推動智慧路燈計畫\n"
    "北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置，提供5G微型基地台與環境感測服務。\n"
    "資訊服務處表示，智慧路燈將優先設置於學校與捷運站周邊，並開放感測資料供民眾下載使用。\n"
    "分享到 Facebook\n"
    "相關新聞\n"
    "路燈故障報修流程\n"
    "市府公布新預算\n"
    "\n"
    "其他城市的路燈計畫也在進行中，歡迎點閱本報專題。\n"
    "本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意。\n"
    "關於我們 | 聯絡我們 | 隱私權政策 | 網站地圖\n"
    "北辰日報版權所有 © 2024\n"
    "港聞娛樂特價酒店區議會選舉生活國際即時最Hit體育科技中國經濟觀點\n";

TEST(BoilerplateFilter, DropsWebChromeWithReasonsAndKeepsTheArticle) {
  FilterResult r = FilterBoilerplate(kPage, /*web_page=*/true, nullptr);
  EXPECT_NE(r.text.find("北辰市推動智慧路燈計畫"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("提供5G微型基地台與環境感測服務。"), std::string::npos) << r.text;
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(reasons["(BUTTON) 登入"], "button or form field");
  EXPECT_EQ(reasons["新聞"], "menu or link list");
  EXPECT_EQ(reasons["首頁 > 新聞 > 科技"], "breadcrumb");
  EXPECT_EQ(reasons["[img-1678694693.jpg?w=600]"], "image placeholder");
  EXPECT_EQ(reasons["分享到 Facebook"], "share widget");
  // Prose cut off from the article by page chrome is a sidebar.
  EXPECT_EQ(reasons["其他城市的路燈計畫也在進行中，歡迎點閱本報專題。"], "outside the main text");
  EXPECT_EQ(reasons["相關新聞"], "related-articles list");
  EXPECT_EQ(reasons["路燈故障報修流程"], "related-articles list");
  EXPECT_EQ(reasons["本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意。"], "cookie notice");
  EXPECT_EQ(reasons["關於我們 | 聯絡我們 | 隱私權政策 | 網站地圖"], "menu or link list");
  EXPECT_EQ(reasons["北辰日報版權所有 © 2024"], "copyright notice");
  EXPECT_EQ(reasons["港聞娛樂特價酒店區議會選舉生活國際即時最Hit體育科技中國經濟觀點"], "link text run together");
  // Every line is either kept or explained.
  size_t lines = 0;
  for (char c : std::string(kPage)) lines += c == '\n';
  size_t kept = 0;
  for (char c : r.text) kept += c == '\n';
  EXPECT_EQ(kept + r.dropped.size(), lines);
}

TEST(BoilerplateFilter, AuthoredDocumentsKeepTheirLists) {
  const char* memo =
      "出席人員\n王大明\n李小華\n陳志明\n林美玲\n張文雄\n"
      "一、本次會議決議於113年8月31日前完成全市熱點汰換，並請網路通訊科每月回報進度。\n"
      "二、請資訊安全科於下次會議報告資安教育訓練辦理情形，包括各機關完成率與未完成原因。\n"
      "三、其餘事項照案通過。\n";
  FilterResult r = FilterBoilerplate(memo, /*web_page=*/false, nullptr);
  EXPECT_FALSE(r.web_mode);
  EXPECT_TRUE(r.dropped.empty());
  EXPECT_EQ(r.text, memo);
}

// A gazette notice whose annexed tables came out one cell a line, as
// records and text exports carry them: dash cells, negative coordinates, a
// dash list of the notice's own, a chemical's bracketed name and a product
// named for laser protection. None of it is a saved page's furniture, so
// every line stays.
TEST(BoilerplateFilter, ARecordsTablesOneCellALineAreNoWebPage) {
  std::string notice =
      "海港局公告 中華民國114年3月2日\n"
      "主旨：公告修正「北港港區防波堤測量控制點坐標表」及「港區危險物品清單」。\n"
      "依據：商港法第十條。\n"
      "公告事項：\n"
      "一、修正後之控制點坐標及危險物品清單如附表。\n"
      "二、值班人員應備妥下列設備：\n"
      "　　-  電子海圖\n"
      "　　-  雷達\n"
      "　　-  防雷射護目鏡\n"
      "附表一\n點號\nX坐標\nY坐標\n備註\n";
  for (int i = 1; i <= 12; ++i) {
    notice += "K" + std::to_string(i) + "\n-" + std::to_string(36600 + i * 7) + ".169\n-" +
              std::to_string(83600 + i * 3) + ".211\n-\n";
  }
  notice +=
      "附表二\n項次\n貨名\n1\n3,3'-Dimethyl-[1,1'-biphenyl]-4,4'-diamine\n2\n防雷射用護目鏡\n3\nTop\n"
      "局長　陳大文\n";
  const CleanedDocument plain = CleanDocument(notice, SourceLayout::kPlainText, nullptr);
  for (const DroppedLine& d : plain.dropped) ADD_FAILURE() << d.reason << ": " << d.text;
  EXPECT_NE(plain.text.find("-36607.169"), std::string::npos);
  EXPECT_NE(plain.text.find("[1,1'-biphenyl]"), std::string::npos);

  EXPECT_FALSE(FilterBoilerplate(notice, /*web_page=*/false, nullptr, /*plain_text=*/true).web_mode);

  // The same text saved from a web page, with a site's menu, logo and
  // share row around it, is read as one.
  const std::string page =
      "[logo.png]\n   * 首頁\n   * 最新消息\n   * 法規查詢\n   * 聯絡我們\n" + notice + "分享到：Facebook LINE\n";
  EXPECT_TRUE(FilterBoilerplate(page, /*web_page=*/false, nullptr, /*plain_text=*/true).web_mode);
}

// A regulation written for this test, as a gazette record carries it: its
// permits named on lines of their own, a product list's types in brackets,
// a contract's article on who owns the rights, a form's blanks and the
// export's "Top". None of it makes a web page of it, so nothing goes.
TEST(BoilerplateFilter, ARegulationsPermitsTypesAndRightsAreNoWebPage) {
  std::string regulation =
      "北辰市通訊管理處令 中華民國115年1月31日\n"
      "北通字第11505008520號\n"
      "修正「北辰市區域網路業務管理規則」部分條文。\n"
      "處長　王大明\n";
  for (const char* line :
       {"區域網路業務網路建設許可證申請書", "區域網路業務電臺架設許可證", "區域網路業務經營許可證換發申請書",
        "附表一　應檢驗之防火建材", "矽酸鈣板【a型】", "矽酸鈣板【b型】", "安全帶【繫身型】", "安全帶【背負型】",
        "參、機構名稱：____________", "代表人：____________",
        "第  十五  條    本計畫所獲得之著作權等智慧財產權利，概歸甲方所有，未經甲方同意，"
        "乙方不得對外發表。",
        "處長", "副處長", "主任秘書", "科長", "股長", "承辦人", "Top"}) {
    regulation += std::string(line) + "\n";
  }
  EXPECT_FALSE(FilterBoilerplate(regulation, /*web_page=*/false, nullptr, /*plain_text=*/true).web_mode);
  const CleanedDocument plain = CleanDocument(regulation, SourceLayout::kPlainText, nullptr);
  for (const DroppedLine& d : plain.dropped) {
    if (d.text != "Top") ADD_FAILURE() << d.reason << ": " << d.text;
  }
}

TEST(BoilerplateFilter, LinesRepeatedAcrossASitesPagesAreLearntNotListed) {
  std::vector<std::string> pages;
  for (int i = 0; i < 5; ++i) {
    pages.push_back("北辰日報 第" + std::to_string(i) +
                    "版 電子報訂閱專線 02-1234-5678\n"
                    "本文第" +
                    std::to_string(i) + "篇，內容各不相同，談的是第" + std::to_string(i) +
                    "個主題的細節與數據。\n"
                    "電子報訂閱專線 02-1234-5678\n");
  }
  std::vector<std::string_view> views(pages.begin(), pages.end());
  SiteBoilerplate site = SiteBoilerplate::Learn(views);
  EXPECT_TRUE(site.Contains("電子報訂閱專線  02-1234-5678"));  // white space does not matter
  EXPECT_FALSE(site.Contains("本文第1篇，內容各不相同，談的是第1個主題的細節與數據。"));
  FilterResult r = FilterBoilerplate(pages[2], false, &site);
  ASSERT_EQ(r.dropped.size(), 1u);
  EXPECT_EQ(r.dropped[0].reason, "repeated on many pages of the site");
  EXPECT_NE(r.text.find("第2篇"), std::string::npos);
  // Too few pages to learn from: nothing is learnt.
  EXPECT_EQ(SiteBoilerplate::Learn({views[0], views[1]}).size(), 0u);

  // A gazette's entries share their form's labels and the export's "Top":
  // the labels are each entry's own structure, "Top" is not.
  std::vector<std::string> entries;
  for (int i = 0; i < 5; ++i) {
    entries.push_back("主旨：公告第" + std::to_string(i) + "號。\n公告事項：\n一、自即日起生效第" + std::to_string(i) +
                      "項。\nTop\n");
  }
  const SiteBoilerplate gazette = SiteBoilerplate::Learn(std::vector<std::string_view>(entries.begin(), entries.end()));
  EXPECT_TRUE(gazette.Contains("Top"));
  EXPECT_FALSE(gazette.Contains("公告事項："));

  // Laws of one file share their articles' numbers and closing article:
  // in records, only the export's chrome goes.
  std::vector<std::string> laws;
  for (int i = 0; i < 5; ++i) {
    laws.push_back("第 1 條\n本辦法依第" + std::to_string(i) + "號法律訂定之。\n第 2 條\n本辦法自發布日施行。\nTop\n");
  }
  const SiteBoilerplate statutes = SiteBoilerplate::Learn(std::vector<std::string_view>(laws.begin(), laws.end()));
  const FilterResult law = FilterBoilerplate(laws[3], false, &statutes, /*plain_text=*/true);
  ASSERT_EQ(law.dropped.size(), 1u) << law.text;
  EXPECT_EQ(law.dropped[0].text, "Top");
  EXPECT_NE(law.text.find("第 2 條\n本辦法自發布日施行。"), std::string::npos) << law.text;
}

TEST(BoilerplateFilter, WidgetsCountersAndRunTogetherHeadlines) {
  const char* page =
      "首頁\n新聞\n體育\n財經\n\n"
      "北辰市智慧路燈年底完工\n"
      "北辰市政府今日宣布，全市智慧路燈將於年底前完工，提供5G微型基地台與環境感測服務，是與市民息息\n"
      "相關。\n"
      "資訊服務處表示，智慧路燈優先設置於學校與捷運站周邊，感測資料也將開放民眾下載。\n"
      "分享到：\n"
      "0条 Plus\n"
      "【中 大 小】\n"
      "打开北辰日报APP，阅读全文\n"
      "【市政快訊】路燈故障報修流程【預算】市府公布新預算\n"
      "本報所刊載內容之著作權為北辰日報所有，未經許可禁止轉載。\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(reasons["分享到："], "share widget");
  EXPECT_EQ(reasons["0条 Plus"], "button or form label");
  EXPECT_EQ(reasons["【中 大 小】"], "button or form label");
  EXPECT_EQ(reasons["打开北辰日报APP，阅读全文"], "app promotion");
  EXPECT_EQ(reasons["【市政快訊】路燈故障報修流程【預算】市府公布新預算"], "link text run together");
  EXPECT_EQ(reasons["本報所刊載內容之著作權為北辰日報所有，未經許可禁止轉載。"], "copyright notice");
  // A sentence that happens to say 相關 is not a "related articles" heading.
  EXPECT_NE(r.text.find("相關。"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("感測資料也將開放民眾下載。"), std::string::npos) << r.text;
}

TEST(BoilerplateFilter, PrintLinksButNotHeadingsAboutPrinting) {
  const char* page =
      "首頁\n新聞\n體育\n財經\n\n"
      "辦公室列印成本如何降低\n"
      "【字体：大中小】 【打印本页】 【关闭窗口】\n"
      "友善列印\n"
      "北辰市政府資訊處今日表示，集中管理各局處的印表機後，每年可節省三成碳粉與紙張費用。\n"
      "列印服務供應商如何協助機關減碳\n"
      "資訊處也將與廠商合作回收碳粉匣，並統計各單位的列印量，作為明年採購的參考。\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(reasons["【字体：大中小】 【打印本页】 【关闭窗口】"], "share widget");
  EXPECT_EQ(reasons["友善列印"], "share widget");
  EXPECT_NE(r.text.find("列印服務供應商如何協助機關減碳"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("辦公室列印成本如何降低"), std::string::npos) << r.text;
}

TEST(BoilerplateFilter, ThePagesOwnHeadlineIsNotRunTogetherLinkText) {
  // The headline's space was taken out as word segmentation, so it reads
  // like link labels run together, and it shares no words with the body
  // for the headline finder to know it; being the reader's title it stays.
  const char* page =
      "首頁\n新聞\n體育\n財經\n\n"
      "夜間照明升級計畫啟動各區新型燈具明年春天全面上路\n"
      "北辰市政府今日宣布，全市智慧路燈將於年底前完工，提供5G微型基地台與環境感測服務。\n"
      "資訊服務處表示，智慧路燈優先設置於學校與捷運站周邊，感測資料也將開放民眾下載。\n"
      "分享到：\n";
  FilterResult untitled = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  EXPECT_EQ(ReasonsByLine(untitled)["夜間照明升級計畫啟動各區新型燈具明年春天全面上路"], "link text run together");
  FilterResult titled = FilterBoilerplate(page, /*web_page=*/true, nullptr, false, /*html=*/true,
                                          "夜間照明升級計畫啟動 各區新型燈具明年春天全面上路");
  EXPECT_NE(titled.text.find("夜間照明升級計畫啟動各區新型燈具明年春天全面上路\n"), std::string::npos) << titled.text;
}

TEST(BoilerplateFilter, AWrappedFirstLineWithNoCommaIsNoRunTogetherLinkText) {
  // A sentence's first full line, no comma in it yet, goes on to the line
  // under it, where the sentence ends: a paragraph, in either script. A
  // run of link labels over a heading stays what it is.
  const char* page =
      "首頁\n新聞\n體育\n財經\n\n"
      "   衛生署在例行巡查時於屯門一間藥房發現一批未經註冊的退燒貼並即時封存所有存\n"
      "   貨，事件已轉交警方跟進。\n"
      "   市场监管局在日常抽检中从宝安区一家超市购买的冷冻鸡翅样品检出沙门氏菌超\n"
      "   标，已责令下架。\n"
      "   港聞娛樂特價酒店區議會選舉生活國際即時最Hit體育科技中國經濟觀點網購\n"
      "   今日焦點\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(reasons.count("衛生署在例行巡查時於屯門一間藥房發現一批未經註冊的退燒貼並即時封存所有存"), 0u) << r.text;
  EXPECT_EQ(reasons.count("市场监管局在日常抽检中从宝安区一家超市购买的冷冻鸡翅样品检出沙门氏菌超"), 0u) << r.text;
  EXPECT_EQ(reasons["港聞娛樂特價酒店區議會選舉生活國際即時最Hit體育科技中國經濟觀點網購"], "link text run together");
}

TEST(BoilerplateFilter, AConfigSectionHeaderIsNoImagePlaceholder) {
  // A README's TOML sample: its section header stays with the key under
  // it; a picture's name in brackets is still a placeholder.
  const char* page =
      "首页\n文档\n下载\n社区\n\n"
      "在 Cargo.toml 中加入依赖，然后执行 cargo build 即可编译，首次编译需要下载依赖，请保持网络畅通。\n"
      "   [dependencies]\n"
      "   lunar-calendar = \"0.3\"\n"
      "   [logo.png]\n"
      "   [banner]\n"
      "   在 Cargo.toml 加入依賴後重新編譯，即可在程式中呼叫換算函式，不需要額外的設定檔。\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  EXPECT_NE(r.text.find("[dependencies]\n"), std::string::npos) << r.text;
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(reasons["[logo.png]"], "image placeholder");
  EXPECT_EQ(reasons["[banner]"], "image placeholder");
}

TEST(BoilerplateFilter, AConfigSectionOverKeysWithColonsIsNoImagePlaceholder) {
  // A printer's config pasted into a post, its keys and values after a
  // colon as YAML-like files write them: the section headers stay; a label
  // in brackets over a field of a form is still a placeholder.
  const char* page =
      "首页\n论坛\n教程\n关于\n\n"
      "换了新的挤出机以后一直欠挤出，下面是我现在的配置，麻烦大家帮忙看看哪里设置得不对，谢谢各位。\n"
      "   [stepper_z]\n"
      "   step_pin: PB5\n"
      "   microsteps: 16\n"
      "   [heater_bed]\n"
      "   max_power: 0.8\n"
      "   [banner]\n"
      "   Tel: 0571-8888\n"
      "   改完配置以后记得重启固件，再用命令把挤出机的旋转距离重新校准一次，就不会欠挤出了。\n";
  FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  EXPECT_NE(r.text.find("[stepper_z]\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("[heater_bed]\n"), std::string::npos) << r.text;
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(reasons["[banner]"], "image placeholder");
}

}  // namespace
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace {

// An HTML file is read as a web page only when it carries a page's
// furniture; an authored announcement keeps its number, sections and
// signature, which the article finder would take for chrome.
TEST(BoilerplateFilter, HtmlFileIsAWebPageOnlyWithAPagesFurniture) {
  const std::string announcement =
      "停止支援舊版瀏覽器公告\n"
      "發文字號：北辰資字第1130000123號\n"
      "本處網站將自明年一月一日起停止支援舊版瀏覽器，屆時使用舊版瀏覽器之市民將無法登入線上申辦系統，請儘早更新。\n"
      "受影響的服務\n"
      "線上申辦、預約掛號及繳費查詢等服務均需使用新版瀏覽器。\n"
      "處長　王大明\n";
  CleanedDocument doc = CleanDocument(announcement, SourceLayout::kWebPage, nullptr);
  EXPECT_EQ(doc.text + "\n", announcement) << doc.text;

  const std::string page =
      "首頁 › 公告 › 系統公告\n"
      "網站導覽\n關於本處\n業務項目\n便民服務\n聯絡我們\n" +
      announcement +
      "分享：Facebook LINE\n"
      "相關公告\n"
      "網站維護暫停服務通知\n"
      "版權所有 © 北辰市政府資訊服務處\n";
  doc = CleanDocument(page, SourceLayout::kWebPage, nullptr);
  EXPECT_EQ(doc.text.find("網站導覽"), std::string::npos) << doc.text;
  EXPECT_EQ(doc.text.find("網站維護暫停服務通知"), std::string::npos) << doc.text;
  EXPECT_NE(doc.text.find("本處網站將自明年一月一日起停止支援舊版瀏覽器"), std::string::npos) << doc.text;
}

// A tech blog post as lynx prints it: MathML markup inside sentences, a
// picture's file name, the article's action buttons, a font-size control
// with its label, a "Tags：" label and a press release's end mark.
TEST(BoilerplateFilter, FormulaMarkupFileNamesButtonsAndEndMarks) {
  const std::string page =
      "   首页 专栏 登录\n\n"
      "注意力机制的计算量\n\n"
      "   【字体：大 中 小】\n"
      "   收藏本文\n"
      "   收藏文章 订阅作者\n"
      "   Loader\n\n"
      "   在Transformer中，假设输入的序列长度为N，那么经过attention时，计算复杂度就为\n"
      "   [MATH: <lt;semantics>gt;<lt;mrow>gt;<lt;mi>gt;O<lt;/mi>gt;<lt;mo\n"
      "   stretchy=\"false\">gt;(<lt;/mo>gt;<lt;/mrow>gt;<lt;annotation\n"
      "   encoding=\"application/x-tex\">gt;O(N^{2})<lt;/annotation>gt;<lt;/semantics>gt; :MATH]\n"
      "   O(N2)，因为每个token都要和包括自己在内的所有token做一次计算，序列越长，计算量增长得越快。\n\n"
      "   IMG_2023_0815\n\n"
      "   所以模型通常把图片切成小块再输入，以减少序列长度，这也是视觉模型常见的做法。\n\n"
      "   - 完 -\n\n"
      "   Tags：\n"
      "     * 深度学习\n";
  const FilterResult r = FilterBoilerplate(page, true, nullptr);
  auto reasons = ReasonsByLine(r);
  EXPECT_EQ(reasons["encoding=\"application/x-tex\">gt;O(N^{2})<lt;/annotation>gt;<lt;/semantics>gt; :MATH]"],
            "formula markup");
  EXPECT_EQ(r.text.find("semantics"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("O(N2)，因为每个token"), std::string::npos) << r.text;
  EXPECT_EQ(reasons["IMG_2023_0815"], "image name");
  EXPECT_EQ(reasons["收藏本文"], "button or form label");
  EXPECT_EQ(reasons["收藏文章 订阅作者"], "button or form label");
  EXPECT_EQ(reasons["Loader"], "button or form label");
  EXPECT_EQ(reasons["【字体：大 中 小】"], "button or form label");
  EXPECT_EQ(reasons["- 完 -"], "end mark");
  EXPECT_EQ(reasons["Tags："], "section label");
  // A heading that names collecting, and an identifier in prose, stay.
  const FilterResult kept = FilterBoilerplate(
      "   收藏家的十個習慣\n\n   變數名稱 user_id_2024 要和資料庫的欄位一致，否則查詢會失敗，"
      "除錯時也很難找到原因，所以團隊約定所有名稱都寫進文件，新同事上手前先讀一遍。\n",
      true, nullptr);
  EXPECT_NE(kept.text.find("收藏家的十個習慣"), std::string::npos) << kept.text;
  EXPECT_NE(kept.text.find("user_id_2024"), std::string::npos) << kept.text;
}

// A bullet the page wrote ("• ") is its text and stays with the item;
// lynx's list markers ("* ") are layout and go.
TEST(BoilerplateFilter, APagesOwnBulletsStayLynxMarkersGo) {
  const std::string page =
      "     * 首頁\n     * 攻略\n     * 美食\n\n"
      "北辰老街半日遊：從車站走到河岸的路線\n\n"
      "   從北辰車站出發，沿著中正路往南走大約十分鐘就能看到老街的牌樓，整條街保留了許多日治時期的紅磚建築。\n"
      "   老街上的店家大多上午十點才開門，建議先去河岸公園散步，再回來吃午餐。\n"
      "   小提醒：\n"
      "   • 週末人潮很多，盡量平日前往，停車位也比較好找\n"
      "   • 部分店家只收現金，出門前記得先領錢\n"
      "     * 河岸公園有免費的腳踏車可以借\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("• 週末人潮很多，盡量平日前往，停車位也比較好找"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("• 部分店家只收現金，出門前記得先領錢"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("* 河岸公園"), std::string::npos) << c.text;
}

// lynx writes "o " before a list item nested two deep: a marker like
// "* ", removed, its item kept; a Latin word "o" is not taken for it.
TEST(BoilerplateFilter, LynxCircleMarkersOfNestedItemsGo) {
  const std::string page =
      "     * 首頁\n     * 服務\n     * 聯絡我們\n\n"
      "社區游泳池冬季開放須知\n\n"
      "   社區游泳池自十二月一日起改為冬季開放時間，每日上午七點至晚上八點，每週一休館清潔。\n"
      "   入場規定\n"
      "     * 一般規定\n"
      "          o 入場前請先淋浴，並戴上泳帽；\n"
      "          o 兒童須由成年家屬陪同，未滿一百二十公分者不得進入深水區；\n"
      "   o my god, said the sign painter\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("\n入場前請先淋浴，並戴上泳帽；"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("\n兒童須由成年家屬陪同"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("o 入場前"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("o 兒童"), std::string::npos) << c.text;
}

// A blog post (Simplified) written for this test: its date line with the
// author and the count of comments beside it is kept whole.
TEST(BoilerplateFilter, ACommentCountOnTheDateLineStays) {
  const char kPage[] =
      "   [logo.png] 慢跑日记 | 首页 | 关于\n\n"
      "第一次跑完半程马拉松\n\n"
      "   2026-10-08 | 作者：小周 | 12 条评论\n\n"
      "   比赛那天早上五点就起床了，吃了两片面包和一根香蕉，六点半到了起点。前十公里跟着配速员跑得很轻松。\n"
      "   过了十五公里腿开始发沉，我按计划在每个补给站喝半杯水，最后三公里几乎是咬着牙跑完的。\n"
      "   冲线的时候看了一眼手表，两小时零六分，比预想的快了将近十分钟。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "12 条评论")) << c.text;
  EXPECT_TRUE(Contains(c.text, "作者：小周")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
