#include "server/front_door.h"

#include <sys/resource.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <cerrno>

namespace wenyuan::server {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

struct FrontDoor::Io {
  asio::io_context context;
  asio::executor_work_guard<asio::io_context::executor_type> work{context.get_executor()};
  tcp::acceptor acceptor{asio::make_strand(context)};
  asio::steady_timer retry{acceptor.get_executor()};  // after running out of descriptors
};

FrontDoor::FrontDoor(FrontDoorOptions options, std::string handler_socket,
                     std::shared_ptr<boost::asio::ssl::context> tls, Logger& log)
    : options_(std::move(options)),
      ledger_(options_.max_connections, options_.max_connections_per_address, options_.max_body_bytes_held),
      log_(log),
      io_(std::make_unique<Io>()) {
  context_.limits = options_.limits;
  context_.ledger = &ledger_;
  context_.handler_socket = std::move(handler_socket);
  context_.tls = std::move(tls);
  context_.log = &log_;
}

FrontDoor::~FrontDoor() { Stop(); }

Status FrontDoor::Bind() {
  // Each connection being handled costs up to three descriptors (the
  // client's, and both ends of the private socket): allow as many as the
  // system lets this process have.
  rlimit files{};
  if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
    files.rlim_cur = files.rlim_max;
    (void)::setrlimit(RLIMIT_NOFILE, &files);
  }
  const std::string where = options_.host + ":" + std::to_string(options_.port);
  boost::system::error_code ec;
  tcp::resolver resolver(io_->context);
  auto endpoints = resolver.resolve(options_.host, std::to_string(options_.port), tcp::resolver::passive, ec);
  if (ec || endpoints.empty()) return Status::IOError("cannot listen on " + where + ": " + ec.message());
  const tcp::endpoint endpoint = endpoints.begin()->endpoint();
  tcp::acceptor& acceptor = io_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    if (ec == asio::error::address_in_use) {
      return Status::IOError("port " + std::to_string(options_.port) + " on " + options_.host +
                             " is already in use (another wenyuan serve?); stop it or choose another port"
                             " (--port N, port = N in the config, WENYUAN_PORT for scripts/demo)");
    }
    return Status::IOError("cannot listen on " + where + ": " + ec.message());
  }
  port_ = acceptor.local_endpoint(ec).port();
  if (ec) return Status::IOError("cannot listen on " + where + ": " + ec.message());
  return Status::Ok();
}

void FrontDoor::Start() {
  std::lock_guard lock(stop_mu_);
  if (!io_) return;  // stopped already
  asio::post(io_->acceptor.get_executor(), [this] { Accept(); });
  const int n = std::max(1, options_.io_threads);
  for (int i = 0; i < n; ++i) threads_.emplace_back([this] { io_->context.run(); });
}

void FrontDoor::Stop() {
  std::lock_guard lock(stop_mu_);
  if (!io_) return;
  io_->context.stop();
  for (std::thread& t : threads_) t.join();
  threads_.clear();
  io_.reset();  // closes the sockets; the ledger still stands
}

void FrontDoor::Accept() {
  io_->acceptor.async_accept(asio::make_strand(io_->context), [this](boost::system::error_code ec, tcp::socket socket) {
    if (!io_->acceptor.is_open()) return;
    if (ec) {
      if (ec == asio::error::no_descriptors || ec.value() == ENFILE || ec == asio::error::no_buffer_space) {
        log_.Warn("front door: cannot accept (" + ec.message() + "); retrying");
        io_->retry.expires_after(std::chrono::milliseconds(100));
        io_->retry.async_wait([this](boost::system::error_code) { Accept(); });
        return;
      }
      Accept();
      return;
    }
    boost::system::error_code peer_ec;
    asio::ip::address address = socket.remote_endpoint(peer_ec).address();
    if (peer_ec) {
      Accept();
      return;  // the client went away already
    }
    if (address.is_v6() && address.to_v6().is_v4_mapped()) {
      address = asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6());
    }
    // Without it a reply written in two pieces waits ~40 ms for the
    // client's delayed ACK.
    socket.set_option(tcp::no_delay(true), peer_ec);
    const std::string peer = address.to_string();
    ConnectionLedger::Ticket ticket;
    switch (ledger_.Admit(peer, ticket)) {
      case ConnectionLedger::Admission::kAdmitted:
        StartClientSession(std::move(socket), peer, std::move(ticket), context_);
        break;
      case ConnectionLedger::Admission::kServerFull:
        log_.Debug("front door: " + std::to_string(options_.max_connections) + " connections open; refusing " + peer);
        RefuseConnection(
            std::move(socket),
            "the server has " + std::to_string(options_.max_connections) + " connections open; retry shortly",
            context_);
        break;
      case ConnectionLedger::Admission::kAddressFull:
        log_.Debug("front door: " + peer + " has " + std::to_string(options_.max_connections_per_address) +
                   " connections open; refusing another");
        RefuseConnection(std::move(socket),
                         "your address has " + std::to_string(options_.max_connections_per_address) +
                             " connections open; close some or retry shortly",
                         context_);
        break;
    }
    Accept();
  });
}

}  // namespace wenyuan::server
