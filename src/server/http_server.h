// HttpServer: Wenyuan's HTTP API and web UI on one port.
//
// Routes (docs/api.md): GET /api/health, GET|POST /api/kb, DELETE
// /api/kb/NAME, GET /api/search, POST /api/ask (JSON, or Server-Sent Events
// with "stream": true), and the embedded web UI under /. Every error is a
// JSON body {"error": {"code", "message"}} with a fitting HTTP status; request
// bodies and queries are size-limited (ServerConfig). Handlers open their own
// catalog connection, so requests run in parallel on the server's threads.
#pragma once

#include <filesystem>
#include <memory>

#include "server/server_config.h"
#include "search/kb_index.h"
#include "search/passage_index.h"
#include "util/log.h"
#include "util/status.h"

namespace httplib {
class Server;
}

namespace wenyuan::server {

class HttpServer {
 public:
  HttpServer(ServerConfig config, std::filesystem::path data_dir, Logger& log);
  ~HttpServer();

  // Binds the socket (port 0 picks a free one). Refuses a non-loopback host
  // unless config.insecure_open: there is no access control to protect it yet.
  Status Bind();
  int port() const { return port_; }
  // Serves until Stop(); call after Bind().
  Status Listen();
  void Stop();

 private:
  void RegisterRoutes();

  ServerConfig config_;
  std::filesystem::path data_dir_;
  Logger& log_;
  std::unique_ptr<httplib::Server> http_;
  search::Analysis analysis_;  // loaded in Bind(), shared by all requests
  search::KbSnapshotCache snapshots_;  // opened indexes, reused until their manifest changes
  int port_ = 0;
};

}  // namespace wenyuan::server
