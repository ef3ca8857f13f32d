#include "search/kb_hybrid_search.h"

#include <algorithm>
#include <unordered_map>

#include "search/index_search.h"
#include "search/query_parser.h"
#include "search/vector_results.h"
#include "util/utf8.h"
#include "vector/kb_vectors.h"

namespace wenyuan::search {

Result<SearchResponse> SearchKbInMode(catalog::Catalog& catalog, const KeywordSearcher& searcher,
                                      vector::Embedder* embedder, SearchMode mode, const std::string& kb,
                                      const std::string& query, const SearchOptions& options,
                                      const QueryLimits& limits) {
  if (mode == SearchMode::kKeyword) return SearchKb(catalog, searcher, kb, query, options, limits);
  if (!embedder) {
    return Status::InvalidArgument(std::string("search mode '") + SearchModeName(mode) +
                                   "' needs an embedder (embedder = hashing|openai|gguf, or --embedder)");
  }
  SearchOptions deep = options;
  deep.k = std::max(options.k, kFusionDepth);
  WY_ASSIGN_OR_RETURN(SearchResponse keyword, SearchKb(catalog, searcher, kb, query, deep, limits));

  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  WY_ASSIGN_OR_RETURN(auto passages, catalog.ListPassages(info.id));
  WY_ASSIGN_OR_RETURN(auto store,
                      vector::UpdateKbVectors(vector::KbVectorsDir(catalog.data_dir(), kb), passages, *embedder));
  // The embedder sees the words; filters (source:, category:, …) hold the
  // nearest passages to the same constraints as keyword hits.
  WY_ASSIGN_OR_RETURN(ParsedQuery parsed, ParseQuery(query));
  const std::string words = utf8::Trim(parsed.text).empty() ? query : parsed.text;
  WY_ASSIGN_OR_RETURN(auto query_vectors, embedder->Embed({words}));
  if (query_vectors.size() != 1) return Status::Internal("embedder " + embedder->name() + " gave no query vector");
  WY_ASSIGN_OR_RETURN(auto nearest, store->Search(query_vectors[0], deep.k));

  std::unordered_map<int64_t, const catalog::PassageRecord*> by_row;
  for (const auto& p : passages) by_row[p.id] = &p;
  if (parsed.HasConstraints()) {
    std::vector<int64_t> documents;
    for (const auto& hit : nearest) {
      if (auto it = by_row.find(hit.row); it != by_row.end()) documents.push_back(it->second->document_id);
    }
    WY_ASSIGN_OR_RETURN(Analysis analysis, AnalysisForKb(searcher.analysis(), catalog, kb));
    WY_ASSIGN_OR_RETURN(auto snapshot, OpenKbSnapshot(catalog, analysis, kb));
    WY_ASSIGN_OR_RETURN(auto allowed,
                        MatchingPassages(*snapshot, analysis, query, documents, KbCategories(catalog, info.id)));
    std::erase_if(nearest, [&](const vector::VectorHit& hit) { return !allowed.contains(hit.row); });
  }
  auto passage_for = [&](int64_t row) -> const catalog::PassageRecord* {
    auto it = by_row.find(row);
    return it == by_row.end() ? nullptr : it->second;
  };
  SearchResponse vector_response = VectorHitsResponse(kb, query, nearest, passage_for, searcher.tokenizer(), deep);
  vector_response.terms = keyword.terms;
  if (mode == SearchMode::kVector) {
    if (vector_response.hits.size() > options.k) vector_response.hits.resize(options.k);
    vector_response.facet_documents = keyword.facet_documents;
    vector_response.facets = keyword.facets;
    return vector_response;
  }
  SearchResponse fused = FuseResponses(keyword, vector_response, options.k);
  fused.facet_documents = keyword.facet_documents;  // counted over the keyword ranking
  fused.facets = keyword.facets;
  return fused;
}

}  // namespace wenyuan::search
