// HashingEmbedder: a lexical embedder that needs no model. A text's
// character bigrams (the BigramTokenizer's tokens: Han bigrams after script
// folding, lower-cased Latin words and numbers) are hashed (FNV-1a, 64-bit)
// into `dimensions` signed buckets, weighted 1 + ln(count), and the vector is
// L2-normalised, so the inner product of two vectors approximates the cosine
// of their bigram profiles. Deterministic across runs and machines; cheap.
// Used by tests and as the no-model `embedder = hashing` choice. An empty
// text (or one with no tokens) gets the zero vector. Thread-safe (const).
#pragma once

#include <string>
#include <vector>

#include "text/bigram_tokenizer.h"
#include "vector/embedder.h"

namespace wenyuan::vector {

class HashingEmbedder : public Embedder {
 public:
  static constexpr size_t kDefaultDimensions = 1024;

  explicit HashingEmbedder(text::BigramTokenizer tokenizer, size_t dimensions = kDefaultDimensions)
      : tokenizer_(std::move(tokenizer)), dimensions_(dimensions == 0 ? 1 : dimensions) {}

  Result<std::vector<std::vector<float>>> Embed(const std::vector<std::string>& texts) override;
  size_t dimensions() const override { return dimensions_; }
  // "hashing-bigram-v1-<dimensions>": a change of hashing changes the name.
  std::string name() const override;

  std::vector<float> EmbedOne(std::string_view text) const;

 private:
  text::BigramTokenizer tokenizer_;
  size_t dimensions_;
};

}  // namespace wenyuan::vector
