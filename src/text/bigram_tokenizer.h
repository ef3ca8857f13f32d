// BigramTokenizer: the character-level token stream. Runs of Han characters
// become overlapping bigrams (a run of one character becomes that
// character), Latin letters and digits become lower-cased words (full-width
// forms narrowed, so "ＧＰＴ" and "gpt" meet), and everything else separates
// tokens. It needs no dictionary, so names it has never seen still match.
//
// Every token carries its code-point range in the text it came from, so a
// token can always be traced back for highlights and citations. Stateless
// and thread-safe.
//
// With a ScriptFolder, Han characters are folded to Simplified before the
// bigrams are formed, so 發展 and 发展 give the same tokens.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/script_folder.h"

namespace wenyuan::text {

struct Token {
  std::string term;    // normalised form, UTF-8
  uint32_t begin = 0;  // code points into the original text
  uint32_t end = 0;
};

class BigramTokenizer {
 public:
  BigramTokenizer() = default;  // no script folding
  explicit BigramTokenizer(std::shared_ptr<const ScriptFolder> folder) : folder_(std::move(folder)) {}
  std::vector<Token> Tokenize(std::string_view text) const;

 private:
  std::shared_ptr<const ScriptFolder> folder_;
};

}  // namespace wenyuan::text
