// The promotion rules on pages written for these tests: a series page that
// prints the series' list of articles three times and links to them under
// its paragraphs, a product page with calls to action after its sections
// and a "learning library", a course page in Traditional, and articles
// whose headings, steps and lists must not be taken for any of these.
#include "clean/promotion_rules.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "clean/boilerplate_filter.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace promotion_rules_test {

std::map<std::string, std::string> ReasonsByLine(const CleanedDocument& c) {
  std::map<std::string, std::string> out;
  for (const auto& d : c.dropped) out[d.text] = d.reason;
  return out;
}

size_t Count(const std::string& text, std::string_view part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

CleanedDocument CleanPage(const std::string& page) { return CleanDocument(page, SourceLayout::kWebDump, nullptr); }

// A magazine's series on city robots: the list of the series' four
// articles above the article (numbered), again with pictures and "01 »"
// numbers, the article, whose paragraphs each end with a link to the
// series article on that team (one word for word, one reworded), and the
// list a third time under the article.
const char kSeriesPage[] =
    "   首頁 新聞 專題 活動\n"
    "   專題列表\n"
    "   城市機器人專題：走進四個改變街頭的團隊\n"
    "   1\n"
    "   城市機器人來了！四個團隊讓街頭更聰明\n"
    "   2\n"
    "   送餐機器人上路！北辰大學團隊如何避開行人？\n"
    "   3\n"
    "   清潔機器人接手夜班，環保局一年省下兩成人力\n"
    "   4\n"
    "   導盲機器人陪視障者過馬路，三年測試終於上線\n"
    "       下篇 »\n"
    "       [img-1.jpg?w=600]\n"
    "       01 »\n"
    "       城市機器人來了！四個團隊讓街頭更聰明\n"
    "       [img-2.jpg?w=600]\n"
    "       02 »\n"
    "       送餐機器人上路！北辰大學團隊如何避開行人？\n"
    "       [img-3.jpg?w=600]\n"
    "       03 »\n"
    "       清潔機器人接手夜班，環保局一年省下兩成人力\n"
    "       [img-4.jpg?w=600]\n"
    "       04 »\n"
    "       導盲機器人陪視障者過馬路，三年測試終於上線\n"
    "\n"
    "   01\n"
    "\n"
    "城市機器人來了！四個團隊讓街頭更聰明\n"
    "\n"
    "   2024.03.18 | 科技\n"
    "\n"
    "   "
    "北辰市今年有三支機器人團隊走上街頭，從送餐、清潔到導盲，各自解決城市裡最缺人手的工作，也讓市民開始習慣與機器人同行"
    "。\n"
    "\n"
    "送餐機器人團隊：\n"
    "\n"
    "   北辰大學的團隊讓送餐機器人學會辨識行人的步伐，在人行道上自動減速與讓路，試營運半年沒有發生任何碰撞事故。\n"
    "\n"
    "     送餐機器人上路！北辰大學團隊如何避開行人？\n"
    "\n"
    "清潔機器人團隊：\n"
    "\n"
    "   環保局引進的清潔機器人在深夜清掃主要幹道，白天則由清潔隊員處理巷弄，分工之後人力需求明顯下降。\n"
    "\n"
    "     清潔機器人接夜班，環保局省下兩成人力\n"
    "\n"
    "   責任編輯：王小華\n"
    "   本網站內容未經允許，不得轉載。\n"
    "   專題列表\n"
    "   [img-1.jpg?w=600]\n"
    "   01»\n"
    "   城市機器人來了！四個團隊讓街頭更聰明\n"
    "   [img-2.jpg?w=600]\n"
    "   02»\n"
    "   送餐機器人上路！北辰大學團隊如何避開行人？\n"
    "   [img-3.jpg?w=600]\n"
    "   03»\n"
    "   清潔機器人接手夜班，環保局一年省下兩成人力\n"
    "   [img-4.jpg?w=600]\n"
    "   04»\n"
    "   導盲機器人陪視障者過馬路，三年測試終於上線\n"
    "\n"
    "   關於我們 聯絡我們 隱私權政策\n";

TEST(PromotionRules, AListOfHeadlinesPrintedAgainGoesWithItsNumbersAndTitle) {
  const CleanedDocument c = CleanPage(kSeriesPage);
  // The headline once (it is also the list's first item), the other
  // articles' headlines not at all.
  EXPECT_EQ(Count(c.text, "城市機器人來了！四個團隊讓街頭更聰明"), 1u) << c.text;
  EXPECT_TRUE(c.text.starts_with("城市機器人來了！四個團隊讓街頭更聰明\n")) << c.text;
  EXPECT_EQ(Count(c.text, "導盲機器人"), 0u) << c.text;
  EXPECT_EQ(Count(c.text, "01"), 0u) << c.text;
  EXPECT_EQ(Count(c.text, "城市機器人專題"), 0u) << c.text;  // the list's title
  EXPECT_NE(c.text.find("2024.03.18 | 科技"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("送餐機器人團隊："), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("分工之後人力需求明顯下降。"), std::string::npos) << c.text;
  const auto reasons = ReasonsByLine(c);
  EXPECT_EQ(reasons.at("導盲機器人陪視障者過馬路，三年測試終於上線"), kRepeatedHeadlineList);
  EXPECT_EQ(reasons.at("02 »"), kRepeatedHeadlineList);
  EXPECT_EQ(reasons.at("下篇 »"), "previous/next links");
}

TEST(PromotionRules, LinksUnderParagraphsToListedArticlesGo) {
  const CleanedDocument c = CleanPage(kSeriesPage);
  const auto reasons = ReasonsByLine(c);
  // Word for word, and reworded.
  EXPECT_EQ(Count(c.text, "送餐機器人上路"), 0u) << c.text;
  EXPECT_EQ(reasons.at("清潔機器人接夜班，環保局省下兩成人力"), kLinkToListedArticle);
  // The site's editor is not the article's author.
  EXPECT_EQ(c.text.find("責任編輯"), std::string::npos) << c.text;
}

// An article whose sections are listed in its own table of contents at the
// end and whose numbered headings stand over pictures: the headings stay,
// and so does a list printed only once.
TEST(PromotionRules, AnArticlesOwnHeadingsAndListsStay) {
  const std::string page =
      "   首頁 教程 問答 登入\n\n"
      "北辰市路燈節能改造的三個步驟\n\n"
      "   北辰市去年開始把全市路燈換成節能燈具，這篇文章整理改造的三個步驟，給其他城市參考。\n\n"
      "一、盤點現有路燈的分布\n\n"
      "   [step1.png]\n\n"
      "   先把全市路燈的位置、型號與耗電量整理成一張表，才能決定改造的先後順序。\n\n"
      "二、選擇合適的節能燈具\n\n"
      "   [step2.png]\n\n"
      "   燈具要兼顧亮度、壽命與價格，市府最後選了可以遠端調光的型號。\n\n"
      "三、分區施工與驗收\n\n"
      "   [step3.png]\n\n"
      "   施工分成十二個區，每區完工後由里長與工程師一起驗收，確認亮度符合標準。\n"
      "     * 主要幹道先行施工，避開上下班時段。\n"
      "     * 巷弄施工前三天張貼公告。\n"
      "     * 驗收不合格的燈具由廠商免費更換。\n\n"
      "   目錄\n"
      "     * 一、盤點現有路燈的分布\n"
      "     * 二、選擇合適的節能燈具\n"
      "     * 三、分區施工與驗收\n";
  const CleanedDocument c = CleanPage(page);
  for (const char* kept : {"一、盤點現有路燈的分布", "二、選擇合適的節能燈具", "三、分區施工與驗收",
                           "主要幹道先行施工，避開上下班時段", "驗收不合格的燈具由廠商免費更換"}) {
    EXPECT_EQ(Count(c.text, kept), 1u) << kept << "\n" << c.text;
  }
}

// A product page in Simplified: each section closes with a link inviting
// the reader on (after a paragraph, before the next heading), an offer
// with its button, and a "learning library" of other articles printed
// twice.
const char kProductPage[] =
    "   产品 解决方案 价格 登录\n\n"
    "什么是数据湖？\n\n"
    "   数据湖是一个集中存放各种原始数据的存储库，企业可以先保存数据，再按照分析需要决定如何处理。\n"
    "   了解数据湖的诸多可能\n"
    "   详细了解对象存储\n\n"
    "数据湖和数据仓库有什么区别？\n\n"
    "   数据仓库保存的是经过整理的结构化数据，数据湖则保存原始数据，两者常常在同一个企业里并存。\n\n"
    "   了解如何为您的团队选择合适的方案\n\n"
    "如何开始使用数据湖？\n\n"
    "   先从一个业务问题出发，把相关数据导入数据湖，再逐步扩大范围，是最稳妥的做法。\n"
    "   赶快行动\n\n"
    "了解数据湖的安全设计\n\n"
    "   数据湖里的数据要按敏感程度分级，并为每一级设定访问权限和审计规则。\n\n"
    "   免费在云上构建您的第一个数据湖。\n"
    "   立即免费试用\n\n"
    "数据学习库\n\n"
    "     * 什么是数据仓库？\n"
    "       数据仓库是面向分析的数据库，保存经过清洗和整理的历史数据。\n"
    "     * 什么是数据治理？\n"
    "       数据治理是一套确保数据质量、安全和合规的制度与流程。\n\n"
    "   关于我们 联系我们 隐私政策\n";

TEST(PromotionRules, CallsToActionAfterSectionsGo) {
  const CleanedDocument c = CleanPage(kProductPage);
  const auto reasons = ReasonsByLine(c);
  for (const char* link : {"了解数据湖的诸多可能", "详细了解对象存储", "了解如何为您的团队选择合适的方案", "赶快行动",
                           "立即免费试用", "免费在云上构建您的第一个数据湖。"}) {
    EXPECT_EQ(c.text.find(link), std::string::npos) << link << "\n" << c.text;
    EXPECT_EQ(reasons.count(link) ? reasons.at(link) : "", kCallToAction) << link;
  }
  // A heading worded like an invitation heads its paragraph: it stays.
  EXPECT_NE(c.text.find("了解数据湖的安全设计\n"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("数据湖和数据仓库有什么区别？"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("是最稳妥的做法。"), std::string::npos) << c.text;
}

TEST(PromotionRules, ALearningLibraryGoes) {
  const CleanedDocument c = CleanPage(kProductPage);
  EXPECT_EQ(c.text.find("数据学习库"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("数据治理是一套"), std::string::npos) << c.text;
  EXPECT_EQ(ReasonsByLine(c).at("数据学习库"), kCoursePromotion);
}

// A course page in Traditional: the article, then the site's courses as
// cards under a heading that names them, and a tutorial's steps that name
// buttons, which are no calls to action.
TEST(PromotionRules, CourseCardsGoTutorialStepsStay) {
  const std::string page =
      "   首頁 課程 講師 登入\n\n"
      "用試算表整理家庭收支\n\n"
      "   每個月的收支整理成一張表，就能看出錢花在哪裡。以下是建立收支表的步驟。\n\n"
      "   點擊「新增工作表」建立一張空白表格\n\n"
      "   第一列輸入日期、項目、金額與類別，之後每筆支出各占一列，月底再用樞紐分析表加總。\n\n"
      "   查看每個類別的合計\n\n"
      "   樞紐分析表會列出每個類別的合計，金額最大的類別就是最該檢討的支出。\n\n"
      "熱門課程\n\n"
      "     * 試算表入門\n"
      "       從輸入資料到製作圖表，一次學會試算表的基本功能。\n"
      "     * 家庭理財規劃\n"
      "       學會編列預算、規劃儲蓄與保險，讓家庭財務更穩健。\n\n"
      "   © 2024 北辰學苑\n";
  const CleanedDocument c = CleanPage(page);
  EXPECT_NE(c.text.find("點擊「新增工作表」建立一張空白表格"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("查看每個類別的合計"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("熱門課程"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("試算表入門"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("讓家庭財務更穩健"), std::string::npos) << c.text;
}

TEST(PromotionRules, CallToActionWording) {
  EXPECT_TRUE(IsCallToActionWording(DecodeUtf32("了解更多")));
  EXPECT_TRUE(IsCallToActionWording(DecodeUtf32("詳細了解 AI 基礎設施")));
  EXPECT_TRUE(IsCallToActionWording(DecodeUtf32("立即免费试用")));
  EXPECT_TRUE(IsCallToActionWording(DecodeUtf32("趕快行動！")));
  EXPECT_TRUE(IsCallToActionWording(DecodeUtf32("Learn more »")));
  EXPECT_FALSE(IsCallToActionWording(DecodeUtf32("了解人工智能向何处去，首先要知道人工智能从何处来。")));
  EXPECT_FALSE(IsCallToActionWording(DecodeUtf32("点击“删除全部”把默认的素材删掉")));
  EXPECT_FALSE(IsCallToActionWording(DecodeUtf32("數據湖的安全設計")));
}

// A blog series: the post's place in it shown by the list of the series'
// posts, each "系列名：題目" between symbols, under a title with a colon.
TEST(PromotionRules, ASeriesListOfArticlesGoes) {
  const std::string page =
      "   首页 专栏 登录\n\n"
      "路灯大模型系列之：用视觉模型数路灯\n\n"
      "   上一篇介绍了如何收集路灯照片，这一篇用一个视觉模型自动数出照片里的路灯，并标出坏掉的那几盏，"
      "整个过程只需要一台普通的笔记本电脑和一个下午的时间。\n\n"
      "     系列文章导航（持续更新中）：\n"
      "     🌸路灯大模型系列之：收集十万张路灯照片🌸\n"
      "     🌸路灯大模型系列之：用视觉模型数路灯🌸\n"
      "     🌸路灯大模型系列之：让模型认出坏掉的路灯🌸\n\n"
      "一、准备数据\n\n"
      "   先把照片按街道分成文件夹，每个文件夹抽一百张人工标注，作为训练和检验的数据，"
      "标注时只需要框出路灯的位置，再注明它是亮着还是坏了。\n\n"
      "二、训练模型\n\n"
      "   用标注好的照片训练一个现成的检测模型，训练二十轮以后，模型在检验数据上能找出九成以上的路灯，"
      "坏灯的识别率也超过八成，已经可以帮维修人员先筛选一遍。\n";
  const CleanedDocument c = CleanPage(page);
  const auto reasons = ReasonsByLine(c);
  EXPECT_EQ(reasons.at("🌸路灯大模型系列之：收集十万张路灯照片🌸"), kSeriesList);
  EXPECT_EQ(reasons.at("系列文章导航（持续更新中）："), kSeriesList);
  EXPECT_EQ(Count(c.text, "路灯大模型系列之：用视觉模型数路灯"), 1u) << c.text;  // the headline
  EXPECT_NE(c.text.find("一、准备数据"), std::string::npos) << c.text;
}

TEST(PromotionRules, ASeeAllLinkWithItsArrowUnderATableGoes) {
  // A used-car dealer's stock table in Simplified, a gym's class table in
  // Traditional: the "see all" link under the rows, no paragraph above it.
  for (const char* page : {"在售车源\n   车型  年份  里程  价格\n   轩逸 2021  3.2万公里  8.6万\n"
                           "   卡罗拉 2020  4.5万公里  9.1万\n   查看全部车源 >\n",
                           "課程表\n   課程  時間  教練\n   飛輪  週一 19:00  王教練\n"
                           "   瑜伽  週三 20:00  林教練\n   查看更多課程 ›\n"}) {
    std::vector<PageLine> lines = MakePageLines(page);
    MarkPromotions(lines, "");
    EXPECT_EQ(lines[4].reason, kCallToAction) << page;
    EXPECT_EQ(lines[2].reason, "") << page;
  }
}

}  // namespace promotion_rules_test
}  // namespace wenyuan::clean
