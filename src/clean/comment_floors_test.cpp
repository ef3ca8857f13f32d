// The comment-floor rule (clean/comment_floors.h) on pages written for this
// test: readers' comments numbered as floors under a blog post, a news
// story, a recipe, a travel note, a product review and an English post,
// in both scripts, with blank lines between floors or none, counting up or
// down, with the author's replies among them; and pages whose floors are
// posts and stay: a forum thread, Dcard-style B floors, a heading with
// sort tabs, two floors only, a thread's later page.
#include "clean/comment_floors.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/comment_threads.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace comment_floors_test {

// An article of three prose lines, a comment heading and the floors.
std::string Page(const std::string& heading, const std::vector<std::string>& floors, const char* between = "") {
  std::string page =
      "   今年春天我們全家第一次到花蓮的山上露營，營地在海拔八百公尺左右，晚上很冷。\n"
      "   第一天搭帳篷就遇到大風，營地主人借了我們兩根營釘，才把外帳固定好。\n"
      "   第二天早上看到整片雲海，孩子們開心得不得了，覺得一切辛苦都值得了。\n"
      "\n"
      "   " +
      heading + "\n" + between;
  for (const std::string& f : floors) page += "   " + f + "\n";
  page += "\n   關於我們 | 隱私權政策\n";
  return page;
}

size_t Floors(const std::string& page) {
  std::vector<PageLine> lines = MakePageLines(page);
  return MarkCommentFloorsUnderPost(lines);
}

TEST(CommentFloors, HeadingsOfACommentArea) {
  for (const char* h : {"留言列表 (17)", "評論（5）", "共 12 条评论", "Comments (8)", "3 則回應", "读者评论", "迴響",
                        "留言區", "全部評論 (4)"}) {
    EXPECT_TRUE(IsCommentSectionHeading(DecodeUtf32(h))) << h;
  }
  for (const char* h : {"共 86 則留言 熱門 | 最新", "回复 (23)", "評論員文章", "我想留言給作者。", "留言板使用規則"}) {
    EXPECT_FALSE(IsCommentSectionHeading(DecodeUtf32(h))) << h;
  }
}

TEST(CommentFloors, FloorNumbers) {
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("1樓 阿珠 2026-12-05 21:40")), 1u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("#2 訪客 12/05 22:15")), 2u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("3F Jerry 2026-12-06 07:48")), 3u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("4楼 小王 2026-12-06")), 4u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("5# 匿名 10:33")), 5u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("第6樓 木木 2026-12-06 12:01")), 6u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("B1 國立臺北大學 12月5日 10:41")), 0u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("1樓大廳 2026-12-05 開放")), 0u);
  EXPECT_EQ(CommentFloorNumber(DecodeUtf32("2026-12-05 21:40")), 0u);
}

