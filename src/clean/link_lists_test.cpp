// The list rules on pages written for this test: a run of short lines is a
// menu, a related heading takes the titles under it, and a sentence that
// says 相關 or a data table's cells are left alone; a breadcrumb printed as
// a numbered list from the home page; tabs that carry counts.
#include "clean/link_lists.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

TEST(LinkLists, RunsOfShortLinesAreMenus) {
  const std::string page =
      "首頁\n新聞\n\n體育\n財經\n"
      "北辰市政府今日宣布，將於明年完成全市六十座智慧路燈的建置，提供5G微型基地台與環境感測服務。\n"
      "路燈\n預算\n交通\n"
      "資訊服務處表示，智慧路燈將優先設置於學校與捷運站周邊，並開放感測資料供民眾下載使用。\n"
      "  * 市政新聞\n  * 交通資訊\n  * 活動公告\n";
  std::vector<PageLine> lines = MakePageLines(page);
  MarkMenuRuns(lines);
  for (size_t i : {0, 1, 3, 4}) EXPECT_EQ(lines[i].reason, "menu or link list") << i;  // a blank line inside
  EXPECT_EQ(lines[5].reason, "");
  for (size_t i : {6, 7, 8}) EXPECT_EQ(lines[i].reason, "") << i;  // three short lines are not a menu
  for (size_t i : {10, 11, 12}) EXPECT_EQ(lines[i].reason, "menu or link list") << i;  // three bulleted ones are
}

TEST(LinkLists, ARelatedHeadingTakesTheTitlesUnderIt) {
  const std::string page =
      "相關新聞\n"
      "路燈故障報修流程\n"
      "\n"
      "市府公布新預算\n"
      "其他城市的路燈計畫也在進行中，歡迎點閱本報專題。\n"
      "北辰市交通局說明\n";
  std::vector<PageLine> lines = MakePageLines(page);
  lines[3].table = true;  // a data table's cell keeps its place
  MarkRelatedLists(lines);
  EXPECT_EQ(lines[0].reason, "related-articles list");
  EXPECT_EQ(lines[1].reason, "related-articles list");
  EXPECT_EQ(lines[3].reason, "");
  EXPECT_EQ(lines[4].reason, "");  // a sentence ends the list
  EXPECT_EQ(lines[5].reason, "");
}

TEST(LinkLists, ButtonItemsDoNotBreakABulletedRun) {
  // "* 編輯" taken for a button sits among a wiki's tabs: the run goes on.
  std::vector<PageLine> lines = MakePageLines("* 條目\n* 閱讀\n* 編輯\n* 歷史版本\n* 匯出\n");
  lines[2].reason = "button or form label";
  MarkMenuRuns(lines);
  EXPECT_EQ(lines[0].reason, "menu or link list");
  EXPECT_EQ(lines[2].reason, "button or form label");
  EXPECT_EQ(lines[3].reason, "menu or link list");
  EXPECT_EQ(lines[4].reason, "menu or link list");
}

TEST(LinkLists, CurrentTabLabel) {
  // A regulation page's tabs, its fields, the current tab's name again
  // over the text, and a heading further down that a menu also names.
  const char page[] =
      "* 全部條文\n* 沿革\n* 立法理由\n* 附件\n\n"
      "法規名稱：北辰市自治條例\n"
      "全部條文\n"
      "第一條 為維護市容，特制定本條例。\n"
      "附件\n";
  std::vector<PageLine> lines = MakePageLines(page);
  MarkMenuRuns(lines);
  MarkCurrentTabLabels(lines);
  EXPECT_EQ(lines[0].reason, "menu or link list");
  EXPECT_EQ(lines[5].reason, "");
  EXPECT_EQ(lines[6].reason, "current tab label");
  EXPECT_EQ(lines[7].reason, "");
  EXPECT_EQ(lines[8].reason, "");  // below the first sentence: the text's own

  // The tabs as a row of links.
  lines = MakePageLines("全部條文 | 沿革 | 立法理由 | 附件\n全部條文\n第一條 為維護市容，特制定本條例。\n");
  lines[0].reason = "menu or link list";
  MarkCurrentTabLabels(lines);
  EXPECT_EQ(lines[1].reason, "current tab label");
}

