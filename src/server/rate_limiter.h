// RateLimiter: at most N requests per client per minute, as a token bucket
// per client (a key prefix, or an IP address in open mode) holding up to N
// tokens and refilled at N per minute, so a burst of N is allowed and then
// a steady N a minute. Thread-safe. N = 0 turns it off.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace wenyuan::server {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  explicit RateLimiter(int per_minute) : per_minute_(per_minute) {}

  // Takes a token for `client`. When none is left, returns false and sets
  // `retry_after` to the whole seconds until one will be.
  bool Allow(const std::string& client, int& retry_after, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  const int per_minute_;
  std::mutex mu_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace wenyuan::server
