// The comment-area rules on lines and on a page written for this test (not
// copied from any fixture): a campus forum's post (Simplified) with its
// comment floors, reactions, sort tabs and a deleted floor, and a travel
// note's author card and image counter.
#include "clean/comment_threads.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(CommentThreads, LineShapes) {
  EXPECT_TRUE(IsSeparatorLine(DecodeUtf32("━━━━━━━━━━━━")));
  EXPECT_TRUE(IsSeparatorLine(DecodeUtf32("==========")));
  EXPECT_FALSE(IsSeparatorLine(DecodeUtf32("—")));
  EXPECT_TRUE(IsHashtagRow(DecodeUtf32("#考研 #二战 #上岸经验")));
  EXPECT_TRUE(IsHashtagRow(DecodeUtf32("#租屋#新手")));
  EXPECT_FALSE(IsHashtagRow(DecodeUtf32("#请教 二战考研还值得吗")));  // a title with its tag
  EXPECT_TRUE(IsReactionRow(DecodeUtf32("👍 1.2万  💬 356  ⭐ 890")));
  EXPECT_TRUE(IsReactionRow(DecodeUtf32("♥ 27  回复")));
  EXPECT_TRUE(IsReactionRow(DecodeUtf32("赞 12 · 评论 3 · 转发 1")));
  EXPECT_TRUE(IsReactionRow(DecodeUtf32("11-28 四川  ♡ 9  回复")));
  EXPECT_FALSE(IsReactionRow(DecodeUtf32("全年共有 12 人报考，3 人录取。")));
  EXPECT_FALSE(IsReactionRow(DecodeUtf32("第 3 章")));
  EXPECT_FALSE(IsReactionRow(DecodeUtf32("02 »")));  // a pager's link
  EXPECT_FALSE(IsReactionRow(DecodeUtf32("2023 / 08 / 24")));
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("#5  西南交通大学  11月28日 21:07"), false));
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("12楼 小林 2024-03-02 08:15"), false));
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("楼主  华中科技大学  3小时前"), false));
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("ReaderX  2024/03/02 08:15  北京"), true));
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("图书馆管理员 回复  2024-03-05 14:00"), true));
  // A post's byline above the comments: no floor marker, not in the comments.
  EXPECT_FALSE(IsCommentHeader(DecodeUtf32("匿名  华中科技大学  2024年3月1日 22:40"), false));
  EXPECT_FALSE(IsCommentHeader(DecodeUtf32("会议于2024年3月1日 14:00召开，历时两小时。"), true));
}

const char* kForumPage =
    "   [logo.svg]\n"
    "   搜索 ______ (BUTTON)\n"
    "   热门  最新  精华\n"
    "   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
    "#请教 二战考研还值得吗\n\n"
    "   匿名  华中科技大学  2024年3月1日 22:40\n"
    "   去年一战差了八分，现在在一家小公司做运营，每天下班后能学习的时间只有三个小时左右。\n"
    "   家里人希望我安心工作，可我总觉得不甘心，想听听过来人的意见，二战到底值不值得。\n"
    "   #考研 #二战 #职业选择\n"
    "   👍 1,024  ·  评论 88  ·  收藏 301\n"
    "   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "   全部 88 条评论   最热 | 最新\n"
    "   #1  武汉大学  3月1日 23:02\n"
    "   值得，但要先算清楚一年的生活费，边工作边考压力很大，最好提前规划好时间。\n"
    "   ♥ 57  回复\n"
    "   楼主  华中科技大学  3月1日 23:10\n"
    "   谢谢，我打算先存够半年的钱再辞职备考。\n"
    "   ♥ 12  回复\n"
    "   #2  该评论已删除\n"
    "   小周同学  3月2日 08:30\n"
    "   我也是二战上岸的，最重要的是心态，每天固定时间学习，不要和别人比进度。\n"
    "   ♥ 33  回复\n"
    "   (BUTTON) 加载更多评论\n";

