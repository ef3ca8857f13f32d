#include "eval/eval_breakdown.h"

#include <gtest/gtest.h>

namespace wenyuan::eval {
namespace {

// Hand-computed: q1 (Traditional, 6 chars) finds its gold first; q2
// (Simplified, 6 chars) third; q3 (Traditional, 25 chars) never.
struct Fixture {
  std::vector<EvalQuery> queries = {
      {"q1", "臺灣的首都在哪", {"a"}, {}, ""},
      {"q2", "这个问题怎么办", {"b"}, {}, ""},
      {"q3", "這是一個相當長的問題，用來測試長度分組是否正確運作，對嗎", {"c"}, {}, ""},
  };
  std::vector<std::vector<std::string>> rankings = {{"a", "x"}, {"x", "y", "b"}, {"x", "y"}};
};

TEST(EvalBreakdown, ByScriptScoresEachGroupAlone) {
  Fixture f;
  auto folder = text::ScriptFolder::Create();
  ASSERT_TRUE(folder.ok());
  text::ScriptDetector detector(*folder);
  auto rows = BreakdownByScript(f.queries, f.rankings, detector);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].group, "traditional");
  EXPECT_EQ(rows[0].metrics.queries, 2u);
  EXPECT_DOUBLE_EQ(rows[0].metrics.recall_at_1, 0.5);  // q1 yes, q3 no
  EXPECT_DOUBLE_EQ(rows[0].metrics.mrr_at_10, 0.5);
  EXPECT_EQ(rows[1].group, "simplified");
  EXPECT_DOUBLE_EQ(rows[1].metrics.recall_at_1, 0.0);
  EXPECT_DOUBLE_EQ(rows[1].metrics.recall_at_5, 1.0);
  EXPECT_NEAR(rows[1].metrics.mrr_at_10, 1.0 / 3.0, 1e-12);
}

TEST(EvalBreakdown, ByLengthAndTheRecallCurve) {
  Fixture f;
  auto rows = BreakdownByLength(f.queries, f.rankings);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].group, "1-10 chars");
  EXPECT_EQ(rows[0].metrics.queries, 2u);
  EXPECT_EQ(rows[1].group, "21-40 chars");
  auto curve = RecallCurve(f.queries, f.rankings, 3);
  ASSERT_EQ(curve.size(), 3u);
  EXPECT_NEAR(curve[0].second, 1.0 / 3.0, 1e-12);  // k=1: q1
  EXPECT_NEAR(curve[1].second, 1.0 / 3.0, 1e-12);  // k=2: still q1
  EXPECT_NEAR(curve[2].second, 2.0 / 3.0, 1e-12);  // k=3: q1 and q2
  EXPECT_TRUE(RecallCurve({}, {}, 5).empty());
}

}  // namespace
}  // namespace wenyuan::eval

namespace wenyuan::eval {
namespace {

TEST(EvalBreakdown, ByKindScoresRankingAndAnswersPerKind) {
  std::vector<EvalQuery> queries = {
      {"q1", "資安事件多久內通報", {"a"}, {"一小時"}, ""},
      {"q1#keywords", "資安事件 通報", {"a"}, {"一小時"}, "keywords"},
      {"q2", "停車場收費多少", {}, {}, "unanswerable"},
  };
  std::vector<std::vector<std::string>> rankings = {{"a"}, {"x", "a"}, {"a"}};
  std::vector<QueryOutcome> outcomes = {
      {1, true, true, true, {}}, {2, true, false, false, {}}, {0, true, false, false, {}}};
  auto rows = BreakdownByKind(queries, rankings, outcomes);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].group, "original");
  EXPECT_DOUBLE_EQ(rows[0].metrics.mrr_at_10, 1.0);
  EXPECT_DOUBLE_EQ(rows[0].metrics.answer_recall_at_3, 1.0);
  EXPECT_EQ(rows[1].group, "keywords");
  EXPECT_DOUBLE_EQ(rows[1].metrics.mrr_at_10, 0.5);
  EXPECT_DOUBLE_EQ(rows[1].metrics.answer_recall_at_3, 0.0);
  EXPECT_EQ(rows[2].group, "unanswerable");
  EXPECT_DOUBLE_EQ(rows[2].metrics.false_answer_rate, 1.0);
}

}  // namespace
}  // namespace wenyuan::eval
