// The answer-furniture rules on lines written for this test, in both
// scripts: badges, sort tabs, counters, answer buttons and a comment under
// an answer are named; an answer's own short lines are not.
#include "clean/answer_furniture.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace wenyuan::clean
