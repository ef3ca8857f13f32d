// The answer-furniture rules on lines written for this test, in both
// scripts: badges, sort tabs, counters, answer buttons, a comment under an
// answer, answer counts and headers with how long ago are named; an
// answer's own short lines are not, nor one such header on another page.
#include "clean/answer_furniture.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// One header of that shape on a page that is no Q&A page, and a row of
// numbers there, stay.
TEST(AnswerFurniture, OneAgeHeaderIsNoAnswerPage) {
  std::vector<PageLine> lines = {MakePageLine("今日新闻 · 2小时前"), MakePageLine("2023 2024 2025")};
  MarkAnswerFurniture(lines);
  EXPECT_EQ(lines[0].reason, "");
  EXPECT_EQ(lines[1].reason, "");
}

}  // namespace
}  // namespace wenyuan::clean
