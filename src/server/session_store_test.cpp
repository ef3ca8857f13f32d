#include "server/session_store.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

// A clock the test moves by hand.
struct ManualClock {
  std::chrono::steady_clock::time_point now{};
  SessionStore::Clock fn() {
    return [this] { return now; };
  }
};

TEST(SessionStore, ASessionEndsAtItsLifetimeEvenWhenUsed) {
  ManualClock clock;
  SessionStore store(hours(12), hours(12), clock.fn());
  auto token = store.Create({SessionOwner::Kind::kUser, 7});
  ASSERT_TRUE(token.ok());
  for (int h = 0; h < 11; ++h) {
    clock.now += hours(1);
    auto owner = store.Lookup(*token);
    ASSERT_TRUE(owner) << "hour " << h + 1;
    EXPECT_EQ(owner->kind, SessionOwner::Kind::kUser);
    EXPECT_EQ(owner->id, 7);
  }
  clock.now += hours(1);
  EXPECT_FALSE(store.Lookup(*token)) << "12 hours after sign-in";
  EXPECT_EQ(store.size(), 0u);
}

TEST(SessionStore, AnIdleSessionEndsAndUseRenewsIt) {
  ManualClock clock;
  SessionStore store(hours(12), minutes(30), clock.fn());
  auto busy = store.Create({SessionOwner::Kind::kKey, 1});
  auto idle = store.Create({SessionOwner::Kind::kKey, 2});
  ASSERT_TRUE(busy.ok() && idle.ok());
  clock.now += minutes(20);
  EXPECT_TRUE(store.Lookup(*busy));
  clock.now += minutes(20);
  EXPECT_TRUE(store.Lookup(*busy)) << "used 20 minutes ago";
  EXPECT_FALSE(store.Lookup(*idle)) << "idle for 40 minutes";
}

TEST(SessionStore, RemoveOwnerEndsEverySessionOfThatOwnerOnly) {
  SessionStore store(hours(1));
  auto a1 = store.Create({SessionOwner::Kind::kUser, 3});
  auto a2 = store.Create({SessionOwner::Kind::kUser, 3});
  auto key3 = store.Create({SessionOwner::Kind::kKey, 3});
  ASSERT_TRUE(a1.ok() && a2.ok() && key3.ok());
  EXPECT_NE(*a1, *a2);
  store.RemoveOwner({SessionOwner::Kind::kUser, 3});
  EXPECT_FALSE(store.Lookup(*a1));
  EXPECT_FALSE(store.Lookup(*a2));
  EXPECT_TRUE(store.Lookup(*key3)) << "a key with the same id is another owner";
  store.Remove(*key3);
  EXPECT_FALSE(store.Lookup(*key3));
  EXPECT_FALSE(store.Lookup("not-a-token"));
  EXPECT_FALSE(store.Lookup(""));
}

}  // namespace
}  // namespace wenyuan::server
