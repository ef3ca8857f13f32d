#include "server/lockout_policy.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

// Applies one failure at `now` to the account, as the sign-in does.
void Fail(catalog::UserRecord& u, int64_t now, const LockoutPolicy& policy) {
  FailedSignIn f = AfterFailedSignIn(u, now, policy);
  u.failed_sign_ins = f.failed_sign_ins;
  u.locked_until = f.locked_until;
}

TEST(LockoutPolicy, TheFifthFailureInARowLocksForFifteenMinutes) {
  const LockoutPolicy policy;  // the defaults: 5 failures, 15 minutes
  catalog::UserRecord u;
  const int64_t t0 = 1'800'000'000;
  for (int i = 1; i <= 4; ++i) {
    Fail(u, t0 + i, policy);
    EXPECT_EQ(u.failed_sign_ins, i);
    EXPECT_FALSE(IsLocked(u, t0 + i)) << "after failure " << i;
  }
  Fail(u, t0 + 5, policy);
  EXPECT_TRUE(IsLocked(u, t0 + 5));
  EXPECT_EQ(u.locked_until, t0 + 5 + 15 * 60);
  EXPECT_EQ(SecondsLocked(u, t0 + 65), 15 * 60 - 60);
  EXPECT_TRUE(IsLocked(u, t0 + 5 + 15 * 60 - 1));
  EXPECT_FALSE(IsLocked(u, t0 + 5 + 15 * 60));
  EXPECT_EQ(SecondsLocked(u, t0 + 5 + 15 * 60), 0);
}

TEST(LockoutPolicy, TriesWhileLockedDoNotExtendTheLock) {
  const LockoutPolicy policy{3, 100};
  catalog::UserRecord u;
  for (int i = 0; i < 3; ++i) Fail(u, 1000, policy);
  ASSERT_EQ(u.locked_until, 1100);
  Fail(u, 1050, policy);
  EXPECT_EQ(u.locked_until, 1100);
}

TEST(LockoutPolicy, AfterTheLockRunsOutCountingStartsAgain) {
  const LockoutPolicy policy{3, 100};
  catalog::UserRecord u;
  for (int i = 0; i < 3; ++i) Fail(u, 1000, policy);
  Fail(u, 1200, policy);
  EXPECT_EQ(u.failed_sign_ins, 1);
  EXPECT_FALSE(IsLocked(u, 1200));
  Fail(u, 1201, policy);
  Fail(u, 1202, policy);
  EXPECT_TRUE(IsLocked(u, 1202));
}

TEST(LockoutPolicy, ZeroMaxFailuresNeverLocks) {
  const LockoutPolicy policy{0, 100};
  catalog::UserRecord u;
  for (int i = 0; i < 50; ++i) Fail(u, 1000 + i, policy);
  EXPECT_FALSE(IsLocked(u, 1050));
  EXPECT_EQ(u.failed_sign_ins, 50);
}

}  // namespace
}  // namespace wenyuan::server
