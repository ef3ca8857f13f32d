// KeywordSearcher: the reference engine over a list of passages: builds a
// PassageIndex of them for each query. Exact and simple, and linear in the
// size of the passages per query; tests compare the live engine with it and
// use it where they need a SearchResponse without an index on disk. A query term no
// passage has keeps the IDF of an unseen term, so the answer builder can
// tell how much of a question the KB does not cover. Thread-safe (const).
#pragma once

#include <string>
#include <vector>

#include "catalog/records.h"
#include "reference/passage_index.h"
#include "search/search_types.h"
#include "search/snippet.h"

namespace wenyuan::search {

class KeywordSearcher {
 public:
  KeywordSearcher() = default;  // bigrams only, no script folding
  explicit KeywordSearcher(text::BigramTokenizer tokenizer) { analysis_.bigrams = std::move(tokenizer); }
  explicit KeywordSearcher(Analysis analysis) : analysis_(std::move(analysis)) {}

  // `passages` are the whole KB; `kb` names it in passage ids.
  SearchResponse Search(const std::string& kb, const std::vector<catalog::PassageRecord>& passages,
                        const std::string& query, const SearchOptions& options) const;

  const text::BigramTokenizer& tokenizer() const { return analysis_.bigrams; }
  const Analysis& analysis() const { return analysis_; }

 private:
  Analysis analysis_;
};

}  // namespace wenyuan::search
