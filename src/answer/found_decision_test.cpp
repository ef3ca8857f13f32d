#include "answer/found_decision.h"

#include <gtest/gtest.h>

namespace wenyuan::answer {
namespace {

TEST(EnoughToAnswer, NeedsBothSharesAtTheirThresholds) {
  FoundThresholds t{0.25, 0.28};
  // Half of what the KB knows, and 3/10 of the whole question: answered.
  EXPECT_TRUE(EnoughToAnswer(QuestionCoverage{3, 6, 10}, t));
  // The same passage, but the question's other terms are unknown to the
  // KB and heavy: 3/12 of the whole is under 0.28.
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{3, 6, 12}, t));
  // Exactly at the thresholds counts.
  EXPECT_TRUE(EnoughToAnswer(QuestionCoverage{1, 2, 4}, {0.5, 0.25}));
  // Under the known-terms share, whatever the whole.
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{1, 5, 1}, t));
}

TEST(EnoughToAnswer, NothingKnownIsNotFound) {
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{0, 0, 5}, {}));
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{0, 0, 0}, {0, 0}));
}

}  // namespace
}  // namespace wenyuan::answer