TEST(LinkLists, RelatedHeadings) {
  EXPECT_TRUE(IsRelatedHeading(DecodeUtf32("相關新聞")));
  EXPECT_TRUE(IsRelatedHeading(DecodeUtf32("延伸阅读：")));
  EXPECT_TRUE(IsRelatedHeading(DecodeUtf32("其他港聞")));
  EXPECT_TRUE(IsRelatedHeading(DecodeUtf32("更多要闻")));
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("是與大眾息息相關。")));
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("其他城市")));
  // A Q&A site's questions linked to this one; a company's related-party
  // dealings are its own matter.
  EXPECT_TRUE(IsRelatedHeading(DecodeUtf32("关联问题")));
  EXPECT_TRUE(IsRelatedHeading(DecodeUtf32("關聯問題")));
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("关联交易")));
  // A blog's popular posts: "熱搜" names the list as "熱門" does.
  for (const char* hot : {"全站熱搜", "本週熱搜", "热搜榜", "熱搜文章"}) {
    EXPECT_TRUE(IsRelatedHeading(DecodeUtf32(hot))) << hot;
  }
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("熱搜話題背後的真相是什麼？")));
  // A question's own code is no list of others; the laws a record cites,
  // listed as links beside it, are (its one-line field is longer).
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("相关代码")));
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("相關程式碼")));
  for (const char* cited :
       {"相關法條", "相关法条", "引用法條：", "参照条文", "適用法規", "援引法条", "參考法令", "相關法規"}) {
    EXPECT_TRUE(IsRelatedHeading(DecodeUtf32(cited))) << cited;
  }
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("相關法條：勞動基準法 第 24、39、40 條")));
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("法條全文")));
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("參考資料")));
  EXPECT_FALSE(IsRelatedHeading(DecodeUtf32("本案適用之法條如下：")));
  EXPECT_TRUE(IsRelatedHeading(DecodeUtf32("相关文章")));
  EXPECT_TRUE(IsListReason("related-articles list"));
  EXPECT_TRUE(IsListReason("link text run together"));
  EXPECT_FALSE(IsListReason("copyright notice"));
}

// A bulleted list that a sentence of the text introduces (its paragraph,
// hard-wrapped, ends in a colon) is the text's, however short its items;
// the same items under a site's heading are a menu.
TEST(LinkLists, AListASentenceIntroducesIsTheTexts) {
  std::vector<PageLine> lines = MakePageLines(
      "   颱風來襲前，民眾應完成下列準備工作，並隨時留意氣象局發布的最新消息與停班停課\n"
      "   公告：\n"
      "     * 檢查門窗並加固\n"
      "     * 備妥飲水與乾糧\n"
      "     * 手電筒充飽電\n"
      "     * 清理排水溝\n\n"
      "   颱風過後也應注意環境清潔，避免病媒蚊孳生。\n");
  MarkMenuRuns(lines);
  for (const PageLine& l : lines) EXPECT_EQ(l.reason, "") << l.raw;
  lines = MakePageLines(
      "防災專區\n"
      "     * 檢查門窗並加固\n"
      "     * 備妥飲水與乾糧\n"
      "     * 手電筒充飽電\n"
      "     * 清理排水溝\n");
  MarkMenuRuns(lines);
  EXPECT_EQ(lines[1].reason, "menu or link list");
  // A related heading with a colon introduces no text of its own.
  lines = MakePageLines("   延伸閱讀：\n     * 颱風假怎麼放\n     * 防颱包清單\n     * 停電怎麼辦\n");
  MarkMenuRuns(lines);
  EXPECT_EQ(lines[1].reason, "menu or link list");
}

