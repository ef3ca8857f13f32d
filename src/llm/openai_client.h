// OpenAiClient: talks to an OpenAI-compatible server (llama-server, vLLM,
// Ollama, TAIDE behind any of them) over HTTP or HTTPS:
// POST /v1/chat/completions, whole or streamed (SSE), and POST
// /v1/embeddings. Connection failures, 429 and 5xx are retried with
// exponential back-off (RetryPolicy), except once streamed text has reached
// the caller; every failure is one line naming the endpoint, e.g.
// "language model at http://127.0.0.1:8081 unreachable: could not connect
// (3 tries)". Each call opens its own connection, so one client may be used
// from several threads at once.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "llm/chat_types.h"
#include "llm/retry_policy.h"
#include "util/status.h"

namespace wenyuan::llm {

struct EndpointConfig {
  std::string url;      // "http://host:port", with or without a trailing "/v1"
  std::string api_key;  // sent as "Authorization: Bearer KEY" when set
  std::string model;    // the "model" field; empty lets the server choose
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds timeout{120000};  // per read or write
  RetryPolicy retry;
};

class OpenAiClient {
 public:
  // Fails on a URL that is not http:// or https://.
  static Result<OpenAiClient> Create(EndpointConfig config);

  Result<Completion> Chat(const std::vector<ChatMessage>& messages, const GenerationOptions& options,
                          const TokenSink& on_token) const;
  Result<std::vector<std::vector<float>>> Embed(const std::vector<std::string>& texts) const;
  const EndpointConfig& config() const { return config_; }

 private:
  OpenAiClient(EndpointConfig config, std::string origin, std::string base_path)
      : config_(std::move(config)), origin_(std::move(origin)), base_path_(std::move(base_path)) {}

  struct Attempt;
  Attempt PostOnce(const std::string& route, const std::string& body, const TokenSink* stream) const;
  Result<std::string> Post(const std::string& route, const std::string& body, const TokenSink* stream,
                           Completion* streamed) const;

  EndpointConfig config_;
  std::string origin_;     // "http://host:port"
  std::string base_path_;  // "" or "/prefix", without "/v1"
};

}  // namespace wenyuan::llm
