// WordAnalyzer: the word token stream. Text is normalised and folded one
// code point to one code point (CharNormalizer: NFKC where it is one to one,
// full-width to half-width, case folding, Traditional to Simplified), then:
//   - Latin words, numbers, version strings and URLs are kept whole by a
//     small pre-tokeniser: "GPT-4o" → gpt-4o (and its parts gpt, 4o), "5G" →
//     5g, "Llama 3.1" → llama, 3.1 and "llama 3.1", "2024-05-21" (and 2024,
//     05, 21), "https://x.gov.tw/a?b=1", "1,000", "C++";
//   - dates written with 年/月/日 stay whole: "2024年5月21日" (and 2024年,
//     5月, 21日), "113年";
//   - runs of Han (and kana, Hangul) go to jieba in search mode
//     (JiebaSegmenter: cppjieba's words, our code): long
//     words also yield the dictionary words inside them (中华人民共和国 →
//     中华, 华人, 人民, 共和, 共和国, 中华人民共和国);
//   - terms of a UserDictionary, when one is given, come out whole in
//     addition to jieba's pieces;
//   - white space, punctuation, symbols and emoji make no tokens.
// Tokens are ordered by begin, then end; no two share the same range. Each
// token's [begin, end) is a code-point range of the ORIGINAL text, and that
// slice normalises to the token's term (for the pre-tokeniser's and jieba's
// tokens, exactly; "llama 3.1" keeps its one space).
//
// Create() loads the jieba dictionary and HMM model once (a fifth of a
// second); afterwards the analyser is immutable and Tokenize() may run on
// any number of threads at once. Share one instance across the process.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "text/bigram_tokenizer.h"
#include "text/char_normalizer.h"
#include "text/script_folder.h"
#include "text/user_dictionary.h"
#include "util/status.h"

namespace wenyuan::text {

class JiebaSegmenter;  // text/jieba_segmenter.h

class WordAnalyzer {
 public:
  // The jieba dictionary folder: $WENYUAN_JIEBA_DICT_DIR if set and not
  // empty, else the one the build found (third_party/npm, see scripts/setup).
  static std::filesystem::path DefaultDictDir();

  // `dict_dir` holds jieba.dict.utf8 and hmm_model.utf8; empty means
  // DefaultDictDir(). Fails with a clear message if they are missing or
  // unreadable or malformed (naming the file and line). `folder` may be
  // null (no script folding).
  static Result<std::shared_ptr<const WordAnalyzer>> Create(std::shared_ptr<const ScriptFolder> folder,
                                                            std::filesystem::path dict_dir = {});
  ~WordAnalyzer();
  WordAnalyzer(const WordAnalyzer&) = delete;
  WordAnalyzer& operator=(const WordAnalyzer&) = delete;

  std::vector<Token> Tokenize(std::string_view text, const UserDictionary* user = nullptr) const;

  // The normaliser tokens are made with; load UserDictionary files with it.
  const CharNormalizer& normalizer() const { return *normalizer_; }
  std::shared_ptr<const CharNormalizer> shared_normalizer() const { return normalizer_; }

 private:
  WordAnalyzer(std::shared_ptr<const CharNormalizer> normalizer, std::unique_ptr<const JiebaSegmenter> segmenter);

  // IsAlphabeticWordChar (bit 0) and IsLetterOrDigit (bit 1) of a
  // normalised code point, tabulated for the Basic Multilingual Plane.
  static constexpr uint8_t kWordChar = 1;
  static constexpr uint8_t kLetterOrDigit = 2;
  uint8_t ClassOf(char32_t cp) const;

  std::shared_ptr<const CharNormalizer> normalizer_;
  std::unique_ptr<const JiebaSegmenter> segmenter_;
  std::vector<uint8_t> classes_;  // U+0000..U+FFFF
};

}  // namespace wenyuan::text
