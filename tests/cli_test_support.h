// Helpers the command-line tests share: counting a command's output lines
// and parsing its JSON without exceptions.
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace wenyuan::testing {

// Lines in `s` (a final line without '\n' counts too).
inline size_t CountLines(const std::string& s) {
  if (s.empty()) return 0;
  size_t n = static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
  return s.back() == '\n' ? n : n + 1;
}

// `text` parsed as JSON; a discarded value (is_discarded()) if it is not.
inline nlohmann::json ParseJson(const std::string& text) {
  return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

}  // namespace wenyuan::testing
