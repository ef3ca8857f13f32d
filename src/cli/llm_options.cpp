#include "cli/llm_options.h"
#include "util/data_layout.h"

namespace wenyuan::cli {

Result<llm::LlmConfig> LlmConfigFromArgs(const CommandContext& ctx) {
  llm::LlmConfig config;
  std::filesystem::path file = DataLayout(ctx.data_dir).ConfigFile();
  if (auto f = ctx.args.Value("--config")) file = *f;
  std::error_code ec;
  if (ctx.args.Value("--config") || std::filesystem::exists(file, ec)) {
    WY_RETURN_IF_ERROR(llm::LoadLlmConfig(file, config));
  }
  if (auto endpoint = ctx.args.Value("--llm-endpoint")) {
    config.endpoint = *endpoint;
    config.model_path.clear();
  }
  if (auto path = ctx.args.Value("--model")) config.model_path = *path;
  return config;
}

Result<ConfiguredModel> LanguageModelFromArgs(const CommandContext& ctx) {
  WY_ASSIGN_OR_RETURN(llm::LlmConfig config, LlmConfigFromArgs(ctx));
  ConfiguredModel out;
  out.generation.max_tokens = config.max_tokens;
  out.generation.temperature = config.temperature;
  if (!config.configured()) return out;
  WY_ASSIGN_OR_RETURN(auto model, llm::MakeLanguageModel(config));
  ctx.log.Debug("language model: " + model->name());
  out.model = std::move(model);
  return out;
}

bool WantsGroundedAnswer(const CommandContext& ctx) {
  if (ctx.args.Has("--task") || ctx.args.Has("--model") || ctx.args.Has("--llm-endpoint")) return true;
  auto config = LlmConfigFromArgs(ctx);
  return !config.ok() || config->configured();
}

}  // namespace wenyuan::cli
