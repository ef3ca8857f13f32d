// HttpServer: Wenyuan's HTTP API, OpenAI-compatible facade and web UI on one
// port (docs/api.md). Every API route runs behind the same guard
// (api_context.h: caller identity, rate limit, role, body limits, audit,
// metrics); the routes live in routes_*.cpp by area. Errors are JSON
// {"error": {"code", "message"}} with a fitting HTTP status. Handlers open
// their own catalog connection, so requests run in parallel on the server's
// threads; uploads are ingested by one background worker (IngestQueue).
// Once bound, a background thread opens every KB's index and category
// columns (search/kb_session.h Preload), logging what it opened; a search
// that comes before it is done with a KB waits for that KB's load rather
// than doing it again. It writes nothing, and a KB dropped meanwhile keeps
// nothing (KbSessions::Drop).
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <thread>

#include "llm/language_model.h"
#include "server/server_config.h"
#include "util/log.h"
#include "util/status.h"

namespace wenyuan::server {

struct ServerState;
class FrontDoor;
class HandlerPool;
class PrivateSocket;

class HttpServer {
 public:
  HttpServer(ServerConfig config, std::filesystem::path data_dir, Logger& log);
  ~HttpServer();

  // Binds the socket (port 0 picks a free one). Refuses a non-loopback host
  // while the catalog holds no API key (open mode would serve anyone as
  // admin) unless config.insecure_open.
  Status Bind();
  // A language model for answers (/api/ask, /v1/chat/completions) and
  // drafts (/api/draft); call before Bind(). Without one, answers are
  // extractive and /api/draft answers 503 model_unavailable.
  void SetLanguageModel(std::shared_ptr<llm::LanguageModel> model, llm::GenerationOptions generation);
  int port() const { return port_; }
  // Serves until Stop(); call after Bind().
  Status Listen();
  void Stop();

 private:
  void Configure();
  // Opens every KB ahead (KbSessions::Preload), stopping between KBs once
  // stopping_ is set.
  void PreloadKbs();

  std::unique_ptr<ServerState> state_;
  std::shared_ptr<llm::LanguageModel> model_;
  llm::GenerationOptions generation_;
  std::unique_ptr<HandlerPool> http_;  // the routes, on a private socket
  std::unique_ptr<PrivateSocket> handler_socket_;
  std::unique_ptr<FrontDoor> door_;  // the public socket
  int port_ = 0;
  std::thread preload_;  // PreloadKbs, started by Bind
  std::atomic<bool> stopping_{false};
};

}  // namespace wenyuan::server
