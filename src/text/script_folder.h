// ScriptFolder: maps each Han character to its Simplified form (發→发,
// 臺→台, 裡/裏→里), so Traditional and Simplified spellings of a word meet in
// one token. Only tokens are folded; stored text never changes, and folding
// is one code point to one code point, so offsets stay exact.
//
// The table is made once, at Create(), by converting every Han code point of
// the Basic Multilingual Plane with OpenCC's t2s configuration (character
// level; OpenCC's phrase rules are issue 5's). Immutable afterwards, so one
// instance is shared by every thread.
#pragma once

#include <memory>
#include <vector>

#include "util/status.h"

namespace wenyuan::text {

class ScriptFolder {
 public:
  // Fails if OpenCC or its data files (Debian libopencc-data) are missing.
  static Result<std::shared_ptr<const ScriptFolder>> Create();

  char32_t Fold(char32_t cp) const {
    if (cp >= kFirst && cp < kFirst + table_.size()) return table_[cp - kFirst];
    return cp;
  }

 private:
  static constexpr char32_t kFirst = 0x3400;  // through U+FAFF
  explicit ScriptFolder(std::vector<char32_t> table) : table_(std::move(table)) {}
  std::vector<char32_t> table_;
};

}  // namespace wenyuan::text
