// The vocabulary every language model speaks: chat messages, sampling
// settings, the streaming callback and what a generation returns. Plain
// values, no behaviour.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::llm {

struct ChatMessage {
  std::string role;  // "system", "user" or "assistant"
  std::string content;
};

struct GenerationOptions {
  size_t max_tokens = 768;
  double temperature = 0.2;
  double top_p = 0.9;
  uint32_t seed = 42;  // fixed by default, so a reply can be reproduced
};

// Receives each piece of text as it is generated; returning false stops the
// generation early (not an error: the reply so far is returned).
using TokenSink = std::function<bool(std::string_view piece)>;

struct Completion {
  std::string text;
  std::string finish_reason;  // "stop", "length", "cancelled", or the server's word
  size_t prompt_tokens = 0;   // 0 when the model did not say
  size_t completion_tokens = 0;
};

}  // namespace wenyuan::llm
