#include "llm/llama_runtime.h"

#include <cstdio>
#include <mutex>

#include "util/utf8.h"

#ifdef WENYUAN_HAVE_LLAMA
#include "llama.h"
#endif

namespace wenyuan::llm {

std::string Utf8Assembler::Push(std::string_view bytes) {
  pending_.append(bytes);
  // Keep back a trailing sequence that may still be completed.
  size_t keep_from = pending_.size();
  for (size_t back = 1; back <= 3 && back <= pending_.size(); ++back) {
    unsigned char c = static_cast<unsigned char>(pending_[pending_.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: look further back
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (need > back) keep_from = pending_.size() - back;
    break;
  }
  std::string ready = pending_.substr(0, keep_from);
  pending_.erase(0, keep_from);
  if (!utf8::IsValid(ready)) {  // stray bytes: replace them rather than pass them on
    std::string clean;
    size_t pos = 0;
    while (pos < ready.size()) utf8::Append(clean, utf8::DecodeNext(ready, pos));
    return clean;
  }
  return ready;
}

std::string Utf8Assembler::Flush() {
  std::string tail = Push("");
  if (!pending_.empty()) {
    utf8::Append(tail, utf8::kReplacement);
    pending_.clear();
  }
  return tail;
}

#ifdef WENYUAN_HAVE_LLAMA

void LlamaModelDeleter::operator()(llama_model* m) const { llama_model_free(m); }
void LlamaContextDeleter::operator()(llama_context* c) const { llama_free(c); }
void LlamaSamplerDeleter::operator()(llama_sampler* s) const { llama_sampler_free(s); }

namespace {

void LogErrorsOnly(ggml_log_level level, const char* text, void*) {
  if (level == GGML_LOG_LEVEL_ERROR) std::fputs(text, stderr);
}

void InitBackendOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    llama_log_set(LogErrorsOnly, nullptr);
    llama_backend_init();
  });
}

}  // namespace

bool HaveLlama() { return true; }

Result<LlamaModelPtr> LoadGgufModel(const std::filesystem::path& path, int gpu_layers) {
  InitBackendOnce();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(path.string() + ": no such model file");
  }
  llama_model_params params = llama_model_default_params();
  params.n_gpu_layers = gpu_layers < 0 ? 999 : gpu_layers;
  LlamaModelPtr model(llama_model_load_from_file(path.c_str(), params));
  if (!model) return Status::InvalidArgument(path.string() + ": not a GGUF model llama.cpp can load");
  return model;
}

Result<std::vector<int32_t>> Tokenize(const llama_model& model, std::string_view text, bool add_special) {
  const llama_vocab* vocab = llama_model_get_vocab(&model);
  if (text.size() > static_cast<size_t>(INT32_MAX / 2)) return Status::InvalidArgument("text too long to tokenize");
  int32_t n = -llama_tokenize(vocab, text.data(), static_cast<int32_t>(text.size()), nullptr, 0, add_special, true);
  if (n < 0) n = 0;
  std::vector<int32_t> tokens(static_cast<size_t>(n) + 1);
  int32_t got = llama_tokenize(vocab, text.data(), static_cast<int32_t>(text.size()), tokens.data(),
                               static_cast<int32_t>(tokens.size()), add_special, true);
  if (got < 0) return Status::Internal("llama.cpp could not tokenize the text");
  tokens.resize(static_cast<size_t>(got));
  return tokens;
}

#else  // built without llama.cpp

void LlamaModelDeleter::operator()(llama_model*) const {}
void LlamaContextDeleter::operator()(llama_context*) const {}
void LlamaSamplerDeleter::operator()(llama_sampler*) const {}

bool HaveLlama() { return false; }

Result<LlamaModelPtr> LoadGgufModel(const std::filesystem::path& path, int) {
  return Status::Unsupported(path.string() +
                             ": this wenyuan was built without llama.cpp (WENYUAN_LLAMA=OFF); "
                             "use an OpenAI-compatible endpoint (--llm-endpoint) instead");
}

Result<std::vector<int32_t>> Tokenize(const llama_model&, std::string_view, bool) {
  return Status::Unsupported("built without llama.cpp");
}

#endif

}  // namespace wenyuan::llm
