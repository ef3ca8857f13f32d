#include "server/client_session.h"

#include <algorithm>
#include <array>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <deque>
#include <nlohmann/json.hpp>
#include <type_traits>
#include <vector>

#include "server/request_head.h"
#include "server/response_head.h"

namespace wenyuan::server {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using ErrorCode = boost::system::error_code;
using TlsStream = asio::ssl::stream<tcp::socket>;

constexpr size_t kReadChunk = 16 * 1024;
constexpr size_t kMaxResponseHead = 64 * 1024;
constexpr auto kLinger = std::chrono::seconds(2);  // drain time before closing after an error reply

std::string ErrorReply(int status, const std::string& code, const std::string& message) {
  const char* reason = status == 400   ? "Bad Request"
                       : status == 408 ? "Request Timeout"
                       : status == 411 ? "Length Required"
                       : status == 413 ? "Content Too Large"
                       : status == 417 ? "Expectation Failed"
                       : status == 431 ? "Request Header Fields Too Large"
                       : status == 501 ? "Not Implemented"
                       : status == 502 ? "Bad Gateway"
                       : status == 505 ? "HTTP Version Not Supported"
                                       : "Service Unavailable";
  const std::string body = nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\n";
  out += "Content-Type: application/json; charset=utf-8\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
  if (status == 503) out += "Retry-After: 5\r\n";
  out += "Connection: close\r\n\r\n";
  return out + body;
}

template <class Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  static constexpr bool kTls = std::is_same_v<Stream, TlsStream>;

  Session(Stream stream, std::string peer, ConnectionLedger::Ticket ticket, const FrontDoorContext& context)
      : stream_(std::move(stream)),
        peer_(std::move(peer)),
        ticket_(std::move(ticket)),
        context_(context),
        limits_(context.limits),
        timer_(stream_.get_executor()),
        handlers_(stream_.get_executor()) {}
  ~Session() { ReleaseBody(); }

  void Start() {
    Trace("connected");
    request_started_ = Clock::now();
    ArmDeadline(request_started_ + limits_.header_timeout);
    if constexpr (kTls) {
      stream_.async_handshake(asio::ssl::stream_base::server, [self = this->shared_from_this()](ErrorCode ec) {
        if (ec || self->closed_) return self->Close();
        self->handshake_done_ = true;
        self->TryParseHead();
      });
    } else {
      TryParseHead();
    }
  }

  void Refuse(const std::string& why) { Reply(503, "server_busy", why); }

 private:
  // A line in the debug log about this connection ("ADDRESS:PORT what").
  void Trace(const std::string& what) {
    if (!context_.log->Enabled(LogLevel::kDebug)) return;
    if (label_.empty()) {
      ErrorCode ec;
      const auto endpoint = stream_.lowest_layer().remote_endpoint(ec);
      label_ = peer_ + ":" + (ec ? std::string("?") : std::to_string(endpoint.port()));
    }
    context_.log->Debug("front door: " + label_ + " " + what);
  }

  // --- reading the request -------------------------------------------------

  // Between requests on a kept connection: idle for at most keep_alive.
  void WaitForNextRequest() {
    if (in_.empty()) {
      waiting_first_byte_ = true;
      ArmDeadline(Clock::now() + limits_.keep_alive);
    } else {
      request_started_ = Clock::now();
      ArmDeadline(request_started_ + limits_.header_timeout);
    }
    TryParseHead();
  }

  void ReadSome(void (Session::*next)()) {
    stream_.async_read_some(asio::buffer(read_chunk_), [self = this->shared_from_this(), next](ErrorCode ec, size_t n) {
      if (ec || self->closed_) return self->Close();
      self->in_.append(self->read_chunk_.data(), n);
      if (self->waiting_first_byte_) {
        self->waiting_first_byte_ = false;
        self->request_started_ = Clock::now();
        self->ArmDeadline(self->request_started_ + self->limits_.header_timeout);
      }
      ((*self).*next)();
    });
  }

