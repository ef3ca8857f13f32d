#include "server/lockout_policy.h"

namespace wenyuan::server {

bool IsLocked(const catalog::UserRecord& user, int64_t now) { return user.locked_until > now; }

int64_t SecondsLocked(const catalog::UserRecord& user, int64_t now) {
  return IsLocked(user, now) ? user.locked_until - now : 0;
}

FailedSignIn AfterFailedSignIn(const catalog::UserRecord& user, int64_t now, const LockoutPolicy& policy) {
  FailedSignIn out;
  const bool lock_ran_out = user.locked_until != 0 && user.locked_until <= now;
  out.failed_sign_ins = lock_ran_out ? 1 : user.failed_sign_ins + 1;
  if (IsLocked(user, now)) {
    out.locked_until = user.locked_until;  // a try while locked does not extend the lock
  } else if (policy.max_failures > 0 && out.failed_sign_ins >= policy.max_failures) {
    out.locked_until = now + policy.lock_seconds;
  }
  return out;
}

}  // namespace wenyuan::server
