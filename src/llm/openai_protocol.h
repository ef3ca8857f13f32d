// The JSON of the OpenAI-compatible API, both ways: request bodies for
// /v1/chat/completions and /v1/embeddings, and parsers for their answers,
// whole or streamed (one SSE "data:" payload at a time). No I/O here, so
// every shape a server may send is testable on its own.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "llm/chat_types.h"
#include "util/status.h"

namespace wenyuan::llm {

nlohmann::json ChatRequestBody(const std::string& model, const std::vector<ChatMessage>& messages,
                               const GenerationOptions& options, bool stream);

// A whole (non-streamed) chat completion: choices[0].message.content.
Result<Completion> ParseChatResponse(std::string_view body);

// One streamed chunk. `done` is set by the final "[DONE]" payload.
struct StreamDelta {
  std::string content;
  std::string finish_reason;
  bool done = false;
};
Result<StreamDelta> ParseChatStreamData(std::string_view data);

nlohmann::json EmbeddingsRequestBody(const std::string& model, const std::vector<std::string>& texts);

// data[i].embedding, ordered by data[i].index; must hold `expected` vectors
// of one common, non-zero size.
Result<std::vector<std::vector<float>>> ParseEmbeddingsResponse(std::string_view body, size_t expected);

// The error a server put in its body ({"error": {"message": ...}} or
// {"error": "..."}), else the body's first 200 bytes.
std::string ErrorMessageFromBody(std::string_view body);

}  // namespace wenyuan::llm