  void TryParseHead() {
    const size_t end = FindHeadEnd(in_);
    if (end == std::string::npos) {
      if (in_.size() > limits_.max_header_bytes) {
        return Reply(431, "resource_exhausted",
                     "the request head is over " + std::to_string(limits_.max_header_bytes) + " bytes");
      }
      return ReadSome(&Session::TryParseHead);
    }
    if (end > limits_.max_header_bytes) {
      return Reply(431, "resource_exhausted",
                   "the request head is over " + std::to_string(limits_.max_header_bytes) + " bytes");
    }
    ParsedRequestHead parsed = ParseRequestHead(std::string_view(in_).substr(0, end));
    if (!parsed.ok()) {
      const std::string code = parsed.error_status == 413 || parsed.error_status == 431 ? "resource_exhausted"
                               : parsed.error_status >= 500                             ? "unsupported"
                                                                                        : "invalid_argument";
      return Reply(parsed.error_status, code, parsed.error);
    }
    head_ = std::move(parsed.head);
    in_.erase(0, end);
    if (head_.content_length > limits_.max_request_body) {
      return Reply(413, "resource_exhausted",
                   "the request body of " + std::to_string(head_.content_length) + " bytes is over the limit of " +
                       std::to_string(limits_.max_request_body));
    }
    if (!context_.ledger->ReserveBody(head_.content_length)) {
      return Reply(503, "server_busy", "the server holds too many request bodies at once; retry shortly");
    }
    reserved_body_ = head_.content_length;
    ArmDeadline(request_started_ + limits_.request_timeout);
    if (head_.expects_continue && in_.size() < head_.content_length) {
      continue_reply_ = "HTTP/1.1 100 Continue\r\n\r\n";
      asio::async_write(stream_, asio::buffer(continue_reply_),
                        [self = this->shared_from_this()](ErrorCode ec, size_t) {
                          if (ec || self->closed_) return self->Close();
                          self->ReadBody();
                        });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    if (in_.size() < head_.content_length) {
      if (in_.capacity() < head_.content_length) in_.reserve(head_.content_length);
      return ReadSome(&Session::ReadBody);
    }
    body_ = in_.substr(0, head_.content_length);
    in_.erase(0, head_.content_length);
    Forward();
  }

  // --- handing it on and relaying the reply --------------------------------

  void Forward() {
    // The handlers may take minutes (a model's answer); the client waits.
    CancelDeadline();
    Trace(head_.method + " " + head_.target + " handed on");
    forward_head_ = ForwardedHead(head_, peer_);
    handlers_.async_connect(
        asio::local::stream_protocol::endpoint(context_.handler_socket),
        [self = this->shared_from_this()](ErrorCode ec) {
          if (self->closed_) return self->Close();
          if (ec) {
            self->context_.log->Error("front door: cannot reach the handlers: " + ec.message());
            return self->Reply(502, "internal", "the request handlers cannot be reached");
          }
          std::array<asio::const_buffer, 2> request{asio::buffer(self->forward_head_), asio::buffer(self->body_)};
          asio::async_write(self->handlers_, request, [self](ErrorCode, size_t) {
            // Even if the handlers stopped reading (an early
            // error reply), what they answered is relayed.
            if (self->closed_) return self->Close();
            std::string().swap(self->body_);
            self->ReleaseBody();
            self->ReadReply();
          });
        });
  }

  void ReadReply() {
    handlers_.async_read_some(asio::buffer(reply_chunk_), [self = this->shared_from_this()](ErrorCode ec, size_t n) {
      if (self->closed_) return self->Close();
      if (ec) {
        self->handlers_done_ = true;
        if (!self->reply_head_sent_) {
          return self->Reply(502, "internal", "the request handlers closed without an answer");
        }
        if (!self->writing_) self->WriteNext();
        return;
      }
      self->OnReplyBytes(std::string_view(self->reply_chunk_.data(), n));
    });
  }

  void OnReplyBytes(std::string_view bytes) {
    if (!reply_head_sent_) {
      reply_head_.append(bytes);
      const size_t end = FindHeadEnd(reply_head_);
      if (end == std::string::npos) {
        if (reply_head_.size() > kMaxResponseHead)
          return Reply(502, "internal", "the handlers' reply head is too long");
        return ReadReply();
      }
      auto rewritten =
          RewriteResponseHead(std::string_view(reply_head_).substr(0, end), head_.keep_alive, head_.method == "HEAD");
      if (!rewritten) return Reply(502, "internal", "the handlers' reply is not HTTP");
      reply_head_sent_ = true;
      keep_alive_after_ = rewritten->keep_alive;
      Queue(std::move(rewritten->head));
      if (end < reply_head_.size()) Queue(reply_head_.substr(end));
      std::string().swap(reply_head_);
    } else {
      Queue(std::string(bytes));
    }
    if (queued_bytes_ < limits_.relay_buffer_bytes) {
      ReadReply();
    } else {
      reply_paused_ = true;  // the client reads slowly: resume as it catches up
    }
  }

  void Queue(std::string bytes) {
    if (bytes.empty()) return;
    queued_bytes_ += bytes.size();
    out_.push_back(std::move(bytes));
    if (!writing_) WriteNext();
  }

  void WriteNext() {
    if (out_.empty()) {
      writing_ = false;
      if (handlers_done_) FinishReply();
      return;
    }
    writing_ = true;
    ArmDeadline(Clock::now() + limits_.write_timeout);
    // Everything queued goes out in one write (fewer, fuller segments).
    writing_now_.clear();
    for (const std::string& piece : out_) writing_now_.push_back(asio::buffer(piece));
    asio::async_write(stream_, writing_now_,
                      [self = this->shared_from_this(), pieces = out_.size()](ErrorCode ec, size_t n) {
                        if (ec || self->closed_) return self->Close();
                        self->queued_bytes_ -= n;
                        self->out_.erase(self->out_.begin(), self->out_.begin() + static_cast<std::ptrdiff_t>(pieces));
                        if (self->reply_paused_ && self->queued_bytes_ < self->limits_.relay_buffer_bytes) {
                          self->reply_paused_ = false;
                          self->ReadReply();
                        }
                        self->WriteNext();
                      });
  }

  void FinishReply() {
    CancelDeadline();
    Trace(head_.method + " " + head_.target + " answered" + (keep_alive_after_ ? "" : ", closing"));
    ErrorCode ignored;
    handlers_.close(ignored);
    reply_head_sent_ = false;
    handlers_done_ = false;
    if (!keep_alive_after_) return Linger();
    head_ = RequestHead();
    WaitForNextRequest();
  }

  // --- errors and closing --------------------------------------------------

  // Sends a JSON error and closes the connection.
  void Reply(int status, const std::string& code, const std::string& message) {
    if (closed_ || replying_error_) return;
    if constexpr (kTls) {
      // Before the handshake nothing can be said over TLS.
      if (!handshake_done_) return Close();
    }
    replying_error_ = true;
    Trace("refused: " + std::to_string(status) + " " + message);
    ReleaseBody();
    ErrorCode ignored;
    handlers_.close(ignored);
    error_reply_ = ErrorReply(status, code, message);
    ArmDeadline(Clock::now() + limits_.write_timeout);
    asio::async_write(stream_, asio::buffer(error_reply_), [self = this->shared_from_this()](ErrorCode ec, size_t) {
      if (ec || self->closed_) return self->Close();
      self->Linger();
    });
  }

  // Ends the connection gracefully: no more to send; what the client still
  // sends is read and dropped for a moment so that it sees the reply rather
  // than a reset.
  void Linger() {
    ArmDeadline(Clock::now() + kLinger);
    if constexpr (kTls) {
      stream_.async_shutdown([self = this->shared_from_this()](ErrorCode) { self->Close(); });
    } else {
      ErrorCode ignored;
      stream_.shutdown(tcp::socket::shutdown_send, ignored);
      Drain();
    }
  }

  void Drain() {
    stream_.async_read_some(asio::buffer(read_chunk_), [self = this->shared_from_this()](ErrorCode ec, size_t) {
      if (ec || self->closed_) return self->Close();
      self->Drain();
    });
  }

  void ArmDeadline(Clock::time_point when) {
    timer_.expires_at(when);
    timer_.async_wait([self = this->shared_from_this()](ErrorCode ec) {
      if (ec || self->closed_) return;
      if (self->timer_.expiry() <= Clock::now()) self->Close();
    });
  }

  void CancelDeadline() { timer_.expires_at(Clock::time_point::max()); }

  void Close() {
    if (closed_) return;
    closed_ = true;
    Trace("closed");
    ErrorCode ignored;
    timer_.cancel();
    stream_.lowest_layer().close(ignored);
    handlers_.close(ignored);
  }

  void ReleaseBody() {
    if (reserved_body_ > 0) context_.ledger->ReleaseBody(std::exchange(reserved_body_, 0));
  }

  Stream stream_;
  const std::string peer_;
  std::string label_;  // for Trace
  ConnectionLedger::Ticket ticket_;
  const FrontDoorContext& context_;
  const FrontDoorLimits& limits_;
  asio::steady_timer timer_;
  asio::local::stream_protocol::socket handlers_;

  std::array<char, kReadChunk> read_chunk_{};
  std::array<char, kReadChunk> reply_chunk_{};
  std::string in_;  // bytes from the client not yet used
  RequestHead head_;
  std::string body_;
  uint64_t reserved_body_ = 0;
  std::string forward_head_;
  std::string continue_reply_;
  std::string error_reply_;
  std::string reply_head_;                       // the handlers' reply head while it arrives
  std::deque<std::string> out_;                  // reply bytes not yet written
  std::vector<asio::const_buffer> writing_now_;  // the pieces of out_ being written
  size_t queued_bytes_ = 0;
  Clock::time_point request_started_;
  bool handshake_done_ = !kTls;
  bool waiting_first_byte_ = false;
  bool reply_head_sent_ = false;
  bool reply_paused_ = false;
  bool handlers_done_ = false;
  bool writing_ = false;
  bool keep_alive_after_ = false;
  bool replying_error_ = false;
  bool closed_ = false;
};

}  // namespace

void StartClientSession(tcp::socket socket, std::string peer, ConnectionLedger::Ticket ticket,
                        const FrontDoorContext& context) {
  if (context.tls) {
    std::make_shared<Session<TlsStream>>(TlsStream(std::move(socket), *context.tls), std::move(peer), std::move(ticket),
                                         context)
        ->Start();
  } else {
    std::make_shared<Session<tcp::socket>>(std::move(socket), std::move(peer), std::move(ticket), context)->Start();
  }
}

void RefuseConnection(tcp::socket socket, const std::string& why, const FrontDoorContext& context) {
  if (context.tls) {
    ErrorCode ignored;
    socket.close(ignored);
    return;
  }
  auto session = std::make_shared<Session<tcp::socket>>(std::move(socket), "", ConnectionLedger::Ticket(), context);
  session->Refuse(why);
}

}  // namespace wenyuan::server
