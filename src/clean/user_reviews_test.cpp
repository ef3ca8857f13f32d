// The users'-review recogniser (clean/user_reviews.h) on record pages
// written for this test, of kinds no fold has: a restaurant with its rated
// reviews, in Simplified; a museum exhibition with signed visitors'
// comments and a ticket widget, in Traditional; and lines that look like
// them without being them.
#include "clean/user_reviews.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/forum_rules.h"

namespace wenyuan::clean {
namespace {

TEST(UserReviews, RatersSummaries) {
  EXPECT_TRUE(IsRatersSummary(U"8.7 很棒 （依據326則住客評分）"));
  EXPECT_TRUE(IsRatersSummary(U"4.5分 · 1,218条点评"));
  EXPECT_TRUE(IsRatersSummary(U"9.1 超讚 88 位旅客"));
  EXPECT_FALSE(IsRatersSummary(U"2026年12月5日 共3人出席"));  // a date, no score
  EXPECT_FALSE(IsRatersSummary(U"8.7 很棒"));                 // no count
  EXPECT_FALSE(IsRatersSummary(U"100.5 公里 全程 3 人"));     // no score
}

TEST(UserReviews, Signatures) {
  EXPECT_TRUE(HasSignatureAtEnd(U"燈光設計很用心。 (阿哲 2026/11/30 週末場)"));
  EXPECT_TRUE(HasSignatureAtEnd(U"值得再去一次！（小林 2026-12-01）"));
  EXPECT_FALSE(HasSignatureAtEnd(U"展期延長至明年（2026/12/31）"));  // a date alone, no name
  EXPECT_FALSE(HasSignatureAtEnd(U"新館開幕 (2026/12/01 起)"));      // no remark before it
}

const char kRestaurant[] =
    "   首页 > 美食 > 杭州 > 湖畔小馆\n"
    "\n"
    "湖畔小馆\n"
    "\n"
    "   杭州市西湖区北山街12号\n"
    "\n"
    "餐厅介绍\n"
    "\n"
    "   湖畔小馆开业于1998年，主打杭帮菜，招牌是西湖醋鱼和龙井虾仁，靠窗的座位可以看到断桥。\n"
    "\n"
    "营业时间\n"
    "\n"
    "   每天 11:00-14:00，17:00-21:30，节假日需提前预约。\n"
    "\n"
    "用户点评\n"
    "\n"
    "   4.6 分 （1,208 条点评）\n"
    "   口味 4.7  环境 4.8  服务 4.4\n"
    "\n"
    "   吃货小王 | 2026-11-28 | 朋友聚餐\n"
    "   醋鱼酸甜刚好，虾仁很嫩，就是周末排队要一个小时。\n"
    "   有用 (23)\n"
    "\n"
    "   西湖边的猫 | 2026-11-20 | 家庭聚会\n"
    "   环境很好，服务员有点忙不过来，上菜比较慢。\n"
    "   有用 (7)\n";

TEST(UserReviews, ARestaurantsRatedReviewsGoItsDescriptionStays) {
  const CleanedDocument c = CleanDocument(kRestaurant, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"湖畔小馆开业于1998年", "每天 11:00-14:00"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* review :
       {"用户点评", "1,208 条点评", "口味 4.7", "吃货小王", "醋鱼酸甜刚好", "上菜比较慢", "有用 ("}) {
    EXPECT_FALSE(Contains(c.text, review)) << review << "\n" << c.text;
  }
}

const char kExhibition[] =
    "特展：島嶼之光\n"
    "\n"
    "   展期：2026/11/01 - 2027/02/28\n"
    "   地點：本館三樓特展室\n"
    "\n"
    "   本展以百年來臺灣的燈塔為主題，展出燈塔的透鏡、日誌與守塔人的生活用品，\n"
    "   帶觀眾認識這些守護航路的建築。\n"
    "\n"
    "   購票資訊\n"
    "   場次： [11/30 週六___]\n"
    "   (BUTTON) 查詢餘票\n"
    "\n"
    "   觀眾留言\n"
    "\n"
    "   燈光設計很用心，透鏡的展櫃很漂亮。 (阿哲 2026/11/30 週末場)\n"
    "   守塔人的日誌讀起來很感動，帶小孩來剛剛好。 (Mia 2026/11/25 平日場)\n";

TEST(UserReviews, AnExhibitionsSignedCommentsAndTicketWidgetGo) {
  const CleanedDocument c = CleanDocument(kExhibition, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "本展以百年來臺灣的燈塔為主題")) << c.text;
  for (const char* gone : {"購票資訊", "場次", "觀眾留言", "燈光設計很用心", "守塔人的日誌讀起來"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
}

TEST(UserReviews, OneSignedRemarkAndAHeadlineOverButtonsStay) {
  std::vector<PageLine> lines = MakePageLines(
      "   申請長者卡\n"
      "   (BUTTON) 列印 (BUTTON) 分享\n"
      "\n"
      "   燈光設計很用心。 (阿哲 2026/11/30 週末場)\n");
  lines[1].reason = "button or form field";
  MarkUserReviews(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_TRUE(lines[3].reason.empty());
}

// An album's record page in Simplified: its fields, the users' rating over
// three short lines, and a counted heading over dated short reviews.
const char kAlbum[] =
    "   首页 > 音乐 > 民谣 > 河流与山\n"
    "\n"
    "河流与山\n"
    "\n"
    "   表演者: 南方乐队\n"
    "   流派: 民谣\n"
    "   发行时间: 2026-10-01\n"
    "   唱片公司: 山风唱片\n"
    "\n"
    "   乐迷评分\n"
    "   8.9\n"
    "   3,512人评价\n"
    "\n"
    "专辑介绍\n"
    "\n"
    "   这是乐队的第三张专辑，收录十首在云南山村录下的歌，大部分歌曲只用了吉他和手风琴。\n"
    "\n"
    "短评 (856)\n"
    "\n"
    "   听歌的阿木  2026-11-02  推荐\n"
    "   第五首一出来就想起了老家的河。\n"
    "   有用 41\n"
    "\n"
    "   夜行火车  2026-10-21  还行\n"
    "   编曲太单薄，听多了有点腻。\n"
    "   有用 9\n"
    "\n"
    "问答 (12)\n"
    "\n"
    "   问：有黑胶版吗？\n"
    "   答：有的，限量五百张。\n"
    "   问：哪里能买到签名版？\n"
    "   答：乐队巡演现场有卖。\n";

TEST(UserReviews, AnAlbumsRatingAndCountedShortReviewsGo) {
  const CleanedDocument c = CleanDocument(kAlbum, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"表演者: 南方乐队", "这是乐队的第三张专辑"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* gone : {"乐迷评分", "8.9", "3,512人评价", "短评", "听歌的阿木", "老家的河", "编曲太单薄", "有用",
                           "问答", "有黑胶版吗", "限量五百张"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
}

TEST(UserReviews, ACountedHeadingWithoutARecordAboveStays) {
  // A thread's replies under "全部回覆 (3)": no record's field rows above.
  std::vector<PageLine> lines = MakePageLines(
      "全部回覆 (3)\n"
      "   阿明  2026-11-02  臺中\n"
      "   我也遇過一樣的問題，後來換了濾網就好了。\n"
      "   小陳  2026-11-03  高雄\n"
      "   謝謝分享，明天去買濾網。\n");
  MarkUserReviews(lines);
  for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty()) << l.raw;
}

TEST(UserReviews, AThreadsRepliesUnderACountedHeadingStay) {
  // A forum post with its header fields ("楼主: …") and its replies under
  // "全部回复 (3)": the replies are the thread's posts, kept.
  const char page[] =
      "   论坛 > 数码 > 手机\n"
      "\n"
      "手机充电很慢怎么办？\n"
      "\n"
      "   楼主: 电动小白\n"
      "   发表于: 2026-12-01 08:12\n"
      "   IP属地: 北京\n"
      "\n"
      "   手机充电越来越慢，一晚上都充不满，是电池老化了吗？\n"
      "\n"
      "全部回复 (3)\n"
      "\n"
      "   老电工  2026-12-01 09:03  广东\n"
      "   先换根原装线试试，很多时候是线的问题。\n"
      "   回复 赞 12\n"
      "\n"
      "   数码控  2026-12-01 10:47  上海\n"
      "   设置里看看电池健康度，低于80%就该换了。\n"
      "   回复 赞 8\n"
      "\n"
      "   路人甲  2026-12-01 11:20  江苏\n"
      "   我之前也是，换了充电头就好了。\n"
      "   回复 赞 3\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* reply : {"先换根原装线试试", "设置里看看电池健康度", "换了充电头就好了"}) {
    EXPECT_TRUE(Contains(c.text, reply)) << reply << "\n" << c.text;
  }
}

TEST(UserReviews, RepliesWhoseHeadersAreAThreadsStay) {
  // Field rows kept above a counted heading, but the dated headers under it
  // are a thread's post headers (the forum rules marked them): posts.
  std::vector<PageLine> lines = MakePageLines(
      "   作者: 电动小白\n"
      "   版块: 手机\n"
      "   发表于: 2026-12-01\n"
      "全部回复 (2)\n"
      "   老电工  2026-12-01 09:03  广东\n"
      "   先换根原装线试试，很多时候是线的问题。\n"
      "   数码控  2026-12-01 10:47  上海\n"
      "   设置里看看电池健康度，低于80%就该换了。\n");
  lines[4].reason = kForumFurniture;
  lines[6].reason = kForumFurniture;
  MarkUserReviews(lines);
  for (size_t i : {3, 5, 7}) EXPECT_TRUE(lines[i].reason.empty()) << i;
}

}  // namespace
}  // namespace wenyuan::clean