TEST(CommentThreads, ForumFloorsLoseTheirFurnitureAndKeepTheirText) {
  const CleanedDocument c = CleanDocument(kForumPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "二战考研还值得吗")) << c.text;
  EXPECT_TRUE(Contains(c.text, "匿名  华中科技大学  2024年3月1日 22:40")) << c.text;  // the post's byline
  EXPECT_TRUE(Contains(c.text, "去年一战差了八分")) << c.text;
  EXPECT_TRUE(Contains(c.text, "值得，但要先算清楚一年的生活费")) << c.text;
  EXPECT_TRUE(Contains(c.text, "谢谢，我打算先存够半年的钱再辞职备考。")) << c.text;
  EXPECT_TRUE(Contains(c.text, "最重要的是心态")) << c.text;
  for (const char* furniture :
       {"#考研", "1,024", "88 条评论", "武汉大学", "楼主", "♥", "该评论已删除", "小周同学", "━━", "最热"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

const char* kNotePage =
    "   [logo.png] 旅行笔记\n"
    "   [avatar_01.jpg]\n"
    "   山里的阿青\n"
    "   笔记号：88120456  IP属地：云南\n"
    "   (BUTTON) 关注\n"
    "   [cover_1.jpg] [cover_2.jpg]\n"
    "   2/6\n\n"
    "大理三日慢游｜洱海边骑行的一天\n\n"
    "   这次在大理待了三天，第一天去古城，第二天沿着洱海骑行了四十多公里，第三天上苍山看云，\n"
    "   一路走一路拍，分享给还没去过的朋友们，希望对大家规划行程有帮助。\n"
    "   骑行建议早上九点前出发，中午的太阳很晒，记得带防晒和足够的水。\n";

TEST(CommentThreads, AuthorCardAndImageCounterAreDroppedAndAWrappedTailKept) {
  const CleanedDocument c = CleanDocument(kNotePage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "一路走一路拍，分享给还没去过的朋友们")) << c.text;
  EXPECT_TRUE(Contains(c.text, "骑行建议早上九点前出发")) << c.text;
  for (const char* furniture : {"IP属地", "山里的阿青", "2/6"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A library's blog post (Traditional) with readers' comments under it: the
// post is kept, the comments (the library's reply among them) are not.
const char* kBlogWithComments =
    "   [logo.png] 市立圖書館部落格\n\n"
    "館藏修復工作坊紀實\n\n"
    "   2025-04-12  文／典藏組\n"
    "   本館上週舉辦古籍修復工作坊，邀請修復師示範清洗、補紙與裝訂三個步驟，共有三十位民眾參加。\n"
    "   修復師提醒，家中舊書應存放在通風乾燥處，避免陽光直射，發霉時不可自行用水擦拭。\n"
    "   下一梯次工作坊預計於六月舉行，報名方式將另行公告。\n\n"
    "   讀者迴響（3）\n"
    "   (BUTTON) 我要留言\n"
    "   書蟲小安  2025-04-13 09:20\n"
    "   請問六月的梯次會開放線上報名嗎？上次名額很快就額滿了。\n"
    "   市立圖書館 回覆  2025-04-14 10:05\n"
    "   您好，六月梯次將開放線上報名，詳情請留意本館公告。\n"
    "   老派讀者  2025-04-15 21:48\n"
    "   謝謝分享，原來舊書發霉不能用水擦，學到了。\n"
    "   👍 5  檢舉\n";

TEST(CommentThreads, ReadersCommentsUnderAPostAreDropped) {
  const CleanedDocument c = CleanDocument(kBlogWithComments, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "館藏修復工作坊紀實")) << c.text;
  EXPECT_TRUE(Contains(c.text, "修復師提醒")) << c.text;
  EXPECT_TRUE(Contains(c.text, "下一梯次工作坊預計於六月舉行")) << c.text;
  for (const char* comment : {"讀者迴響", "書蟲小安", "線上報名嗎", "六月梯次將開放線上報名", "學到了", "檢舉"}) {
    EXPECT_FALSE(Contains(c.text, comment)) << comment << "\n" << c.text;
  }
}

// A video's comments (Simplified): a heading with button tabs, names with
// badges, the date-and-likes row under each, an inline reply, the buttons.
const char* kVideoComments =
    "   [avatar_u.png]\n"
    "手工皮具入门：一块皮做一个卡包\n"
    "   2.3万  112  2025-01-06 19:30:00\n"
    "   这期从选皮讲起，植鞣革比铬鞣革更适合新手，因为它好裁、好塑形，边缘打磨后也更光滑。\n"
    "   工具只需要裁皮刀、菱斩、蜡线和两根手缝针，总花费不超过两百元，适合先试试看再决定要不要深入。\n"
    "   缝线时每一针都要拉紧同样的力度，这样针脚才会整齐，收尾时回缝两针再烧线头就不会松开。\n\n"
    "   评论 86  (BUTTON) 按热度  (BUTTON) 按时间\n"
    "   [avatar_me.png] 登录后发表评论\n"
    "   皮匠小北  UP主  置顶\n"
    "   补充一下：视频里说的菱斩是4毫米间距的，新手用这个最好控制。\n"
    "   2025-01-06 20:02  赞 310  回复\n"
    "   路过的木头人  LV4\n"
    "   跟着做了一个，虽然歪歪扭扭但是很有成就感\n"
    "   2025-01-07 11:40  赞 52  回复\n"
    "     共5条回复, 点击查看\n"
    "     皮匠小北 UP主 回复 @路过的木头人 : 第一个能做完就很棒了\n"
    "   查看更多评论\n";

TEST(CommentThreads, AVideosCommentsAreDropped) {
  const CleanedDocument c = CleanDocument(kVideoComments, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "植鞣革比铬鞣革更适合新手")) << c.text;
  EXPECT_TRUE(Contains(c.text, "回缝两针再烧线头")) << c.text;
  for (const char* comment : {"评论 86", "登录后发表评论", "皮匠小北", "4毫米间距", "LV4", "很有成就感", "赞 52",
                              "共5条回复", "第一个能做完", "查看更多评论"}) {
    EXPECT_FALSE(Contains(c.text, comment)) << comment << "\n" << c.text;
  }
}

// A thread's posts are its content: the floors' bodies stay.
TEST(CommentThreads, AThreadIsNoPageWithComments) {
  std::vector<PageLine> lines;
  for (const char* raw : {"B1 某科技大學 12月3日 09:10", "我覺得可以先從兼職開始試試。", "B2 某師範大學 12月3日 10:22",
                          "同意樓上，先別急著辭職。"}) {
    lines.push_back(MakePageLine(raw));
  }
  EXPECT_TRUE(IsThreadPage(lines));
  std::vector<PageLine> note;
  for (const char* raw : {"共 12 条评论", "[avatar.jpg] 小鱼", "好实用的攻略！", "11-02 上海  ♡ 3  回复"}) {
    note.push_back(MakePageLine(raw));
  }
  EXPECT_FALSE(IsThreadPage(note));
}

// A comment area titled with no count, right under the text (Simplified):
// the names under their avatars open the comments.
TEST(CommentThreads, CommentsUnderATitleWithNoCount) {
  const CleanedDocument c = CleanDocument(
      "社区书屋周末延长开放\n\n"
      "   2025-05-10  来源：文化站\n"
      "   从本周起，社区书屋周六周日的开放时间延长到晚上九点，方便上班族下班后借书。\n"
      "   书屋新到三百册儿童绘本，欢迎家长带孩子来阅读。\n"
      "   网友留言\n"
      "   [avatar_a.jpg] 阿明\n"
      "   太好了，周末终于可以带孩子去看书了。\n"
      "   ♡ 12\n",
      SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "书屋新到三百册儿童绘本")) << c.text;
  EXPECT_FALSE(Contains(c.text, "终于可以带孩子")) << c.text;
}

// A comment's stamp under its commenter's name ("12-04 22:05 · 来自浙江"):
// a header below a comment heading, none above one.
TEST(CommentThreads, StampsUnderANameAreHeaders) {
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("12-04 22:05 · 来自浙江"), true));
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("2024/03/02 08:15 · 來自新北市"), true));
  EXPECT_TRUE(IsCommentHeader(DecodeUtf32("3月2日 08:30"), true));
  EXPECT_FALSE(IsCommentHeader(DecodeUtf32("12-04 22:05 · 来自浙江"), false));
  EXPECT_FALSE(IsCommentHeader(DecodeUtf32("2024-03-02"), true));  // a bare date
}

