// Turning a vector store's nearest passages into a SearchResponse shaped
// like the keyword engine's (passage ids, document fields, a snippet with
// the query's bigrams marked), so the CLI, the API, eval and the answer
// builder treat every search mode alike. Stateless.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "catalog/records.h"
#include "search/search_types.h"
#include "text/bigram_tokenizer.h"
#include "vector/vector_store.h"

namespace wenyuan::search {

// `passage_for(row)` gives the passage a hit names, or null for one that is
// gone (skipped). Scores are the similarities. `terms` is left empty.
SearchResponse VectorHitsResponse(const std::string& kb, const std::string& query,
                                  const std::vector<vector::VectorHit>& hits,
                                  const std::function<const catalog::PassageRecord*(int64_t)>& passage_for,
                                  const text::BigramTokenizer& tokenizer, const SearchOptions& options);

}  // namespace wenyuan::search
