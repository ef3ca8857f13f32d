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

namespace wenyuan::eval {
namespace {

TEST(ScoreRankings, UnanswerableQueriesAreLeftOutOfTheRankingMetrics) {
  // q2 has no gold and no answers: it is unanswerable and does not count.
  const std::vector<EvalQuery> queries = {Query({"a"}), Query({}), Query({"b"})};
  EvalReport r = ScoreRankings(queries, {{"a"}, {"a"}, {"x", "b"}}, {1, 1, 1});
  EXPECT_EQ(r.queries, 3u);
  EXPECT_DOUBLE_EQ(r.recall_at_1, 0.5);
  EXPECT_DOUBLE_EQ(r.mrr_at_10, (1 + 0.5) / 2);
  ASSERT_EQ(r.outcomes.size(), 3u);
  EXPECT_EQ(r.outcomes[0].gold_rank, 1u);
  EXPECT_EQ(r.outcomes[1].gold_rank, 0u);
  EXPECT_EQ(r.outcomes[2].gold_rank, 2u);
}

TEST(SummarizeAnswers, AnsweredAndFalseAnswerRates) {
  std::vector<EvalQuery> queries = {Query({"a"}), Query({"b"}), Query({"c"}), Query({}), Query({})};
  queries[0].answers = {"甲"};
  queries[1].answers = {"乙"};
  std::vector<QueryOutcome> outcomes(5);
  outcomes[0] = {1, true, true, true, {}};     // answered, first piece right
  outcomes[1] = {1, true, false, true, {}};    // answered, right in the third piece
  outcomes[2] = {1, false, false, false, {}};  // answerable, not answered
  outcomes[3] = {0, true, false, false, {}};   // unanswerable, answered anyway
  outcomes[4] = {0, false, false, false, {}};  // unanswerable, "not found"
  EvalReport r;
  SummarizeAnswers(queries, outcomes, r);
  EXPECT_EQ(r.answerable_queries, 3u);
  EXPECT_EQ(r.unanswerable_queries, 2u);
  EXPECT_DOUBLE_EQ(r.answered_rate, 2.0 / 3);
  EXPECT_DOUBLE_EQ(r.false_answer_rate, 0.5);
  EXPECT_EQ(r.queries_with_answers, 2u);
  EXPECT_DOUBLE_EQ(r.answer_recall_at_1, 0.5);
  EXPECT_DOUBLE_EQ(r.answer_recall_at_3, 1.0);
}

}  // namespace
}  // namespace wenyuan::eval
