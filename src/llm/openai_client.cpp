#include "llm/openai_client.h"

#include <httplib.h>

#include <regex>
#include <thread>

#include "llm/openai_protocol.h"
#include "llm/sse_parser.h"

namespace wenyuan::llm {

// What one try came to. http_status 0: no connection was made (retryable);
// -1: the connection broke or timed out after it was made (final).
struct OpenAiClient::Attempt {
  int http_status = 0;
  std::string body;
  std::string failure;     // set when there is no usable answer
  bool delivered = false;  // streamed text reached the caller
  bool timed_out = false;
  Completion streamed;
};

Result<OpenAiClient> OpenAiClient::Create(EndpointConfig config) {
  static const std::regex kUrl(R"(^(https?)://([^/?#\s]+)(/[^?#\s]*)?$)", std::regex::icase);
  std::smatch m;
  if (!std::regex_match(config.url, m, kUrl)) {
    return Status::InvalidArgument("language model endpoint '" + config.url +
                                   "': expected http://HOST:PORT or https://HOST:PORT");
  }
  std::string path = m[3].matched ? m[3].str() : "";
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.size() >= 3 && path.compare(path.size() - 3, 3, "/v1") == 0) path.resize(path.size() - 3);
  std::string origin = m[1].str() + "://" + m[2].str();
  return OpenAiClient(std::move(config), std::move(origin), std::move(path));
}

OpenAiClient::Attempt OpenAiClient::PostOnce(const std::string& route, const std::string& body,
                                             const TokenSink* stream) const {
  Attempt a;
  httplib::Client client(origin_);
  auto seconds = [](std::chrono::milliseconds ms) {
    return std::pair<time_t, time_t>(ms.count() / 1000, (ms.count() % 1000) * 1000);
  };
  auto [cs, cus] = seconds(config_.connect_timeout);
  auto [rs, rus] = seconds(config_.timeout);
  client.set_connection_timeout(cs, cus);
  client.set_read_timeout(rs, rus);
  client.set_write_timeout(rs, rus);

  httplib::Request req;
  req.method = "POST";
  req.path = base_path_ + route;
  req.body = body;
  req.set_header("Content-Type", "application/json");
  req.set_header("Accept", stream ? "text/event-stream" : "application/json");
  if (!config_.api_key.empty()) req.set_header("Authorization", "Bearer " + config_.api_key);

  SseParser parser;
  std::vector<SseEvent> events;
  bool stream_done = false, cancelled = false;
  std::string stream_error;
  auto handle_events = [&]() {
    for (const SseEvent& e : events) {
      if (stream_done) break;
      auto delta = ParseChatStreamData(e.data);
      if (!delta.ok()) {
        stream_error = delta.status().message();
        break;
      }
      if (delta->done) {
        stream_done = true;
        break;
      }
      if (!delta->finish_reason.empty()) a.streamed.finish_reason = delta->finish_reason;
      if (delta->content.empty()) continue;
      a.streamed.text += delta->content;
      ++a.streamed.completion_tokens;
      a.delivered = true;
      if (!(*stream)(delta->content)) {
        cancelled = true;
        break;
      }
    }
    events.clear();
  };
  if (stream) {
    req.response_handler = [&](const httplib::Response& res) {
      a.http_status = res.status;
      return true;
    };
    req.content_receiver = [&](const char* data, size_t len, uint64_t, uint64_t) {
      if (a.http_status != 200) {
        a.body.append(data, len);
        return a.body.size() < (1u << 20);
      }
      parser.Feed(std::string_view(data, len), events);
      handle_events();
      return stream_error.empty() && !cancelled && !stream_done;
    };
  }

  httplib::Result res = client.send(req);
  if (stream && a.http_status == 200) {
    if (!stream_error.empty()) {
      a.failure = stream_error;
      a.http_status = -1;
      return a;
    }
    if (!stream_done && !cancelled && res) {
      parser.Finish(events);
      handle_events();
    }
    if (cancelled) a.streamed.finish_reason = "cancelled";
    if (stream_done || cancelled || res) return a;
  }
  if (!res) {
    switch (res.error()) {
      case httplib::Error::Connection:
        a.failure = "could not connect";
        a.http_status = 0;
        break;
      case httplib::Error::ConnectionTimeout:
        a.failure = "connecting timed out after " + std::to_string(config_.connect_timeout.count()) + " ms";
        a.http_status = 0;
        break;
      case httplib::Error::Read:
        a.failure = "no answer within " + std::to_string(config_.timeout.count()) + " ms, or the connection broke";
        a.http_status = -1;
        a.timed_out = true;
        break;
      default:
        a.failure = "request failed (" + httplib::to_string(res.error()) + ")";
        a.http_status = a.delivered ? -1 : 0;
        break;
    }
    return a;
  }
  if (!stream) {
    a.http_status = res->status;
    a.body = res->body;
  }
  return a;
}

Result<std::string> OpenAiClient::Post(const std::string& route, const std::string& body, const TokenSink* stream,
                                       Completion* streamed) const {
  const std::string where = "language model at " + config_.url;
  for (int attempt = 1;; ++attempt) {
    std::this_thread::sleep_for(config_.retry.BackoffBefore(attempt));
    Attempt a = PostOnce(route, body, stream);
    const std::string tries = attempt > 1 ? " (" + std::to_string(attempt) + " tries)" : "";
    if (a.failure.empty() && a.http_status == 200) {
      if (streamed) *streamed = std::move(a.streamed);
      return std::move(a.body);
    }
    bool retry = !a.delivered && a.http_status >= 0 && config_.retry.ShouldRetry(attempt, a.http_status);
    if (retry) continue;
    if (a.http_status == 0) return Status::IOError(where + " unreachable: " + a.failure + tries);
    if (a.timed_out) return Status::Timeout(where + ": " + a.failure);
    if (!a.failure.empty()) return Status::IOError(where + ": " + a.failure);
    return Status::IOError(where + " answered HTTP " + std::to_string(a.http_status) + " on " + route + ": " +
                           ErrorMessageFromBody(a.body) + tries);
  }
}

Result<Completion> OpenAiClient::Chat(const std::vector<ChatMessage>& messages, const GenerationOptions& options,
                                      const TokenSink& on_token) const {
  const bool stream = static_cast<bool>(on_token);
  std::string body = ChatRequestBody(config_.model, messages, options, stream).dump();
  if (stream) {
    Completion c;
    WY_RETURN_IF_ERROR(Post("/v1/chat/completions", body, &on_token, &c).status());
    if (c.finish_reason.empty()) c.finish_reason = "stop";
    return c;
  }
  WY_ASSIGN_OR_RETURN(std::string answer, Post("/v1/chat/completions", body, nullptr, nullptr));
  auto parsed = ParseChatResponse(answer);
  if (!parsed.ok()) return parsed.status().WithContext("language model at " + config_.url);
  return parsed;
}

Result<std::vector<std::vector<float>>> OpenAiClient::Embed(const std::vector<std::string>& texts) const {
  if (texts.empty()) return std::vector<std::vector<float>>{};
  std::string body = EmbeddingsRequestBody(config_.model, texts).dump();
  WY_ASSIGN_OR_RETURN(std::string answer, Post("/v1/embeddings", body, nullptr, nullptr));
  auto parsed = ParseEmbeddingsResponse(answer, texts.size());
  if (!parsed.ok()) return parsed.status().WithContext("language model at " + config_.url);
  return parsed;
}

}  // namespace wenyuan::llm
