// ClientSession: one client connection of the front door, from accept to
// close, without a thread of its own. It reads a request head under the
// header deadline and its body under the whole-request deadline (both
// counted from the request's first byte; the first request of a TLS
// connection counts the handshake too), refuses what is malformed or too
// large with a JSON error, and only then hands the complete request to the
// handler pool over the private socket. The reply is read from the pool as
// fast as the pool writes it (up to relay_buffer_bytes held) and written to
// the client at the client's pace, each write under the write deadline, so
// a client that reads slowly holds memory, not a handler thread. A client
// that misses a deadline is disconnected. Replies that frame themselves let
// the client send its next request on the same connection (idle at most
// keep_alive).
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "server/connection_ledger.h"
#include "util/log.h"

namespace boost::asio::ssl {
class context;
}  // namespace boost::asio::ssl

namespace wenyuan::server {

struct FrontDoorLimits {
  std::chrono::seconds header_timeout{10};
  std::chrono::seconds request_timeout{60};
  std::chrono::seconds keep_alive{5};
  std::chrono::seconds write_timeout{10};
  size_t max_header_bytes = 16 * 1024;
  uint64_t max_request_body = 64ull << 20;
  size_t relay_buffer_bytes = 4u << 20;
};

// What every session of one front door shares; outlives them all.
struct FrontDoorContext {
  FrontDoorLimits limits;
  ConnectionLedger* ledger = nullptr;
  std::string handler_socket;                      // the handler pool's private socket
  std::shared_ptr<boost::asio::ssl::context> tls;  // null: plain HTTP
  Logger* log = nullptr;
};

// Serves `socket` (from `peer`, holding `ticket`) until it closes.
void StartClientSession(boost::asio::ip::tcp::socket socket, std::string peer, ConnectionLedger::Ticket ticket,
                        const FrontDoorContext& context);

// Answers 503 (`why`) on a connection that was not admitted, then closes it.
// TLS connections are closed at once.
void RefuseConnection(boost::asio::ip::tcp::socket socket, const std::string& why, const FrontDoorContext& context);

}  // namespace wenyuan::server
