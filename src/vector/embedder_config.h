// Which embedder to use, as the config file (`embedder = hashing|openai|gguf`,
// `embedder.endpoint`, `embedder.model`, `embedder.model_path`,
// `embedder.dimensions`) or the `--embedder` flag says, and making it. No
// embedder (the default) means keyword search only. `hashing` needs nothing;
// `openai` and `gguf` are made by the model layer (MakeEmbedder reports them
// as not built in until that layer is linked in here: this is the seam).
#pragma once

#include <memory>
#include <string>

#include "text/bigram_tokenizer.h"
#include "util/status.h"
#include "vector/embedder.h"

namespace wenyuan::vector {

struct EmbedderConfig {
  std::string kind;        // "", "hashing", "openai" or "gguf"
  std::string endpoint;    // openai: base URL of an OpenAI-compatible server
  std::string model;       // openai: the model name to ask for
  std::string model_path;  // gguf: the model file
  size_t dimensions = 0;   // hashing: buckets (0: the default)

  bool configured() const { return !kind.empty() && kind != "none"; }
};

// Applies one `key = value` setting whose key starts with "embedder";
// InvalidArgument for an unknown key or a bad value (the caller adds where).
Status ApplyEmbedderSetting(EmbedderConfig& config, std::string_view key, std::string_view value);

// `tokenizer` is the search's (same script folding), used by `hashing`.
Result<std::unique_ptr<Embedder>> MakeEmbedder(const EmbedderConfig& config, const text::BigramTokenizer& tokenizer);

}  // namespace wenyuan::vector
