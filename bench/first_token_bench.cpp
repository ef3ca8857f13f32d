// Time to the first token: how long Wenyuan takes before a language model's
// first token reaches the reader, against the same model endpoint asked
// directly. A scripted OpenAI-compatible endpoint (httplib, in this process)
// answers every streamed chat at once with a fixed first piece, so the
// model costs nothing and what is left is our own overhead: retrieval,
// prompt building and the connection to the model. A real `wenyuan serve`
// (llm.endpoint = the scripted one) over samples/ gets POST /api/ask with
// "stream": true; the clock stops at the first `event: token`. The peer
// figure, in the same run, is the same endpoint called directly with a chat
// of the same size (connection + request + first chunk). Prints p50/p99 of
// both and the difference (our overhead; the target is under 50 ms). Not a
// test; prints figures only.
//
//   build/bench/wenyuan_bench_first_token [--requests N]
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "bench_args.h"
#include "serve_child.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank = static_cast<size_t>(std::ceil(p * static_cast<double>(v.size())));
  return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

// Milliseconds from sending `body` to `path` until `marker` first appears
// in the streamed reply; negative if it never does.
double FirstMarkerMs(int port, const std::string& path, const std::string& body, const std::string& marker) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(30, 0);
  httplib::Request req;
  req.method = "POST";
  req.path = path;
  req.body = body;
  req.set_header("Content-Type", "application/json");
  req.set_header("Accept", "text/event-stream");
  std::string seen;
  double ms = -1;
  const auto started = Clock::now();
  req.content_receiver = [&](const char* data, size_t len, uint64_t, uint64_t) {
    seen.append(data, len);
    if (ms < 0 && seen.find(marker) != std::string::npos) {
      ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    }
    return true;
  };
  auto res = client.send(req);
  if (!res || res->status != 200) return -1;
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  wenyuan::bench::CheckArgsOrExit(argc, argv,
                                  "usage: wenyuan_bench_first_token [--requests N]\n  time to the first streamed token "
                                  "through `wenyuan serve`, next to the endpoint asked directly\n",
                                  {{"--requests", true}});
  size_t requests = 200;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--requests") == 0) requests = std::max(10, std::atoi(argv[i + 1]));
  }
  // The scripted endpoint: a streamed reply whose first piece goes out at once.
  httplib::Server model;
  std::atomic<size_t> calls{0};
  model.Post("/v1/chat/completions", [&](const httplib::Request&, httplib::Response& res) {
    ++calls;
    res.set_chunked_content_provider("text/event-stream", [](size_t, httplib::DataSink& sink) {
      const std::string first = R"(data: {"choices":[{"delta":{"content":"資安事件應於一小時內通報[1]。"}}]})";
      const std::string last = R"(data: {"choices":[{"delta":{},"finish_reason":"stop"}]})";
      const std::string all = first + "\n\n" + last + "\n\ndata: [DONE]\n\n";
      sink.write(all.data(), all.size());
      sink.done();
      return true;
    });
  });
  const int model_port = model.bind_to_any_port("127.0.0.1");
  std::thread model_thread([&] { model.listen_after_bind(); });

  const std::string binary = WENYUAN_BENCH_BINARY;
  const fs::path data = fs::temp_directory_path() / ("wenyuan-ttft-bench-" + std::to_string(getpid()));
  fs::remove_all(data);
  int rc = 0;
  if (wenyuan::bench::RunQuiet({binary, "--data", data.string(), "kb", "create", "sample"}) != 0 ||
      wenyuan::bench::RunQuiet({binary, "--data", data.string(), "ingest", "sample", WENYUAN_BENCH_SAMPLES}) != 0) {
    std::fprintf(stderr, "bench: preparing %s failed\n", data.c_str());
    rc = 1;
  } else {
    {
      std::ofstream conf(data / "bench.conf");
      conf << "rate_limit_per_minute = 0\nlog_level = warn\nllm.endpoint = http://127.0.0.1:" << model_port
           << "\nllm.max_tokens = 64\n";
    }
    wenyuan::bench::Server server(
        {binary, "--data", data.string(), "serve", "--port", "0", "--config", (data / "bench.conf").string()});
    if (server.port() <= 0) {
      std::fprintf(stderr, "bench: the server did not start\n");
      rc = 1;
    } else {
      const std::vector<std::string> questions = {"資安事件應於知悉後多久內通報？", "開放資料平臺提供哪些資料？",
                                                  "數位憑證如何申請？", "公務電子郵件的規定為何？",
                                                  "會議紀錄由誰保存？"};
      // A direct chat about as large as the prompt Wenyuan sends (six passages).
      json direct = {{"model", "m"},
                     {"stream", true},
                     {"messages", json::array({{{"role", "system"}, {"content", std::string(1500, 'x')}},
                                               {{"role", "user"}, {"content", std::string(6000, 'y')}}})}};
      std::vector<double> ours, peer;
      size_t via_wenyuan = 0;  // model calls that came through the server
      for (size_t i = 0; i < requests; ++i) {
        json ask = {{"kb", "sample"}, {"question", questions[i % questions.size()]}, {"stream", true}};
        const size_t before = calls.load();
        double a = FirstMarkerMs(server.port(), "/api/ask", ask.dump(), "event: token");
        via_wenyuan += calls.load() - before;
        double p = FirstMarkerMs(model_port, "/v1/chat/completions", direct.dump(), "data: ");
        if (a >= 0) ours.push_back(a);
        if (p >= 0) peer.push_back(p);
      }
      if (ours.empty() || via_wenyuan == 0) {
        std::fprintf(stderr, "bench: no streamed token came back through the server (model calls: %zu)\n", via_wenyuan);
        rc = 1;
      } else {
        const double o50 = Percentile(ours, 0.5), o99 = Percentile(ours, 0.99);
        const double p50 = Percentile(peer, 0.5), p99 = Percentile(peer, 0.99);
        std::printf("time to first token, %zu requests (%zu reached the model through wenyuan)\n", ours.size(),
                    via_wenyuan);
        std::printf("  %-40s p50 %7.2f ms  p99 %7.2f ms\n", "wenyuan POST /api/ask (stream)", o50, o99);
        std::printf("  %-40s p50 %7.2f ms  p99 %7.2f ms\n", "peer: the endpoint asked directly", p50, p99);
        std::printf("  %-40s p50 %7.2f ms  p99 %7.2f ms  (target < 50 ms)\n", "our overhead (difference)", o50 - p50,
                    o99 - p99);
        std::printf("  ratio wenyuan / direct: p50 %.1fx\n", p50 > 0 ? o50 / p50 : 0.0);
      }
    }
  }
  model.stop();
  model_thread.join();
  fs::remove_all(data);
  return rc;
}
