#include "server/rate_limiter.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

using namespace std::chrono_literals;

TEST(RateLimiter, AllowsABurstThenRefusesWithRetryAfter) {
  RateLimiter limiter(3);
  const auto t0 = RateLimiter::Clock::time_point{} + 1h;
  int retry = -1;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow("a", retry, t0)) << i;
  EXPECT_FALSE(limiter.Allow("a", retry, t0));
  EXPECT_EQ(retry, 20);  // 3 a minute: one token every 20 s
  EXPECT_TRUE(limiter.Allow("b", retry, t0)) << "clients have their own buckets";
  EXPECT_FALSE(limiter.Allow("a", retry, t0 + 19s));
  EXPECT_TRUE(limiter.Allow("a", retry, t0 + 20s));
}

TEST(RateLimiter, ZeroIsOff) {
  RateLimiter limiter(0);
  int retry = -1;
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.Allow("a", retry));
  EXPECT_EQ(retry, 0);
}

}  // namespace
}  // namespace wenyuan::server
