// LlmConfig: which language model `ask`, `draft` and the server use, if any.
// Read from the `llm.*` lines of the config file (the same `key = value`
// file `serve` reads, through util/config_file.h; other keys are left to
// their owners) and then from
// flags, which win. With neither an endpoint nor a model file configured,
// answers are extractive.
//
//   llm.endpoint = http://127.0.0.1:8081   OpenAI-compatible server
//   llm.model = taide-8b                   "model" sent to it (optional)
//   llm.api_key = ...                      Bearer key (optional)
//   llm.timeout_s = 120                    per read or write, 1-3600
//   llm.model_path = /models/x.gguf        in-process model (wins over endpoint)
//   llm.context_tokens = 4096              context window, 256-262144
//   llm.max_tokens = 768                   longest reply, 16-32768
//   llm.temperature = 0.2                  0-2
//   llm.gpu_layers = -1                    layers on the GPU (-1 all), in-process only
//   llm.threads = 0                        CPU threads, in-process only (0: llama.cpp's default)
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "llm/language_model.h"
#include "util/status.h"

namespace wenyuan::llm {

struct LlmConfig {
  std::string endpoint;
  std::string model;
  std::string api_key;
  int timeout_s = 120;
  std::string model_path;
  size_t context_tokens = 4096;
  size_t max_tokens = 768;
  double temperature = 0.2;
  int gpu_layers = -1;
  int threads = 0;

  bool configured() const { return !endpoint.empty() || !model_path.empty(); }
};

// Applies the file's `llm.*` settings on top of `config`. Unknown `llm.*`
// keys, bad values and lines without '=' are errors naming the file and line.
Status LoadLlmConfig(const std::filesystem::path& file, LlmConfig& config);

// The model `config` names: in-process when model_path is set, else the
// endpoint. Loading a GGUF file takes seconds; an endpoint is not contacted
// until the first call.
Result<std::unique_ptr<LanguageModel>> MakeLanguageModel(const LlmConfig& config);

}  // namespace wenyuan::llm
