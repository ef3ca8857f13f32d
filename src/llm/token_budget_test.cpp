#include "llm/token_budget.h"

#include <gtest/gtest.h>

namespace wenyuan::llm {
namespace {

TEST(EstimateTokens, CountsEachCjkCharacterAndPunctuationOnce) {
  EXPECT_EQ(EstimateTokens("資通安全"), 4u);
  EXPECT_EQ(EstimateTokens("資通安全。"), 5u);
  EXPECT_EQ(EstimateTokens("ひらがな한국"), 6u);
  EXPECT_EQ(EstimateTokens(""), 0u);
  EXPECT_EQ(EstimateTokens("  \n\t　"), 0u);
}

TEST(EstimateTokens, CountsLatinWordsAtOnePointThreeRoundedUp) {
  EXPECT_EQ(EstimateTokens("hello"), 2u);              // ceil(1.3)
  EXPECT_EQ(EstimateTokens("hello world again"), 4u);  // ceil(3.9)
}

TEST(EstimateTokens, MixesScripts) {
  // "ISO", "27001", "5" are three words (3.9 -> 4) plus 第 and 條 (2).
  EXPECT_EQ(EstimateTokens("ISO 27001 第5條"), 6u);
  // "GDPR" (1.3 -> 2) plus 個資法 (3) plus "、" (1).
  EXPECT_EQ(EstimateTokens("GDPR、個資法"), 6u);
}

TEST(EvidenceBudget, SetsAsideTheFixedPromptAndTheReply) {
  EXPECT_EQ(EvidenceBudget(4096, 300, 768), 3028u);
  EXPECT_EQ(EvidenceBudget(1000, 300, 700), 0u);
  EXPECT_EQ(EvidenceBudget(1000, 600, 700), 0u);
}

TEST(FitTexts, KeepsLeadingTextsThatFitInOrder) {
  std::vector<std::string> texts = {"一二三四五", "六七八", "九十"};
  auto kept = FitTexts(texts, 8, EstimateTokens, 100);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0], "一二三四五");
  EXPECT_EQ(kept[1], "六七八");
}

TEST(FitTexts, CutsTheFirstTextThatDoesNotFitWhenEnoughRoomIsLeft) {
  std::vector<std::string> texts = {"一二三", "四五六七八九十", "後面"};
  auto kept = FitTexts(texts, 7, EstimateTokens, 2);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[1], "四五六七");  // 3 + 4 = 7 tokens; nothing after a cut text
}

TEST(FitTexts, DropsTheRestWhenTooLittleRoomIsLeftToCut) {
  std::vector<std::string> texts = {"一二三", "四五六七八九十"};
  auto kept = FitTexts(texts, 5, EstimateTokens, 3);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_TRUE(FitTexts(texts, 0, EstimateTokens, 0).empty());
}

TEST(FitTexts, NeverSplitsAUtf8Character) {
  auto kept = FitTexts({"資料內容很長"}, 3, EstimateTokens, 1);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0], "資料內");
}

}  // namespace
}  // namespace wenyuan::llm
