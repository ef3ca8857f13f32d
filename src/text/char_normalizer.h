// CharNormalizer: the per-code-point normalisation every word token goes
// through before segmentation and matching. Each code point maps to exactly
// one code point, so the i-th code point of the normalised text is the i-th
// code point of the original and token offsets need no mapping table:
//   1. ICU NFKC of the code point alone, kept only where it yields exactly
//      one code point (Ｇ→G, ｶ→カ, 豈 (U+F900)→豈, U+00A0→space; ㈠ stays);
//   2. full-width ASCII to ASCII, U+3000 to a space;
//   3. simple case folding (G→g, Ω→ω), always one to one;
//   4. script folding to Simplified with the ScriptFolder (發→发).
// Malformed UTF-8 decodes to U+FFFD, one code point per bad byte, as
// utf8::DecodeNext does everywhere else.
//
// The Basic Multilingual Plane is tabulated once at Create(); other planes
// ask ICU each time (rare). Immutable after Create(), so one instance is
// shared by every thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/script_folder.h"
#include "util/status.h"

namespace wenyuan::text {

class CharNormalizer {
 public:
  // Fails if ICU's normalisation data cannot be loaded.
  static Result<std::shared_ptr<const CharNormalizer>> Create(std::shared_ptr<const ScriptFolder> folder);

  char32_t Normalize(char32_t cp) const { return cp < table_.size() ? table_[cp] : NormalizeSlow(cp); }
  // The normalised code points of `text`, one per code point of `text`.
  std::u32string NormalizeText(std::string_view text) const;

 private:
  explicit CharNormalizer(std::shared_ptr<const ScriptFolder> folder) : folder_(std::move(folder)) {}
  char32_t NormalizeSlow(char32_t cp) const;

  std::shared_ptr<const ScriptFolder> folder_;
  std::vector<char32_t> table_;  // U+0000..U+FFFF
};

// Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic, ...)
// and ASCII digits: the characters that make up space-separated words and
// numbers, as opposed to Han, kana and Hangul, which jieba segments.
bool IsAlphabeticWordChar(char32_t normalized_cp);
// Any letter or digit, of any script (Han included).
bool IsLetterOrDigit(char32_t normalized_cp);

}  // namespace wenyuan::text
