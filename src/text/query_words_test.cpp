#include "text/query_words.h"

#include <gtest/gtest.h>

namespace wenyuan::text {
namespace {

TEST(QueryWords, ClassifiesQuestionWordsInBothScripts) {
  for (const char* w :
       {"什么", "什麼", "哪一", "哪个", "哪個", "如何",   "为何",   "為何", "为什么", "為什麼", "多少",  "是否",
        "吗",   "嗎",   "呢",   "怎么", "谁",   "哪一年", "哪一種", "何人", "幾年",   "是誰",   "什麼樣"}) {
    EXPECT_EQ(Classify(w), QueryWordKind::kQuestionWord) << w;
  }
}

TEST(QueryWords, ClassifiesStopWords) {
  for (const char* w : {"的", "了", "是", "在", "和", "與", "与", "这", "the", "一種", "时候"}) {
    EXPECT_EQ(Classify(w), QueryWordKind::kStopWord) << w;
  }
}

TEST(QueryWords, EverythingElseIsContent) {
  for (const char* w : {"发展", "台湾", "gpt-4o", "国科会", "2024年", "", "什"}) {
    EXPECT_EQ(Classify(w), QueryWordKind::kContent) << w;
  }
  EXPECT_EQ(QueryWordKindName(QueryWordKind::kQuestionWord), "question");
  EXPECT_EQ(QueryWordKindName(QueryWordKind::kStopWord), "stop");
  EXPECT_EQ(QueryWordKindName(QueryWordKind::kContent), "content");
}

}  // namespace
}  // namespace wenyuan::text
