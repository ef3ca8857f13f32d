// HTTP load: requests/s and p50/p99 latency of GET /api/search at 1, 8 and
// 32 concurrent keep-alive clients against a real `wenyuan serve` on
// 127.0.0.1, over a fresh data directory with samples/ ingested; in the same
// run, the same figures for GET /api/health (a request that does no work:
// the server's own overhead, the peer figure) and the ratio. Each cell runs
// for a fixed time (--seconds S, default 5), by eval/load_runner.h, the load
// loop of `wenyuan bench` (percentiles by nearest rank). Not a test; prints
// figures only.
//
//   build/bench/wenyuan_bench_http_load [--seconds S] [--threads N]
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "bench_args.h"
#include "eval/load_runner.h"
#include "load_or_exit.h"
#include "serve_child.h"

namespace {

namespace fs = std::filesystem;
namespace eval = wenyuan::eval;
using wenyuan::bench::RunQuiet;
using wenyuan::bench::Server;

}  // namespace

int main(int argc, char** argv) {
  wenyuan::bench::CheckArgsOrExit(argc, argv,
                                  "usage: wenyuan_bench_http_load [--seconds S] [--threads N]\n  requests/s and "
                                  "p50/p99 of GET /api/search at 1, 8 and 32 clients, next to GET /api/health\n",
                                  {{"--seconds", true}, {"--threads", true}});
  double seconds = 5;
  int threads = 32;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--seconds") == 0) seconds = std::max(0.5, std::atof(argv[i + 1]));
    if (std::strcmp(argv[i], "--threads") == 0) threads = std::max(1, std::atoi(argv[i + 1]));
  }
  const std::string binary = WENYUAN_BENCH_BINARY;
  const fs::path data = fs::temp_directory_path() / ("wenyuan-http-bench-" + std::to_string(getpid()));
  fs::remove_all(data);
  if (RunQuiet({binary, "--data", data.string(), "kb", "create", "sample"}) != 0 ||
      RunQuiet({binary, "--data", data.string(), "ingest", "sample", WENYUAN_BENCH_SAMPLES}) != 0) {
    std::fprintf(stderr, "bench: preparing %s failed\n", data.c_str());
    return 1;
  }
  {
    std::ofstream conf(data / "bench.conf");
    conf << "rate_limit_per_minute = 0\nthreads = " << threads << "\nlog_level = warn\n";
  }
  int rc = 0;
  {
    Server server(
        {binary, "--data", data.string(), "serve", "--port", "0", "--config", (data / "bench.conf").string()});
    if (server.port() <= 0) {
      std::fprintf(stderr, "bench: the server did not start\n");
      fs::remove_all(data);
      return 1;
    }
    const std::vector<std::string> queries = {"資安事件通報", "開放資料", "数字证书", "公務電子郵件",
                                              "個人資料保護", "漏洞修补", "採購",     "會議紀錄"};
    std::vector<std::string> search_paths, health_paths = {"/api/health"};
    for (const auto& q : queries) {
      search_paths.push_back("/api/search?kb=sample&k=10&q=" + httplib::detail::encode_query_param(q));
    }
    wenyuan::bench::LoadOrExit(server.port(), search_paths, 4, 0.5);  // warm up
    std::printf(
        "wenyuan HTTP load: samples/ KB, 127.0.0.1, keep-alive clients, %.1f s per cell, %d server threads, "
        "%u CPU cores\n",
        seconds, threads, std::thread::hardware_concurrency());
    std::printf("%-8s %-14s %10s %10s %10s %9s %8s\n", "clients", "route", "req/s", "p50 ms", "p99 ms", "requests",
                "errors");
    for (size_t clients : {1, 8, 32}) {
      eval::LoadFigures search = wenyuan::bench::LoadOrExit(server.port(), search_paths, clients, seconds);
      eval::LoadFigures health = wenyuan::bench::LoadOrExit(server.port(), health_paths, clients, seconds);
      for (const auto* f : {&search, &health}) {
        std::printf("%-8zu %-14s %10.0f %10.2f %10.2f %9zu %8zu\n", clients,
                    f == &search ? "/api/search" : "/api/health", f->requests_per_second, f->p50_ms, f->p99_ms,
                    f->requests, f->failures);
        if (f->failures) rc = 1;
      }
      std::printf("%-8zu %-14s %10.3f   (search req/s / health req/s)\n", clients, "ratio",
                  health.requests_per_second > 0 ? search.requests_per_second / health.requests_per_second : 0.0);
    }
  }
  fs::remove_all(data);
  return rc;
}
