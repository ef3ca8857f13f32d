#include "llm/retry_policy.h"

#include <gtest/gtest.h>

namespace wenyuan::llm {
namespace {

using std::chrono::milliseconds;

TEST(RetryPolicy, RetriesConnectionFailuresRateLimitsAndServerErrors) {
  EXPECT_TRUE(RetryPolicy::IsRetryable(0));
  EXPECT_TRUE(RetryPolicy::IsRetryable(429));
  EXPECT_TRUE(RetryPolicy::IsRetryable(500));
  EXPECT_TRUE(RetryPolicy::IsRetryable(503));
  EXPECT_FALSE(RetryPolicy::IsRetryable(200));
  EXPECT_FALSE(RetryPolicy::IsRetryable(400));
  EXPECT_FALSE(RetryPolicy::IsRetryable(401));
  EXPECT_FALSE(RetryPolicy::IsRetryable(404));
  EXPECT_FALSE(RetryPolicy::IsRetryable(-1));
}

TEST(RetryPolicy, BacksOffExponentiallyUpToTheCap) {
  RetryPolicy p;
  p.initial_backoff = milliseconds(100);
  p.multiplier = 2;
  p.max_backoff = milliseconds(500);
  EXPECT_EQ(p.BackoffBefore(1), milliseconds(0));
  EXPECT_EQ(p.BackoffBefore(2), milliseconds(100));
  EXPECT_EQ(p.BackoffBefore(3), milliseconds(200));
  EXPECT_EQ(p.BackoffBefore(4), milliseconds(400));
  EXPECT_EQ(p.BackoffBefore(5), milliseconds(500));
  EXPECT_EQ(p.BackoffBefore(30), milliseconds(500));
}

TEST(RetryPolicy, StopsAfterMaxAttempts) {
  RetryPolicy p;
  p.max_attempts = 3;
  EXPECT_TRUE(p.ShouldRetry(1, 503));
  EXPECT_TRUE(p.ShouldRetry(2, 0));
  EXPECT_FALSE(p.ShouldRetry(3, 503));
  EXPECT_FALSE(p.ShouldRetry(1, 400));
  p.max_attempts = 1;
  EXPECT_FALSE(p.ShouldRetry(1, 503));
}

}  // namespace
}  // namespace wenyuan::llm
