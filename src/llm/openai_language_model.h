// OpenAiLanguageModel: a LanguageModel behind an OpenAI-compatible
// /v1/chat/completions endpoint (OpenAiClient). It cannot see the server's
// tokenizer, so CountTokens is the estimate of token_budget.h and the
// context size is what the configuration says (llm.context_tokens).
#pragma once

#include "llm/language_model.h"
#include "llm/openai_client.h"

namespace wenyuan::llm {

class OpenAiLanguageModel : public LanguageModel {
 public:
  OpenAiLanguageModel(OpenAiClient client, size_t context_tokens)
      : client_(std::move(client)), context_tokens_(context_tokens) {}

  Result<Completion> Chat(const std::vector<ChatMessage>& messages, const GenerationOptions& options,
                          const TokenSink& on_token) override {
    return client_.Chat(messages, options, on_token);
  }
  std::string name() const override {
    return client_.config().model.empty() ? client_.config().url : client_.config().model;
  }
  size_t context_tokens() const override { return context_tokens_; }

 private:
  OpenAiClient client_;
  size_t context_tokens_;
};

}  // namespace wenyuan::llm
