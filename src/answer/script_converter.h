// ScriptConverter: turns generated text into the script a knowledge base
// asks for, with OpenCC's phrase-level configurations: s2twp (to Traditional
// with Taiwan usage: 软件→軟體) or tw2sp (to Simplified with mainland usage).
// Language models drift between scripts; the KB's setting decides what the
// reader sees. Citation markers and ASCII pass unchanged. Each converter owns
// its OpenCC handle (RAII); Convert() serialises on an internal mutex, so one
// instance may be shared by threads.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::answer {

enum class OutputScript { kTraditional, kSimplified };

// "traditional" or "simplified" (the KB setting's words).
Result<OutputScript> ParseOutputScript(std::string_view name);
std::string_view OutputScriptName(OutputScript script);

class ScriptConverter {
 public:
  // Fails if OpenCC or its data (Debian libopencc-data) is missing.
  static Result<std::unique_ptr<ScriptConverter>> Create(OutputScript target);
  ~ScriptConverter();
  ScriptConverter(const ScriptConverter&) = delete;
  ScriptConverter& operator=(const ScriptConverter&) = delete;

  Result<std::string> Convert(std::string_view text) const;
  OutputScript target() const { return target_; }

 private:
  ScriptConverter(void* handle, OutputScript target) : handle_(handle), target_(target) {}
  void* handle_;  // opencc_t
  OutputScript target_;
  mutable std::mutex mutex_;
};

}  // namespace wenyuan::answer
