// The one-line-review rule (clean/one_line_reviews.h) on record pages
// written for this test (a clinic, a school, a restaurant, a hostel, a
// course, a product, a museum, an English shop), in both scripts: the
// reviews under a count or a rating go with it; a dated list of events, a
// list of officers, a lone review, reviews with no count above and a
// thread's posts stay.
#include "clean/one_line_reviews.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/user_reviews.h"

namespace wenyuan::clean {
namespace one_line_reviews_test {

// A record line, the head, the run; returns how many lines went.
size_t Gone(const std::string& head, const std::vector<std::string>& run, bool thread = false) {
  std::string page = "   地址：台北市中正區重慶南路一段 12 號\n\n";
  if (!head.empty()) page += "   " + head + "\n";
  for (const std::string& l : run) page += "   " + l + "\n";
  std::vector<PageLine> lines = MakePageLines(page);
  MarkOneLineReviews(lines, thread);
  size_t n = 0;
  for (const PageLine& l : lines) n += l.reason == kUserReview;
  return n;
}

TEST(OneLineReviews, ReviewsUnderACountOrRatingGo) {
  EXPECT_EQ(Gone("患者评价（共326条）  好评率 98.6%",
                 {"王** 2026-11-28 态度很好，讲解耐心。", "刘** 2026-11-02 专家号太难挂了，建议增加号源。"}),
            3u);
  EXPECT_EQ(Gone("家長評分 ★★★★☆ 4.2（88 個評分）", {"大嶼山媽媽 2026-09-14 英文環境幾好，功課量適中。",
                                                     "Kelvin_Ho 2026-08-30 請問面試會唔會考小組討論？"}),
            3u);
  EXPECT_EQ(Gone("網友評價 (56)", {"陳小姐 2026/11/02 環境乾淨，服務親切！", "阿德 2026/10/28 份量有點少，但好吃。",
                                   "Mandy 2026/10/20 會再來！"}),
            4u);
  EXPECT_EQ(
      Gone("住客評分 8.7 分（依據 326 則評分）", {"小安 11-28 床很好睡，早餐普通。", "阿凱 11-20 離車站近，方便！"}),
      3u);
  EXPECT_EQ(Gone("学员评价 ★★★★★", {"李** 2026年11月3日 老师讲得很清楚，推荐。", "张** 2026年10月30日 作业有点多。"}),
            3u);
  EXPECT_EQ(Gone("買家評價（12）", {"j***n 2026.11.01 出貨很快，包裝完整。", "a***y 2026.10.29 顏色跟照片一樣。"}), 3u);
  EXPECT_EQ(Gone("觀眾留言（8）", {"遊客甲 2026-11-28 展品很精彩，值得一看。", "", "遊客乙 2026-11-27 導覽很用心！"}),
            3u);
  EXPECT_EQ(Gone("Reviews (24) 4.6 ★",
                 {"amy.lin 2026-10-01 Nice staff, will come again!", "ken_w 2026-09-12 Good value, quick service."}),
            3u);
}

TEST(OneLineReviews, DatedListsAndThreadsStay) {
  // A dated list of events: the date first.
  EXPECT_EQ(Gone("最新消息（3）", {"2026-11-28 市府公告停水通知。", "2026-11-20 圖書館延長開放。"}), 0u);
  // Officers and their dates: no remark.
  EXPECT_EQ(Gone("歷任校長（5）", {"張三 2026-08-01 就任", "李四 2018-08-01 就任"}), 0u);
  // A lone review.
  EXPECT_EQ(Gone("網友評價 (1)", {"陳小姐 2026/11/02 環境乾淨，服務親切！"}), 0u);
  // No count or rating above.
  EXPECT_EQ(Gone("", {"陳小姐 2026/11/02 環境乾淨，服務親切！", "阿德 2026/10/28 份量有點少，但好吃。"}), 0u);
  // A thread's posts.
  EXPECT_EQ(Gone("回覆（2）", {"陳小姐 2026/11/02 環境乾淨，服務親切！", "阿德 2026/10/28 份量有點少，但好吃。"}, true),
            0u);
}

}  // namespace one_line_reviews_test
}  // namespace wenyuan::clean
