// The embedder and search mode a command line asks for. The embedder comes
// from the config file (`--config FILE`, else DATA/wenyuan.conf when it
// exists: the `embedder` keys `wenyuan serve` reads), then `--embedder KIND`,
// which wins. The mode is `--mode keyword|vector|hybrid`, else hybrid when
// an embedder is configured and keyword otherwise.
#pragma once

#include <filesystem>
#include <memory>

#include "cli/args.h"
#include "search/hybrid_fusion.h"
#include "text/bigram_tokenizer.h"
#include "vector/embedder.h"
#include "vector/embedder_config.h"

namespace wenyuan::cli {

Result<vector::EmbedderConfig> EmbedderConfigFromArgs(const ParsedArgs& args, const std::filesystem::path& data_dir);

Result<search::SearchMode> SearchModeFromArgs(const ParsedArgs& args, const vector::EmbedderConfig& embedder);

// The embedder for `mode`: null for keyword; an error if vector or hybrid
// is asked for and none is configured.
Result<std::unique_ptr<vector::Embedder>> EmbedderForMode(search::SearchMode mode, const vector::EmbedderConfig& config,
                                                          const text::BigramTokenizer& tokenizer);

}  // namespace wenyuan::cli
