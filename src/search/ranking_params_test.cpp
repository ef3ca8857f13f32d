#include "search/ranking_params.h"

#include <gtest/gtest.h>

namespace wenyuan::search {
namespace {

TEST(RankingParams, EmptySpecKeepsTheBase) {
  RankingParams base;
  base.words.k1 = 0.9;
  auto p = ParseRankingParams("", base);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_DOUBLE_EQ(p->words.k1, 0.9);
  EXPECT_DOUBLE_EQ(p->bigrams.b, base.bigrams.b);
  EXPECT_EQ(p->proximity_depth, base.proximity_depth);
}

TEST(RankingParams, ParsesEveryKey) {
  auto p = ParseRankingParams(
      "bigrams.k1=1.5, bigrams.b=0.3,bigrams.weight=0.8,words.k1=0.7,words.b=1,words.weight=2,"
      "title=3,grammar=0.1,proximity=0.25,title_match=0.5,proximity_depth=50,tier=0,tier_fill=0.2,"
      "tier_fill_max=0.6,tier_fill_gate=0");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_DOUBLE_EQ(p->bigrams.k1, 1.5);
  EXPECT_DOUBLE_EQ(p->bigrams.b, 0.3);
  EXPECT_DOUBLE_EQ(p->bigrams.weight, 0.8);
  EXPECT_DOUBLE_EQ(p->words.k1, 0.7);
  EXPECT_DOUBLE_EQ(p->words.b, 1.0);
  EXPECT_DOUBLE_EQ(p->words.weight, 2.0);
  EXPECT_DOUBLE_EQ(p->title_weight, 3.0);
  EXPECT_DOUBLE_EQ(p->grammar_word_weight, 0.1);
  EXPECT_DOUBLE_EQ(p->proximity_weight, 0.25);
  EXPECT_DOUBLE_EQ(p->title_match_weight, 0.5);
  EXPECT_EQ(p->proximity_depth, 50u);
  EXPECT_DOUBLE_EQ(p->tier, 0.0);
  EXPECT_DOUBLE_EQ(p->tier_fill, 0.2);
  EXPECT_DOUBLE_EQ(p->tier_fill_max, 0.6);
  EXPECT_DOUBLE_EQ(p->tier_fill_gate, 0.0);
}

TEST(RankingParams, FormatRoundTrips) {
  RankingParams p;
  p.bigrams.k1 = 1.1;
  p.words.b = 0.5;
  p.proximity_weight = 0.4;
  p.proximity_depth = 30;
  auto back = ParseRankingParams(FormatRankingParams(p));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(FormatRankingParams(*back), FormatRankingParams(p));
  EXPECT_DOUBLE_EQ(back->bigrams.k1, 1.1);
  EXPECT_EQ(back->proximity_depth, 30u);
}

TEST(RankingParams, RejectsBadPairsNamingThem) {
  for (const char* bad : {"words.k1", "words.k1=x", "words.k1=1.0x", "title=-1", "bigrams.b=1.5", "words.c=1",
                          "speed=2", "proximity_depth=2.5", "words.k1=", "tier_fill_gate=0.5"}) {
    auto p = ParseRankingParams(bad);
    ASSERT_FALSE(p.ok()) << bad;
    const std::string pair = std::string(bad).substr(0, std::string(bad).find(','));
    EXPECT_NE(p.status().message().find("'" + pair + "'"), std::string::npos) << p.status().message();
  }
}

}  // namespace
}  // namespace wenyuan::search
