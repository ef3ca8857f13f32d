// The forum user-card rules on a thread written for this test in the other
// script and another board's layout (level lines, vote rows, handles,
// signature blocks, a board notice and a list of other threads), and on an
// article whose level and count lines are text; and on a topic page whose
// replies are headed by how long ago they were posted.
#include "clean/forum_user_cards.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace forum_user_cards_test {

TEST(ForumUserCards, ShapesOfCardLines) {
  EXPECT_TRUE(IsForumLevelLine(U"Lv.12  头衔：资深玩家"));
  EXPECT_TRUE(IsForumLevelLine(U"LV 3"));
  EXPECT_TRUE(IsForumLevelLine(U"等级：27"));
  EXPECT_FALSE(IsForumLevelLine(U"Lvov 是乌克兰西部的城市。"));
  EXPECT_FALSE(IsForumLevelLine(U"等级越高的玩家，可以进入的副本越多。"));
  EXPECT_TRUE(IsVoteCounterRow("顶 15  踩 2"));
  EXPECT_TRUE(IsVoteCounterRow("GP 3  BP -"));
  EXPECT_TRUE(IsVoteCounterRow("讚 1.2k  回覆 40"));
  EXPECT_FALSE(IsVoteCounterRow("顶 15"));
  EXPECT_FALSE(IsVoteCounterRow("我 买了 两台 相机"));
}

const char kThread[] =
    "游戏论坛 › 单机游戏 › 帖子\n"
    "[求助] 第三章的机关石门怎么开，是不是漏了道具？\n"
    "============================\n"
    "#1  楼主\n"
    "[avatar.png] 夜行的猫 (night_cat01)\n"
    "Lv.15  头衔：资深玩家\n"
    "2025-03-08 22:14:05  编辑\n"
    "顶 15  踩 2\n"
    "第三章那扇石门旁边有四个灯台，我全部点亮了门还是不开，是不是前面漏拿了什么道具？\n"
    "已经来回跑了三遍地图，实在没有头绪，求各位指点。\n"
    "我现在的装备是第二章商店买的长剑和皮甲，背包里有火把、绳子和两瓶回复药。\n"
    "── 签名档 ──\n"
    "猫在哪里，家就在哪里\n"
    "============================\n"
    "#2\n"
    "[avatar.png] 老船长 (captain_old)\n"
    "Lv.42\n"
    "2025-03-08 22:40:31\n"
    "顶 30  踩 -\n"
    "灯台要按顺序点：先左后右，再点中间两个，顺序错了会自动熄灭。\n"
    "另外门后的宝箱记得开，里面有下一章要用的钥匙。\n"
    "── 签名档 ──\n"
    "欢迎加入船长攻略组｜每周五晚直播\n"
    "============================\n"
    "#3  楼主\n"
    "[avatar.png] 夜行的猫 (night_cat01)\n"
    "Lv.15\n"
    "2025-03-09 09:02:47\n"
    "顶 4  踩 -\n"
    "按船长说的顺序点完，门开了！宝箱里果然有钥匙，谢谢大家。\n"
    "── 签名档 ──\n"
    "猫在哪里，家就在哪里\n"
    "============================\n"
    "版务公告：求助帖请在标题注明章节，重复发帖将被删除。\n"
    "相关主题\n"
    "  * [攻略] 第三章全收集路线图\n"
    "  * [讨论] 最终章的隐藏结局怎么触发？\n"
    "游戏论坛 © 2025\n";