// A heading with a count over a list another rule dropped goes with it; one
// over the text's own items, or over nothing dropped, stays.
TEST(LinkLists, ACountedHeadingGoesWithItsList) {
  std::vector<PageLine> lines = MakePageLines(
      "   引用此資料集的研究（2）\n"
      "     * 北辰市共享機車熱點分析\n"
      "     * 通勤時段站點供需模型\n\n"
      "   資料集說明文件\n");
  lines[1].reason = lines[2].reason = "menu or link list";
  MarkCountedListHeadings(lines);
  EXPECT_EQ(lines[0].reason, "menu or link list");
  EXPECT_EQ(lines[4].reason, "");
  lines = MakePageLines(
      "   本次調查的三項發現（3）\n"
      "     * 通勤者最常在上午八點借車，尖峰時段的空車率不到一成。\n"
      "     * 週末的借車量集中在河濱自行車道沿線。\n"
      "     * 雨天借車量下降約四成。\n");
  MarkCountedListHeadings(lines);
  EXPECT_EQ(lines[0].reason, "");
}

TEST(LinkLists, AHeadingOverItsIssueDateAndACategoryPath) {
  // A bulletin's heading that the menu names too, right over its issue
  // date, is the page's own; a post's category path under the menu is not.
  std::vector<PageLine> lines = MakePageLines(
      "* 颱風警報\n* 低溫特報\n* 濃霧特報\n\n"
      "低溫特報\n"
      "發布時間：114年01月08日 16:30\n"
      "受強烈大陸冷氣團影響，今晚至明晨各地氣溫偏低。\n");
  for (size_t i = 0; i < 3; ++i) lines[i].reason = "menu or link list";
  MarkCurrentTabLabels(lines);
  EXPECT_EQ(lines[4].reason, "");
  lines = MakePageLines(
      "* 最新消息\n* 社區活動\n* 志工招募\n\n"
      "社區活動 / 親子講座\n"
      "寒假親子共讀講座開放報名\n"
      "本次講座邀請繪本作家分享共讀技巧，歡迎親子一同參加。\n");
  for (size_t i = 0; i < 3; ++i) lines[i].reason = "menu or link list";
  MarkCurrentTabLabels(lines);
  EXPECT_EQ(lines[4].reason, "current tab label");
  EXPECT_EQ(lines[5].reason, "");
}

// A related list a content site put inside an article (written for this
// test): it ends where its items end, and the article's next numbered
// heading under it stays.
TEST(LinkLists, ARelatedListInsideABodyEndsAtTheNextNumberedHeading) {
  std::vector<PageLine> lines = MakePageLines(
      "2. 睡前滑手機\n"
      "藍光會抑制褪黑激素分泌，讓人更難入睡。\n"
      "猜你喜歡\n"
      "* 晚餐吃太晚會胖嗎？營養師這樣說\n"
      "* 失眠的人常犯的五個錯誤\n"
      "3. 週末補眠\n"
      "週末睡到中午，會打亂生理時鐘\n");
  MarkRelatedLists(lines);
  EXPECT_EQ(lines[2].reason, "related-articles list");
  EXPECT_EQ(lines[4].reason, "related-articles list");
  EXPECT_EQ(lines[5].reason, "");
  EXPECT_EQ(lines[6].reason, "");
}

// A related list inside a news story (Simplified, another site's shape):
// past its items, a line alone in its block over a long paragraph on one
// line is the story's sub-heading, no item.
TEST(LinkLists, ARelatedListInsideABodyEndsAtASubHeadingOverALongParagraph) {
  std::vector<PageLine> lines = MakePageLines(
      "相关阅读：\n"
      "* 老字号糕点铺搬迁新址　街坊排长队送别\n"
      "* 城南菜市场改造完成　摊位租金维持不变\n"
      "\n"
      "清晨五点起身揉面\n"
      "\n"
      "刘师傅说，面馆的面条至今仍坚持手工揉制，每天清晨五点就要起床和面，一天最多卖出四百碗，附近的上班族和学生是最常光"
      "顾的"
      "客人，不少人一吃就是几十年。\n");
  MarkRelatedLists(lines);
  EXPECT_EQ(lines[0].reason, "related-articles list");
  EXPECT_EQ(lines[2].reason, "related-articles list");
  EXPECT_EQ(lines[4].reason, "");
  EXPECT_EQ(lines[6].reason, "");
}

