// PassageIndex: an immutable in-memory inverted index over a set of
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
// from any number of threads. This is the foundation's search; the
// persistent segment index of issue 6 replaces it behind SearchResponse.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "catalog/records.h"
#include "search/ranking_params.h"
#include "search/search_types.h"
#include "text/bigram_tokenizer.h"
#include "text/regional_vocabulary.h"
#include "text/word_analyzer.h"

namespace wenyuan::search {

// The analysers a search uses; copyable, cheap (shared pointers inside).
struct Analysis {
  std::shared_ptr<const text::ScriptFolder> folder;  // null: no script folding
  text::BigramTokenizer bigrams;
  std::shared_ptr<const text::WordAnalyzer> words;  // null: bigrams only
  bool use_bigrams = true;
  // The knowledge base's own terms, which come out whole (may be null).
  std::shared_ptr<const text::UserDictionary> user_dictionary;
  // Taiwan words also indexed and queried in their mainland form (資訊 →
  // 信息) when `regional_folding` is on, a per-knowledge-base choice.
  std::shared_ptr<const text::RegionalVocabulary> regional_vocabulary;
  bool regional_folding = false;
  // BM25 and proximity parameters (ranking_params.h).
  RankingParams ranking;

  // The word stream of `text` with everything above applied.
  std::vector<text::Token> Words(std::string_view text) const;
};

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

// A result entry for a stored passage: its id, document fields, whole text
// and score (the caller adds the snippet).
SearchHit HitOf(const std::string& kb, const catalog::PassageRecord& rec, double score);

// How much a query term counts: 1 for content words, `grammar_weight` for
// question and stop words.
double QueryTermWeight(std::string_view folded_term, double grammar_weight = RankingParams{}.grammar_word_weight);

// How much each token of a query counts, given the query's words: a token
// made only of characters inside question or stop words (什麼, and 是什 of
// 是什麼) counts `grammar_weight`, as such a word does; any other token
// counts QueryTermWeight's weight. Both search engines score with this.
class QueryGrammarWeights {
 public:
  QueryGrammarWeights(const std::vector<text::Token>& query_words, double grammar_weight);
  double operator()(const text::Token& token) const;

 private:
  std::vector<bool> grammar_char_;  // per query code point
  double grammar_weight_;
};

}  // namespace wenyuan::search
