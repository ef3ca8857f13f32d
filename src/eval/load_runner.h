// LoadRunner: measures how much a running Wenyuan server carries: N
// concurrent keep-alive clients send GET requests (cycling through the
// paths given) for a fixed time, and the result is requests per second,
// latency percentiles and failures. Only loopback servers (127.0.0.1,
// localhost, ::1) are measured: a load test must never hit someone else's
// machine by a typo. Each call is self-contained; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::eval {

struct LoadTarget {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string bearer_key;          // sent as Authorization: Bearer when not empty
  std::vector<std::string> paths;  // "/api/search?kb=…&q=…", cycled through
};

struct LoadFigures {
  size_t clients = 0;
  size_t requests = 0;
  size_t failures = 0;     // no response or a status other than 200
  int failure_status = 0;  // the HTTP status of a failed request (0: no response), for the message
  double seconds = 0;
  double requests_per_second = 0;
  double p50_ms = 0, p95_ms = 0, p99_ms = 0;
  std::vector<double> latencies_ms;  // every request's, sorted
};

// Checks the target (loopback, at least one path, 1..256 clients,
// 0.1..600 seconds) and runs the load.
Result<LoadFigures> RunLoad(const LoadTarget& target, size_t clients, double seconds);

// The p-th percentile (0..100) of sorted values, nearest rank; 0 when empty.
double Percentile(const std::vector<double>& sorted, double p);

}  // namespace wenyuan::eval
