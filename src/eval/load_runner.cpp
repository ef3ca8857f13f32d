#include "eval/load_runner.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

namespace wenyuan::eval {
namespace {

using Clock = std::chrono::steady_clock;

bool IsLoopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

}  // namespace

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  double rank = std::ceil(p / 100.0 * static_cast<double>(sorted.size()));
  size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return sorted[std::min(index, sorted.size() - 1)];
}

Result<LoadFigures> RunLoad(const LoadTarget& target, size_t clients, double seconds) {
  if (!IsLoopback(target.host)) {
    return Status::InvalidArgument("load tests run only against 127.0.0.1, localhost or ::1, not " + target.host);
  }
  if (target.paths.empty()) return Status::InvalidArgument("load test: no request paths");
  if (clients < 1 || clients > 256) return Status::InvalidArgument("load test: clients must be 1 to 256");
  if (!(seconds >= 0.1 && seconds <= 600)) return Status::InvalidArgument("load test: seconds must be 0.1 to 600");
  std::vector<std::vector<double>> latencies(clients);
  std::atomic<size_t> failures{0};
  std::atomic<int> failure_status{0};
  const auto started = Clock::now();
  const auto deadline = started + std::chrono::duration<double>(seconds);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < clients; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client client(target.host, target.port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_connection_timeout(5, 0);
      client.set_read_timeout(30, 0);
      httplib::Headers headers;
      if (!target.bearer_key.empty()) headers.emplace("Authorization", "Bearer " + target.bearer_key);
      for (size_t i = t; Clock::now() < deadline; ++i) {
        const auto t0 = Clock::now();
        auto r = client.Get(target.paths[i % target.paths.size()], headers);
        latencies[t].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!r || r->status != 200) {
          ++failures;
          failure_status = r ? r->status : 0;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  LoadFigures f;
  f.clients = clients;
  f.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  for (auto& l : latencies) f.latencies_ms.insert(f.latencies_ms.end(), l.begin(), l.end());
  std::sort(f.latencies_ms.begin(), f.latencies_ms.end());
  f.requests = f.latencies_ms.size();
  f.failures = failures;
  f.failure_status = failure_status;
  f.requests_per_second = f.seconds > 0 ? static_cast<double>(f.requests) / f.seconds : 0;
  f.p50_ms = Percentile(f.latencies_ms, 50);
  f.p95_ms = Percentile(f.latencies_ms, 95);
  f.p99_ms = Percentile(f.latencies_ms, 99);
  return f;
}

}  // namespace wenyuan::eval