// A pair of related headlines a news site put inside an article (written
// for this test, in both scripts): the body's sub-heading and hard-wrapped
// paragraph after a blank line are no items of it.
TEST(LinkLists, ARelatedListInsideABodyEndsAtAWrappedParagraph) {
  for (const char* page : {"▼延伸閱讀▼\n"
                           "颱風過後菜價上漲　市場攤商喊苦\n"
                           "高麗菜一顆破百元　農委會釋出冷藏庫存\n"
                           "\n"
                           "學校午餐改用冷凍蔬菜　家長憂營養\n"
                           "\n"
                           "據了解，市區國小的營養午餐自下週起改用部分冷凍蔬菜，每週菜單也減少一道葉菜類，\n"
                           "校方表示是為了控制成本，並已請營養師重新計算每餐的熱量與纖維。\n",
                           "▼相关阅读▼\n"
                           "台风过后菜价上涨　市场摊贩叫苦\n"
                           "白菜一颗破十元　农业部门投放储备菜\n"
                           "\n"
                           "学校午餐改用冷冻蔬菜　家长担心营养\n"
                           "\n"
                           "据了解，市区小学的营养午餐从下周起改用部分冷冻蔬菜，每周菜单也减少一道叶菜，\n"
                           "校方表示是为了控制成本，并已请营养师重新计算每餐的热量和纤维。\n"}) {
    std::vector<PageLine> lines = MakePageLines(page);
    MarkRelatedLists(lines);
    for (size_t i : {0, 1, 2}) EXPECT_EQ(lines[i].reason, "related-articles list") << i << page;
    for (size_t i : {4, 6, 7}) EXPECT_EQ(lines[i].reason, "") << i << page;
  }
}

// An inline related list in a news body: the sub-heading set right over
// its paragraph's lines after a blank line is the body's, not an item; a
// title over another title is still the list's.
TEST(LinkLists, ARelatedListInsideABodyEndsAtAHeadingOverItsParagraph) {
  const char* page =
      "延伸閱讀：\n"
      "  * 觀塘海濱新渡輪碼頭啟用　街坊冀增航線\n"
      "  * 西貢單車徑擴建延誤　區議員促交代\n"
      "\n"
      "有居民指周末人流最多\n"
      "住在附近的李先生表示，每逢周末都帶女兒到海濱放風箏，經常見到單車在人群中穿插，\n"
      "好擔心小朋友被撞倒，希望當局在人多的時段限制單車速度。\n";
  std::vector<PageLine> lines = MakePageLines(page);
  MarkRelatedLists(lines);
  for (size_t i : {0, 1, 2}) EXPECT_EQ(lines[i].reason, "related-articles list") << i;
  for (size_t i : {4, 5, 6}) EXPECT_EQ(lines[i].reason, "") << i;

  const char* titles =
      "相關新聞：\n"
      "  * 觀塘海濱新渡輪碼頭啟用\n"
      "\n"
      "西貢單車徑擴建延誤\n"
      "區議員促交代\n";
  std::vector<PageLine> list = MakePageLines(titles);
  MarkRelatedLists(list);
  for (size_t i : {3, 4}) EXPECT_EQ(list[i].reason, "related-articles list") << i;
}

TEST(LinkLists, NumberedBreadcrumbs) {
  const std::string page =
      "    1. 首页\n"
      "    2. 政务公开\n"
      "    3. 政策解读\n"
      "关于调整公交线路的说明\n"
      "    1. 第一步，登录政务服务网\n"
      "    2. 填写申请表\n"
      "    1. 首頁\n"
      "    3. 服務項目\n";
  std::vector<PageLine> lines = MakePageLines(page);
  MarkNumberedBreadcrumbs(lines);
  for (size_t i : {0, 1, 2}) EXPECT_EQ(lines[i].reason, "breadcrumb") << i;
  // Steps that do not start at the home page, and a lone 首頁 whose next
  // number skips, are no breadcrumb.
  for (size_t i : {3, 4, 5, 6, 7}) EXPECT_EQ(lines[i].reason, "") << i;
}

