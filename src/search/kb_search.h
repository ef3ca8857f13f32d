// The one way to search a knowledge base: the CLI (`search`, `ask`,
// `draft`), the HTTP server (/api/search, /api/ask, /api/draft, /v1), the
// answer service and `eval --kb` all call SearchKb with a resolved
// KbSession (kb_session.h) and a structured request, so they answer alike.
//
// Modes (hybrid_fusion.h): keyword (the segment index alone), vector (the
// nearest passages by the session's embedder) and hybrid (both, fused by
// reciprocal rank). With no mode named, the session's default applies:
// hybrid when an embedder is configured, keyword otherwise. Filters hold in
// every mode: the nearest vectors are kept only where the keyword engine's
// filters let the passage through. The response's query terms always come
// from the keyword engine (the answer builder weighs sentences with them).
//
// category: filters and facets (SearchOptions::facet_depth) read the
// categories enrichment stored (catalog/enrichment_store.h), as the
// session keeps them in memory (category_columns.h): no catalog row per
// query but the passages of the hits returned.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "catalog/catalog.h"
#include "search/hybrid_fusion.h"
#include "search/index_search.h"
#include "search/kb_session.h"
#include "search/query_parser.h"

namespace wenyuan::search {

struct QueryLimits {
  size_t max_query_chars = 512;  // code points
  size_t max_k = 100;
};

// Rejects empty, over-long and non-UTF-8 queries and out-of-range k.
Status ValidateQuery(const std::string& query, size_t k, const QueryLimits& limits);

struct SearchRequest {
  std::string query;               // the query language (query_parser.h)
  QueryFilters filters;            // as data, added to the query's own filters
  std::optional<SearchMode> mode;  // else the session's default
  SearchOptions options;
};

// `request.query` is held to `limits` (the filters are data and are not).
Result<SearchResponse> SearchKb(const KbSession& kb, const SearchRequest& request, const QueryLimits& limits = {});

// category: filters resolved by the categories enrichment stored for the
// KB's documents, from the session's columns (kept in memory).
CategoryLookup KbCategories(const KbSession& kb);

// Facet counts as a result page shows them: taxonomies by name, each
// category with most documents first (ties by name).
std::vector<Facet> SortedFacets(const std::map<std::string, std::map<std::string, int64_t>>& counts);

}  // namespace wenyuan::search
