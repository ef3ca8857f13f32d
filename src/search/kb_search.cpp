#include "search/kb_search.h"

#include <algorithm>
#include <unordered_map>

#include "catalog/enrichment_store.h"
#include "search/kb_index.h"
#include "search/vector_results.h"
#include "util/stage_clock.h"
#include "util/utf8.h"

namespace wenyuan::search {
namespace {

Result<SearchResponse> KeywordSearch(const KbSession& kb, const ParsedQuery& parsed, const std::string& query,
                                     const SearchOptions& options) {
  StageClock clock;
  WY_ASSIGN_OR_RETURN(auto snapshot, kb.Snapshot());
  const double snapshot_ms = clock.Lap();  // opens the index on a session's first search
  catalog::Catalog& catalog = kb.catalog();
  size_t rows = 0;
  const PassageLookup lookup = [&catalog, &rows](const std::vector<int64_t>& ids) {
    rows += ids.size();
    return LoadPassagesById(catalog, ids);
  };
  // Facets make the engine rank facet_depth hits instead of k; with no
  // document of the KB categorised there is nothing to count, so it ranks k.
  SearchOptions ranked = options;
  if (!ranked.threads) ranked.threads = kb.search_threads();
  std::shared_ptr<const CategoryColumns> columns;
  if (options.facet_depth > 0) {
    WY_ASSIGN_OR_RETURN(columns, kb.Categories());
    if (columns->documents() == 0) ranked.facet_depth = 0;
  }
  WY_ASSIGN_OR_RETURN(SearchResponse response, SearchSnapshot(*snapshot, kb.analysis(), kb.name(), parsed, query,
                                                              ranked, lookup, KbCategories(kb)));
  response.timings.catalog_rows = rows;
  response.facets_asked = options.facet_depth > 0;
  clock.Lap();
  if (ranked.facet_depth > 0) {
    response.facets = SortedFacets(columns->Count(response.facet_documents));
    response.timings.facets_ms += clock.Lap();
  }
  response.timings.session_ms += snapshot_ms;
  return response;
}

// The nearest passages to the query's words, held to its filters, as a
// response of their own (terms left empty).
Result<SearchResponse> VectorSearch(const KbSession& kb, const ParsedQuery& parsed, const std::string& query,
                                    const SearchOptions& options) {
  WY_ASSIGN_OR_RETURN(auto store, kb.Vectors());
  // The embedder sees the words; filters (source:, category:, …) hold the
  // nearest passages to the same constraints as keyword hits.
  const std::string words = utf8::Trim(parsed.text).empty() ? query : parsed.text;
  WY_ASSIGN_OR_RETURN(std::vector<float> query_vector, kb.EmbedQuery(words));
  WY_ASSIGN_OR_RETURN(auto nearest, store->Search(query_vector, options.k));

  std::vector<int64_t> rows;
  for (const auto& hit : nearest) rows.push_back(hit.row);
  WY_ASSIGN_OR_RETURN(auto passages, LoadPassagesById(kb.catalog(), rows));
  std::unordered_map<int64_t, const catalog::PassageRecord*> by_row;
  for (const auto& p : passages) by_row[p.id] = &p;
  if (parsed.HasConstraints()) {
    std::vector<int64_t> documents;
    for (const auto& p : passages) documents.push_back(p.document_id);
    WY_ASSIGN_OR_RETURN(auto snapshot, kb.Snapshot());
    WY_ASSIGN_OR_RETURN(auto allowed, MatchingPassages(*snapshot, kb.analysis(), parsed, documents, KbCategories(kb)));
    std::erase_if(nearest, [&](const vector::VectorHit& hit) { return !allowed.contains(hit.row); });
  }
  auto passage_for = [&](int64_t row) -> const catalog::PassageRecord* {
    auto it = by_row.find(row);
    return it == by_row.end() ? nullptr : it->second;
  };
  return VectorHitsResponse(kb.name(), query, nearest, passage_for, kb.analysis().bigrams, options);
}

}  // namespace

Status ValidateQuery(const std::string& query, size_t k, const QueryLimits& limits) {
  size_t bad = 0;
  if (!utf8::IsValid(query, &bad)) {
    return Status::InvalidArgument("query is not valid UTF-8 (byte " + std::to_string(bad) + ")");
  }
  if (utf8::Trim(query).empty()) return Status::InvalidArgument("query is empty");
  size_t n = utf8::CodePointCount(query);
  if (n > limits.max_query_chars) {
    return Status::InvalidArgument("query is " + std::to_string(n) + " characters, over the limit of " +
                                   std::to_string(limits.max_query_chars));
  }
  if (k == 0 || k > limits.max_k) {
    return Status::InvalidArgument("k must be between 1 and " + std::to_string(limits.max_k));
  }
  return Status::Ok();
}

Result<SearchResponse> SearchKb(const KbSession& kb, const SearchRequest& request, const QueryLimits& limits) {
  StageClock clock;
  const SearchOptions& options = request.options;
  WY_RETURN_IF_ERROR(ValidateQuery(request.query, options.k, limits));
  WY_ASSIGN_OR_RETURN(ParsedQuery parsed, ParseQuery(request.query));
  WY_RETURN_IF_ERROR(ApplyFilters(request.filters, parsed));
  const double parse_ms = clock.Lap();
  const SearchMode mode = request.mode.value_or(kb.default_mode());
  if (mode == SearchMode::kKeyword) {
    WY_ASSIGN_OR_RETURN(SearchResponse response, KeywordSearch(kb, parsed, request.query, options));
    response.timings.analysis_ms += parse_ms;
    response.timings.total_ms = clock.Total();
    return response;
  }
  if (!kb.embedder()) {
    return Status::InvalidArgument(std::string("search mode '") + SearchModeName(mode) +
                                   "' needs an embedder (embedder = hashing|openai|gguf, or --embedder)");
  }
  SearchOptions deep = options;
  deep.k = std::max(options.k, kFusionDepth);
  WY_ASSIGN_OR_RETURN(SearchResponse keyword, KeywordSearch(kb, parsed, request.query, deep));
  clock.Lap();
  WY_ASSIGN_OR_RETURN(SearchResponse vector_response, VectorSearch(kb, parsed, request.query, deep));
  vector_response.terms = keyword.terms;
  SearchResponse out;
  if (mode == SearchMode::kVector) {
    out = std::move(vector_response);
    if (out.hits.size() > options.k) out.hits.resize(options.k);
  } else {
    out = FuseResponses(keyword, vector_response, options.k);
  }
  out.facet_documents = keyword.facet_documents;  // counted over the keyword ranking
  out.facets = keyword.facets;
  out.facets_asked = keyword.facets_asked;
  out.timings = keyword.timings;  // the keyword engine's stages; the vector side and fusion as one
  out.timings.analysis_ms += parse_ms;
  out.timings.vector_ms = clock.Lap();
  out.timings.total_ms = clock.Total();
  return out;
}

CategoryLookup KbCategories(const KbSession& kb) {
  return [&kb](const std::string& taxonomy, const std::string& category) -> Result<std::vector<int64_t>> {
    WY_ASSIGN_OR_RETURN(auto columns, kb.Categories());
    return columns->DocumentsWith(taxonomy, category);
  };
}

std::vector<Facet> SortedFacets(const catalog::FacetCounts& counts) {
  std::vector<Facet> facets;
  for (const auto& [taxonomy, categories] : counts) {
    Facet facet{taxonomy, {}};
    for (const auto& [category, documents] : categories) {
      facet.values.push_back({category, static_cast<size_t>(documents)});
    }
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const FacetValue& a, const FacetValue& b) { return a.documents > b.documents; });
    facets.push_back(std::move(facet));
  }
  return facets;
}

}  // namespace wenyuan::search
