// OpenAiEmbedder: an Embedder behind an OpenAI-compatible /v1/embeddings
// endpoint (llama-server --embeddings, vLLM, Ollama, ...). Texts go in
// batches of `batch_size`; the vectors come back L2-normalised. The
// dimension is learned from the server on Create() (one short request), so a
// misconfigured endpoint fails at start, not at the first ingest.
#pragma once

#include <memory>
#include <string>

#include "llm/openai_client.h"
#include "vector/embedder.h"

namespace wenyuan::vector {

class OpenAiEmbedder : public Embedder {
 public:
  static Result<std::unique_ptr<OpenAiEmbedder>> Create(llm::EndpointConfig endpoint, size_t batch_size = 32);

  Result<std::vector<std::vector<float>>> Embed(const std::vector<std::string>& texts) override;
  size_t dimensions() const override { return dimensions_; }
  // "openai:<model or URL>".
  std::string name() const override;

 private:
  OpenAiEmbedder(llm::OpenAiClient client, size_t batch_size) : client_(std::move(client)), batch_size_(batch_size) {}

  llm::OpenAiClient client_;
  size_t batch_size_;
  size_t dimensions_ = 0;
};

}  // namespace wenyuan::vector