TEST(LinkLists, TabsWithCounts) {
  const std::string page =
      "  * 基本資料 12\n"
      "  * 裁判書 3\n"
      "  * 商標 27\n"
      "自身风险 0   周边风险 12   历史风险 2\n"
      "融資歷程 1 ｜ 核心團隊 3 ｜ 企業業務 4\n"
      "  * 2024年 5\n"
      "  * 2023年 8\n"
      "本季营收 12 亿元，同比增长 8%。\n"
      "主要人员 4\n";
  std::vector<PageLine> lines = MakePageLines(page);
  MarkCountedTabs(lines);
  for (size_t i : {0, 1, 2, 3, 4}) EXPECT_EQ(lines[i].reason, kCountedTabs) << i;
  // Two items are no tab row, nor is a sentence or a heading with its count.
  for (size_t i : {5, 6, 7, 8}) EXPECT_EQ(lines[i].reason, "") << i;

  // Items with a note after the count, under their counted label.
  std::vector<PageLine> teasers = MakePageLines(
      "經營風險 3\n"
      "  * 行政處罰 1  （2024-03-12 某市市場監督管理局 …）\n"
      "  * 經營異常 0\n"
      "  * 股權出質 2\n");
  MarkCountedTabs(teasers);
  for (size_t i : {0, 1, 2, 3}) EXPECT_EQ(teasers[i].reason, kCountedTabs) << i;

  // Counts in brackets after the labels, under the tabs' own label (a used
  // car dealer's filter row, a course list's); a heading over one count is
  // none.
  std::vector<PageLine> filters = MakePageLines(
      "在售车源  全部(42)  轿车(18)  越野车(20)  商务车(4)\n"
      "課程分類（5） 線上（3） 實體（2）\n"
      "热门车型  全部(42)\n"
      "车辆介绍(3)\n");
  MarkCountedTabs(filters);
  for (size_t i : {0, 1}) EXPECT_EQ(filters[i].reason, kCountedTabs) << i;
  for (size_t i : {2, 3}) EXPECT_EQ(filters[i].reason, "") << i;
}

TEST(LinkLists, IndentedTabLabelsBelowTheTextGoMarginHeadingsStay) {
  // A museum's object record in Traditional: its tabs as a bulleted menu,
  // the text begun, then a tab's name indented alone over its box (the
  // site's label) and another at the margin (a heading of the page).
  std::vector<PageLine> lines = MakePageLines(
      "     * 文物介紹\n"
      "     * 典藏資訊\n"
      "     * 相關展覽\n"
      "\n"
      "青花纏枝蓮紋瓶\n"
      "   此瓶為明代永樂年間燒製，器形端正，青花發色濃艷。\n"
      "\n"
      "   典藏資訊\n"
      "   典藏編號  故瓷001234\n"
      "\n"
      "相關展覽\n"
      "   2026年「青花的故事」特展曾展出此瓶。\n");
  for (size_t i : {0, 1, 2}) lines[i].reason = "menu or link list";
  MarkCurrentTabLabels(lines);
  EXPECT_EQ(lines[7].reason, "current tab label");
  EXPECT_EQ(lines[10].reason, "");
  EXPECT_EQ(lines[4].reason, "");
}

