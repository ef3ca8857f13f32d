// `wenyuan bench --url http://127.0.0.1:PORT --kb KB --queries Q.jsonl
// [--clients 1,2,8] [--seconds 10] [--key KEY] [--facets] [--report out.html] [--json]`:
// throughput and latency of GET /api/search on a running server, at each
// number of concurrent clients, for a bounded time, loopback only
// (eval/load_runner.h). Searches ask for the top 10 without facets
// (facets=0, as another engine's top-10 is measured) unless --facets. Queries are the question-set format of `eval`
// (docs/evaluation.md): each line's "text" is searched in turn.
#include <httplib.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/output.h"
#include "eval/html_report.h"
#include "eval/load_runner.h"
#include "eval/retrieval_eval.h"
#include "util/file_io.h"

namespace wenyuan::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: wenyuan bench --url http://127.0.0.1:PORT --kb KB --queries Q.jsonl [--clients 1,2,8] "
    "[--seconds 10] [--key KEY] [--facets] [--report out.html] [--json]";

// "http://HOST:PORT" (a trailing slash allowed; http only).
Result<std::pair<std::string, int>> ParseUrl(const std::string& url) {
  const std::string scheme = "http://";
  if (!url.starts_with(scheme)) return Status::InvalidArgument("--url must start with http:// (" + url + ")");
  std::string rest = url.substr(scheme.size());
  if (!rest.empty() && rest.back() == '/') rest.pop_back();
  size_t colon = rest.rfind(':');
  if (colon == std::string::npos || rest.find('/') != std::string::npos) {
    return Status::InvalidArgument("--url must be http://HOST:PORT (" + url + ")");
  }
  std::string host = rest.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = std::atoi(rest.c_str() + colon + 1);
  if (port <= 0 || port > 65535) return Status::InvalidArgument("--url has no valid port (" + url + ")");
  return std::make_pair(host, port);
}

Result<std::vector<size_t>> ParseClients(const std::string& list) {
  std::vector<size_t> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string item = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    start = comma == std::string::npos ? list.size() + 1 : comma + 1;
    if (item.empty() || item.size() > 3 || item.find_first_not_of("0123456789") != std::string::npos) {
      return Status::InvalidArgument("--clients must be numbers 1-256 separated by commas (" + list + ")");
    }
    out.push_back(std::stoul(item));
  }
  return out;
}

}  // namespace

