// LanguageModel: something that continues a chat. Two implementations ship:
// an OpenAI-compatible endpoint (openai_language_model.h) and a GGUF file run
// in process by llama.cpp (llama_language_model.h). Callers build prompts
// against context_tokens() with CountTokens(), and never need to know which
// one they hold. Implementations are thread-compatible: callers serialise
// calls on one instance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "llm/chat_types.h"
#include "llm/token_budget.h"
#include "util/status.h"

namespace wenyuan::llm {

class LanguageModel {
 public:
  virtual ~LanguageModel() = default;
  // The assistant's reply to `messages`. With `on_token` set, text is also
  // handed to it piece by piece as it is generated.
  virtual Result<Completion> Chat(const std::vector<ChatMessage>& messages, const GenerationOptions& options,
                                  const TokenSink& on_token) = 0;
  // Names the model (endpoint model name or GGUF file), for responses and logs.
  virtual std::string name() const = 0;
  // Tokens the model attends to, prompt and reply together.
  virtual size_t context_tokens() const = 0;
  // Tokens `text` takes; an estimate unless the model has its tokenizer here.
  virtual size_t CountTokens(std::string_view text) const { return EstimateTokens(text); }
};

}  // namespace wenyuan::llm
