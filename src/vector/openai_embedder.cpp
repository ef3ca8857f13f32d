#include "vector/openai_embedder.h"

#include <algorithm>

#include "vector/vector_math.h"

namespace wenyuan::vector {

Result<std::unique_ptr<OpenAiEmbedder>> OpenAiEmbedder::Create(llm::EndpointConfig endpoint, size_t batch_size) {
  WY_ASSIGN_OR_RETURN(llm::OpenAiClient client, llm::OpenAiClient::Create(std::move(endpoint)));
  std::unique_ptr<OpenAiEmbedder> embedder(new OpenAiEmbedder(std::move(client), std::max<size_t>(batch_size, 1)));
  WY_ASSIGN_OR_RETURN(auto probe, embedder->client_.Embed({"測試"}));
  embedder->dimensions_ = probe[0].size();
  return embedder;
}

std::string OpenAiEmbedder::name() const {
  const auto& config = client_.config();
  return "openai:" + (config.model.empty() ? config.url : config.model);
}

Result<std::vector<std::vector<float>>> OpenAiEmbedder::Embed(const std::vector<std::string>& texts) {
  std::vector<std::vector<float>> out;
  out.reserve(texts.size());
  for (size_t first = 0; first < texts.size(); first += batch_size_) {
    size_t last = std::min(texts.size(), first + batch_size_);
    std::vector<std::string> batch(texts.begin() + static_cast<std::ptrdiff_t>(first),
                                   texts.begin() + static_cast<std::ptrdiff_t>(last));
    WY_ASSIGN_OR_RETURN(auto vectors, client_.Embed(batch));
    for (auto& v : vectors) {
      if (v.size() != dimensions_) {
        return Status::Corruption("embeddings from " + client_.config().url + " changed size: " +
                                  std::to_string(v.size()) + " instead of " + std::to_string(dimensions_));
      }
      NormalizeL2(v);
      out.push_back(std::move(v));
    }
  }
  return out;
}

}  // namespace wenyuan::vector
