// MetricsRegistry: request counts by route and status, and a latency
// histogram per route, rendered as Prometheus text (GET /metrics) together
// with gauges the caller supplies at scrape time. Thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace wenyuan::server {

class MetricsRegistry {
 public:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1,    2.5,   10};
  void ObserveRequest(const std::string& route, int status, double seconds);
  // wenyuan_http_requests_total and wenyuan_http_request_seconds.
  std::string RenderHttp() const;

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> counts{};
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
};

// One gauge or counter family in Prometheus text: `# HELP`, `# TYPE`, then a
// line per labelled value. Label values are escaped.
struct MetricSample {
  std::vector<std::pair<std::string, std::string>> labels;
  double value = 0;
};
std::string RenderFamily(const std::string& name, const std::string& type, const std::string& help,
                         const std::vector<MetricSample>& samples);

}  // namespace wenyuan::server
