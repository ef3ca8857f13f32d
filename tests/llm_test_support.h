// What the language-model integration tests share: a tiny random-weight GGUF
// model made on the spot by scripts/make-tiny-model (no weights are ever
// downloaded), and a real llama-server (built from the same llama.cpp
// source) started on 127.0.0.1 with it and stopped by its destructor; and
// a scripted HTTP server for answers a real model would not give on cue.
// Only meaningful in builds with WENYUAN_LLAMA=ON (WENYUAN_LLAMA_SERVER set).
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"
#include "util/subprocess.h"

namespace wenyuan::testing {

#ifdef WENYUAN_LLAMA_SERVER
inline constexpr bool kHaveLlamaServer = true;
inline std::string LlamaServerPath() { return WENYUAN_LLAMA_SERVER; }
inline std::string LlamaSourceDir() { return WENYUAN_LLAMA_DIR; }
#else
inline constexpr bool kHaveLlamaServer = false;
inline std::string LlamaServerPath() { return ""; }
inline std::string LlamaSourceDir() { return ""; }
#endif

// The tiny model the build wrote (tests/tiny-models/), or else one made now,
// once per test process; "" and a reason on failure.
inline std::filesystem::path TinyModelPath(bool with_template, std::string* error) {
  const char* name = with_template ? "tiny.gguf" : "tiny-no-template.gguf";
#ifdef WENYUAN_TINY_MODEL_DIR
  if (std::filesystem::path built = std::filesystem::path(WENYUAN_TINY_MODEL_DIR) / name;
      std::filesystem::exists(built)) {
    return built;
  }
#endif
  static TempDir dir;
  const std::filesystem::path path = dir / name;
  if (std::filesystem::exists(path)) return path;
  std::vector<std::string> argv = {"/usr/bin/python3", (SourceDir() / "scripts" / "make-tiny-model").string(),
                                   LlamaSourceDir(), path.string()};
  if (!with_template) argv.push_back("--no-template");
  SubprocessLimits limits;
  limits.timeout = std::chrono::seconds(120);
  limits.max_memory_bytes = 1ull << 40;
  auto out = RunSubprocess(argv, limits);
  if (!out.ok() || out->exit_code != 0 || !std::filesystem::exists(path)) {
    if (error) *error = out.ok() ? out->stderr_text : out.status().ToString();
    return {};
  }
  return path;
}

// A port nothing listens on right now (bound, read and released).
inline int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  close(fd);
  return port;
}

// llama-server on 127.0.0.1:port() with `model` and `extra` flags; ready()
// once GET /health answered 200 (bounded wait).
class LlamaServer {
 public:
  LlamaServer(const std::filesystem::path& model, const std::vector<std::string>& extra, int context = 2048) {
    port_ = FreePort();
    std::vector<std::string> args = {LlamaServerPath(),
                                     "-m",
                                     model.string(),
                                     "--host",
                                     "127.0.0.1",
                                     "--port",
                                     std::to_string(port_),
                                     "-c",
                                     std::to_string(context),
                                     "-np",
                                     "1",
                                     "-t",
                                     "1",
                                     "--no-webui"};
    args.insert(args.end(), extra.begin(), extra.end());
    log_path_ = dir_ / "llama-server.log";
    pid_ = fork();
    if (pid_ == 0) {
      int fd = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd >= 0) {
        dup2(fd, 1);
        dup2(fd, 2);
      }
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    httplib::Client client("127.0.0.1", port_);
    client.set_connection_timeout(1, 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return;
      }
      if (auto res = client.Get("/health"); res && res->status == 200) {
        ready_ = true;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  ~LlamaServer() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    for (int i = 0; i < 100; ++i) {
      if (waitpid(pid_, nullptr, WNOHANG) == pid_) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  LlamaServer(const LlamaServer&) = delete;
  LlamaServer& operator=(const LlamaServer&) = delete;

  bool ready() const { return ready_; }
  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::string log() const { return ReadFile(log_path_); }

 private:
  TempDir dir_;
  std::filesystem::path log_path_;
  pid_t pid_ = -1;
  int port_ = 0;
  bool ready_ = false;
};

// An httplib server on a free port, run on its own thread, with scripted
// answers (a server that fails on purpose, or one that always says the same
// thing); stopped and joined by the destructor.
class ScriptedServer {
 public:
  explicit ScriptedServer(const std::function<void(httplib::Server&)>& routes) {
    routes(server_);
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~ScriptedServer() {
    server_.stop();
    thread_.join();
  }
  ScriptedServer(const ScriptedServer&) = delete;
  ScriptedServer& operator=(const ScriptedServer&) = delete;
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace wenyuan::testing
