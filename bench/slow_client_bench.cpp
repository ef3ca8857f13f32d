// Slow clients beside normal ones: p50/p99 latency and failures of GET
// /api/health and GET /api/search from normal keep-alive clients against a
// real `wenyuan serve` on 127.0.0.1 (samples/ ingested), first on a quiet
// server (the peer figure), then while N slow clients each hold a
// connection and send one header line every few seconds, never finishing
// their head (a "slowloris" attack; a slow client the server drops
// reconnects at once, so the attack holds). Prints both, the ratio of the
// p99s, and how often the server dropped a slow client. The per-address
// connection cap is raised for the run because attacker and normal clients
// share 127.0.0.1; the run measures the front door's I/O and deadlines.
// --binary runs another build (e.g. one without the front door) the same way.
//
//   build/bench/wenyuan_bench_slow_clients [--slow N] [--interval S] [--seconds S] [--clients N]
//                                          [--threads N] [--binary PATH]
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
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
using Clock = std::chrono::steady_clock;

int Connect(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool Closed(int fd) {
  char c = 0;
  const ssize_t n = ::recv(fd, &c, 1, MSG_DONTWAIT | MSG_PEEK);
  return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

// N slow clients on one thread: each sends a request line, then one header
// line every `interval`; one the server dropped is replaced at once.
class Slowloris {
 public:
  Slowloris(int port, size_t n, double interval) : port_(port), interval_(interval) {
    for (size_t i = 0; i < n; ++i) fds_.push_back(Open());
    thread_ = std::thread([this] { Run(); });
  }
  ~Slowloris() {
    stop_ = true;
    thread_.join();
    for (int fd : fds_) {
      if (fd >= 0) ::close(fd);
    }
  }
  size_t dropped() const { return dropped_; }
  size_t open() const { return open_; }

 private:
  int Open() {
    const int fd = Connect(port_);
    if (fd >= 0) (void)::send(fd, "GET /api/health HTTP/1.1\r\nHost: x\r\n", 35, MSG_NOSIGNAL);
    return fd;
  }
  void Run() {
    while (!stop_) {
      size_t open = 0;
      for (int& fd : fds_) {
        if (fd >= 0 && Closed(fd)) {
          ::close(fd);
          fd = -1;
          ++dropped_;
        }
        if (fd < 0) fd = Open();
        if (fd < 0) continue;
        ++open;
        (void)::send(fd, "X-Slow: 1\r\n", 11, MSG_NOSIGNAL | MSG_DONTWAIT);
      }
      open_ = open;
      const auto until = Clock::now() + std::chrono::duration<double>(interval_);
      while (!stop_ && Clock::now() < until) {
        // Notice drops between rounds too, so a dropped client comes back fast.
        for (int& fd : fds_) {
          if (fd >= 0 && Closed(fd)) {
            ::close(fd);
            ++dropped_;
            fd = Open();
          }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
  }

  const int port_;
  const double interval_;
  std::vector<int> fds_;
  std::atomic<bool> stop_{false};
  std::atomic<size_t> dropped_{0};
  std::atomic<size_t> open_{0};
  std::thread thread_;
};

void Row(const char* phase, const char* route, const eval::LoadFigures& f) {
  std::printf("%-14s %-12s %9.0f %9.2f %10.2f %9zu %7zu\n", phase, route, f.requests_per_second, f.p50_ms, f.p99_ms,
              f.requests, f.failures);
}

}  // namespace

int main(int argc, char** argv) {
  wenyuan::bench::CheckArgsOrExit(
      argc, argv,
      "usage: wenyuan_bench_slow_clients [--slow N] [--interval S] [--seconds S] [--clients N] [--threads N]\n    "
      "[--binary PATH]\n  p50/p99 of normal clients while N slow clients hold connections, next to a quiet server\n",
      {{"--slow", true},
       {"--interval", true},
       {"--seconds", true},
       {"--clients", true},
       {"--threads", true},
       {"--binary", true}});
  size_t slow = 200;
  double interval = 5;
  double seconds = 10;
  size_t clients = 4;
  int threads = 8;
  std::string binary = WENYUAN_BENCH_BINARY;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--slow") slow = static_cast<size_t>(std::max(1, std::atoi(argv[i + 1])));
    if (flag == "--interval") interval = std::max(0.1, std::atof(argv[i + 1]));
    if (flag == "--seconds") seconds = std::max(0.5, std::atof(argv[i + 1]));
    if (flag == "--clients") clients = static_cast<size_t>(std::max(1, std::atoi(argv[i + 1])));
    if (flag == "--threads") threads = std::max(1, std::atoi(argv[i + 1]));
    if (flag == "--binary") binary = argv[i + 1];
  }
  rlimit files{};
  if (::getrlimit(RLIMIT_NOFILE, &files) == 0) {
    files.rlim_cur = files.rlim_max;
    (void)::setrlimit(RLIMIT_NOFILE, &files);
  }
  const fs::path data = fs::temp_directory_path() / ("wenyuan-slow-bench-" + std::to_string(getpid()));
  fs::remove_all(data);
  if (wenyuan::bench::RunQuiet({binary, "--data", data.string(), "kb", "create", "sample"}) != 0 ||
      wenyuan::bench::RunQuiet({binary, "--data", data.string(), "ingest", "sample", WENYUAN_BENCH_SAMPLES}) != 0) {
    std::fprintf(stderr, "bench: preparing %s failed\n", data.c_str());
    return 1;
  }
  {
    // Keys a build without the front door does not know are left out there.
    std::ofstream conf(data / "bench.conf");
    conf << "rate_limit_per_minute = 0\nthreads = " << threads << "\nlog_level = error\n";
    if (binary == WENYUAN_BENCH_BINARY) conf << "max_connections_per_address = 100000\nmax_connections = 100000\n";
  }
  int rc = 0;
  {
    wenyuan::bench::Server server(
        {binary, "--data", data.string(), "serve", "--port", "0", "--config", (data / "bench.conf").string()});
    if (server.port() <= 0) {
      std::fprintf(stderr, "bench: the server did not start\n");
      fs::remove_all(data);
      return 1;
    }
    const std::vector<std::string> queries = {"資安事件通報", "開放資料", "数字证书", "公務電子郵件",
                                              "個人資料保護", "漏洞修补", "採購",     "會議紀錄"};
    std::vector<std::string> search_paths;
    const std::vector<std::string> health_paths = {"/api/health"};
    for (const auto& q : queries) {
      search_paths.push_back("/api/search?kb=sample&k=10&q=" + httplib::detail::encode_query_param(q));
    }
    wenyuan::bench::LoadOrExit(server.port(), search_paths, 2, 0.5);  // warm up
    std::printf(
        "wenyuan slow clients: samples/ KB, 127.0.0.1, %zu normal keep-alive clients, %.1f s per cell, %d server "
        "threads, %zu slow clients (one header line every %.1f s), %u CPU cores\n",
        clients, seconds, threads, slow, interval, std::thread::hardware_concurrency());
    std::printf("%-14s %-12s %9s %9s %10s %9s %7s\n", "phase", "route", "req/s", "p50 ms", "p99 ms", "requests",
                "errors");
    const eval::LoadFigures quiet_health = wenyuan::bench::LoadOrExit(server.port(), health_paths, clients, seconds);
    const eval::LoadFigures quiet_search = wenyuan::bench::LoadOrExit(server.port(), search_paths, clients, seconds);
    Row("quiet", "/api/health", quiet_health);
    Row("quiet", "/api/search", quiet_search);
    std::fflush(stdout);
    eval::LoadFigures attacked_health, attacked_search;
    size_t dropped = 0, open = 0;
    {
      Slowloris attack(server.port(), slow, interval);
      std::this_thread::sleep_for(std::chrono::duration<double>(std::min(interval, 2.0)));
      attacked_health = wenyuan::bench::LoadOrExit(server.port(), health_paths, clients, seconds);
      attacked_search = wenyuan::bench::LoadOrExit(server.port(), search_paths, clients, seconds);
      dropped = attack.dropped();
      open = attack.open();
    }
    Row("under attack", "/api/health", attacked_health);
    Row("under attack", "/api/search", attacked_search);
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    std::printf("p99 under attack / quiet: health %.2f, search %.2f\n",
                ratio(attacked_health.p99_ms, quiet_health.p99_ms), ratio(attacked_search.p99_ms, quiet_search.p99_ms));
    std::printf("slow clients: %zu connected at the end, %zu dropped by the server (each replaced at once)\n", open,
                dropped);
    if (attacked_health.failures + attacked_search.failures + quiet_health.failures + quiet_search.failures > 0) rc = 1;
  }
  fs::remove_all(data);
  return rc;
}