// A stock forum's post written for this test, in each script: the post, then
// "全部讨论" / "全部討論" over comments whose names stand over a stamp with
// the region they came from; a link with the discussion count above.
TEST(CommentThreads, CommentsUnderAPostWithStampsGo) {
  for (const char* page :
       {"[logo.svg]\n\n"
        "某某电力：股息率回到四厘，我为什么又开始加仓\n"
        "   持有这家公司第四年了，写一点最近的想法，权当给自己做个记录，不构成任何投资建议。\n"
        "   先说结论：按昨天收盘价算，股息率大约四厘，比我第一次买入时高了不少，这是我重新开始分批加仓的主要原因。\n"
        "   本话题在某某社区有32条讨论，点击查看。\n\n"
        "   转发 32\n   赞 246\n\n"
        "   全部讨论\n   热度排序 | 时间排序\n\n"
        "   [avatar_1.jpg]\n   价值老猫\n   12-04 22:05 · 来自浙江\n"
        "   写得很实在。补充一点，枯水年份公司会从外部购电，成本会比自发电高。\n   回复 赞 18\n\n"
        "   [avatar_2.jpg]\n   慢慢变富的小王\n   12-04 22:17 · 来自黑龙江\n"
        "   股息率确实香，但电价市场化是个长期变量，楼主表里的电价假设是多少？\n   回复 赞 6\n",
        "[logo.svg]\n\n"
        "某某電力：殖利率回到四厘，我為什麼又開始加碼\n"
        "   持有這家公司第四年了，寫一點最近的想法，權當給自己做個紀錄，不構成任何投資建議。\n"
        "   先說結論：按昨天收盤價算，殖利率大約四厘，比我第一次買進時高了不少，這是我重新開始分批加碼的主要原因。\n"
        "   本話題在某某社群有32則討論，點擊查看。\n\n"
        "   轉發 32\n   讚 246\n\n"
        "   全部討論\n   熱度排序 | 時間排序\n\n"
        "   [avatar_1.jpg]\n   價值老貓\n   12-04 22:05 · 來自台北\n"
        "   寫得很實在。補充一點，枯水年份公司會向外購電，成本會比自己發電高。\n   回覆 讚 18\n\n"
        "   [avatar_2.jpg]\n   慢慢變富的小王\n   12-04 22:17 · 來自高雄\n"
        "   殖利率確實香，但電價市場化是個長期變數，樓主表裡的電價假設是多少？\n   回覆 讚 6\n"}) {
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, "持有這家公司第四年了") || Contains(c.text, "持有这家公司第四年了")) << c.text;
    EXPECT_TRUE(Contains(c.text, "重新開始分批加碼") || Contains(c.text, "重新开始分批加仓")) << c.text;
    for (const char* furniture : {"32", "全部讨论", "全部討論", "价值老猫", "價值老貓", "12-04", "小王", "枯水年份",
                                  "電價市場化", "电价市场化"}) {
      EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
    }
  }
}

