// Searching a knowledge base in one of three modes (search/hybrid_fusion.h):
// keyword (the keyword engine alone), vector (the nearest passages by the
// configured embedder) or hybrid (both, fused by reciprocal rank). Vector
// and hybrid need an embedder; they first bring the KB's vector store in
// step with the catalog (vector/kb_vectors.h), so vectors are never stale.
// The response's query terms always come from the keyword engine: the
// answer builder weighs sentences with them in every mode. The CLI and the
// server share this entry point.
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "search/hybrid_fusion.h"
#include "search/kb_search.h"
#include "vector/embedder.h"

namespace wenyuan::search {

// `embedder` may be null for kKeyword only.
Result<SearchResponse> SearchKbInMode(catalog::Catalog& catalog, const KeywordSearcher& searcher,
                                      vector::Embedder* embedder, SearchMode mode, const std::string& kb,
                                      const std::string& query, const SearchOptions& options,
                                      const QueryLimits& limits);

}  // namespace wenyuan::search
