#include "search/hybrid_fusion.h"

#include <gtest/gtest.h>

namespace wenyuan::search {
namespace {

using Ids = std::vector<std::string>;

Ids IdsOf(const std::vector<FusedItem>& items) {
  Ids out;
  for (const auto& i : items) out.push_back(i.id);
  return out;
}

TEST(ReciprocalRankFusion, HandComputedScores) {
  auto fused = ReciprocalRankFusion({{"a", "b", "c"}, {"c", "a", "d"}});
  ASSERT_EQ(fused.size(), 4u);
  // a: 1/61 + 1/62; c: 1/63 + 1/61; b: 1/62; d: 1/63.
  EXPECT_EQ(IdsOf(fused), (Ids{"a", "c", "b", "d"}));
  EXPECT_DOUBLE_EQ(fused[0].score, 1.0 / 61 + 1.0 / 62);
  EXPECT_DOUBLE_EQ(fused[1].score, 1.0 / 63 + 1.0 / 61);
  EXPECT_DOUBLE_EQ(fused[2].score, 1.0 / 62);
  EXPECT_DOUBLE_EQ(fused[3].score, 1.0 / 63);
}

TEST(ReciprocalRankFusion, AgreementBeatsOneListsFirstPlace) {
  // x is first in one list only; y is second in both.
  auto fused = ReciprocalRankFusion({{"x", "y"}, {"z", "y", "x2"}});
  EXPECT_EQ(fused[0].id, "y");
  // Even with k = 1, where first places weigh most: 2/3 > 1/2.
  EXPECT_EQ(ReciprocalRankFusion({{"x", "y"}, {"z", "y"}}, 1)[0].id, "y");
}

TEST(ReciprocalRankFusion, TiesGoToTheItemSeenFirstAndEmptyListsAreFine) {
  EXPECT_EQ(IdsOf(ReciprocalRankFusion({{"a"}, {"b"}})), (Ids{"a", "b"}));
  EXPECT_EQ(IdsOf(ReciprocalRankFusion({{}, {"b", "a"}})), (Ids{"b", "a"}));
  EXPECT_TRUE(ReciprocalRankFusion({}).empty());
}

SearchHit Hit(const std::string& id, double score, const std::string& snippet) {
  SearchHit h;
  h.passage_id = id;
  h.score = score;
  h.snippet.text = snippet;
  return h;
}

TEST(FuseResponses, FusesByPassageIdKeepsKeywordTermsAndSnippets) {
  SearchResponse keyword, vector;
  keyword.query = "q";
  keyword.terms = {{"資安", 2.0, 3}};
  keyword.hits = {Hit("kb/1#0", 9, "kw1"), Hit("kb/2#0", 5, "kw2")};
  vector.hits = {Hit("kb/3#0", 0.9, "v3"), Hit("kb/2#0", 0.8, "v2"), Hit("kb/1#0", 0.1, "v1")};
  SearchResponse fused = FuseResponses(keyword, vector, 10);
  ASSERT_EQ(fused.hits.size(), 3u);
  // kb/1: 1/61 + 1/63 > kb/2: 1/62 + 1/62 > kb/3: 1/61.
  EXPECT_EQ(fused.hits[0].passage_id, "kb/1#0");
  EXPECT_EQ(fused.hits[1].passage_id, "kb/2#0");
  EXPECT_EQ(fused.hits[2].passage_id, "kb/3#0");
  EXPECT_DOUBLE_EQ(fused.hits[0].score, 1.0 / 61 + 1.0 / 63);
  EXPECT_DOUBLE_EQ(fused.hits[1].score, 2.0 / 62);
  EXPECT_EQ(fused.hits[0].snippet.text, "kw1");  // the keyword hit's snippet
  EXPECT_EQ(fused.hits[1].snippet.text, "kw2");
  EXPECT_EQ(fused.hits[2].snippet.text, "v3");
  ASSERT_EQ(fused.terms.size(), 1u);
  EXPECT_EQ(fused.terms[0].term, "資安");
  EXPECT_EQ(fused.query, "q");
  EXPECT_EQ(FuseResponses(keyword, vector, 2).hits.size(), 2u);
}

TEST(SearchMode, ParsesTheThreeNames) {
  EXPECT_EQ(*ParseSearchMode("keyword"), SearchMode::kKeyword);
  EXPECT_EQ(*ParseSearchMode("vector"), SearchMode::kVector);
  EXPECT_EQ(*ParseSearchMode("hybrid"), SearchMode::kHybrid);
  EXPECT_FALSE(ParseSearchMode("semantic").ok());
  EXPECT_STREQ(SearchModeName(SearchMode::kHybrid), "hybrid");
}

}  // namespace
}  // namespace wenyuan::search