TEST(ForumUserCards, DropsCardsSignaturesAndTheBoardsClosing) {
  const CleanedDocument c = CleanDocument(kThread, SourceLayout::kWebDump, nullptr);
  for (const char* text : {"灯台，我全部点亮了门还是不开", "已经来回跑了三遍地图", "灯台要按顺序点", "门后的宝箱记得开",
                           "按船长说的顺序点完"}) {
    EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
  }
  for (const char* furniture : {"Lv.", "头衔", "2025-03-0", "顶 ", "night_cat01", "captain_old", "猫在哪里",
                                "船长攻略组", "版务公告", "相关主题", "第三章全收集", "隐藏结局", "楼主"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

TEST(ForumUserCards, ButtonPicturesWithCountsAreVoteRows) {
  EXPECT_TRUE(IsVoteCounterRow("[thumb-up] 187  [thumb-down] 3"));
  EXPECT_TRUE(IsVoteCounterRow("[讚] 12 [噓] 0"));
  EXPECT_FALSE(IsVoteCounterRow("[thumb-up] 187"));
  EXPECT_FALSE(IsVoteCounterRow("[图片] 第3张 [图片] 第4张"));
  // A thread whose floors print "#N name time ago" and a row of thumbs.
  const char kThread[] =
      "通勤台\n"
      "輕鐵今朝又停駛 屯門站人龍排到街口\n"
      "#1 屯門老街坊 2小時前\n"
      "今朝七點幾輕鐵話電力故障，屯門站去元朗方向全部停駛，排隊等巴士排到出晒街口。\n"
      "[thumb-up] 88  [thumb-down] 2\n"
      "#2 元朗返工仔 1小時前\n"
      "我轉搭小巴都要等半個鐘，今日實遲到。\n"
      "[thumb-up] 41  [thumb-down] 0\n"
      "#3 天水圍師奶 30分鐘前\n"
      "聽講九點已經回復正常，但係班次仲係好亂。\n"
      "[thumb-up] 12  [thumb-down] 1\n";
  const CleanedDocument c = CleanDocument(kThread, SourceLayout::kWebDump, nullptr);
  for (const char* text : {"今朝七點幾輕鐵話電力故障", "我轉搭小巴都要等半個鐘", "聽講九點已經回復正常"}) {
    EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
  }
  for (const char* furniture : {"thumb", "88", "屯門老街坊", "小時前", "分鐘前"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

TEST(ForumUserCards, LeavesAnArticleAlone) {
  const char kArticle[] =
      "玩家等级制度的变化\n"
      "2025-03-08 10:00\n"
      "本作把玩家等级上限从五十级提高到八十级，等级越高，可以进入的副本越多。\n"
      "Lv.50\n"
      "达到五十级后，玩家可以选择第二职业，并获得一次免费重置技能的机会。\n"
      "顶 15  踩 2\n"
      "开发团队表示，新的等级制度会在下个月的更新中上线。\n";
  const CleanedDocument c = CleanDocument(kArticle, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "Lv.50")) << c.text;
  EXPECT_TRUE(Contains(c.text, "第二职业")) << c.text;
}

TEST(ForumUserCards, RankLines) {
  EXPECT_TRUE(IsForumLevelLine(U"级别: 学徒"));
  EXPECT_TRUE(IsForumLevelLine(U"頭銜：版主"));
  EXPECT_TRUE(IsForumLevelLine(U"用户组：注册会员"));
  EXPECT_FALSE(IsForumLevelLine(U"级别：这次比赛分为青年组和成年组两个级别"));
  EXPECT_FALSE(IsForumLevelLine(U"級別越高，能用的功能越多。"));
}

// A thread written for this test in Traditional: each floor's poster name
// stands over a card of rank and count lines, and a reply names the post it
// answers.
const char kRankedThread[] =
    "模型論壇 > 鐵道模型 > 討論區\n"
    "[討論] 入門該選 N 規還是 HO 規？\n"
    "\n"
    "小站長\n"
    "級別: 見習\n"
    "威望: 0\n"
    "發帖: 212\n"
    "註冊: 2019-04-02\n"
    "#0 樓主 2025-03-10 20:11\n"
    "家裡空間不大，想先買一組入門套裝，不知道 N 規和 HO 規哪個比較適合新手？\n"
    "回覆 引用 評分 檢舉\n"
    "\n"
    "老車掌\n"
    "級別: 騎士\n"
    "威望: 8\n"
    "發帖: 5310\n"
    "註冊: 2010-11-20\n"
    "#1 2025-03-10 20:45\n"
    "空間小就選 N 規，同樣的桌面可以鋪出兩倍長的路線。\n"
    "回覆 引用 評分 檢舉\n"
    "\n"
    "月台邊\n"
    "級別: 見習\n"
    "威望: 0\n"
    "發帖: 48\n"
    "註冊: 2024-01-15\n"
    "#2 2025-03-10 21:02\n"
    "Reply to Reply Post by 老車掌 (2025-03-10 20:45)\n"
    "同意，不過 HO 規的細節比較好看，拍照比較有感覺。\n"
    "回覆 引用 評分 檢舉\n";

TEST(ForumUserCards, NamesOverRankCardsAndReplyReferencesGo) {
  const CleanedDocument c = CleanDocument(kRankedThread, SourceLayout::kWebDump, nullptr);
  for (const char* text : {"哪個比較適合新手", "空間小就選 N 規", "HO 規的細節比較好看"}) {
    EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
  }
  for (const char* furniture : {"小站長", "老車掌", "月台邊", "級別", "Reply to", "威望"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
}

// A topic page of a tech community, written for this test in Traditional:
// the poster's line with dots, an addendum's header, a tag row of Latin and
// Han tags, a reply count with the last reply's time, and each reply's
// name, time ago (with its device and thanks) and floor number; under the
// reply box's prompt, a register box and hot topics.
const char kTimeAgoThread[] =
    "   [logo.png]\n"
    "   社群  ›  硬體\n"
    "\n"
    "舊筆電換 SSD 後開機變慢，是哪裡沒設定好？\n"
    "\n"
    "   [avatar_large.png]\n"
    "   tsaiwen · 6 小時 12 分鐘前 · 904 次點擊\n"
    "\n"
    "   上週把家裡那台八年前的筆電換成 SATA SSD，系統是重新安裝的，可是開機反而比以前慢，大概要一分鐘。\n"
    "\n"
    "   第 1 則補充  ·  2 小時 5 分鐘前\n"
    "   BIOS 已經改成 AHCI 了，還是一樣慢。\n"
    "\n"
    "   筆電   SSD   Windows   開機\n"
    "   5 則回覆    •    2026-11-30 21:04:18 +08:00\n"
    "\n"
    "   [avatar_normal.png]\n"
    "   moonriver\n"
    "   5 小時 58 分鐘前 via iPhone   ♥ 2\n"
    "   1\n"
    "   先看看是不是開了快速啟動，舊機器的驅動常常和它不合。\n"
    "\n"
    "   [avatar_normal.png]\n"
    "   kevin0412\n"
    "   5 小時 30 分鐘前\n"
    "   2\n"
    "   到事件檢視器看開機效能的紀錄，會寫是哪個服務拖慢的。\n"
    "\n"
    "   [avatar_normal.png]\n"
    "   tsaiwen\n"
    "   4 小時 2 分鐘前 via Android\n"
    "   3\n"
    "   @kevin0412 找到了，是舊的觸控板驅動一直在等逾時，移除後十秒就開好了。\n"
    "\n"
    "   登入後才能回覆  ·  還沒有帳號？ 現在註冊\n"
    "\n"
    "   社群 = 動手的人聚在一起\n"
    "   現在註冊\n"
    "   已有帳號請 登入\n"
    "   今日熱議\n"
    "     * [avatar_mini.png] 年底換手機，大家都選哪一款？\n"
    "     * [avatar_mini.png] 第一次自己組電腦就上手了\n";

TEST(ForumUserCards, TimeAgoHeadersNamesAndFloorNumbersGo) {
  const CleanedDocument c = CleanDocument(kTimeAgoThread, SourceLayout::kWebDump, nullptr);
  for (const char* text :
       {"開機反而比以前慢", "BIOS 已經改成 AHCI 了", "是不是開了快速啟動", "事件檢視器", "移除後十秒就開好了"}) {
    EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
  }
  for (const char* furniture : {"次點擊", "第 1 則補充", "Windows", "則回覆", "moonriver", "via", "分鐘前", "註冊",
                                "今日熱議", "換手機", "自己組電腦"}) {
    EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
  }
  for (const char* floor : {"1", "2", "3"}) EXPECT_FALSE(HasLine(c.text, floor)) << floor << "\n" << c.text;
}

// A poster's standing on the card ("身份: 用户"), in both scripts.
TEST(ForumUserCards, StandingLines) {
  EXPECT_TRUE(IsForumLevelLine(U"身份: 用户"));
  EXPECT_TRUE(IsForumLevelLine(U"身份：版主"));
  EXPECT_TRUE(IsForumLevelLine(U"稱號：資深會員"));
  EXPECT_TRUE(IsForumLevelLine(U"等級：見習"));
  EXPECT_FALSE(IsForumLevelLine(U"身份：申請人須為年滿十八歲的本市居民。"));
  EXPECT_FALSE(IsForumLevelLine(U"身份證明文件須與申請表一併遞交"));
}

// A thread whose posters break their lines without punctuation, each
// post's vote row above its text and its action row below: a post of one
// line under the vote row, and a post's last line right under its other
// lines, are the post's, no signature. In both scripts.
TEST(ForumUserCards, APostsLastLineAboveItsActionRowIsNoSignature) {
  const char* threads[] = {
      "   单车论坛 > 骑行路线\n\n"
      "   周末骑去水库要准备什么\n\n"
      "   #1\n   [avatar.gif] 山边骑手\n   2026/03/02 20:11\n   [顶] 12 [踩] 0\n\n"
      "   第一次骑长途，单程四十公里左右，路上没有补给点\n"
      "   想问水和干粮带多少才够\n\n"
      "   (BUTTON) 引用 (BUTTON) 回复 (BUTTON) 举报\n\n"
      "   #2\n   [avatar.gif] 老车友\n   2026/03/02 20:30\n   [顶] 8 [踩] 0\n\n"
      "   两瓶水加几根香蕉就够，记得带打气筒\n\n"
      "   (BUTTON) 引用 (BUTTON) 回复 (BUTTON) 举报\n",
      "   單車討論區 > 踩車路線\n\n"
      "   週末踩去水塘要準備啲乜\n\n"
      "   #1\n   [avatar.gif] 山邊單車友\n   2026/03/02 20:11\n   [正] 12 [負] 0\n\n"
      "   第一次踩長途，單程四十公里左右，路上冇補給站\n"
      "   想問水同乾糧帶幾多先夠\n\n"
      "   (BUTTON) 引用 (BUTTON) 回覆 (BUTTON) 舉報\n\n"
      "   #2\n   [avatar.gif] 老車友\n   2026/03/02 20:30\n   [正] 8 [負] 0\n\n"
      "   兩支水加幾條香蕉就夠，記得帶打氣筒\n\n"
      "   (BUTTON) 引用 (BUTTON) 回覆 (BUTTON) 舉報\n"};
  const char* kept[][3] = {{"第一次骑长途", "想问水和干粮带多少才够", "两瓶水加几根香蕉就够"},
                           {"第一次踩長途", "想問水同乾糧帶幾多先夠", "兩支水加幾條香蕉就夠"}};
  for (int t = 0; t < 2; ++t) {
    const CleanedDocument c = CleanDocument(threads[t], SourceLayout::kWebDump, nullptr);
    for (const char* text : kept[t]) EXPECT_TRUE(Contains(c.text, text)) << text << "\n" << c.text;
    for (const char* furniture : {"BUTTON", "2026/03/02", "12"}) {
      EXPECT_FALSE(Contains(c.text, furniture)) << furniture << "\n" << c.text;
    }
  }
}

}  // namespace forum_user_cards_test
}  // namespace wenyuan::clean
