#include "vector/embedder_config.h"

#include "util/config_file.h"
#include "vector/hashing_embedder.h"
#include "vector/llama_embedder.h"
#include "vector/openai_embedder.h"

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
    if (!ParseSettingNumber(value, config.dimensions, 16, 65536)) {
      return Status::InvalidArgument("embedder.dimensions must be 16-65536");
    }
  } else {
    return Status::InvalidArgument("unknown setting '" + std::string(key) + "'");
  }
  return Status::Ok();
}

Result<std::unique_ptr<Embedder>> MakeEmbedder(const EmbedderConfig& config, const text::BigramTokenizer& tokenizer) {
  if (!config.configured())
    return Status::InvalidArgument("no embedder is configured (embedder = hashing|openai|gguf)");
  if (config.kind == "hashing") {
    return std::unique_ptr<Embedder>(std::make_unique<HashingEmbedder>(
        tokenizer, config.dimensions ? config.dimensions : HashingEmbedder::kDefaultDimensions));
  }
  if (config.kind == "openai") {
    if (config.endpoint.empty()) return Status::InvalidArgument("embedder = openai needs embedder.endpoint = URL");
    llm::EndpointConfig endpoint;
    endpoint.url = config.endpoint;
    endpoint.model = config.model;
    WY_ASSIGN_OR_RETURN(auto embedder, OpenAiEmbedder::Create(endpoint));
    return std::unique_ptr<Embedder>(std::move(embedder));
  }
  if (config.kind == "gguf") {
    if (config.model_path.empty()) return Status::InvalidArgument("embedder = gguf needs embedder.model_path = FILE");
    LlamaEmbedderOptions options;
    options.path = config.model_path;
    WY_ASSIGN_OR_RETURN(auto embedder, LlamaEmbedder::Load(options));
    return std::unique_ptr<Embedder>(std::move(embedder));
  }
  return Status::Unsupported("embedder '" + config.kind + "' is not known; use hashing, openai or gguf");
}

}  // namespace wenyuan::vector
