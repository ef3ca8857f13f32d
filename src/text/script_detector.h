// Tells whether a text is written in Traditional or Simplified Chinese (or a
// mix, or neither) by counting characters that exist in only one script:
// those OpenCC folds to another character are Traditional; those that are
// the folded form of some other character and never fold themselves are
// Simplified. Characters shared by both scripts (人, 中, 台) say nothing.
// Immutable after construction; thread-safe.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "text/script_folder.h"

namespace wenyuan::text {

enum class Script { kNone, kTraditional, kSimplified, kMixed };

std::string_view ScriptName(Script s);  // "none", "traditional", "simplified", "mixed"

class ScriptDetector {
 public:
  explicit ScriptDetector(std::shared_ptr<const ScriptFolder> folder);
  Script Detect(std::string_view text) const;

 private:
  std::shared_ptr<const ScriptFolder> folder_;
  std::vector<bool> simplified_only_;  // indexed by code point - 0x3400
};

}  // namespace wenyuan::text
