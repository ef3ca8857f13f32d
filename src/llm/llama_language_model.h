// LlamaLanguageModel: a GGUF model run in this process by llama.cpp
// (`--model PATH` or llm.model_path). The prompt is formatted with the chat
// template stored in the model when llama.cpp knows it, else with a plain
// "### role" template; tokens stream to the callback as whole UTF-8
// characters. Counts tokens with the model's own tokenizer. CPU by default,
// all layers on the GPU when the build has CUDA. Thread-compatible.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "llm/language_model.h"
#include "llm/llama_runtime.h"

namespace wenyuan::llm {

struct LlamaModelOptions {
  std::filesystem::path path;
  size_t context_tokens = 4096;  // 0: the model's training context
  int gpu_layers = -1;           // < 0: all (when a GPU backend is built in)
  int threads = 0;               // 0: llama.cpp's default
};

class LlamaLanguageModel : public LanguageModel {
 public:
  // Fails on a missing or unreadable file, or without llama.cpp built in.
  static Result<std::unique_ptr<LlamaLanguageModel>> Load(const LlamaModelOptions& options);

  Result<Completion> Chat(const std::vector<ChatMessage>& messages, const GenerationOptions& options,
                          const TokenSink& on_token) override;
  std::string name() const override { return name_; }
  size_t context_tokens() const override { return context_tokens_; }
  size_t CountTokens(std::string_view text) const override;

  // The prompt text `messages` become (exposed for tests and debugging).
  std::string FormatPrompt(const std::vector<ChatMessage>& messages) const;
  // True when the model's own chat template was usable.
  bool uses_model_template() const { return !template_.empty(); }

 private:
  LlamaLanguageModel(LlamaModelPtr model, LlamaContextPtr context, std::string name, std::string tmpl);

  LlamaModelPtr model_;
  LlamaContextPtr context_;
  std::string name_;
  std::string template_;  // empty: the plain fallback template
  size_t context_tokens_ = 0;
};

// The fallback chat format: "### system\n...\n\n### user\n...\n\n### assistant\n".
std::string PlainChatPrompt(const std::vector<ChatMessage>& messages);

}  // namespace wenyuan::llm
