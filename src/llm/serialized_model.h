// SerializedModel: a LanguageModel that lets one call through at a time, so
// that one model (thread-compatible, not thread-safe: a llama.cpp context,
// one connection's worth of server capacity) can be shared by every request
// of a server: answers, drafts and the OpenAI-compatible API alike.
// Thread-safe.
#pragma once

#include <memory>
#include <mutex>

#include "llm/language_model.h"

namespace wenyuan::llm {

class SerializedModel : public LanguageModel {
 public:
  explicit SerializedModel(std::shared_ptr<LanguageModel> model) : model_(std::move(model)) {}

  Result<Completion> Chat(const std::vector<ChatMessage>& messages, const GenerationOptions& options,
                          const TokenSink& on_token) override {
    std::lock_guard lock(mutex_);
    return model_->Chat(messages, options, on_token);
  }
  std::string name() const override { return model_->name(); }
  size_t context_tokens() const override { return model_->context_tokens(); }
  size_t CountTokens(std::string_view text) const override {
    std::lock_guard lock(mutex_);
    return model_->CountTokens(text);
  }

 private:
  std::shared_ptr<LanguageModel> model_;
  mutable std::mutex mutex_;
};

}  // namespace wenyuan::llm