int RunBenchCommand(const CommandContext& ctx) {
  auto url = ctx.args.Value("--url");
  auto kb = ctx.args.Value("--kb");
  auto queries_path = ctx.args.Value("--queries");
  if (!url || !kb || !queries_path) return UsageError(kUsage);
  auto target_host = ParseUrl(*url);
  if (!target_host.ok()) return UsageError(target_host.status().message());
  auto clients = ParseClients(ctx.args.Value("--clients").value_or("1,2,8"));
  if (!clients.ok()) return UsageError(clients.status().message());
  auto seconds = ctx.args.Count("--seconds", 10, 1, 600);
  if (!seconds.ok()) return UsageError(seconds.status().message());
  auto queries = eval::LoadEvalQueries(*queries_path);
  if (!queries.ok()) return Fail(queries.status());
  eval::LoadTarget target;
  target.host = target_host->first;
  target.port = target_host->second;
  if (auto key = ctx.args.Value("--key")) target.bearer_key = *key;
  const std::string facets = ctx.args.Has("--facets") ? "" : "&facets=0";
  for (const auto& q : *queries) {
    if (q.text.empty()) continue;
    target.paths.push_back("/api/search?kb=" + httplib::detail::encode_query_param(*kb) + "&k=10" + facets +
                           "&q=" + httplib::detail::encode_query_param(q.text));
  }
  if (target.paths.empty()) return Fail(Status::InvalidArgument(*queries_path + ": no question has a text"));
  std::vector<eval::LoadFigures> results;
  for (size_t c : *clients) {
    ctx.log.Info("bench: " + std::to_string(c) + " clients for " + std::to_string(*seconds) + " s");
    auto f = eval::RunLoad(target, c, static_cast<double>(*seconds));
    if (!f.ok())
      return f.status().code() == StatusCode::kInvalidArgument ? UsageError(f.status().message()) : Fail(f.status());
    if (f->requests > 0 && f->failures == f->requests) {
      return Fail(Status::IOError("every request to " + *url +
                                  " failed (is the server up, the KB there, the "
                                  "key right?)"));
    }
    if (f->failures > 0) {
      ctx.log.Warn("bench: " + std::to_string(f->failures) + " of " + std::to_string(f->requests) + " requests failed" +
                   (f->failure_status == 429 ? " with HTTP 429: the server's rate limit (set rate_limit_per_minute = 0 "
                                               "in its config for a load test)"
                    : f->failure_status      ? " with HTTP " + std::to_string(f->failure_status)
                                             : " without a response"));
    }
    results.push_back(std::move(*f));
  }
  json out = json::array();
  for (const auto& f : results) {
    out.push_back({{"clients", f.clients},
                   {"requests", f.requests},
                   {"failures", f.failures},
                   {"requests_per_second", f.requests_per_second},
                   {"p50_ms", f.p50_ms},
                   {"p95_ms", f.p95_ms},
                   {"p99_ms", f.p99_ms},
                   {"seconds", f.seconds}});
  }
  if (auto file = ctx.args.Value("--report")) {
    eval::ReportPage page;
    page.title = "Wenyuan 負載測試 (load test)";
    page.notes = {"GET /api/search on " + *url + ", knowledge base " + *kb + ", " +
                  std::to_string(target.paths.size()) + " questions from " + *queries_path + ", " +
                  std::to_string(*seconds) + " s per step, top 10 " +
                  (facets.empty() ? "with facets" : "without facets (facets=0)")};
    eval::ReportTable table{"吞吐量與延遲 (throughput and latency)",
                            {"clients", "requests/s", "p50 ms", "p95 ms", "p99 ms", "requests", "failures"},
                            {}};
    eval::ReportChart rps{eval::ReportChart::Kind::kBars, "throughput", "clients", "requests/s", {{"search", {}}}};
    eval::ReportChart latency{
        eval::ReportChart::Kind::kLine, "latency", "clients", "ms", {{"p50", {}}, {"p95", {}}, {"p99", {}}}};
    for (const auto& f : results) {
      char buf[5][32];
      std::snprintf(buf[0], 32, "%.1f", f.requests_per_second);
      std::snprintf(buf[1], 32, "%.2f", f.p50_ms);
      std::snprintf(buf[2], 32, "%.2f", f.p95_ms);
      std::snprintf(buf[3], 32, "%.2f", f.p99_ms);
      table.rows.push_back({std::to_string(f.clients), buf[0], buf[1], buf[2], buf[3], std::to_string(f.requests),
                            std::to_string(f.failures)});
      const double c = static_cast<double>(f.clients);
      rps.series[0].points.emplace_back(c, f.requests_per_second);
      latency.series[0].points.emplace_back(c, f.p50_ms);
      latency.series[1].points.emplace_back(c, f.p95_ms);
      latency.series[2].points.emplace_back(c, f.p99_ms);
    }
    page.tables.push_back(table);
    page.charts = {rps, latency};
    if (Status s = WriteFileAtomic(*file, eval::RenderHtmlReport(page)); !s.ok()) return Fail(s);
  }
  if (ctx.args.Has("--json")) {
    std::printf("%s\n", json{{"search", out}}.dump().c_str());
    return 0;
  }
  std::printf("%8s %12s %9s %9s %9s %9s %9s\n", "clients", "requests/s", "p50 ms", "p95 ms", "p99 ms", "requests",
              "failures");
  for (const auto& f : results) {
    std::printf("%8zu %12.1f %9.2f %9.2f %9.2f %9zu %9zu\n", f.clients, f.requests_per_second, f.p50_ms, f.p95_ms,
                f.p99_ms, f.requests, f.failures);
  }
  return 0;
}

}  // namespace wenyuan::cli
