// The answer-furniture rules on lines written for this test, in both
// scripts: badges, sort tabs, counters, answer buttons, a comment under an
// answer, answer counts and headers with how long ago are named; an
// answer's own short lines are not, nor one such header on another page.
#include "clean/answer_furniture.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

std::string Reason(std::string_view raw) { return AnswerFurnitureReason(MakePageLine(raw)); }

TEST(AnswerFurniture, Lines) {
  EXPECT_EQ(Reason("✓ 已被採納"), "accepted-answer badge");
  EXPECT_EQ(Reason("最佳答案"), "accepted-answer badge");
  EXPECT_EQ(Reason("默认排序 时间排序"), "sort tabs");
  EXPECT_EQ(Reason("按票數排序 | 按時間排序"), "sort tabs");
  EXPECT_EQ(Reason("     * 8.6k"), "reputation or reaction counter");
  EXPECT_EQ(Reason("邀請回答"), "answer button");
  EXPECT_EQ(Reason("阿明：照這樣改就好了，謝謝！ · 2026-03-02 21:15"), "comment under an answer");
  // An answer's own short lines.
  EXPECT_EQ(Reason("8.6"), "");
  EXPECT_EQ(Reason("結論：兩種寫法都可以。"), "");
  EXPECT_EQ(Reason("排序的方法有兩種：快速排序和合併排序。"), "");
}

// A sort selector under its label, in both scripts, over comments,
// reviews or a listing; a ranking's own rows and rules stay.
TEST(AnswerFurniture, LabelledSortRows) {
  for (const char* row : {"排序：最新 | 最早 | 讚數最多", "排序方式：默认 | 最新 | 最热", "排序：按时间 按热度",
                          "Sort by: Newest | Oldest | Top", "留言排序：最新 最早", "评论排序：热门｜最新",
                          "排序:  最新  最舊", "排序方式：相關度 | 依日期 ▾"}) {
    EXPECT_EQ(Reason(row), "sort tabs") << row;
  }
  for (const char* line :
       {"排序：依姓氏筆畫排列。", "排序方式：按照考生總分由高到低排列，總分相同者以數學成績高者優先。",
        "名次排序：第一名 王小明", "排序：甲 乙 丙"}) {
    EXPECT_EQ(Reason(line), "") << line;
  }
}

TEST(AnswerFurniture, CountsLabelsAndBadgesOfAQuestion) {
  EXPECT_EQ(Reason("最佳解答"), "accepted-answer badge");
  EXPECT_EQ(Reason("4 個解答"), "answer count");
  EXPECT_EQ(Reason("共12个回答"), "answer count");
  EXPECT_EQ(Reason("更新："), "asker's update label");
  EXPECT_EQ(Reason("问题补充："), "asker's update label");
  EXPECT_EQ(Reason("4 個解答都說要換零件，我覺得未必。"), "");
  EXPECT_EQ(Reason("更新：下午已經修好了。"), "");
}

bool AgeHeader(std::string_view line) { return IsDottedAgeHeader(DecodeUtf32(line)); }

TEST(AnswerFurniture, HeadersWithHowLongAgo) {
  EXPECT_TRUE(AgeHeader("林小姐 林小姐 · 3 年前"));
  EXPECT_TRUE(AgeHeader("数码产品 · 2小时前"));
  EXPECT_TRUE(AgeHeader("路人甲 提问时间： 数码产品 · 2 个月前"));
  EXPECT_FALSE(AgeHeader("记者 王明 · 2小时前"));
  EXPECT_FALSE(AgeHeader("林小姐 · 2025-03-14"));
  EXPECT_FALSE(AgeHeader("我三年前換過一次，後來就沒再壞了 · 3 年前。"));
}

// A small Q&A page written for this test: two answers under a question,
// each with its header and a row of reaction counts.
TEST(AnswerFurniture, AQuestionsAnswersKeepOnlyTheirText) {
  const char* page[] = {
      "冷氣滴水是什麼原因？",
      "路人甲 發問時間： 家電 · 2 年前",
      "冷氣裝好半年，最近室內機一直滴水。",
      "2 個解答",
      "最佳解答",
      "王師傅 王師傅 · 2 年前",
      "多半是排水管堵住了，請人清一下就好。",
      "0 1 0",
      "小美 小美 · 2 年前",
      "我家也是，清完濾網就沒再滴了。",
      "3 0",
  };
  std::vector<PageLine> lines;
  for (const char* raw : page) lines.push_back(MakePageLine(raw));
  MarkAnswerFurniture(lines);
  std::vector<std::string> kept;
  for (const PageLine& l : lines) {
    if (l.reason.empty()) kept.push_back(std::string(l.raw));
  }
  EXPECT_EQ(kept, (std::vector<std::string>{"冷氣滴水是什麼原因？", "冷氣裝好半年，最近室內機一直滴水。",
                                            "多半是排水管堵住了，請人清一下就好。", "我家也是，清完濾網就沒再滴了。"}));
}

