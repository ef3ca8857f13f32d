#include "eval/model_eval.h"

#include <gtest/gtest.h>

namespace wenyuan::eval {
namespace {

ModelAnswerRecord Answered(double ttft_ms, std::optional<double> tokens_per_second, bool from_model,
                           CitationCounts citations) {
  ModelAnswerRecord r;
  r.answered = true;
  r.ttft_ms = ttft_ms;
  r.tokens_per_second = tokens_per_second;
  r.tokens_from_model = from_model;
  r.citations = citations;
  return r;
}

TEST(SummariseModelAnswers, MeasuresOnlyAnsweredQuestions) {
  ModelAnswerRecord fallback;
  fallback.ttft_ms = 5;  // streamed, then fell back: not measured
  fallback.tokens_per_second = 1000;
  fallback.citations = {4, 4, 4, 4};
  fallback.fallback_reason = "the language model returned no text";
  ModelEvalReport r = SummariseModelAnswers(
      "gguf:tiny.gguf", {Answered(100, 20, true, {2, 1, 2, 1}), Answered(300, 10, false, {1, 1, 1, 1}), fallback,
                         Answered(200, std::nullopt, true, {})});
  EXPECT_EQ(r.model, "gguf:tiny.gguf");
  EXPECT_EQ(r.questions, 4u);
  EXPECT_EQ(r.answered, 3u);
  EXPECT_EQ(r.records.size(), 4u);
  // TTFT 100, 200, 300: nearest rank p50 is the 2nd, p95 the 3rd.
  EXPECT_DOUBLE_EQ(*r.ttft_ms_p50, 200);
  EXPECT_DOUBLE_EQ(*r.ttft_ms_p95, 300);
  // Tokens/s 10 and 20 (the third answer had fewer than two tokens).
  EXPECT_EQ(r.speed_measured, 2u);
  EXPECT_DOUBLE_EQ(*r.tokens_per_second_p50, 10);
  EXPECT_DOUBLE_EQ(*r.tokens_per_second_mean, 15);
  EXPECT_EQ(r.token_count, "mixed");
  EXPECT_EQ(r.citations.claim_sentences, 3u);
  EXPECT_EQ(r.citations.cited_claim_sentences, 2u);
  EXPECT_EQ(r.citations.citations, 3u);
  EXPECT_EQ(r.citations.supported_citations, 2u);
  EXPECT_DOUBLE_EQ(*r.citations.precision(), 2.0 / 3.0);
}

TEST(SummariseModelAnswers, SaysHowTokensWereCounted) {
  EXPECT_EQ(SummariseModelAnswers("m", {Answered(1, 2, true, {})}).token_count, "model");
  EXPECT_EQ(SummariseModelAnswers("m", {Answered(1, 2, false, {})}).token_count, "pieces");
}

TEST(SummariseModelAnswers, LeavesFiguresEmptyWhenNothingWasAnswered) {
  ModelAnswerRecord fallback;
  fallback.fallback_reason = "no passage in the knowledge base matches; nothing to write from";
  ModelEvalReport r = SummariseModelAnswers("m", {fallback});
  EXPECT_EQ(r.questions, 1u);
  EXPECT_EQ(r.answered, 0u);
  EXPECT_FALSE(r.ttft_ms_p50 || r.ttft_ms_p95 || r.tokens_per_second_p50 || r.tokens_per_second_mean);
  EXPECT_EQ(r.token_count, "");
  EXPECT_FALSE(r.citations.precision().has_value());
  EXPECT_FALSE(r.citations.cited_share().has_value());
}

}  // namespace
}  // namespace wenyuan::eval
