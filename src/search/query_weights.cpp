#include "search/query_weights.h"

#include <algorithm>

#include "text/query_words.h"

namespace wenyuan::search {

double QueryTermWeight(std::string_view folded_term, double grammar_weight) {
  return text::Classify(folded_term) == text::QueryWordKind::kContent ? 1.0 : grammar_weight;
}

QueryGrammarWeights::QueryGrammarWeights(const std::vector<text::Token>& query_words, double grammar_weight)
    : grammar_weight_(grammar_weight) {
  for (const auto& w : query_words) {
    if (QueryTermWeight(w.term, 0) == 1.0) continue;
    if (grammar_char_.size() < w.end) grammar_char_.resize(w.end, false);
    std::fill(grammar_char_.begin() + w.begin, grammar_char_.begin() + w.end, true);
  }
}

double QueryGrammarWeights::operator()(const text::Token& t) const {
  bool all_grammar = t.end > t.begin && t.end <= grammar_char_.size();
  for (uint32_t i = t.begin; all_grammar && i < t.end; ++i) all_grammar = grammar_char_[i];
  return all_grammar ? grammar_weight_ : QueryTermWeight(t.term, grammar_weight_);
}

}  // namespace wenyuan::search
