#include "server/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace wenyuan::server {

bool RateLimiter::Allow(const std::string& client, int& retry_after, Clock::time_point now) {
  retry_after = 0;
  if (per_minute_ <= 0) return true;
  const double capacity = per_minute_;
  const double per_second = per_minute_ / 60.0;
  std::lock_guard lock(mu_);
  if (buckets_.size() > 100000) {
    // Forget clients whose buckets have refilled: they lose nothing.
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      double secs = std::chrono::duration<double>(now - it->second.updated).count();
      it = it->second.tokens + secs * per_second >= capacity ? buckets_.erase(it) : std::next(it);
    }
  }
  auto [it, inserted] = buckets_.try_emplace(client, Bucket{capacity, now});
  Bucket& b = it->second;
  if (!inserted) {
    double secs = std::max(0.0, std::chrono::duration<double>(now - b.updated).count());
    b.tokens = std::min(capacity, b.tokens + secs * per_second);
    b.updated = now;
  }
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return true;
  }
  retry_after = std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / per_second)));
  return false;
}

}  // namespace wenyuan::server
