#include "search/result_groups.h"

#include <gtest/gtest.h>

namespace wenyuan::search {
namespace result_groups_test {

SearchHit Hit(int64_t document, int64_t passage, double score) {
  SearchHit hit;
  hit.document_id = document;
  hit.passage_number = passage;
  hit.passage_id = "kb/" + std::to_string(document) + "#" + std::to_string(passage);
  hit.score = score;
  return hit;
}

SearchResponse ResponseOf(std::vector<SearchHit> hits) {
  SearchResponse response;
  response.hits = std::move(hits);
  return response;
}

TEST(ResultGroups, RelevanceIsAShareOfTheBestHit) {
  auto ranked = RankHits(ResponseOf({Hit(1, 0, 8), Hit(2, 0, 4), Hit(3, 0, 2)}));
  ASSERT_EQ(ranked.size(), 3u);
  EXPECT_EQ(ranked[0].rank, 1u);
  EXPECT_EQ(ranked[2].rank, 3u);
  EXPECT_DOUBLE_EQ(ranked[0].relevance, 1.0);
  EXPECT_DOUBLE_EQ(ranked[1].relevance, 0.5);
  EXPECT_DOUBLE_EQ(ranked[2].relevance, 0.25);
}

TEST(ResultGroups, FusedScoresReadAsSharesToo) {
  // Reciprocal rank fusion: both lists first, then one list first only.
  const double both = 2.0 / 61, one = 1.0 / 61;
  auto ranked = RankHits(ResponseOf({Hit(1, 0, both), Hit(2, 0, one)}));
  EXPECT_DOUBLE_EQ(ranked[0].relevance, 1.0);
  EXPECT_NEAR(ranked[1].relevance, 0.5, 1e-12);
}

TEST(ResultGroups, ScoresAtOrBelowZeroStayInRange) {
  EXPECT_DOUBLE_EQ(RelativeScore(-0.2, -0.2), 1.0);
  EXPECT_DOUBLE_EQ(RelativeScore(-0.3, -0.2), 0.0);
  EXPECT_DOUBLE_EQ(RelativeScore(-1, 2), 0.0);
  EXPECT_DOUBLE_EQ(RelativeScore(3, 2), 1.0);  // never above the best
}

TEST(ResultGroups, PassagesOfOneDocumentGoUnderItsBestOne) {
  auto groups =
      GroupByDocument(ResponseOf({Hit(7, 2, 10), Hit(9, 0, 9), Hit(7, 5, 8), Hit(7, 1, 6), Hit(4, 3, 5), Hit(9, 4, 1)}),
                      /*max_more=*/1);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].rank, 1u);
  EXPECT_EQ(groups[0].best.hit.passage_id, "kb/7#2");
  EXPECT_EQ(groups[0].more_count, 2u);
  ASSERT_EQ(groups[0].more.size(), 1u);  // held to max_more, best first
  EXPECT_EQ(groups[0].more[0].hit.passage_id, "kb/7#5");
  EXPECT_EQ(groups[0].more[0].rank, 3u);
  EXPECT_DOUBLE_EQ(groups[0].more[0].relevance, 0.8);
  EXPECT_EQ(groups[1].best.hit.passage_id, "kb/9#0");
  EXPECT_EQ(groups[1].more_count, 1u);
  EXPECT_EQ(groups[2].rank, 3u);
  EXPECT_EQ(groups[2].best.hit.passage_id, "kb/4#3");
  EXPECT_EQ(groups[2].more_count, 0u);
  EXPECT_TRUE(GroupByDocument(ResponseOf({})).empty());
}

TEST(ResultGroups, DepthAsksForSeveralPassagesADocumentWithinTheLimit) {
  EXPECT_GT(GroupingDepth(10, 1100), 10u);
  EXPECT_EQ(GroupingDepth(10, 25), 25u);
  EXPECT_EQ(GroupingDepth(1, 1), 1u);
}

}  // namespace result_groups_test
}  // namespace wenyuan::search
