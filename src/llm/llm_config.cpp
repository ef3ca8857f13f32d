#include "llm/llm_config.h"

#include <charconv>

#include "llm/llama_language_model.h"
#include "llm/openai_language_model.h"
#include "util/file_io.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan::llm {
namespace {

template <typename T>
bool ParseNumber(std::string_view s, T& out, T min, T max) {
  T v{};
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < min || v > max) return false;
  out = v;
  return true;
}

}  // namespace

Status LoadLlmConfig(const std::filesystem::path& file, LlmConfig& config) {
  WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(file, 1 << 20));
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = utf8::Trim(line);
    if (line.empty()) continue;
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;  // LoadServerConfig reports malformed lines
    std::string key(utf8::Trim(line.substr(0, eq)));
    if (!key.starts_with("llm.")) continue;
    std::string_view value = utf8::Trim(line.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    const std::string where = file.string() + ": line " + std::to_string(lines.line_number());
    auto bad = [&](const char* expect) { return Status::InvalidArgument(where + ": " + key + " must be " + expect); };
    if (key == "llm.endpoint") {
      config.endpoint = std::string(value);
    } else if (key == "llm.model") {
      config.model = std::string(value);
    } else if (key == "llm.api_key") {
      config.api_key = std::string(value);
    } else if (key == "llm.model_path") {
      config.model_path = std::string(value);
    } else if (key == "llm.timeout_s") {
      if (!ParseNumber(value, config.timeout_s, 1, 3600)) return bad("1-3600");
    } else if (key == "llm.context_tokens") {
      if (!ParseNumber<size_t>(value, config.context_tokens, 256, 262144)) return bad("256-262144");
    } else if (key == "llm.max_tokens") {
      if (!ParseNumber<size_t>(value, config.max_tokens, 16, 32768)) return bad("16-32768");
    } else if (key == "llm.gpu_layers") {
      if (!ParseNumber(value, config.gpu_layers, -1, 100000)) return bad("-1 (all) or a layer count");
    } else if (key == "llm.threads") {
      if (!ParseNumber(value, config.threads, 0, 1024)) return bad("0 (llama.cpp's default) to 1024");
    } else if (key == "llm.temperature") {
      double t = 0;
      if (!ParseNumber(value, t, 0.0, 2.0)) return bad("a number 0-2");
      config.temperature = t;
    } else {
      return Status::InvalidArgument(where + ": unknown setting '" + key + "'");
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
  if (config.endpoint.empty()) return Status::InvalidArgument("no language model configured (llm.endpoint or llm.model_path)");
  EndpointConfig endpoint;
  endpoint.url = config.endpoint;
  endpoint.model = config.model;
  endpoint.api_key = config.api_key;
  endpoint.timeout = std::chrono::seconds(config.timeout_s);
  WY_ASSIGN_OR_RETURN(OpenAiClient client, OpenAiClient::Create(std::move(endpoint)));
  return std::unique_ptr<LanguageModel>(new OpenAiLanguageModel(std::move(client), config.context_tokens));
}

}  // namespace wenyuan::llm
