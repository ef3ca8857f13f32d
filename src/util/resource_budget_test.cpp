#include "util/resource_budget.h"

#include <gtest/gtest.h>

namespace wenyuan {
namespace {

TEST(BudgetTest, ChargesUpToTheCapThenRefusesNamingThePlace) {
  Budget budget("text", "bytes", "per parse", 10);
  EXPECT_TRUE(budget.Charge(6, "a.xlsx").ok());
  EXPECT_TRUE(budget.Charge(4, "a.xlsx").ok());
  EXPECT_TRUE(budget.WouldExceed(1));
  Status s = budget.Charge(1, "a.xlsx: sheet 1");
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted);
  EXPECT_NE(s.message().find("a.xlsx: sheet 1: text over 10 bytes (the limit per parse)"), std::string::npos)
      << s.message();
  EXPECT_TRUE(budget.exhausted());
  // Once exhausted it stays so, even for nothing.
  EXPECT_FALSE(budget.Charge(0, "a.xlsx").ok());
}

TEST(BudgetTest, HugeChargesDoNotWrapAround) {
  Budget budget("cells", "cells", "per file", 100);
  EXPECT_TRUE(budget.Charge(50, "x").ok());
  EXPECT_FALSE(budget.Charge(UINT64_MAX - 10, "x").ok());
}

TEST(DocumentCharsTest, CountsCodePointsNotBytes) {
  ResourceLimits limits;
  limits.max_document_chars = 3;
  EXPECT_TRUE(CheckDocumentChars("文淵閣", limits, "a.txt").ok());  // 9 bytes, 3 characters
  Status s = CheckDocumentChars("文淵閣書", limits, "a.txt");
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted);
  EXPECT_NE(s.message().find("a.txt: the document's text is over 3 characters"), std::string::npos) << s.message();
}

TEST(DeadlineTest, AZeroBudgetHasPassed) {
  Deadline none(std::chrono::milliseconds(0));
  EXPECT_TRUE(none.Passed());
  EXPECT_EQ(none.Check("a.html").code(), StatusCode::kTimeout);
  Deadline ample(std::chrono::hours(1));
  EXPECT_TRUE(ample.Check("a.html").ok());
}

}  // namespace
}  // namespace wenyuan