// Floors numbered after the posters' names ("小芸 2樓 …", "name #1 · …"),
// two or more going up, make a thread; one alone does not.
TEST(CommentThreads, FloorsNumberedAfterTheNamesMakeAThread) {
  std::vector<PageLine> thread;
  for (const char* raw :
       {"小芸 2樓 2026-11-30 21:14", "高框在側風下比較難控。", "老王單車 3樓 2026-12-01 08:02", "先確認胎壓。"}) {
    thread.push_back(MakePageLine(raw));
  }
  EXPECT_TRUE(IsThreadPage(thread));
  std::vector<PageLine> one;
  for (const char* raw : {"某讀者 #1 · 2026-12-03", "寫得很好，謝謝分享。"}) one.push_back(MakePageLine(raw));
  EXPECT_FALSE(IsThreadPage(one));
}

// A bureau's open-data page (Simplified) written for this test: the
// readers' opinions under it, counted as 意见, go with the area's title and
// its login prompt above the count.
TEST(CommentThreads, OpinionsUnderADatasetPageGoWithTheAreasTitle) {
  const char kPage[] =
      "   [logo.png] 西川省政务数据平台\n\n"
      "西川省2026年空气质量日报数据\n\n"
      "   本数据集逐日发布全省二十一个市州的空气质量指数、首要污染物和各项污染物浓度，"
      "由省生态环境监测中心于次日上午十点前更新。\n"
      "   数据自2015年1月起连续发布，字段说明见数据字典，历史数据可按年份批量获取。\n"
      "   接口调用需先申请应用密钥，每个密钥每日最多调用一万次。\n\n"
      "   网友意见\n\n"
      "   请登录后发表意见。\n\n"
      "   共 3 条意见\n"
      "   张** 2026-10-02 10:11\n"
      "   能否增加臭氧八小时滑动平均值字段？\n"
      "   省生态环境监测中心 回复 2026-10-03 09:00\n"
      "   感谢建议，我们将在下一版数据字典中增加该字段。\n"
      "   李** 2026-10-05 20:45\n"
      "   接口最近偶尔超时，请检查一下。\n\n"
      "   版权所有 © 2026 西川省大数据中心\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "接口调用需先申请应用密钥")) << c.text;
  EXPECT_FALSE(Contains(c.text, "网友意见")) << c.text;
  EXPECT_FALSE(Contains(c.text, "请登录后发表意见")) << c.text;
  EXPECT_FALSE(Contains(c.text, "共 3 条意见")) << c.text;
  EXPECT_FALSE(Contains(c.text, "臭氧八小时")) << c.text;
  EXPECT_FALSE(Contains(c.text, "感谢建议")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
