// The post-header rules on header lines written for this test, in both
// scripts, and on bylines and event lines that carry a date and a place
// but head no post.
#include "clean/forum_post_headers.h"

#include <gtest/gtest.h>

#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

bool Header(std::string_view line) { return IsForumPostHeader(DecodeUtf32(line)); }

TEST(ForumPostHeaders, PosterWithTheTimeAndThePlace) {
  EXPECT_TRUE(Header("半夜不睡的猫  2025-03-14 01:22:09  上海"));
  EXPECT_TRUE(Header("阿樂愛騎車 (樓主)  2025-03-14 08:40  高雄"));
  EXPECT_TRUE(Header("老周在成都  2025-03-14 09:12:55"));
  EXPECT_TRUE(Header("樓上的鄰居  2025-03-14 09:12  已編輯  台中"));
  EXPECT_TRUE(Header("来自: 早睡早起的兔  2025-03-14 07:01:33  已编辑  IP属地: 四川"));
}

TEST(ForumPostHeaders, AnswerHeadersWithDeviceOrStanding) {
  EXPECT_TRUE(Header("lichen_1987 2025-03-12 · 来自手机客户端"));
  EXPECT_TRUE(Header("2025-03-13 21:40 · TA获得超过3800个赞"));
  EXPECT_TRUE(Header("2025-03-13 21:40 · TA獲得超過1.2萬個讚"));
}

TEST(ForumPostHeaders, FloorWithPosterAndTimeAgo) {
  EXPECT_TRUE(Header("#3 晚班司機 5小時前"));
  EXPECT_TRUE(Header("#12 夜猫子 20分钟前"));
  EXPECT_TRUE(Header("5楼 老街坊 刚刚"));
  EXPECT_FALSE(Header("#3 其实这件事 5小時前就有人說過了"));
  EXPECT_FALSE(Header("#3 晚班司機"));
}

TEST(ForumPostHeaders, TimeAgoWithDeviceAndThanks) {
  EXPECT_TRUE(Header("2 小时 41 分钟前 via Android   ♥ 2"));
  EXPECT_TRUE(Header("6 小時 3 分鐘前 via iPad"));
  EXPECT_TRUE(Header("12 天前"));
  EXPECT_TRUE(Header("3 小時前   ❤ 14"));
  EXPECT_FALSE(Header("3 小時前我就到了現場"));
  EXPECT_FALSE(Header("2 小时 41 分钟前 via 手机客户端看到了这条新闻"));
}

TEST(ForumPostHeaders, DottedPartsOfAPost) {
  EXPECT_TRUE(Header("wangerxiao · 2 小时 7 分钟前 · 845 次点击"));
  EXPECT_TRUE(Header("山城小貓 · 9 天前 · 2,031 次點擊"));
  EXPECT_TRUE(Header("第 2 条附言  ·  40 分钟前"));
  EXPECT_TRUE(Header("第 1 則補充 · 1 小時前"));
  // One name and a time ago is also a comment's header under an article.
  EXPECT_FALSE(Header("山城小貓 · 9 天前"));
  EXPECT_FALSE(Header("記者 林大明 · 3 小時前 · 台北"));
  EXPECT_FALSE(Header("今天下午，我们 · 3 小时前 · 完成了"));
}

bool Labelled(std::string_view line) { return IsLabelledPosterLine(DecodeUtf32(line)); }

TEST(ForumPostHeaders, LabelledPosterAndTime) {
  EXPECT_TRUE(Labelled("作者：江边钓鱼人  时间：2025-03-14 21:30:45"));
  EXPECT_TRUE(Labelled("發文者：阿明  時間：2025/03/14 08:05"));
  EXPECT_TRUE(Labelled("樓主：小夏 發表時間：2025-03-14 08:05:12"));
  EXPECT_FALSE(Labelled("作者：江边钓鱼人  时间：2025-03-14"));  // no time of day
  EXPECT_FALSE(Labelled("作者：江边钓鱼人"));
  EXPECT_FALSE(Labelled("来源：新华社  时间：2025-03-14 21:30"));
  EXPECT_FALSE(Labelled("作者：我们今天去看了，觉得很好  时间：2025-03-14 21:30"));
}

TEST(ForumPostHeaders, BylinesAndEventsAreNoHeaders) {
  EXPECT_FALSE(Header("本报记者 王晓东  2025-03-14 08:40"));
  EXPECT_FALSE(Header("来源：新华社  2025-03-14 08:40  北京"));
  EXPECT_FALSE(Header("報名截止  2025-03-20 17:00  台北"));
  EXPECT_FALSE(Header("2025-03-14 08:40"));
  EXPECT_FALSE(Header("山月 评论 冬日的湖 推荐 2025-03-14 08:40:11 杭州"));
  EXPECT_FALSE(Header("会议定于 2025-03-14 14:30 在北京召开。"));
  EXPECT_FALSE(Header("2025-03-13 21:40 · 阅读 3800"));
}

// The app and device a post was sent from ("发自「…」"), in both scripts.
TEST(ForumPostHeaders, SentFromAnApp) {
  EXPECT_TRUE(Header("发自「某某客户端 于 iPhone 15」"));
  EXPECT_TRUE(Header("發自「某某論壇 App 於 Android」"));
  EXPECT_FALSE(Header("发自内心地感谢每一位在暴雨中坚守岗位的快递员，他们用手机导航一家家送到。"));
}

TEST(ForumPostHeaders, AFloorWithThePostersCardAndTime) {
  // A floor's number, another floor mark, the poster's name, id, level and
  // rank, then the time to the second (an edit note after it allowed).
  EXPECT_TRUE(Header("#7 7楼 大漠孤烟 (uid_88213) Lv.6 秀才 2026-11-30 21:52:19"));
  EXPECT_TRUE(Header("#1 楼主 山城小面馆 LV.12 2026-11-30 08:03:40 编辑"));
  // A floor's number before a sentence with a time in it is no header.
  EXPECT_FALSE(Header("#2 这个社区活动从 2026-11-30 21:52:19 开始一直到晚上十点结束，欢迎街坊邻居带着孩子一起来参加"));
}

}  // namespace
}  // namespace wenyuan::clean
