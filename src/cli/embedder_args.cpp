#include "cli/embedder_args.h"

#include "server/server_config.h"

namespace wenyuan::cli {

Result<vector::EmbedderConfig> EmbedderConfigFromArgs(const ParsedArgs& args, const std::filesystem::path& data_dir) {
  server::ServerConfig config;
  std::filesystem::path file = data_dir / "wenyuan.conf";
  if (auto f = args.Value("--config")) file = *f;
  std::error_code ec;
  if (args.Value("--config") || std::filesystem::exists(file, ec)) {
    WY_RETURN_IF_ERROR(server::LoadServerConfig(file, config));
  }
  if (auto kind = args.Value("--embedder")) {
    Status s = vector::ApplyEmbedderSetting(config.embedder, "embedder", *kind);
    if (!s.ok()) return Status::InvalidArgument("--embedder: " + s.message());
  }
  return config.embedder;
}

Result<search::SearchMode> SearchModeFromArgs(const ParsedArgs& args, const vector::EmbedderConfig& embedder) {
  if (auto mode = args.Value("--mode")) return search::ParseSearchMode(*mode);
  return embedder.configured() ? search::SearchMode::kHybrid : search::SearchMode::kKeyword;
}

Result<std::unique_ptr<vector::Embedder>> EmbedderForMode(search::SearchMode mode, const vector::EmbedderConfig& config,
                                                          const text::BigramTokenizer& tokenizer) {
  if (mode == search::SearchMode::kKeyword) return std::unique_ptr<vector::Embedder>();
  if (!config.configured()) {
    return Status::InvalidArgument(std::string("--mode ") + search::SearchModeName(mode) +
                                   " needs an embedder: --embedder hashing, or `embedder = ...` in the config file");
  }
  return vector::MakeEmbedder(config, tokenizer);
}

}  // namespace wenyuan::cli
