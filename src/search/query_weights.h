// How much each term of a query counts in scoring: 1 for content words, the
// ranking's grammar_word_weight for question and stop words (什麼, 如何,
// 的 …), which are down-weighted rather than dropped. The engine
// (index_search.h) and the reference engine the tests compare it with
// weigh queries through these two functions alone.
#pragma once

#include <string_view>
#include <vector>

#include "search/ranking_params.h"
#include "text/word_analyzer.h"

namespace wenyuan::search {

// 1 for content words, `grammar_weight` for question and stop words.
double QueryTermWeight(std::string_view folded_term, double grammar_weight = RankingParams{}.grammar_word_weight);

// How much each token of a query counts, given the query's words: a token
// made only of characters inside question or stop words (什麼, and 是什 of
// 是什麼) counts `grammar_weight`, as such a word does; any other token
// counts QueryTermWeight's weight.
class QueryGrammarWeights {
 public:
  QueryGrammarWeights(const std::vector<text::Token>& query_words, double grammar_weight);
  double operator()(const text::Token& token) const;

 private:
  std::vector<bool> grammar_char_;  // per query code point
  double grammar_weight_;
};

}  // namespace wenyuan::search
