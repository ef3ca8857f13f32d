#include "cli/embedder_args.h"

#include "server/server_config.h"
#include "util/data_layout.h"

namespace wenyuan::cli {

Result<vector::EmbedderConfig> EmbedderConfigFromArgs(const ParsedArgs& args, const std::filesystem::path& data_dir) {
  server::ServerConfig config;
  std::filesystem::path file = DataLayout(data_dir).ConfigFile();
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

Result<std::optional<search::SearchMode>> ExplicitSearchMode(const ParsedArgs& args) {
  if (auto mode = args.Value("--mode")) {
    WY_ASSIGN_OR_RETURN(search::SearchMode parsed, search::ParseSearchMode(*mode));
    return std::optional<search::SearchMode>(parsed);
  }
  return std::optional<search::SearchMode>();
}

Result<std::unique_ptr<search::KbSessions>> KbSessionsFromArgs(const ParsedArgs& args,
                                                               const std::filesystem::path& data_dir,
                                                               search::Analysis analysis) {
  WY_ASSIGN_OR_RETURN(vector::EmbedderConfig config, EmbedderConfigFromArgs(args, data_dir));
  std::shared_ptr<vector::Embedder> embedder;
  if (config.configured()) {
    WY_ASSIGN_OR_RETURN(embedder, vector::MakeEmbedder(config, analysis.bigrams));
  }
  return std::make_unique<search::KbSessions>(DataLayout(data_dir), std::move(analysis), std::move(embedder));
}

}  // namespace wenyuan::cli
