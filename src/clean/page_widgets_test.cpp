// The widget rules (clean/page_widgets.h) on a page written for this test,
// of a kind no fold has: a museum's news in Simplified with a share row
// under its headline, a row of bracketed links, a poll, a deleted post's
// notice and a tab bar; its body, which quotes a "for reference" price,
// stays; and a table's header row with bars, which stays.
#include "clean/page_widgets.h"

#include <gtest/gtest.h>

#include <vector>

namespace wenyuan::clean {
namespace {

TEST(PageWidgets, AMuseumNewsShareRowAndPollGoItsBodyStays) {
  std::vector<PageLine> lines = MakePageLines(
      "   省博物馆冬季特展开幕 门票价格公布\n"
      "   浏览 2.3万 分享到： 微信 微博 复制链接\n"
      "   省博物馆今天开幕的冬季特展展出青铜器一百二十件，其中二十件为首次公开展示，吸引大批市民排队入场参观。\n"
      "   馆方表示，以上票价仅供参考，最终以现场公告为准。特展期间每周一闭馆，节假日延长开放时间至晚上八点。\n"
      "   策展人介绍，本次展览按照年代分为五个单元，观众可以通过二维码收听讲解，讲解内容有普通话和粤语两种版本。\n"
      "\n"
      "   [相关链接] 省博物馆 [购票] [加入收藏]\n"
      "   【你怎么看？】你会去看这次特展吗？\n"
      "   ( ) 会  ( ) 不会  ( ) 还没想好\n"
      "   此帖子已被删除。\n"
      "   展品介绍 | 参观须知 | 交通指南 | 周边服务\n");
  MarkArticleWidgets(lines);
  for (size_t k : {0, 2, 3, 4}) EXPECT_TRUE(lines[k].reason.empty()) << k << " " << lines[k].reason;
  for (size_t k : {1, 6, 7, 9, 10}) EXPECT_EQ(lines[k].reason, kArticleWidget) << k;
}

TEST(PageWidgets, ATableHeaderWithBarsAndAQuestionInTheBodyStay) {
  std::vector<PageLine> lines = MakePageLines(
      "   姓名 | 職稱 | 專長 | 分機\n"
      "   王小明 | 教授 | 水文 | 7301\n"
      "\n"
      "   項目 | 金額 | 備註 | 日期\n"
      "   場地費   12,000   含冷氣   2026/12/05\n"
      "   為什麼颱風多在夏秋之際生成？\n"
      "   因為海水溫度較高，提供了颱風所需的水氣與能量。\n");
  MarkArticleWidgets(lines);
  for (size_t k : {0, 1, 3, 4, 5, 6}) EXPECT_TRUE(lines[k].reason.empty()) << k << " " << lines[k].reason;
}

}  // namespace
}  // namespace wenyuan::clean
