// The forum-post recogniser (clean/forum_posts.h) on threads laid out as
// engines print them that no fold has: an IPB-like board whose posts are a
// numbered list under a first-visit notice and a labelled title, in
// Simplified; a mobile community app whose replies carry nested replies
// under the replier's name, and a board that lists its posts as bullets
// opened by their stamps, and a vBulletin 3-like board of stamps over
// cards without button rows, in Traditional; a board that prints each
// post's title over its stamp, in Simplified. Written for this test.
#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/forum_posts.h"
#include "clean/forum_rules.h"

namespace wenyuan::clean {
namespace {

// The board's notice is one paragraph wrapped over three lines; each post
// is a list item whose first line is its stamp ("1. 2026-11-20 19:05 第1楼"),
// then the card (rank, "注册 … 帖子 …") and the body, a button row under
// it; the first post prints the thread's title again under its head; the
// third post quotes the first one's line and its wrapped tail.
const char kListedThread[] =
    "钓鱼之家论坛\n"
    "\n"
    "   * 论坛首页\n"
    "   * 淡水钓\n"
    "   * 饵料配方\n"
    "\n"
    "   欢迎第一次来访！发帖之前请先注册账号并阅读版规，注册后可以在下面的版块中\n"
    "   查看全部帖子并参与讨论，违反版规的帖子会被版主删除或者移动到回收站，\n"
    "   谢谢合作。\n"
    "\n"
    "   共 4 帖\n"
    "\n"
    "主题：冬天钓鲫鱼用什么饵料比较好？\n"
    "\n"
    "     * 帖子工具\n"
    "     * 打印本页\n"
    "\n"
    "    1. 2026-11-20 19:05 第1楼\n"
    "       老渔翁\n"
    "       高级会员\n"
    "       注册 2016-03 帖子 2,311\n"
    "\n"
    "冬天钓鲫鱼用什么饵料比较好？\n"
    "\n"
    "       最近水温降到八度左右，用夏天的腥香饵几乎没口，想问各位冬天都用什么饵料，\n"
    "       蚯蚓和红虫哪个更好用。\n"
    "       回复 引用 举报\n"
    "    2. 2026-11-20 20:41 第2楼\n"
    "       河边小张\n"
    "       中级会员\n"
    "       注册 2021-07 帖子 486\n"
    "\n"
    "       冬天首选红虫，鲫鱼开口慢，饵料要小要软，商品饵加一点虾粉就行。\n"
    "       回复 引用 举报\n"
    "    3. 2026-11-21 08:02 第3楼\n"
    "       老渔翁\n"
    "       高级会员\n"
    "       注册 2016-03 帖子 2,311\n"
    "\n"
    "       引用 河边小张 发表的内容\n"
    "       最近水温降到八度左右，用夏天的腥香饵几乎没口，想问各位冬天都用什么饵料，\n"
    "       蚯蚓和红虫\n"
    "\n"
    "       谢谢，周末去水库试试红虫，回来再汇报结果。\n"
    "       回复 引用 举报\n"
    "    4. 2026-11-23 18:30 第4楼\n"
    "       老渔翁\n"
    "       高级会员\n"
    "       注册 2016-03 帖子 2,311\n"
    "\n"
    "       周末用红虫钓了两个小时，上了十一条鲫鱼，最大的有三两重。\n"
    "       回复 引用 举报\n"
    "\n"
    "   « 上一主题 | 下一主题 »\n";

TEST(ForumPostUnits, AThreadUnderAWrappedNoticeIsFoundAndStartsAtItsFirstPost) {
  const CleanedDocument c = CleanDocument(kListedThread, SourceLayout::kWebDump, nullptr);
  for (const char* body : {"想问各位冬天都用什么饵料，", "蚯蚓和红虫哪个更好用。", "冬天首选红虫，鲫鱼开口慢",
                           "谢谢，周末去水库试试红虫", "周末用红虫钓了两个小时，上了十一条鲫鱼"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  EXPECT_TRUE(HasLine(c.text, "冬天钓鲫鱼用什么饵料比较好？")) << c.text;
  // The notice, the counter, the labelled title, the tools, the stamps,
  // cards and buttons, and the quotation with its wrapped tail are gone.
  for (const char* furniture : {"欢迎第一次来访", "共 4 帖", "主题：", "帖子工具", "第1楼", "第4楼", "高级会员",
                                "注册 20", "回复 引用", "引用 河边小张", "蚯蚓和红虫\n", "淡水钓"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  const std::string asked = "最近水温降到八度左右";
  EXPECT_EQ(c.text.find(asked), c.text.rfind(asked)) << c.text;
}

TEST(ForumPostUnits, OneWrappedParagraphAboveIsOneParagraph) {
  std::vector<PageLine> lines = MakePageLines(kListedThread);
  const ThreadSpan thread = MarkForumPosts(lines);
  ASSERT_FALSE(thread.empty());
  for (const PageLine& l : lines) {
    if (l.CoreUtf8().starts_with("1. 2026-11-20")) {
      EXPECT_EQ(l.reason, kForumFurniture);
    }
  }
}

TEST(ForumPostUnits, TwoParagraphsAboveAreAnArticlesStill) {
  // The same posts under an article of two paragraphs: its readers'
  // comments, no thread.
  std::string page = kListedThread;
  page.insert(page.find("   共 4 帖"),
              "   入冬以后鱼的活性下降，钓点要选在向阳背风、水深两三米的地方，窝料也要少打，\n"
              "   以免鱼吃饱了不再咬钩。\n"
              "\n");
  std::vector<PageLine> lines = MakePageLines(page);
  EXPECT_TRUE(MarkForumPosts(lines).empty());
}

// A community app in Traditional: each reply's card (name and level, time
// and place), its body, a button row; nested replies under a reply print
// the replier's name alone, or with the poster's badge, over their text.
const char kAppThread[] =
    "家電討論 › 求助\n"
    "\n"
    "洗衣機脫水時一直跳停，是不是要叫修？\n"
    "\n"
    "   阿明的家\n"
    "   發表於 2026-11-28 10:02  來自 臺中\n"
    "\n"
    "   滾筒洗衣機用了五年，最近脫水到一半就停，面板顯示 UE，重開又一樣。\n"
    "\n"
    "   全部回覆 3\n"
    "\n"
    "   洗衣店老闆   Lv.8\n"
    "   11-28 10:40  臺北\n"
    "   UE 多半是衣服不平衡，棉被單獨洗很容易這樣，先拿出一半再脫水試試。\n"
    "   (BUTTON) 回覆  (BUTTON) 讚 31\n"
    "     阿明的家 樓主\n"
    "     拿出一半真的就好了，謝謝老闆！\n"
    "     洗衣店老闆\n"
    "     不客氣，腳座也順便調平一下。\n"
    "\n"
    "   小陳修家電   Lv.5\n"
    "   11-28 11:15  高雄\n"
    "   如果衣服不多還是跳 UE，就要檢查避震器，五年的機器也差不多該換了。\n"
    "   (BUTTON) 回覆  (BUTTON) 讚 12\n"
    "\n"
    "   路人乙   Lv.2\n"
    "   11-28 12:30  新北\n"
    "   我家的也是棉被一洗就跳，後來都分兩次洗。\n"
    "   (BUTTON) 回覆  (BUTTON) 讚 4\n";

TEST(ForumPostUnits, ARepliersNameAgainOverANestedReplyIsDropped) {
  const CleanedDocument c = CleanDocument(kAppThread, SourceLayout::kWebDump, nullptr);
  for (const char* body :
       {"拿出一半真的就好了，謝謝老闆！", "不客氣，腳座也順便調平一下。", "先拿出一半再脫水試試", "後來都分兩次洗"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  for (const char* name : {"洗衣店老闆\n", "阿明的家 樓主", "Lv.8", "11-28 10:40"}) {
    EXPECT_FALSE(Contains(c.text, name)) << name << "\n" << c.text;
  }
}

TEST(ForumPostUnits, ANameWithoutAPostsFurnitureStays) {
  // No card line names the poster: a short line over a paragraph stays.
  std::vector<PageLine> lines = MakePageLines(
      "洗衣店老闆\n"
      "UE 多半是衣服不平衡，棉被單獨洗很容易這樣。\n");
  MarkPostersNamesAgain(lines);
  for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty()) << l.raw;
}

// A board that prints its posts as a bulleted list, each item opened by
// its whole stamp (poster, date and time, floor), in Traditional.
TEST(ForumPostUnits, PostsAsAListOpenedByTheirStamps) {
  const char page[] =
      "   首頁 > 公路車 > 新手問答\n"
      "\n"
      "第一台公路車該選鋁架還是碳架？\n"
      "\n"
      "     * 小綠 2026-11-28 21:05 #1\n"
      "       預算四萬左右，主要週末騎河濱，想問第一台要選鋁架還是直接上碳架？\n"
      "       讚 3 回覆\n"
      "     * 老鐵馬 2026-11-28 21:40 #2\n"
      "       四萬的碳架通常套件會比較差，建議買鋁架配105套件。\n"
      "       讚 12 回覆\n"
      "     * 爬坡魔人 2026-11-29 08:12 #3\n"
      "       同意樓上，輪組比車架更值得花錢。\n"
      "       讚 7 回覆\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* body : {"想問第一台要選鋁架還是直接上碳架？", "建議買鋁架配105套件。", "輪組比車架更值得花錢。"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  for (const char* stamp : {"小綠 2026", "#2", "爬坡魔人", "讚 7"}) {
    EXPECT_FALSE(Contains(c.text, stamp)) << stamp << "\n" << c.text;
  }
}

// A board that prints each post's title over its stamp ("由 锈铁 » …"),
// the first one repeating the thread's title, in Simplified: what stands
// above the first post's title (the reply button, the search box, the
// post count, the thread's title) is the board's.
TEST(ForumPostUnits, AFirstPostsTitleOverItsStampRepeatingTheThreads) {
  std::string page =
      "Rust 里 String 和 &str 到底什么时候用哪个？\n"
      "\n"
      "   发表回复\n"
      "   4 帖子 • 第 1 页 (共 1 页)\n"
      "\n";
  const char* posts[][3] = {
      {"锈铁", "2026年12月1日 星期二 20:14", "刚开始学 Rust，函数参数到底写 String 还是 &str 总是拿不准。"},
      {"所有权", "2026年12月1日 星期二 20:31", "参数一般写 &str，需要拿走所有权的时候才写 String。"},
      {"借用检查器", "2026年12月1日 星期二 21:02", "返回值如果是新建的字符串，就只能返回 String。"},
      {"锈铁", "2026年12月2日 星期三 08:10", "明白了，谢谢两位！"},
  };
  for (size_t k = 0; k < 4; ++k) {
    page += std::string(k == 0 ? "" : "Re: ") + "Rust 里 String 和 &str 到底什么时候用哪个？\n\n";
    page += std::string("   由 ") + posts[k][0] + " » " + posts[k][1] + "\n\n";
    page += std::string("   ") + posts[k][2] + "\n\n";
    page += std::string("   ") + posts[k][0] + "\n   帖子: 12\n   注册: 2026年10月3日 星期六 09:00\n\n";
  }
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  const std::string title = "Rust 里 String 和 &str 到底什么时候用哪个？";
  EXPECT_TRUE(HasLine(c.text, title)) << c.text;
  EXPECT_EQ(c.text.find(title), c.text.rfind(title)) << c.text;
  for (const char* furniture : {"发表回复", "4 帖子", "由 锈铁", "注册: 2026", "Re:"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "就只能返回 String。")) << c.text;
}

// A vBulletin 3-like board in Traditional: each post's stamp ("date, time
// #n") over its card (name, rank, "Join Date:", "Posts:"), the body under
// it, no button row; a signature under a rule; the last post ends the page.
TEST(ForumPostUnits, StampsOverCardsWithoutFeetAndTheLastPostsBody) {
  std::string page = "   攝影討論區 > 器材討論 > 鏡頭\n\n   請問入門微距鏡頭應該點揀？\n\n";
  const char* posts[][5] = {
      {"12-02-2026, 11:47 PM   #1", "光影新手", "Aug 2024", "23", "想影花同昆蟲，預算三千蚊左右，唔知揀邊支好？"},
      {"12-03-2026, 08:15 AM   #2", "微距老手", "Mar 2011", "4,812", "影昆蟲一定揀 100mm，工作距離長啲。"},
      {"12-03-2026, 09:02 AM   #3", "光影新手", "Aug 2024", "23", "明白，咁我睇下二手先，多謝！"},
      {"12-03-2026, 12:40 PM   #4", "花花世界", "Nov 2019", "612", "補充一句，最好有防震，手持影會易好多。"},
  };
  for (const auto& p : posts) {
    page += std::string("   ") + p[0] + "\n   " + p[1] + "\n   會員\n   Join Date: " + p[2] + "\n   Posts: " + p[3] +
            "\n\n   " + p[4] + "\n\n";
  }
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const auto& p : posts) EXPECT_TRUE(HasLine(c.text, p[4])) << p[4] << "\n" << c.text;
  for (const char* furniture : {"#1", "#4", "PM", "Join Date", "Posts:", "花花世界"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
