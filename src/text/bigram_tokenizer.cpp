#include "text/bigram_tokenizer.h"

namespace wenyuan::text {

std::vector<Token> BigramTokenizer::Tokenize(std::string_view text) const {
  std::vector<Token> out;
  out.reserve(text.size() / 3 + 1);  // a bigram per Han character (3 bytes), about
  ForEachToken(text, [&out](std::string_view term, uint32_t begin, uint32_t end) {
    out.push_back(Token{std::string(term), begin, end});
  });
  return out;
}

}  // namespace wenyuan::text
