// Checks the cleaner's unit tests make on a cleaned text (header-only,
// included by tests alone): whether a part occurs anywhere in it, and
// whether one of its lines is exactly a given line.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan::clean {

inline bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

inline bool HasLine(const std::string& text, std::string_view line) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (std::string_view(text).substr(start, end - start) == line) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace wenyuan::clean