// Eight comment areas: each run of floors goes, whatever its marks.
TEST(CommentFloors, CommentFloorsUnderAPostGo) {
  EXPECT_EQ(Floors(Page("留言列表 (17)",
                        {"1樓 阿珠的小窩 2026-12-05 21:40", "太實用了！我家的也是這樣。",
                         "小綠 於 2026-12-05 22:02 回覆：", "可以試試看換土喔～", "2樓 訪客 2026-12-05 22:15",
                         "請問營地要預約嗎？", "3樓 Jerry 2026-12-06 07:48", "我們也去過，真的很冷。"},
                        "   發表留言\n")),
            3u);
  EXPECT_EQ(Floors(Page("评论（4）", {"1楼 小王 2026-12-05 09:10", "写得真好。", "", "2楼 李四 2026-12-05 10:02",
                                      "收藏了，下次去。", "", "3楼 游客 2026-12-05 11:30", "请问门票多少钱？", "",
                                      "4楼 阿强 2026-12-05 12:45", "谢谢分享！"})),
            4u);
  EXPECT_EQ(
      Floors(Page("Comments (3)", {"#1 alice 2026-12-01 08:00", "Lovely photos!", "#2 bob 2026-12-01 09:12",
                                   "Which campsite was it?", "#3 carol 2026-12-02 10:20", "Thanks for sharing."})),
      3u);
  EXPECT_EQ(Floors(Page("共 3 則回應", {"1F 路人甲 12/05 21:40", "好羨慕！", "2F 路人乙 12/05 22:00", "雲海好美。",
                                        "3F 版主 12/06 08:00", "感謝大家支持。"})),
            3u);
  // Counting down, newest first.
  EXPECT_EQ(Floors(Page("網友評論", {"5樓 小美 2026-12-07 08:02", "期待下一篇！", "4樓 Hsu媽 2026-12-06 09:12",
                                     "請問帳篷是哪一牌？", "3樓 Lin 2026-12-06 07:00", "寫得好詳細。"})),
            3u);
  EXPECT_EQ(Floors(Page("读者评论", {"第1楼 网友A 2026-11-30 10:00", "很有用，谢谢。", "第2楼 网友B 2026-11-30 11:00",
                                     "已转发。", "第3楼 网友C 2026-11-30 12:00", "请问几月去最好？"})),
            3u);
  EXPECT_EQ(Floors(Page("留言 (3)", {"1# 阿明 2026-12-01 20:00", "好文推推。", "2# 小華 2026-12-01 21:00",
                                     "照片怎麼拍的？", "作者 於 2026-12-01 22:00 回覆：", "用手機拍的喔。",
                                     "3# 阿珍 2026-12-02 07:30", "下次一起去！"})),
            3u);
  EXPECT_EQ(Floors(Page("Responses", {"1F Ken 2026/12/01 20:00", "Great read.", "2F Mei 2026/12/01 21:00",
                                      "Bookmarked!", "3F Joe 2026/12/02 07:30", "Nice view."})),
            3u);
}

TEST(CommentFloors, ThreadsAndShortRunsStay) {
  // Dcard-style floors under a post.
  EXPECT_EQ(Floors(Page("共 3 則留言", {"B1 國立臺北大學 12月5日 10:41", "恭喜原PO！", "B2 國立政治大學 12月5日 11:03",
                                        "我也想去。", "B3 輔仁大學 12月5日 11:20", "好美。"})),
            0u);
  // Sort tabs beside the heading.
  EXPECT_EQ(Floors(Page("共 86 則留言 熱門 | 最新", {"1樓 甲 2026-12-05 10:00", "好文。", "2樓 乙 2026-12-05 11:00",
                                                     "同意。", "3樓 丙 2026-12-05 12:00", "推。"})),
            0u);
  // Two floors only.
  EXPECT_EQ(Floors(Page("留言 (2)", {"1樓 甲 2026-12-05 10:00", "好文。", "2樓 乙 2026-12-05 11:00", "同意。"})), 0u);
  // A thread's later page: floors that do not open at 1.
  EXPECT_EQ(Floors(Page("回應 (40)", {"21樓 甲 2026-12-05 10:00", "好文。", "22樓 乙 2026-12-05 11:00", "同意。",
                                      "23樓 丙 2026-12-05 12:00", "推。"})),
            0u);
}