// A Q&A engine's answers, each under its answerer's header and the row of
// who voted for it; the question's topic tags over the question go, its
// text and the answers' text stay. A header-shaped line over a sentence
// that names voters ("赞同来自各方") is no such row.
TEST(AnswerFurniture, AnswerersHeadersOverTheirVotersRows) {
  const char* page[] = {
      "鱼缸  水草  新手",
      "新开的草缸水一直发白，要换水吗？",
      "缸子开了五天，水一直雾蒙蒙的，滤材是新买的。",
      "",
      "[avatar_1.jpg] 阿青 - 养草十年",
      "赞同来自: 小溪 、 木木 等 12 人",
      "",
      "新缸发白是细菌爆发，正常现象，别大换水，一周左右会自己清。",
      "",
      "[avatar_2.jpg] 木木",
      "贊同來自：阿青 等 3 人",
      "",
      "可以加点硝化细菌，会快一些。",
      "",
      "各方意见",
      "赞同来自各方的意见都有道理。",
  };
  std::vector<PageLine> lines;
  for (const char* raw : page) lines.push_back(MakePageLine(raw));
  MarkAnswerFurniture(lines);
  std::vector<std::string> kept;
  for (const PageLine& l : lines) {
    if (l.kept()) kept.push_back(std::string(l.raw));
  }
  EXPECT_EQ(kept, (std::vector<std::string>{
                      "新开的草缸水一直发白，要换水吗？", "缸子开了五天，水一直雾蒙蒙的，滤材是新买的。",
                      "新缸发白是细菌爆发，正常现象，别大换水，一周左右会自己清。", "可以加点硝化细菌，会快一些。",
                      "各方意见", "赞同来自各方的意见都有道理。"}));
}

// One header of that shape on a page that is no Q&A page, and a row of
// numbers there, stay.
TEST(AnswerFurniture, OneAgeHeaderIsNoAnswerPage) {
  std::vector<PageLine> lines = {MakePageLine("今日新闻 · 2小时前"), MakePageLine("2023 2024 2025")};
  MarkAnswerFurniture(lines);
  EXPECT_EQ(lines[0].reason, "");
  EXPECT_EQ(lines[1].reason, "");
}

// Comments under a bare label, a header and short text, in both scripts;
// an answer's text under its own header, or under a label with no header,
// stays.
TEST(AnswerFurniture, CommentsUnderABareLabel) {
  const char* comments[] = {
      "   评论\n   用户A 2026-11-18 15:26\n   改了配置，现在正常了，感谢！\n",
      "   評論\n   阿明 2026/11/18 15:26\n   照做成功了，謝謝！\n",
      "   留言 (1)\n   小王 2026-11-18\n   请问这个在 Windows 上也适用吗？\n",
      "   回覆\n   Kevin 2026-11-18 08:00\n   補充：要先重啟服務。\n",
      "   Comments\n   Alice 2026-11-18 15:26\n   Thanks, it works now.\n",
      "   1 条评论\n   用户B 2026-11-18 15:26\n   我也遇到了\n   换成长连接就好了\n",
      "   评论\n   用户C 3小时前\n   同问\n",
      "   評論\n   匿名 2026-01-02\n   這個方法我試過\n\n   下一個回答的內容在這裡，與評論無關。\n",
  };
  for (const char* c : comments) {
    std::vector<PageLine> lines = MakePageLines(c);
    MarkAnswerFurniture(lines);
    for (size_t i = 0; i < 3; ++i) EXPECT_FALSE(lines[i].kept()) << c << i;
    if (lines.size() > 4) {
      EXPECT_TRUE(lines.back().kept()) << c;
    }
  }
  const char* stay[] = {
      // A label over a blank line and an answer.
      "   评论\n\n   这个问题的根源是代理层超时，改 proxy_read_timeout 即可。\n",
      // A long paragraph under the header.
      "   评论\n   用户A 2026-11-18 15:26\n   "
      "这个问题我研究了很久，最后发现是负载均衡器的空闲超时在起作用，它默认六十秒就会把没有数据的连接断开，所以光改 "
      "Nginx 没有用，还要去控制台把监听器的空闲超时一起调大，或者在应用层加心跳，每三十秒发一个 ping "
      "帧，客户端收到后回 pong，这样中间层就不会把连接当成空闲。\n",
      // A section heading over the text, no header.
      "   評論\n   這部電影的節奏掌握得很好，值得一看。\n",
      // An answer's own header and text, no label.
      "   回答于 2026-11-18 15:02\n   在 location 里加上：\n   proxy_read_timeout 3600s;\n",
  };
  for (const char* c : stay) {
    std::vector<PageLine> lines = MakePageLines(c);
    MarkAnswerFurniture(lines);
    EXPECT_TRUE(lines.back().kept()) << c;
  }
}

