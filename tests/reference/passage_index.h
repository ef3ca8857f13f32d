// PassageIndex, the reference engine: an immutable in-memory inverted index over a set of
// passages, with two token streams as two fields: character bigrams
// (BigramTokenizer; finds names no dictionary knows) and words (WordAnalyzer,
// when one is given; ranks whole words). Each field is scored with BM25 and
// the scores are added; a passage's title counts into both fields with
// double weight. Question and stop words in the query (什麼, 如何, 的 …) are
// down-weighted, not dropped. The best candidates are then re-scored: a
// bonus when the question names their title in full, and (off by default)
// one for query bigrams adjacent in their text (proximity.h). Every number
// is in Analysis::ranking (ranking_params.h).
//
// Built once (tokenising every passage), then searched any number of times
// from any number of threads. It answers no production query: the segment
// index (search/index_search.h) does. It lives with the tests as the plain,
// obviously-right scoring that the engine's ranking is checked against.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "catalog/records.h"
#include "search/analysis.h"
#include "search/index_search.h"
#include "search/query_weights.h"
#include "search/search_types.h"
#include "text/bigram_tokenizer.h"
#include "text/regional_vocabulary.h"
#include "text/word_analyzer.h"

namespace wenyuan::search {

class PassageIndex {
 public:
  PassageIndex(std::vector<catalog::PassageRecord> passages, Analysis analysis);

  SearchResponse Search(const std::string& kb, const std::string& query, const SearchOptions& options) const;
  size_t size() const { return passages_.size(); }

 private:
  struct Posting {
    uint32_t passage;
    float tf;
  };
  struct Field {
    std::unordered_map<std::string, std::vector<Posting>> postings;
    std::vector<float> length;
    double average_length = 1;
  };
  void AddToField(Field& field, uint32_t passage, const std::vector<text::Token>& body,
                  const std::vector<text::Token>& title) const;

  std::vector<catalog::PassageRecord> passages_;
  Analysis analysis_;
  Field bigram_field_;
  Field word_field_;
};

}  // namespace wenyuan::search