// A court record's sidebar in both scripts: the cited laws as links go,
// the record's own field line and the judgment's text under them stay.
TEST(LinkLists, CitedLawsBesideARecordAreALinkList) {
  std::vector<PageLine> lines = MakePageLines(
      "   判決日期：民國 113 年 5 月 2 日\n"
      "   相關法條：勞動基準法 第 24、39 條\n"
      "\n"
      "   引用法條\n"
      "     * 刑法 第 320 條（108.05.29）\n"
      "     * 刑法 第 41 條（108.12.25）\n"
      "\n"
      "   臺灣高雄地方法院刑事簡易判決\n"
      "   被告因竊盜案件，經檢察官聲請以簡易判決處刑，本院判決如下：\n");
  MarkRelatedLists(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_TRUE(lines[1].reason.empty());
  for (size_t k = 3; k <= 5; ++k) EXPECT_EQ(lines[k].reason, "related-articles list") << k;
  EXPECT_TRUE(lines[7].reason.empty());
  EXPECT_TRUE(lines[8].reason.empty());

  std::vector<PageLine> simplified = MakePageLines(
      "   适用法条\n"
      "     * 《中华人民共和国民法典》第一千一百六十五条\n"
      "     * 《中华人民共和国民事诉讼法》第六十七条\n"
      "\n"
      "   "
      "本院认为，被告未按约定支付货款，应当承担继续履行及赔偿损失的违约责任，原告的诉讼请求于法有据，本院予以支持。\n");
  MarkRelatedLists(simplified);
  for (size_t k = 0; k <= 2; ++k) EXPECT_EQ(simplified[k].reason, "related-articles list") << k;
  EXPECT_TRUE(simplified[4].reason.empty());
}

// A row of in-page tabs parted by wide gaps, two of them counting what
// they hold in brackets, is a widget; a table row of plain words is not.
TEST(LinkLists, ATabRowWithBracketedCountsAmongPlainTabs) {
  std::vector<PageLine> lines = MakePageLines(
      "   簡介    菜單    交通    營業時間    評論 (85)    相片 (320)\n"
      "   概况  路线  门票  开放时间  点评（12）  问答（3）\n"
      "   時段    星期一    星期二    星期三    星期四    星期五\n"
      "   簡介    菜單    交通    營業時間    評論 (85)\n");
  MarkCountedTabs(lines);
  EXPECT_EQ(lines[0].reason, kCountedTabs);
  EXPECT_EQ(lines[1].reason, kCountedTabs);
  EXPECT_EQ(lines[2].reason, "");
  EXPECT_EQ(lines[3].reason, "");  // one count alone
}

// A kept list whose first items have punctuation goes on into items with
// none, then a heading and a sub-heading (Simplified, a clinic's page):
// the list's tail is no menu run; a menu's items after a kept line are.
TEST(LinkLists, AListsTailWithoutPunctuationIsNoMenuRun) {
  std::vector<PageLine> lines = MakePageLines(
      "  * 成人、儿童常规体检\n"
      "  * 入职、入学体检\n"
      "  * 婚前检查\n"
      "  * 出国体检\n"
      "\n"
      "特色门诊\n"
      "更年期门诊\n"
      "门诊由妇科医生和营养师共同应诊，为更年期女性制订饮食和运动计划。\n"
      "  * 首页\n"
      "  * 新闻\n"
      "  * 联系我们\n");
  MarkMenuRuns(lines);
  for (size_t i : {2, 3, 5, 6}) EXPECT_EQ(lines[i].reason, "") << i;
  for (size_t i : {8, 9, 10}) EXPECT_EQ(lines[i].reason, "menu or link list") << i;
}

// A training centre's course page (Simplified, written for this test)
// after the menu runs: the related list's heading and its first, short
// items a run took; its longer items under them go with them (a sentence or
// a field's colon ends the list).
TEST(LinkLists, ARelatedListsLongerItemsGoWithTheItemsAMenuRunTook) {
  std::vector<PageLine> lines = MakePageLines(
      "   相关课程\n"
      "     * 电工上岗培训\n"
      "     * 焊工上岗培训\n"
      "     * AutoCAD 2026 机械制图与三维建模进阶课程（线上班）\n"
      "     * SolidWorks 2026 钣金设计与工程图实战课程（周末班）\n"
      "     * 报名须知：学员须提交身份证复印件\n");
  MarkMenuRuns(lines);
  ASSERT_EQ(lines[0].reason, "menu or link list");
  ASSERT_EQ(lines[3].reason, "");
  MarkRelatedLists(lines);
  EXPECT_EQ(lines[3].reason, "related-articles list");
  EXPECT_EQ(lines[4].reason, "related-articles list");
  EXPECT_EQ(lines[5].reason, "");  // a field, no title
  // A menu's heading that is no related heading takes no more items.
  std::vector<PageLine> menu = MakePageLines(
      "   课程分类\n"
      "     * 电工上岗培训\n"
      "     * 焊工上岗培训\n"
      "     * AutoCAD 2026 机械制图与三维建模进阶课程（线上班）\n");
  MarkMenuRuns(menu);
  MarkRelatedLists(menu);
  EXPECT_EQ(menu[3].reason, "");
}

// A service page's tail (Traditional, written for this test) once the
// other rules have spoken: the label over a list they dropped whole goes;
// one over a list with an item kept, and a time line (digits in it) over a
// dropped list, stay.
TEST(LinkLists, ALabelOverAListDroppedWholeGoes) {
  std::vector<PageLine> lines = MakePageLines(
      "   本所受理後將於三十日內完成家庭訪視及審核。\n"
      "   常見問題\n"
      "     * 低收入戶資格每年都要重新審查嗎？\n"
      "     * 搬家到其他區還能繼續領取嗎？\n"
      "   看更多 >gt;gt;\n"
      "\n"
      "   申請須知\n"
      "     * 檢附戶口名簿影本\n"
      "     * 最近三個月薪資證明\n"
      "\n"
      "   香港時間18時42分\n"
      "     * 2026年12月7日 新聞公報\n"
      "     * 上一頁\n");
  for (size_t i : {2u, 3u, 4u, 8u, 11u, 12u}) lines[i].reason = "outside the main text";
  MarkDroppedListHeadings(lines);
  EXPECT_EQ(lines[1].reason, "menu or link list");
  EXPECT_EQ(lines[6].reason, "");   // its first item is kept
  EXPECT_EQ(lines[10].reason, "");  // a time, no label
  EXPECT_EQ(lines[0].reason, "");
}

TEST(LinkLists, AContentsHeadingOverItsDroppedEntriesGoes) {
  std::vector<PageLine> lines = MakePageLines(
      "   北嶺縣長期照顧服務自治條例\n"
      "   目　　錄\n"
      "   第一章　總則\n"
      "   第二章　服務提供\n"
      "   第三章　罰則\n"
      "\n"
      "   第一章　總　　則\n"
      "   目次\n"
      "   第一節　通則\n"
      "   第二節　補助\n"
      "\n");
  for (size_t i : {2u, 3u, 4u, 8u}) lines[i].reason = "summary box repeating the text";
  MarkDroppedListHeadings(lines);
  EXPECT_EQ(lines[1].reason, "menu or link list");
  EXPECT_EQ(lines[7].reason, "");  // an entry under it is kept
  EXPECT_EQ(lines[0].reason, "");
}

// A provincial gazette's entry (Simplified): its issue fields above the
// headline, a row of links back and the same issue's other entries, whose
// titles end in a full stop, under the text.
const char kGazetteEntry[] =
    "   [logo.png] 江岚省人民政府公报\n"
    "   首页 | 公报目录 | 往期公报 | 检索 | 订阅\n"
    "   当前位置：首页 > 2026年第22期 > 省政府文件\n\n"
    "   期别：2026年第22期\n"
    "   篇别：省政府文件\n"
    "   公报日期：2026年11月16日\n\n"
    "江岚省人民政府关于调整省级森林防火期的通告\n\n"
    "   "
    "为做好今冬明春森林防火工作，根据《森林防火条例》有关规定，省人民政府决定将全省森林防火期调整为2026年11月1日至2027"
    "年4月30日，"
    "其中2027年1月1日至3月31日为森林高火险期。\n\n"
    "   "
    "森林防火期内，禁止在林区野外吸烟、烧烤、焚烧秸秆和上坟烧纸，确需野外用火的，应当经县级人民政府批准并落实防火措施。"
    "\n\n"
    "   江岚省人民政府\n"
    "   2026年11月10日\n\n"
    "   返回上页 | 回到顶部\n\n"
    "   本期其他文章\n"
    "     * 江岚省人民政府关于公布第三批省级历史文化名村名单的通知。\n"
    "     * 江岚省人民政府办公厅关于印发全省冬春农田水利建设方案的通知。\n"
    "     * 江岚省人民政府关于任免工作人员的通知。\n"
    "   更多 >>\n\n"
    "   主办：江岚省人民政府办公厅 版权所有 © 2026\n";

TEST(LinkLists, AGazetteEntrysIssueFieldsAndSameIssueListGo) {
  const CleanedDocument c = CleanDocument(kGazetteEntry, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "江岚省人民政府关于调整省级森林防火期的通告")) << c.text;
  EXPECT_TRUE(Contains(c.text, "森林防火期内，禁止在林区野外吸烟")) << c.text;
  for (std::string_view gone :
       {"期别", "篇别", "公报日期", "返回上页", "本期其他文章", "历史文化名村", "冬春农田水利", "任免工作人员"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
