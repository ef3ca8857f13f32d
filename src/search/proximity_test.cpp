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

TEST(TitleMatch, TitleNamedInFullInEitherScript) {
  auto folder = text::ScriptFolder::Create();
  ASSERT_TRUE(folder.ok()) << folder.status().ToString();
  const std::string query = FoldForMatch("黄蝉的别称叫什么？", folder->get());
  EXPECT_TRUE(TitleNamedInQuery(FoldForMatch("黃蟬", folder->get()), query));
  EXPECT_FALSE(TitleNamedInQuery(FoldForMatch("軟枝黃蟬", folder->get()), query));
  EXPECT_TRUE(TitleNamedInQuery(FoldForMatch("蟬", folder->get()), query));  // one Han character is a name
}

TEST(TitleMatch, WidthCaseAndSpacesAreIgnoredButEmptyAndOneLetterTitlesNeverMatch) {
  const std::string query = FoldForMatch("華碩英文名稱 ASUS 代表什麼", nullptr);
  EXPECT_TRUE(TitleNamedInQuery(FoldForMatch("Ａｓｕｓ", nullptr), query));
  EXPECT_TRUE(TitleNamedInQuery(FoldForMatch("名稱ASUS", nullptr), query));
  EXPECT_FALSE(TitleNamedInQuery(FoldForMatch("", nullptr), query));
  EXPECT_FALSE(TitleNamedInQuery(FoldForMatch("S", nullptr), query));
  EXPECT_EQ(FoldForMatch("Ａ Ｂ\u3000c", nullptr), "abc");
}

}  // namespace
}  // namespace wenyuan::search
