#include "server/metrics.h"

#include <cstdio>

namespace wenyuan::server {
namespace {

std::string EscapeLabel(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string Number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string Labels(const std::vector<std::pair<std::string, std::string>>& labels) {
  if (labels.empty()) return "";
  std::string out = "{";
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i) out += ",";
    out += labels[i].first + "=\"" + EscapeLabel(labels[i].second) + "\"";
  }
  return out + "}";
}

}  // namespace

void MetricsRegistry::ObserveRequest(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.counts[i];
  }
  ++h.count;
  h.sum += seconds;
}

std::string MetricsRegistry::RenderHttp() const {
  std::lock_guard lock(mu_);
  std::vector<MetricSample> counts;
  for (const auto& [key, n] : requests_) {
    counts.push_back({{{"route", key.first}, {"status", std::to_string(key.second)}}, static_cast<double>(n)});
  }
  std::string out =
      RenderFamily("wenyuan_http_requests_total", "counter", "HTTP requests by route and status.", counts);
  out += "# HELP wenyuan_http_request_seconds Time to answer a request, by route.\n";
  out += "# TYPE wenyuan_http_request_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    const std::string r = "route=\"" + EscapeLabel(route) + "\"";
    for (size_t i = 0; i < kBuckets.size(); ++i) {
      out += "wenyuan_http_request_seconds_bucket{" + r + ",le=\"" + Number(kBuckets[i]) + "\"} " +
             std::to_string(h.counts[i]) + "\n";
    }
    out += "wenyuan_http_request_seconds_bucket{" + r + ",le=\"+Inf\"} " + std::to_string(h.count) + "\n";
    out += "wenyuan_http_request_seconds_sum{" + r + "} " + Number(h.sum) + "\n";
    out += "wenyuan_http_request_seconds_count{" + r + "} " + std::to_string(h.count) + "\n";
  }
  return out;
}

std::string RenderFamily(const std::string& name, const std::string& type, const std::string& help,
                         const std::vector<MetricSample>& samples) {
  std::string out = "# HELP " + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
  for (const auto& s : samples) out += name + Labels(s.labels) + " " + Number(s.value) + "\n";
  return out;
}

}  // namespace wenyuan::server
