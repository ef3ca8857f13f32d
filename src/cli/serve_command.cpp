// `wenyuan serve`: loads the config, binds, prints the URL, serves until
// SIGINT or SIGTERM, then stops cleanly.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "cli/llm_options.h"
#include "server/http_server.h"
#include "util/data_layout.h"

namespace wenyuan::cli {

int RunServeCommand(const CommandContext& ctx) {
  server::ServerConfig config;
  std::filesystem::path config_file = DataLayout(ctx.data_dir).ConfigFile();
  if (auto f = ctx.args.Value("--config")) config_file = *f;
  std::error_code ec;
  if (ctx.args.Value("--config") || std::filesystem::exists(config_file, ec)) {
    Status s = server::LoadServerConfig(config_file, config);
    if (!s.ok()) return Fail(s);
    if (auto level = Logger::ParseLevel(config.log_level); level.ok() && !ctx.args.Value("--log-level")) {
      ctx.log.set_level(*level);
    }
  }
  if (auto h = ctx.args.Value("--host")) config.host = *h;
  auto port = ctx.args.Count("--port", static_cast<size_t>(config.port), 0, 65535);
  if (!port.ok()) return UsageError(port.status().message());
  config.port = static_cast<int>(*port);
  auto threads = ctx.args.Count("--threads", static_cast<size_t>(config.threads), 1, 256);
  if (!threads.ok()) return UsageError(threads.status().message());
  config.threads = static_cast<int>(*threads);
  if (ctx.args.Has("--insecure-open")) config.insecure_open = true;
  if (auto dir = ctx.args.Value("--web-dir")) config.web_dir = *dir;
  if (auto cert = ctx.args.Value("--tls-cert")) config.tls_cert = *cert;
  if (auto key = ctx.args.Value("--tls-key")) config.tls_key = *key;

  // Block the stop signals in every thread; one thread waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  server::HttpServer http(config, ctx.data_dir, ctx.log);
  // A language model (llm.* in the config, --model PATH, --llm-endpoint URL)
  // for answers and drafts; none: extractive answers.
  auto model = LanguageModelFromArgs(ctx);
  if (!model.ok()) return Fail(model.status());
  if (model->model) http.SetLanguageModel(model->model, model->generation);
  Status bound = http.Bind();
  if (!bound.ok()) return Fail(bound);
  std::string host = config.host.find(':') != std::string::npos ? "[" + config.host + "]" : config.host;
  const char* scheme = config.tls_cert.empty() ? "http" : "https";
  std::printf("Wenyuan is serving %s on %s://%s:%d/\n", ctx.data_dir.c_str(), scheme, host.c_str(), http.port());
  std::fflush(stdout);
  ctx.log.Info("serve: listening on " + std::string(scheme) + "://" + host + ":" + std::to_string(http.port()) +
               " (data " + ctx.data_dir.string() + "); Ctrl-C stops");

  std::atomic<bool> listen_returned{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (listen_returned) return;  // woken below: the server already stopped
    ctx.log.Info(std::string("serve: ") + (sig == SIGINT ? "SIGINT" : "SIGTERM") + ", stopping");
    http.Stop();
  });
  Status served = http.Listen();
  listen_returned = true;
  // Wake the waiter if the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!served.ok()) return Fail(served);
  ctx.log.Info("serve: stopped");
  return 0;
}

}  // namespace wenyuan::cli
