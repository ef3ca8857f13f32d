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
//
// Tokenize() collects the tokens; ForEachToken() hands them out one at a
// time without storing them (for callers that only look, like snippets);
// ForEachTokenOfCodePoints() hands out the Han tokens as their (folded)
// code points, before they are encoded (for callers that match them by
// code point, like snippets).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/script_folder.h"
#include "util/utf8.h"

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

  // Calls emit(std::string_view term, uint32_t begin, uint32_t end) for each
  // token Tokenize() would return, in the same order; `term` is valid only
  // during the call. Allocates nothing per token. Returns the number of code
  // points in `text` (as utf8::CodePointIndex counts them).
  template <typename Emit>
  uint32_t ForEachToken(std::string_view text, Emit&& emit) const;

  // The same walk with the Han tokens unencoded: calls
  //   bigram(char32_t first, char32_t second, uint32_t begin)  (end: begin + 2)
  //   single(char32_t c, uint32_t begin)                       (end: begin + 1)
  //   word(std::string_view term, uint32_t begin, uint32_t end)
  // in token order, where ForEachToken would emit the UTF-8 of the bigram,
  // of the run of one character, or the word. Returns what ForEachToken
  // returns.
  template <typename Bigram, typename Single, typename Word>
  uint32_t ForEachTokenOfCodePoints(std::string_view text, Bigram&& bigram, Single&& single, Word&& word) const;

 private:
  std::shared_ptr<const ScriptFolder> folder_;
};

template <typename Bigram, typename Single, typename Word>
uint32_t BigramTokenizer::ForEachTokenOfCodePoints(std::string_view text, Bigram&& bigram, Single&& single,
                                                   Word&& word) const {
  // A Han run's bigram is handed out when its second character arrives, a
  // run of one character when the run ends; words are built in a buffer
  // reused for the whole text.
  std::string buffer;
  bool in_word = false;
  uint32_t word_begin = 0;
  char32_t prev = 0;    // the run's last (folded) character
  size_t run_size = 0;  // characters in the current Han run
  uint32_t cp_index = 0;
  for (size_t pos = 0; pos < text.size(); ++cp_index) {
    const char32_t cp = utf8::DecodeNext(text, pos);
    if (utf8::IsHan(cp)) {
      if (in_word) {
        word(std::string_view(buffer), word_begin, cp_index);
        buffer.clear();
        in_word = false;
      }
      const char32_t c = folder_ ? folder_->Fold(cp) : cp;
      if (run_size > 0) bigram(prev, c, cp_index - 1);
      prev = c;
      ++run_size;
      continue;
    }
    if (run_size == 1) single(prev, cp_index - 1);
    run_size = 0;
    char32_t c = utf8::NarrowFullWidth(cp);
    if (utf8::IsAsciiAlnum(c)) {
      if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
      if (!in_word) {
        in_word = true;
        word_begin = cp_index;
      }
      buffer += static_cast<char>(c);
      continue;
    }
    if (in_word) {
      word(std::string_view(buffer), word_begin, cp_index);
      buffer.clear();
      in_word = false;
    }
  }
  if (run_size == 1) single(prev, cp_index - 1);
  if (in_word) word(std::string_view(buffer), word_begin, cp_index);
  return cp_index;
}

template <typename Emit>
uint32_t BigramTokenizer::ForEachToken(std::string_view text, Emit&& emit) const {
  // Each Han token is encoded into a buffer on the stack.
  char han[8];
  return ForEachTokenOfCodePoints(
      text,
      [&](char32_t first, char32_t second, uint32_t begin) {
        const char* end = utf8::EncodeTo(utf8::EncodeTo(han, first), second);
        emit(std::string_view(han, static_cast<size_t>(end - han)), begin, begin + 2);
      },
      [&](char32_t c, uint32_t begin) {
        const char* end = utf8::EncodeTo(han, c);
        emit(std::string_view(han, static_cast<size_t>(end - han)), begin, begin + 1);
      },
      emit);
}

}  // namespace wenyuan::text
