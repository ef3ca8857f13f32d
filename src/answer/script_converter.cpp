#include "answer/script_converter.h"

#include <opencc/opencc.h>

#include <cstdlib>

namespace wenyuan::answer {

Result<OutputScript> ParseOutputScript(std::string_view name) {
  if (name == "traditional") return OutputScript::kTraditional;
  if (name == "simplified") return OutputScript::kSimplified;
  return Status::InvalidArgument("unknown script '" + std::string(name) + "' (traditional or simplified)");
}

std::string_view OutputScriptName(OutputScript script) {
  return script == OutputScript::kTraditional ? "traditional" : "simplified";
}

Result<std::unique_ptr<ScriptConverter>> ScriptConverter::Create(OutputScript target) {
  const char* config = target == OutputScript::kTraditional ? "s2twp.json" : "tw2sp.json";
  opencc_t handle = opencc_open(config);
  if (handle == reinterpret_cast<opencc_t>(-1)) {
    return Status::NotFound(std::string("cannot load OpenCC ") + config + " (" + opencc_error() +
                            "); is libopencc-data installed? run scripts/setup");
  }
  return std::unique_ptr<ScriptConverter>(new ScriptConverter(handle, target));
}

ScriptConverter::~ScriptConverter() { opencc_close(static_cast<opencc_t>(handle_)); }

Result<std::string> ScriptConverter::Convert(std::string_view text) const {
  if (text.empty()) return std::string();
  std::lock_guard<std::mutex> lock(mutex_);
  char* converted = opencc_convert_utf8(static_cast<opencc_t>(handle_), text.data(), text.size());
  if (!converted) return Status::Internal(std::string("OpenCC conversion failed: ") + opencc_error());
  std::string out(converted);
  opencc_convert_utf8_free(converted);
  return out;
}

}  // namespace wenyuan::answer
