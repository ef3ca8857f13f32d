#include "vector/hashing_embedder.h"

#include <cmath>
#include <unordered_map>

#include "util/fnv1a.h"

namespace wenyuan::vector {
std::string HashingEmbedder::name() const { return "hashing-bigram-v1-" + std::to_string(dimensions_); }

std::vector<float> HashingEmbedder::EmbedOne(std::string_view text) const {
  std::unordered_map<std::string, int> counts;
  for (const auto& token : tokenizer_.Tokenize(text)) ++counts[token.term];
  std::vector<double> sums(dimensions_, 0.0);
  for (const auto& [term, count] : counts) {
    const uint64_t h = Fnv1a64(term);
    const double sign = (h >> 63) ? -1.0 : 1.0;
    sums[h % dimensions_] += sign * (1.0 + std::log(static_cast<double>(count)));
  }
  double norm = 0;
  for (double v : sums) norm += v * v;
  norm = std::sqrt(norm);
  std::vector<float> out(dimensions_, 0.0f);
  if (norm > 0) {
    for (size_t i = 0; i < dimensions_; ++i) out[i] = static_cast<float>(sums[i] / norm);
  }
  return out;
}

Result<std::vector<std::vector<float>>> HashingEmbedder::Embed(const std::vector<std::string>& texts) {
  std::vector<std::vector<float>> out;
  out.reserve(texts.size());
  for (const auto& t : texts) out.push_back(EmbedOne(t));
  return out;
}

}  // namespace wenyuan::vector
