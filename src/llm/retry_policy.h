// RetryPolicy: when a request to a language-model server is worth another
// try, and how long to wait first. Connection failures, 429 (too many
// requests) and 5xx answers are retried with exponential back-off; any other
// answer is final. Plain value; thread-safe.
#pragma once

#include <chrono>

namespace wenyuan::llm {

struct RetryPolicy {
  int max_attempts = 3;  // the first try included
  std::chrono::milliseconds initial_backoff{250};
  double multiplier = 2.0;
  std::chrono::milliseconds max_backoff{4000};

  // `http_status` 0 means no answer at all (refused, reset, timed out).
  static bool IsRetryable(int http_status);
  // The wait before try number `attempt` (2 for the first retry):
  // initial_backoff * multiplier^(attempt-2), capped at max_backoff.
  std::chrono::milliseconds BackoffBefore(int attempt) const;
  // Whether try number `attempt` that ended with `http_status` should be
  // followed by another.
  bool ShouldRetry(int attempt, int http_status) const { return attempt < max_attempts && IsRetryable(http_status); }
};

}  // namespace wenyuan::llm
