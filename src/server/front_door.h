// FrontDoor: the server's public socket. It accepts connections on the
// configured address without a thread per connection (Boost.Asio, a few I/O
// threads), terminates TLS when a certificate is given, caps open
// connections in all and per client address, and serves each one as a
// ClientSession: only complete requests, read under the header and
// whole-request deadlines, reach the handler pool (cpp-httplib on a
// private Unix socket), and replies go back at the client's pace. Slow or
// idle clients therefore hold a little memory and a socket, never one of
// the handler threads. See docs/configuration.md ("Connections").
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/client_session.h"
#include "server/connection_ledger.h"
#include "util/log.h"
#include "util/status.h"

namespace wenyuan::server {

struct FrontDoorOptions {
  std::string host;
  int port = 0;  // 0 picks a free one
  int io_threads = 2;
  size_t max_connections = 512;
  size_t max_connections_per_address = 32;
  uint64_t max_body_bytes_held = 512ull << 20;
  FrontDoorLimits limits;
};

class FrontDoor {
 public:
  // `handler_socket` is the handler pool's private socket; `tls` null for
  // plain HTTP.
  FrontDoor(FrontDoorOptions options, std::string handler_socket, std::shared_ptr<boost::asio::ssl::context> tls,
            Logger& log);
  ~FrontDoor();
  FrontDoor(const FrontDoor&) = delete;
  FrontDoor& operator=(const FrontDoor&) = delete;

  // Binds and listens on host:port; errors name the address (a port in use
  // says so).
  Status Bind();
  int port() const { return port_; }
  // Starts the I/O threads; call after Bind().
  void Start();
  // Stops accepting and drops every connection; joins the I/O threads.
  // Safe from any thread, more than once.
  void Stop();

 private:
  struct Io;
  void Accept();

  FrontDoorOptions options_;
  ConnectionLedger ledger_;  // outlives the sessions, which the Io owns
  FrontDoorContext context_;
  Logger& log_;
  std::unique_ptr<Io> io_;
  std::vector<std::thread> threads_;
  std::mutex stop_mu_;
  int port_ = 0;
};

}  // namespace wenyuan::server