// A run of comments under one label goes whole; floors under a thread's
// count with sort tabs (no bare label) are posts and stay.
TEST(AnswerFurniture, ARunOfCommentsUnderOneLabel) {
  std::vector<PageLine> lines = MakePageLines(
      "   回复 (3)\n"
      "   #1 [a.jpg] 山城小猫 2026-10-02 09:15\n   写得真好，收藏了。\n"
      "   #1-1 [b.jpg] 作者本人 2026-10-02 10:01\n   谢谢支持！\n"
      "   #2 [c.jpg] 路人乙 2026-10-03 21:40\n   第二段说得太对了。\n   我也有同感。\n\n"
      "   发表回复\n");
  MarkAnswerFurniture(lines);
  for (size_t i = 0; i < 8; ++i) EXPECT_FALSE(lines[i].kept()) << i;
  EXPECT_NE(lines[9].reason, "comment under an answer");  // the reply form, after a blank line

  std::vector<PageLine> thread = MakePageLines(
      "   共 86 則留言   熱門 | 最新\n"
      "   B1  某大學  12月5日 10:41\n   恭喜原PO！作品集放哪裡？\n"
      "   B2  某大學  12月5日 11:03\n   請問面試考什麼？\n");
  MarkAnswerFurniture(thread);
  EXPECT_TRUE(thread[2].kept());
  EXPECT_TRUE(thread[4].kept());
}

// A Q&A page of another site than the fold's, written for this test
// (Traditional): the tags under the question, the asker's line, the answer
// count beside its sort row, each answer's name, bio and date, and the
// comments under an answer's reaction row go; the question and the
// answers' texts stay.
const char kAnswersWithHeadsAndComments[] =
    "   [知識站]\n     * 首頁\n     * 問答\n   登入 | 註冊\n   問答 > 健康 > 營養\n\n"
    "空腹喝咖啡真的會傷胃嗎？\n\n"
    "   咖啡  胃酸  營養  早餐\n   陳小姐 發問於 3 天前\n\n"
    "   每天早上起床第一件事就是喝一杯黑咖啡，同事說這樣很傷胃，是真的嗎？\n\n"
    "   (BUTTON) 追蹤問題 (BUTTON) 撰寫回答\n\n"
    "   3 則回答    依票數排序 | 依時間排序\n\n"
    "   [avatar] 林醫師\n   家庭醫學科專科醫師\n   2026-03-02 14:20\n\n"
    "   咖啡會刺激胃酸分泌，本身有胃食道逆流或胃潰瘍的人，空腹喝確實容易不舒服；腸胃健康的人一般不會因此受傷，但如果喝"
    "完覺得灼熱，建議先吃點東西。\n\n"
    "   讚 45 · 留言 3 · 分享 · 檢舉\n   王先生：謝謝，很清楚！\n   小美：請問加牛奶會比較好嗎？\n   查看全部 3 "
    "則留言\n\n"
    "   [avatar] 營養師小安\n   2026-03-03 09:05\n\n"
    "   加一點牛奶或搭配早餐一起喝，可以減少對胃的刺激；另外淺焙咖啡的酸度較高，胃敏感的人可以改喝深焙。\n\n"
    "   讚 12 · 留言 0 · 分享 · 檢舉\n\n"
    "   [avatar] 路人甲\n   2026-03-04 22:31\n\n"
    "   我自己是改成早餐後再喝，就沒有再胃痛了。\n\n"
    "   讚 3 · 留言 0 · 分享 · 檢舉\n\n"
    "   相關問題\n     * 咖啡因一天攝取多少才安全？\n   © 2026 知識站\n";

TEST(AnswerFurniture, AnAnswersHeadsAskerTagsCountAndCommentsGo) {
  const CleanedDocument c = CleanDocument(kAnswersWithHeadsAndComments, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "空腹喝咖啡真的會傷胃嗎？")) << c.text;
  EXPECT_TRUE(Contains(c.text, "每天早上起床第一件事就是喝一杯黑咖啡")) << c.text;
  EXPECT_TRUE(Contains(c.text, "咖啡會刺激胃酸分泌")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "我自己是改成早餐後再喝，就沒有再胃痛了。")) << c.text;
  for (const char* gone : {"咖啡  胃酸", "發問於", "3 則回答", "林醫師", "家庭醫學科專科醫師", "營養師小安", "王先生：",
                           "小美：", "2026-03-02"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
  EXPECT_EQ(Reason("陳小姐 發問於 3 天前"), "asker's header");
  EXPECT_EQ(Reason("[avatar] 一位讀者 提问于 2026-01-09 21:14"), "asker's header");
  EXPECT_EQ(Reason("5 个回答  默认排序 时间排序"), "answer count");
  EXPECT_EQ(Reason("我在提问于去年的帖子里说过，2026-01-09 那天"), "");
}

}  // namespace
}  // namespace wenyuan::clean
