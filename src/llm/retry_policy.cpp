#include "llm/retry_policy.h"

#include <algorithm>
#include <cmath>

namespace wenyuan::llm {

bool RetryPolicy::IsRetryable(int http_status) {
  return http_status == 0 || http_status == 429 || (http_status >= 500 && http_status <= 599);
}

std::chrono::milliseconds RetryPolicy::BackoffBefore(int attempt) const {
  if (attempt <= 1) return std::chrono::milliseconds(0);
  double ms = static_cast<double>(initial_backoff.count()) * std::pow(multiplier, attempt - 2);
  ms = std::min(ms, static_cast<double>(max_backoff.count()));
  return std::chrono::milliseconds(static_cast<long long>(ms));
}

}  // namespace wenyuan::llm
