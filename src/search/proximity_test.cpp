#include "search/proximity.h"

#include <gtest/gtest.h>

namespace wenyuan::search {
namespace {

double Weight(const std::string& term) { return term == "明了" ? 0.5 : 1.0; }

TEST(Proximity, AdjacentQueryBigramsScoreWhenAdjacentInThePassage) {
  text::BigramTokenizer bigrams;
  const ProximityQuery q(bigrams.Tokenize("誰發明了電話"), Weight);  // 誰發 發明 明了 了電 電話
  ASSERT_FALSE(q.empty());
  // 發明 明了 adjacent (weight min(1, .5)), 了電 電話 adjacent (1).
  EXPECT_DOUBLE_EQ(q.Score(bigrams.Tokenize("貝爾發明了電話。")), 0.5 + 1.0 + 0.5);
  // The same characters, scattered: no pair is adjacent.
  EXPECT_DOUBLE_EQ(q.Score(bigrams.Tokenize("電話是貝爾的發明，他明了此事。")), 0.0);
}

TEST(Proximity, APairCountsOnceAndPunctuationBreaksPairs) {
  text::BigramTokenizer bigrams;
  const ProximityQuery q(bigrams.Tokenize("北京，上海"), [](const std::string&) { return 1.0; });
  EXPECT_TRUE(q.empty());  // 北京 and 上海 are not next to each other in the question
  const ProximityQuery r(bigrams.Tokenize("電話號碼"), [](const std::string&) { return 2.0; });
  EXPECT_DOUBLE_EQ(r.Score(bigrams.Tokenize("電話號碼與電話號碼")), 2 * 2.0);  // 電話→話號, 話號→號碼
  EXPECT_DOUBLE_EQ(r.Score(bigrams.Tokenize("電話，號碼")), 0.0);
}

TEST(Proximity, ZeroWeightTermsMakeNoPairs) {
  text::BigramTokenizer bigrams;
  const ProximityQuery q(bigrams.Tokenize("是什麼"), [](const std::string&) { return 0.0; });
  EXPECT_TRUE(q.empty());
  EXPECT_DOUBLE_EQ(q.Score(bigrams.Tokenize("這是什麼")), 0.0);
}

}  // namespace
}  // namespace wenyuan::search
