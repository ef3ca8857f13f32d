// LlamaEmbedder: an Embedder running a GGUF model in this process with
// llama.cpp. The model's own pooling is used when it names one (BERT-style
// embedding models do); otherwise the token vectors are mean-pooled, so a
// generative model works too. Texts longer than the context are cut to it.
// Vectors are L2-normalised. Without llama.cpp built in, Load() fails with
// "built without llama.cpp". Thread-compatible.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "llm/llama_runtime.h"
#include "vector/embedder.h"

namespace wenyuan::vector {

struct LlamaEmbedderOptions {
  std::filesystem::path path;
  size_t context_tokens = 512;  // the longest text embedded, in tokens
  int gpu_layers = -1;
  int threads = 0;
};

class LlamaEmbedder : public Embedder {
 public:
  static Result<std::unique_ptr<LlamaEmbedder>> Load(const LlamaEmbedderOptions& options);

  Result<std::vector<std::vector<float>>> Embed(const std::vector<std::string>& texts) override;
  size_t dimensions() const override { return dimensions_; }
  // "gguf:<file name>".
  std::string name() const override { return name_; }

 private:
  LlamaEmbedder(llm::LlamaModelPtr model, llm::LlamaContextPtr context, std::string name, size_t dimensions)
      : model_(std::move(model)), context_(std::move(context)), name_(std::move(name)), dimensions_(dimensions) {}

  llm::LlamaModelPtr model_;
  llm::LlamaContextPtr context_;
  std::string name_;
  size_t dimensions_;
};

}  // namespace wenyuan::vector
