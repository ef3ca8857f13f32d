// The forum-post recogniser on threads written for this test in
// engines' layouts that no fold has (a board whose cards count "入坛" and
// "发言", a Discourse-like topic with "Dec 2" stamps and heart rows, and as
// Discourse prints it without scripts (one stamp line a post), a
// phpBB-like thread with "Re:" titles and profiles under the posts), in
// both scripts, and on pages whose short lines recur without being posts:
// an article with readers' comments under it, a table, repeated menus.
#include "clean/forum_posts.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/forum_rules.h"

namespace wenyuan::clean {
namespace forum_posts_test {

TEST(ForumPosts, LineShapes) {
  EXPECT_EQ(LineShape(U"UID 3815027  帖子 612"), U"a 9 H 9");
  EXPECT_EQ(LineShape(U"UID 5120874  帖子 87"), U"a 9 H 9");
  EXPECT_EQ(LineShape(U"入坛 2019-06-03"), U"H 9-9-9");
  EXPECT_EQ(LineShape(U"Dec 2"), U"a 9");
  // A count with thousands separators is one number.
  EXPECT_EQ(LineShape(U"注册 2021-07 帖子 486"), LineShape(U"注册 2016-03 帖子 2,311"));
  EXPECT_EQ(LineShape(U"Dec 3, 2026"), U"a 9, 9");
  // Handles of any make are one word.
  EXPECT_EQ(LineShape(U"kernel_fan December 2, 2026, 9:14pm #3"), LineShape(U"lin.0815 December 5, 2026, 11:02am #4"));
}

// A board in Simplified: a card of join date and post count over a stamp
// ("第N帖 date"), the body, a row of buttons; a signature under one body
// and a quotation of an earlier post in a reply.
const char kBoardThread[] =
    "摄影器材 › 镜头讨论 › 主题\n"
    "\n"
    "35mm 和 50mm 定焦，第一支该买哪个\n"
    "\n"
    "光影旅人\n"
    "入坛 2019-06-03  发言 1,204\n"
    "第1帖 2026-11-28 20:15\n"
    "\n"
    "预算三千左右，主要拍街头和旅行，机身是半画幅微单。\n"
    "想知道35mm和50mm哪个更适合新手，拍人像会不会太紧？\n"
    "\n"
    "慢门慢生活\n"
    "\n"
    "引 | 赞 | 举报\n"
    "\n"
    "老胶片\n"
    "入坛 2015-02-11  发言 8,377\n"
    "第2帖 2026-11-28 20:42\n"
    "\n"
    "半画幅上35mm等效五十多，扫街很舒服，先买35。\n"
    "\n"
    "引 | 赞 | 举报\n"
    "\n"
    "北窗\n"
    "入坛 2022-10-30  发言 56\n"
    "第3帖 2026-11-28 21:03\n"
    "\n"
    "老胶片 说\n"
    "半画幅上35mm等效五十多，扫街很舒服，先买35。\n"
    "\n"
    "同意楼上，50mm在半画幅上太长了，室内很难拍。\n"
    "\n"
    "引 | 赞 | 举报\n"
    "\n"
    "光影旅人\n"
    "入坛 2019-06-03  发言 1,204\n"
    "第4帖 2026-11-29 09:12\n"
    "\n"
    "谢谢两位，已经下单35mm了。\n"
    "\n"
    "引 | 赞 | 举报\n";

TEST(ForumPosts, DropsAPostsCardStampButtonsSignatureAndQuote) {
  const CleanedDocument c = CleanDocument(kBoardThread, SourceLayout::kWebDump, nullptr);
  for (const char* body : {"35mm 和 50mm 定焦，第一支该买哪个", "预算三千左右，主要拍街头和旅行",
                           "同意楼上，50mm在半画幅上太长了", "谢谢两位，已经下单35mm了。"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  EXPECT_TRUE(HasLine(c.text, "半画幅上35mm等效五十多，扫街很舒服，先买35。")) << c.text;
  for (const char* furniture :
       {"入坛", "发言", "第1帖", "第4帖", "引 | 赞", "光影旅人", "老胶片\n", "慢门慢生活", "老胶片 说"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  // The reply's quotation of the second post is gone; the post stays once.
  const std::string quoted = "扫街很舒服";
  EXPECT_EQ(c.text.find(quoted), c.text.rfind(quoted)) << c.text;
}

// A Discourse-like topic in Traditional: the poster's handle over a short
// date, the body, a row with the hearts' count and the reply button; an
// edit note between blank lines.
const char kTopic[] =
    "社群論壇\n"
    "家電討論\n"
    "\n"
    "掃地機器人值得買嗎？家裡有兩隻貓\n"
    "\n"
    "[avatar] huang_mei\n"
    "Dec 2\n"
    "\n"
    "家裡有兩隻貓，地上毛很多，想問掃地機器人吸得乾淨嗎？會不會卡在電線上？\n"
    "\n"
    "由 huang_mei 編輯於 2026/12/02 21:40\n"
    "\n"
    "♥ 4   回覆\n"
    "\n"
    "[avatar] kevin_tw\n"
    "Dec 2\n"
    "\n"
    "我用了兩年，貓毛吸得很乾淨，但是地上的電線要先收好。\n"
    "\n"
    "♥ 12   回覆\n"
    "\n"
    "[avatar] lin.0815\n"
    "Dec 3\n"
    "\n"
    "建議選有自動集塵座的，不然每天都要倒集塵盒。\n"
    "\n"
    "♥ 7   回覆\n";

TEST(ForumPosts, DropsATopicsHandlesDatesAndHeartRows) {
  const CleanedDocument c = CleanDocument(kTopic, SourceLayout::kWebDump, nullptr);
  for (const char* body :
       {"掃地機器人值得買嗎？家裡有兩隻貓", "想問掃地機器人吸得乾淨嗎", "貓毛吸得很乾淨", "建議選有自動集塵座的"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  for (const char* furniture : {"huang_mei", "kevin_tw", "lin.0815", "Dec ", "♥", "回覆", "編輯於"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A phpBB-like thread in Traditional: the topic's title, each post's title
// ("Re: …", punctuated, over every reply), "由 name » date" over the body,
// the poster's profile (name, 文章, 註冊時間) and "回到頂端" under it.
const char kPhpbbThread[] =
    "   [logo.png] 單車同好會\n"
    "     * 快速連結\n"
    "     * 常見問題\n"
    "     * 登入\n"
    "     * 註冊\n"
    "\n"
    "   討論區首頁 ‹ 公路車 ‹ 器材討論\n"
    "\n"
    "   第一台公路車預算三萬，該買鋁合金還是碳纖維？\n"
    "\n"
    "   發表回覆 搜尋這個主題… ____________ (BUTTON) 搜尋\n"
    "   5 篇文章 • 第 1 頁 (共 1 頁)\n"
    "\n"
    "   第一台公路車預算三萬，該買鋁合金還是碳纖維？\n"
    "\n"
    "   由 小風 » 2026-11-28 21:14\n"
    "\n"
    "   最近想入門公路車，預算大概三萬左右，店家推薦我鋁合金車架配105套件。\n"
    "   也有朋友說可以找二手碳纖維，請問大家怎麼選比較好？\n"
    "\n"
    "   小風\n"
    "   文章: 12\n"
    "   註冊時間: 2025-03-02\n"
    "\n"
    "   回到頂端\n"
    "\n"
    "   Re: 第一台公路車預算三萬，該買鋁合金還是碳纖維？\n"
    "\n"
    "   由 老鐵馬 » 2026-11-28 21:40\n"
    "\n"
    "   三萬的預算買新的鋁合金車比較穩，二手碳纖維要會看車架有沒有裂痕。\n"
    "\n"
    "   老鐵馬\n"
    "   文章: 3468\n"
    "   註冊時間: 2011-07-19\n"
    "\n"
    "   回到頂端\n"
    "\n"
    "   Re: 第一台公路車預算三萬，該買鋁合金還是碳纖維？\n"
    "\n"
    "   由 阿寬 » 2026-11-29 08:03\n"
    "\n"
    "   同意樓上，入門先把騎乘姿勢調好，比車架材質重要得多。\n"
    "\n"
    "   阿寬\n"
    "   文章: 201\n"
    "   註冊時間: 2019-10-05\n"
    "\n"
    "   回到頂端\n"
    "\n"
    "   Re: 第一台公路車預算三萬，該買鋁合金還是碳纖維？\n"
    "\n"
    "   由 小風 » 2026-11-29 10:15\n"
    "\n"
    "   謝謝大家，週末去店裡試騎後再決定。\n"
    "\n"
    "   小風\n"
    "   文章: 12\n"
    "   註冊時間: 2025-03-02\n"
    "\n"
    "   回到頂端\n"
    "\n"
    "   發表回覆 5 篇文章 • 第 1 頁 (共 1 頁)\n"
    "   返回「器材討論」\n"
    "   誰在線上\n"
    "   正在瀏覽這個版面的使用者：沒有註冊會員 和 1 位訪客\n"
    "   Powered by phpBB® Forum Software © phpBB Limited\n"
    "\n";

TEST(ForumPosts, DropsPostTitlesBylinesAndProfiles) {
  const CleanedDocument c = CleanDocument(kPhpbbThread, SourceLayout::kWebDump, nullptr);
  for (const char* body : {"最近想入門公路車", "三萬的預算買新的鋁合金車比較穩", "同意樓上，入門先把騎乘姿勢調好",
                           "謝謝大家，週末去店裡試騎後再決定。"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  for (const char* furniture : {"Re:", "由 ", "文章:", "註冊時間", "老鐵馬", "回到頂端", "phpBB"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  // The topic's title once, though the first post prints it again.
  const std::string title = "第一台公路車預算三萬，該買鋁合金還是碳纖維？";
  EXPECT_TRUE(HasLine(c.text, title)) << c.text;
  EXPECT_EQ(c.text.find(title), c.text.rfind(title)) << c.text;
}

// A topic as Discourse prints it without scripts, in Traditional: one line
// per post with the handle, the date and time and the floor ("alice_chen
// December 2, 2026, 9:14pm #1"), the body, sometimes a like count; no
// foot on every post.
const char kCrawlerTopic[] =
    "   [logo.png] 開源社群論壇\n"
    "\n"
    "   家用 NAS 要不要上 ZFS？\n"
    "\n"
    "   [1]硬體與伺服器\n"
    "\n"
    "   [avatar] alice_chen    December 2, 2026, 9:14pm   #1\n"
    "\n"
    "   最近組了一台四顆硬碟的 NAS，想問大家系統要用 ZFS 還是一般的 RAID5？\n"
    "   記憶體只有 16GB，不知道夠不夠。\n"
    "\n"
    "   [avatar] bob    December 2, 2026, 10:02pm   #2\n"
    "\n"
    "   16GB 跑 ZFS 沒問題，不開去重複就不太吃記憶體。\n"
    "\n"
    "   1 Like\n"
    "\n"
    "   [avatar] kernel.fan    December 3, 2026, 8:40am   #3\n"
    "\n"
    "   我自己用 ZFS 三年了，最喜歡的是快照，誤刪檔案可以馬上救回來。\n"
    "   建議搭配 ECC 記憶體，不過家用沒有也還好。\n"
    "\n"
    "   3 Likes\n"
    "\n"
    "   [avatar] alice_chen    December 3, 2026, 12:15pm   #4\n"
    "\n"
    "   謝謝兩位，那我就裝 ZFS 了。\n"
    "\n"
    "   Related topics\n"
    "     * 家用 NAS 硬碟推薦\n"
    "     * RAID5 重建失敗怎麼辦\n"
    "   Powered by Discourse, best viewed with JavaScript enabled\n"
    "\n";

TEST(ForumPosts, AFullStampOverEachPostIsEnough) {
  const CleanedDocument c = CleanDocument(kCrawlerTopic, SourceLayout::kWebDump, nullptr);
  for (const char* body : {"家用 NAS 要不要上 ZFS？", "最近組了一台四顆硬碟的 NAS", "16GB 跑 ZFS 沒問題",
                           "誤刪檔案可以馬上救回來", "謝謝兩位，那我就裝 ZFS 了。"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  for (const char* furniture : {"alice_chen", "kernel.fan", "December", "#3", "Likes", "Discourse"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A bbPress-like topic in Traditional script: its summary, the range of
// posts shown, the column header over them and each poster's role under
// the name go with the posts' cards; the bodies stay.
const char kTopicWithRoles[] =
    "   [logo.png] 單車同好會\n"
    "\n"
    "   首頁 › 論壇 › 保養維修 › 變速一直跳齒怎麼辦\n"
    "\n"
    "變速一直跳齒怎麼辦\n"
    "\n"
    "   本主題有 3 則回覆，3 位參與者，最後更新由 阿傑 於 1 天前。\n"
    "\n"
    "   目前顯示 4 篇文章 - 1 至 4 (總計 4)\n"
    "   作者 內容\n"
    "\n"
    "   2026年11月30日 下午8:02 #1201\n"
    "   [avatar_a.png]\n"
    "   小樂\n"
    "   會員\n"
    "\n"
    "   後變速換了新鏈條以後，踩到第三片就一直跳齒，調了高低限位螺絲也沒用，請問還能檢查哪裡？\n"
    "\n"
    "   2026年11月30日 下午9:15 #1202\n"
    "   [avatar_b.png]\n"
    "   老馬\n"
    "   版主\n"
    "\n"
    "   先看變速線的張力，新鏈條磨合後線會鬆，微調器往外轉半圈試試看。\n"
    "\n"
    "   2026年12月1日 上午7:40 #1205\n"
    "   [avatar_c.png]\n"
    "   阿傑\n"
    "   會員\n"
    "\n"
    "   也可能是吊耳歪了，摔過車的話最好請車店用校正工具量一下。\n"
    "\n"
    "   2026年12月1日 下午6:20 #1210\n"
    "   [avatar_b.png]\n"
    "   老馬\n"
    "   版主\n"
    "\n"
    "   補充一下，飛輪的鎖環如果沒鎖緊，也會有類似的跳齒情形。\n"
    "\n"
    "   目前顯示 4 篇文章 - 1 至 4 (總計 4)\n"
    "\n"
    "   您必須登入才能回覆此主題。\n";

TEST(ForumPosts, ATopicsSummaryRangeHeaderAndRolesGo) {
  const CleanedDocument c = CleanDocument(kTopicWithRoles, SourceLayout::kWebDump, nullptr);
  for (const char* body :
       {"變速一直跳齒怎麼辦", "踩到第三片就一直跳齒", "微調器往外轉半圈", "吊耳歪了", "飛輪的鎖環"}) {
    EXPECT_TRUE(Contains(c.text, body)) << body << "\n" << c.text;
  }
  for (const char* furniture : {"本主題有", "目前顯示", "作者 內容", "版主", "會員", "老馬"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

std::vector<PageLine> Lines(const std::string& text) { return MakePageLines(text); }

TEST(ForumPosts, AnArticleWithCommentsUnderItIsNoThread) {
  // The first head (the byline's date) has no foot before the next head:
  // the article is no post, and its readers' comments are not a thread.
  const std::string page =
      "家用洗碗機選購心得\n"
      "2026-12-01 21:07\n"
      "\n"
      "小廚房裝洗碗機，先量櫃子的深度和台面下的淨高，再看容量。\n"
      "嵌入式要留出散熱空間，水槽式則要看水槽的尺寸。\n"
      "\n"
      "評論\n"
      "阿文 2026-12-01 22:15\n"
      "我家櫃子只有42公分，看來只能買台式的了。\n"
      "回覆 | 讚\n"
      "小周 2026-12-02 08:40\n"
      "尺寸那段很有用，收藏了，我家台面下淨高只有80。\n"
      "回覆 | 讚\n"
      "碼農 2026-12-02 11:03\n"
      "請問洗完以後碗裡會不會有水漬？\n"
      "回覆 | 讚\n";
  std::string text = page;
  std::vector<PageLine> lines = Lines(text);
  EXPECT_TRUE(MarkForumPosts(lines).empty());
  for (const PageLine& l : lines) EXPECT_NE(l.reason, kForumFurniture) << l.raw;
}

TEST(ForumPosts, TablesAndMenusAreNoPosts) {
  // Rows of one shape side by side, and a menu printed at the top, in the
  // middle and at the foot of an article: no body between a head and a
  // foot of its own.
  const std::string page =
      "首頁 新聞 生活\n"
      "站點 2026-12-01 溫度 18\n"
      "站點 2026-12-02 溫度 17\n"
      "站點 2026-12-03 溫度 16\n"
      "今天氣溫下降，各地清晨最低溫約十六度。\n"
      "首頁 新聞 生活\n"
      "明天鋒面通過，北部有短暫陣雨。\n"
      "首頁 新聞 生活\n"
      "週末天氣回穩，白天溫暖。\n"
      "首頁 新聞 生活\n";
  std::vector<PageLine> lines = Lines(page);
  EXPECT_TRUE(MarkForumPosts(lines).empty());
}

// A thread's title left out by the main text over the first floor's card
// header and its button row (Simplified, an engine no rule names; on lines,
// as the rules before it leave them: a page written in this shape kept its
// title by the head search already): the title comes back, the board's
// name does not, and nothing comes back where a line above is kept.
TEST(ForumPosts, AThreadsTitleOverTheFirstFloorsCardComesBack) {
  const char kThread[] =
      "   家居装修 讨论区\n\n"
      "   【经验】老房水电改造：线管怎么走、开关插座怎么布置（附清单）\n\n"
      "   #1 楼主 青瓦白墙 (uid_20391) Lv.9 2026-11-30 20:11:05\n"
      "   (BUTTON) 点赞  (BUTTON) 收藏\n"
      "   老房水电改造最怕返工，线管一定要横平竖直，开关插座的位置先在墙上画出来再开槽。\n"
      "   #2 2楼 晚风吹过 (uid_55120) Lv.3 2026-11-30 20:40:12\n"
      "   请问老房水电改造的线管走顶还是走地？开关插座的高度有讲究吗？\n";
  std::vector<PageLine> lines = MakePageLines(kThread);
  const auto mark = [&](std::vector<PageLine>& ls) {
    for (PageLine& l : ls) l.reason.clear();
    ls[0].reason = ls[2].reason = "outside the main text";
    ls[4].reason = ls[7].reason = kForumFurniture;
    ls[5].reason = "button or form field";
  };
  mark(lines);
  EXPECT_EQ(KeepThreadTitle(lines), std::optional<size_t>(2));
  EXPECT_EQ(lines[2].reason, "");
  EXPECT_EQ(lines[0].reason, "outside the main text");
  mark(lines);
  lines[0].reason.clear();  // a line above kept already: no second title
  EXPECT_EQ(KeepThreadTitle(lines), std::nullopt);
}

}  // namespace forum_posts_test
}  // namespace wenyuan::clean
