// Content words: the words of a text that can stand for what it is about,
// as keyword and summary scoring want them. They come from WordAnalyzer (so
// Traditional and Simplified fold together and a knowledge base's user
// dictionary terms come out whole), keeping only the longest of overlapping
// search-mode tokens (人工智慧, not 人工 and 智慧 inside it) and dropping stop
// and question words, single characters, numbers and dates. Each occurrence
// keeps its code-point range in the original text. Stateless.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/user_dictionary.h"
#include "text/word_analyzer.h"

namespace wenyuan::enrich {

struct WordOccurrence {
  std::string term;  // normalised and folded (the analyser's term)
  uint32_t begin = 0;
  uint32_t end = 0;
};

std::vector<WordOccurrence> ContentWords(std::string_view text, const text::WordAnalyzer& analyzer,
                                         const text::UserDictionary* user_dictionary);

// The same from the analyser's tokens of a text (WordAnalyzer::Tokenize,
// as the index analysis made them), each range moved by `offset` code
// points: the tokens of a passage starting there give the words the
// document's own analysis would, where no word crosses a passage's edge.
std::vector<WordOccurrence> ContentWordsOfTokens(const std::vector<text::Token>& tokens, uint32_t offset = 0);

// The distinct terms of `words`, sorted.
std::vector<std::string> DistinctTerms(const std::vector<WordOccurrence>& words);

}  // namespace wenyuan::enrich
