// The embedder and search mode a command line asks for. The embedder comes
// from the config file (`--config FILE`, else DATA/wenyuan.conf when it
// exists: the `embedder` keys `wenyuan serve` reads), then `--embedder KIND`,
// which wins. The mode is `--mode keyword|vector|hybrid`, else hybrid when
// an embedder is configured and keyword otherwise.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "cli/args.h"
#include "search/hybrid_fusion.h"
#include "search/kb_session.h"
#include "text/bigram_tokenizer.h"
#include "vector/embedder.h"
#include "vector/embedder_config.h"

namespace wenyuan::cli {

Result<vector::EmbedderConfig> EmbedderConfigFromArgs(const ParsedArgs& args, const std::filesystem::path& data_dir);

Result<search::SearchMode> SearchModeFromArgs(const ParsedArgs& args, const vector::EmbedderConfig& embedder);

// `--mode` if given; nullopt leaves the knowledge base's default (hybrid
// with an embedder, keyword otherwise).
Result<std::optional<search::SearchMode>> ExplicitSearchMode(const ParsedArgs& args);

// What a command searches knowledge bases through: the data directory's
// layout, `analysis`, and the embedder the config file or `--embedder`
// configures (none: keyword search only).
Result<std::unique_ptr<search::KbSessions>> KbSessionsFromArgs(const ParsedArgs& args,
                                                               const std::filesystem::path& data_dir,
                                                               search::Analysis analysis);

// The embedder for `mode`: null for keyword; an error if vector or hybrid
// is asked for and none is configured.
Result<std::unique_ptr<vector::Embedder>> EmbedderForMode(search::SearchMode mode, const vector::EmbedderConfig& config,
                                                          const text::BigramTokenizer& tokenizer);

}  // namespace wenyuan::cli
