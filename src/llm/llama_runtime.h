// LlamaRuntime: the thin, owning layer over llama.cpp's C API that the
// in-process language model and embedder share: loading a GGUF file, making
// contexts, tokenizing, and turning tokens back into whole UTF-8 text.
// Every llama.cpp object is held by a unique_ptr with its own free function,
// so nothing leaks on an error path. The backend is initialised once per
// process; llama.cpp's own log is kept to errors (on stderr).
//
// Built only with WENYUAN_HAVE_LLAMA (CMake WENYUAN_LLAMA=ON); otherwise
// LoadGgufModel fails with "built without llama.cpp" and nothing else exists.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

struct llama_model;
struct llama_context;
struct llama_sampler;

namespace wenyuan::llm {

struct LlamaModelDeleter {
  void operator()(llama_model* m) const;
};
struct LlamaContextDeleter {
  void operator()(llama_context* c) const;
};
struct LlamaSamplerDeleter {
  void operator()(llama_sampler* s) const;
};
using LlamaModelPtr = std::unique_ptr<llama_model, LlamaModelDeleter>;
using LlamaContextPtr = std::unique_ptr<llama_context, LlamaContextDeleter>;
using LlamaSamplerPtr = std::unique_ptr<llama_sampler, LlamaSamplerDeleter>;

// True when this binary was built with llama.cpp.
bool HaveLlama();

// Loads a GGUF file; `gpu_layers` < 0 offloads every layer when a GPU
// backend was built in (CUDA), and is ignored on CPU-only builds.
Result<LlamaModelPtr> LoadGgufModel(const std::filesystem::path& path, int gpu_layers = -1);

// Token ids of `text` (with the model's BOS when it wants one).
Result<std::vector<int32_t>> Tokenize(const llama_model& model, std::string_view text, bool add_special);

// Collects the bytes of generated tokens and hands out only whole UTF-8
// characters: byte-fallback tokens split one Chinese character over several
// tokens, and a callback must never see half of one.
class Utf8Assembler {
 public:
  // Appends `bytes`; returns the complete characters now available.
  std::string Push(std::string_view bytes);
  // What is left at the end (an incomplete tail becomes U+FFFD).
  std::string Flush();

 private:
  std::string pending_;
};

}  // namespace wenyuan::llm
