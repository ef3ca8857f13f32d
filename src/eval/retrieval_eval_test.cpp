#include "eval/retrieval_eval.h"

#include <gtest/gtest.h>

#include <cmath>

namespace wenyuan::eval {
namespace {

EvalQuery Query(std::vector<std::string> gold) {
  EvalQuery q;
  q.text = "q";
  q.gold = std::move(gold);
  return q;
}

TEST(ScoreRankings, RecallMrrAndNdcgOfKnownRankings) {
  const std::vector<EvalQuery> queries = {Query({"a"}), Query({"b"}), Query({"c"}), Query({"d", "e"})};
  std::vector<std::string> deep;  // "d" at rank 12: past MRR@10, inside recall@20
  for (int i = 0; i < 11; ++i) deep.push_back("x" + std::to_string(i));
  deep.push_back("d");
  const std::vector<std::vector<std::string>> rankings = {
      {"a", "x", "y"},  // rank 1
      {"x", "y", "b"},  // rank 3
      {"x", "y"},       // not found
      deep,             // one of two gold ids, at rank 12
  };
  EvalReport r = ScoreRankings(queries, rankings, {1.0, 2.0, 3.0, 4.0});
  EXPECT_EQ(r.queries, 4u);
  EXPECT_DOUBLE_EQ(r.recall_at_1, 1.0 / 4);
  EXPECT_DOUBLE_EQ(r.recall_at_5, 2.0 / 4);
  EXPECT_DOUBLE_EQ(r.recall_at_20, (1 + 1 + 0 + 0.5) / 4);
  EXPECT_DOUBLE_EQ(r.mrr_at_10, (1 + 1.0 / 3) / 4);
  EXPECT_DOUBLE_EQ(r.ndcg_at_10, (1 + 1 / std::log2(4.0)) / 4);
  EXPECT_DOUBLE_EQ(r.query_ms_p50, 2.0);
  EXPECT_DOUBLE_EQ(r.query_ms_p99, 4.0);
  EXPECT_EQ(r.queries_with_answers, 0u);
}

TEST(ScoreRankings, NoQueriesGiveZeros) {
  EvalReport r = ScoreRankings({}, {}, {});
  EXPECT_EQ(r.queries, 0u);
  EXPECT_DOUBLE_EQ(r.mrr_at_10, 0.0);
  EXPECT_DOUBLE_EQ(r.query_ms_p50, 0.0);
}

}  // namespace
}  // namespace wenyuan::eval
