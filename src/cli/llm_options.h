// The language-model settings of `ask` and `draft`: the `llm.*` lines of the
// config file (--config FILE, else DATA/wenyuan.conf when it exists), then
// the flags --llm-endpoint URL and --model PATH, which win.
#pragma once

#include <memory>

#include "cli/commands.h"
#include "llm/llm_config.h"

namespace wenyuan::cli {

Result<llm::LlmConfig> LlmConfigFromArgs(const CommandContext& ctx);

struct ConfiguredModel {
  std::shared_ptr<llm::LanguageModel> model;  // null when none is configured
  llm::GenerationOptions generation;
};
Result<ConfiguredModel> LanguageModelFromArgs(const CommandContext& ctx);

// True when `ask` should take the grounded path (a model is configured, a
// flag names one, or --task is given); also true when the config file is
// broken, so that path reports it.
bool WantsGroundedAnswer(const CommandContext& ctx);

}  // namespace wenyuan::cli