// A whole blog page: the comments go, the post stays; a forum thread's
// posts (floor 1 the opener, no article above) stay.
TEST(CommentFloors, ABlogsCommentsGoAThreadsPostsStay) {
  const std::string blog =
      "   [logo.png] 山居筆記\n"
      "     * 首頁\n     * 露營\n     * 登山\n     * 關於我\n\n"
      "   花蓮山上的第一次露營\n"
      "   2026-12-05 21:18 山居人\n\n" +
      Page("留言列表 (4)",
           {"1樓 阿珠 2026-12-05 21:40", "太實用了！我家的也是這樣。", "山居人 於 2026-12-05 22:02 回覆：",
            "可以先試試看平地的營地。", "2樓 訪客 2026-12-05 22:15", "請問營地要預約嗎？", "3樓 Jerry 2026-12-06 07:48",
            "我們也去過，真的很冷。", "4樓 小P 2026-12-07 08:02", "推推推！"});
  const CleanedDocument c = CleanDocument(blog, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "第二天早上看到整片雲海")) << c.text;
  for (const char* gone : {"阿珠", "請問營地要預約嗎", "可以先試試看平地的營地", "推推推", "留言列表"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
  const char kThread[] =
      "   [logo.png] 露營論壇\n\n"
      "   第一次去花蓮山上露營要注意什麼？\n\n"
      "   1樓 新手露營 2026-12-05 21:18\n"
      "   下個月想帶小孩去花蓮的山上露營，想請問大家晚上大概幾度，睡袋要準備到什麼等級？\n"
      "   回覆 引用 檢舉\n\n"
      "   2樓 老鳥 2026-12-05 21:40\n"
      "   海拔八百公尺的話冬天晚上大概五六度，睡袋建議準備舒適溫度零度的。\n"
      "   回覆 引用 檢舉\n\n"
      "   3樓 阿山 2026-12-05 22:15\n"
      "   另外營釘要帶長一點的，山上風很大，帳篷一定要拉好營繩。\n"
      "   回覆 引用 檢舉\n\n"
      "   4樓 新手露營 2026-12-06 07:48\n"
      "   謝謝兩位，我再去買長營釘和好一點的睡袋。\n"
      "   回覆 引用 檢舉\n";
  const CleanedDocument t = CleanDocument(kThread, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"睡袋要準備到什麼等級", "舒適溫度零度", "營釘要帶長一點", "再去買長營釘"}) {
    EXPECT_TRUE(Contains(t.text, kept)) << kept << "\n" << t.text;
  }
}

// Readers' comments with no floor number (Traditional and Simplified, pages
// written for this test), each closed by its stamp row with the reply link,
// under a heading that counts them, sort tabs between allowed: all go, the
// heading with them, though no floor is counted (the thread rules then
// count none of their stamps).
TEST(CommentFloors, StampedCommentsUnderAnArticleGo) {
  const std::string page =
      Page("留言 (3)", {"阿芬", "防蟲網是用哪一種孔徑的呀？", "2026/12/20 21:03 · 回覆", "山居手記",
                        "用的是三十二目的，透氣又擋得住紋白蝶。", "2026/12/20 22:15 · 回覆", "老陳",
                        "山上種菜真的辛苦，收成恭喜！", "2026/12/21 08:40 · 回覆"});
  std::vector<PageLine> lines = MakePageLines(page);
  EXPECT_EQ(MarkCommentFloorsUnderPost(lines), 0u);
  for (const PageLine& l : lines) {
    if (l.raw.find("孔徑") != std::string_view::npos || l.raw.find("收成恭喜") != std::string_view::npos ||
        l.raw.find("留言 (3)") != std::string_view::npos) {
      EXPECT_EQ(l.reason, kReadersComment) << l.raw;
    }
    if (l.raw.find("雲海") != std::string_view::npos) {
      EXPECT_EQ(l.reason, "") << l.raw;  // the post
    }
  }
  const std::string simplified_page =
      Page("36 条评论",
           {"[avatar.jpg] 橙子", "这个攻略太及时了。", "11-02 · 广东  回复  12", "[avatar.jpg] 阿杰",
            "请问营地可以租帐篷吗？", "11-03 · 浙江  回复  3", "[avatar.jpg] 小鹿", "收藏了。", "11-03 · 上海  回复"},
           "   默认 最新\n");
  std::vector<PageLine> simplified = MakePageLines(simplified_page);
  MarkCommentFloorsUnderPost(simplified);
  for (const PageLine& l : simplified) {
    if (l.raw.find("收藏了") != std::string_view::npos) {
      EXPECT_EQ(l.reason, kReadersComment) << l.raw;
    }
  }
  // Two stamped comments are too few to tell.
  const std::string two_page =
      Page("留言 (2)", {"阿芬", "好美。", "2026/12/20 21:03 · 回覆", "老陳", "恭喜！", "2026/12/21 08:40 · 回覆"});
  std::vector<PageLine> two = MakePageLines(two_page);
  MarkCommentFloorsUnderPost(two);
  for (const PageLine& l : two) EXPECT_NE(l.reason, kReadersComment) << l.raw;
}

}  // namespace comment_floors_test
}  // namespace wenyuan::clean
