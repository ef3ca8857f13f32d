#include "vector/embedder_config.h"

#include <charconv>

#include "vector/hashing_embedder.h"

namespace wenyuan::vector {

Status ApplyEmbedderSetting(EmbedderConfig& config, std::string_view key, std::string_view value) {
  if (key == "embedder") {
    if (value != "hashing" && value != "openai" && value != "gguf" && value != "none") {
      return Status::InvalidArgument("embedder must be hashing, openai, gguf or none");
    }
    config.kind = std::string(value);
  } else if (key == "embedder.endpoint") {
    config.endpoint = std::string(value);
  } else if (key == "embedder.model") {
    config.model = std::string(value);
  } else if (key == "embedder.model_path") {
    config.model_path = std::string(value);
  } else if (key == "embedder.dimensions") {
    size_t n = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || p != value.data() + value.size() || n < 16 || n > 65536) {
      return Status::InvalidArgument("embedder.dimensions must be 16-65536");
    }
    config.dimensions = n;
  } else {
    return Status::InvalidArgument("unknown setting '" + std::string(key) + "'");
  }
  return Status::Ok();
}

Result<std::unique_ptr<Embedder>> MakeEmbedder(const EmbedderConfig& config, const text::BigramTokenizer& tokenizer) {
  if (!config.configured()) return Status::InvalidArgument("no embedder is configured (embedder = hashing|openai|gguf)");
  if (config.kind == "hashing") {
    return std::unique_ptr<Embedder>(std::make_unique<HashingEmbedder>(
        tokenizer, config.dimensions ? config.dimensions : HashingEmbedder::kDefaultDimensions));
  }
  // The seam: the model layer's embedders (OpenAI-compatible endpoint, GGUF
  // in-process) are constructed here once they are linked in.
  return Status::Unsupported("embedder '" + config.kind + "' is not built into this binary; use embedder = hashing");
}

}  // namespace wenyuan::vector
