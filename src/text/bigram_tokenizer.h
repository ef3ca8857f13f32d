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
  // Han characters of the Basic Multilingual Plane take three bytes each.
  static bool IsThreeBytes(char32_t c) { return c >= 0x800 && c < 0x10000 && (c < 0xD800 || c > 0xDFFF); }
  static char* PutThreeBytes(char* p, char32_t c) {
    *p++ = static_cast<char>(0xE0 | (c >> 12));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
    return p;
  }

  std::shared_ptr<const ScriptFolder> folder_;
};

template <typename Emit>
uint32_t BigramTokenizer::ForEachToken(std::string_view text, Emit&& emit) const {
  // A Han run's bigram is emitted when its second character arrives; a run
  // of one character when the run ends. Words and short Han terms are built
  // in buffers reused for the whole text.
  std::string word;
  std::string han;
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
        if (IsThreeBytes(prev) && IsThreeBytes(c)) {  // written at once: what utf8::Append writes
          char pair[6];
          PutThreeBytes(PutThreeBytes(pair, prev), c);
          emit(std::string_view(pair, 6), cp_index - 1, cp_index + 1);
        } else {
          han.clear();
          utf8::Append(han, prev);
          utf8::Append(han, c);
          emit(std::string_view(han), cp_index - 1, cp_index + 1);
        }
      }
      prev = c;
      ++run_size;
      continue;
    }
    if (run_size == 1) {
      han.clear();
      utf8::Append(han, prev);
      emit(std::string_view(han), cp_index - 1, cp_index);
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
    han.clear();
    utf8::Append(han, prev);
    emit(std::string_view(han), cp_index - 1, cp_index);
  }
  if (in_word) emit(std::string_view(word), word_begin, cp_index);
  return cp_index;
}

}  // namespace wenyuan::text
