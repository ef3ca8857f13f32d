// Embedder: turns texts into fixed-size vectors for semantic search. Two
// implementations ship: an in-process GGUF embedding model (llama.cpp) and an
// OpenAI-compatible /v1/embeddings endpoint; keyword search never needs one.
// Implementations are thread-compatible (callers serialise calls).
#pragma once

#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::vector {

class Embedder {
 public:
  virtual ~Embedder() = default;
  // One vector per text, each of dimensions() floats, L2-normalised.
  virtual Result<std::vector<std::vector<float>>> Embed(const std::vector<std::string>& texts) = 0;
  virtual size_t dimensions() const = 0;
  // Identifies the model, stored beside the vectors so a KB's vectors are
  // never mixed with another model's.
  virtual std::string name() const = 0;
};

}  // namespace wenyuan::vector
