// Lock-out after repeated failed sign-ins: `max_failures` wrong passwords in
// a row (5 by default) lock the account for `lock_seconds` (15 minutes); while
// locked, even the right password is refused; a successful sign-in, a
// password change or `wenyuan user passwd` clears the count. Once a lock has
// run out the next failure counts from one again. Pure functions of the
// account's stored state and the time, so they are tested without a clock.
#pragma once

#include <cstdint>

#include "catalog/user_store.h"

namespace wenyuan::server {

struct LockoutPolicy {
  int64_t max_failures = 5;
  int64_t lock_seconds = 15 * 60;
};

// True while the account's lock has not run out at `now` (Unix seconds).
bool IsLocked(const catalog::UserRecord& user, int64_t now);
// Seconds until the lock runs out (0 when not locked).
int64_t SecondsLocked(const catalog::UserRecord& user, int64_t now);

struct FailedSignIn {
  int64_t failed_sign_ins = 0;
  int64_t locked_until = 0;  // 0: not locked
};
// The account's failure count and lock after one more wrong password at `now`.
FailedSignIn AfterFailedSignIn(const catalog::UserRecord& user, int64_t now, const LockoutPolicy& policy);

}  // namespace wenyuan::server
