// KeywordSearcher: the foundation's search, BM25 over character bigrams and
// Latin words, scored in memory over a KB's passages straight from the
// catalog. It is exact and simple, and linear in the size of the KB: the
// inverted index of issue 6 replaces it behind the same SearchResponse.
// The title counts as part of every passage of its document, with double
// weight. A query term no passage has keeps the IDF of an unseen term, so
// the answer builder can tell how much of a question the KB does not cover.
// Thread-safe (const).
#pragma once

#include <string>
#include <vector>

#include "catalog/records.h"
#include "search/search_types.h"
#include "text/bigram_tokenizer.h"
#include "util/status.h"

namespace wenyuan::search {

class KeywordSearcher {
 public:
  KeywordSearcher() = default;  // no script folding
  explicit KeywordSearcher(text::BigramTokenizer tokenizer) : tokenizer_(std::move(tokenizer)) {}
  // `passages` are the whole KB; `kb` names it in passage ids.
  SearchResponse Search(const std::string& kb, const std::vector<catalog::PassageRecord>& passages,
                        const std::string& query, const SearchOptions& options) const;

  const text::BigramTokenizer& tokenizer() const { return tokenizer_; }

 private:
  text::BigramTokenizer tokenizer_;
};

// The window of about `chars` code points of `text` with the most query-term
// hits, and the hit ranges inside it (passage offsets).
Snippet MakeSnippet(const std::string& text, const std::vector<text::Token>& tokens,
                    const std::vector<std::string>& query_terms, size_t chars);

}  // namespace wenyuan::search
