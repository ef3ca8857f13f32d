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
// time without storing them (for callers that only look, like snippets).
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

 private:
  std::shared_ptr<const ScriptFolder> folder_;
};

template <typename Emit>
uint32_t BigramTokenizer::ForEachToken(std::string_view text, Emit&& emit) const {
  // A Han run's bigram is emitted when its second character arrives, a run
  // of one character when the run ends, each encoded into a buffer on the
  // stack; words are built in a buffer reused for the whole text.
  std::string word;
  char han[8];
  bool in_word = false;
  uint32_t word_begin = 0;
  char32_t prev = 0;    // the run's last (folded) character
  size_t run_size = 0;  // characters in the current Han run
  uint32_t cp_index = 0;
  for (size_t pos = 0; pos < text.size(); ++cp_index) {
    const char32_t cp = utf8::DecodeNext(text, pos);
    if (utf8::IsHan(cp)) {
      if (in_word) {
        emit(std::string_view(word), word_begin, cp_index);
        word.clear();
        in_word = false;
      }
      const char32_t c = folder_ ? folder_->Fold(cp) : cp;
      if (run_size > 0) {
        const char* end = utf8::EncodeTo(utf8::EncodeTo(han, prev), c);
        emit(std::string_view(han, static_cast<size_t>(end - han)), cp_index - 1, cp_index + 1);
      }
      prev = c;
      ++run_size;
      continue;
    }
    if (run_size == 1) {
      const char* end = utf8::EncodeTo(han, prev);
      emit(std::string_view(han, static_cast<size_t>(end - han)), cp_index - 1, cp_index);
    }
    run_size = 0;
    char32_t c = utf8::NarrowFullWidth(cp);
    if (utf8::IsAsciiAlnum(c)) {
      if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
      if (!in_word) {
        in_word = true;
        word_begin = cp_index;
      }
      word += static_cast<char>(c);
      continue;
    }
    if (in_word) {
      emit(std::string_view(word), word_begin, cp_index);
      word.clear();
      in_word = false;
    }
  }
  if (run_size == 1) {
    const char* end = utf8::EncodeTo(han, prev);
    emit(std::string_view(han, static_cast<size_t>(end - han)), cp_index - 1, cp_index);
  }
  if (in_word) emit(std::string_view(word), word_begin, cp_index);
  return cp_index;
}

}  // namespace wenyuan::text
