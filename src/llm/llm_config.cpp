#include "llm/llm_config.h"

#include "llm/llama_language_model.h"
#include "llm/openai_language_model.h"
#include "util/config_file.h"

namespace wenyuan::llm {

Status LoadLlmConfig(const std::filesystem::path& file, LlmConfig& config) {
  WY_ASSIGN_OR_RETURN(std::vector<ConfigSetting> settings, ReadConfigFile(file));
  for (const ConfigSetting& s : settings) {
    const std::string& key = s.key;
    if (!key.starts_with("llm.")) continue;  // other layers' settings
    if (key == "llm.endpoint") {
      config.endpoint = s.value;
    } else if (key == "llm.model") {
      config.model = s.value;
    } else if (key == "llm.api_key") {
      config.api_key = s.value;
    } else if (key == "llm.model_path") {
      config.model_path = s.value;
    } else if (key == "llm.timeout_s") {
      WY_RETURN_IF_ERROR(s.Number(config.timeout_s, 1, 3600, "1-3600"));
    } else if (key == "llm.context_tokens") {
      WY_RETURN_IF_ERROR(s.Number(config.context_tokens, 256, 262144, "256-262144"));
    } else if (key == "llm.max_tokens") {
      WY_RETURN_IF_ERROR(s.Number(config.max_tokens, 16, 32768, "16-32768"));
    } else if (key == "llm.gpu_layers") {
      WY_RETURN_IF_ERROR(s.Number(config.gpu_layers, -1, 100000, "-1 (all) or a layer count"));
    } else if (key == "llm.threads") {
      WY_RETURN_IF_ERROR(s.Number(config.threads, 0, 1024, "0 (llama.cpp's default) to 1024"));
    } else if (key == "llm.temperature") {
      WY_RETURN_IF_ERROR(s.Number(config.temperature, 0.0, 2.0, "a number 0-2"));
    } else {
      return s.Unknown();
    }
  }
  return Status::Ok();
}

Result<std::unique_ptr<LanguageModel>> MakeLanguageModel(const LlmConfig& config) {
  if (!config.model_path.empty()) {
    LlamaModelOptions options;
    options.path = config.model_path;
    options.context_tokens = config.context_tokens;
    options.gpu_layers = config.gpu_layers;
    options.threads = config.threads;
    WY_ASSIGN_OR_RETURN(auto model, LlamaLanguageModel::Load(options));
    return std::unique_ptr<LanguageModel>(std::move(model));
  }
  if (config.endpoint.empty())
    return Status::InvalidArgument("no language model configured (llm.endpoint or llm.model_path)");
  EndpointConfig endpoint;
  endpoint.url = config.endpoint;
  endpoint.model = config.model;
  endpoint.api_key = config.api_key;
  endpoint.timeout = std::chrono::seconds(config.timeout_s);
  WY_ASSIGN_OR_RETURN(OpenAiClient client, OpenAiClient::Create(std::move(endpoint)));
  return std::unique_ptr<LanguageModel>(new OpenAiLanguageModel(std::move(client), config.context_tokens));
}

}  // namespace wenyuan::llm
