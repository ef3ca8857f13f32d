#include "search/kb_hybrid_search.h"

#include <algorithm>
#include <unordered_map>

#include "search/vector_results.h"
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
  WY_ASSIGN_OR_RETURN(auto store, vector::UpdateKbVectors(vector::KbVectorsDir(catalog.data_dir(), kb),
                                                          passages, *embedder));
  WY_ASSIGN_OR_RETURN(auto query_vectors, embedder->Embed({query}));
  if (query_vectors.size() != 1) return Status::Internal("embedder " + embedder->name() + " gave no query vector");
  WY_ASSIGN_OR_RETURN(auto nearest, store->Search(query_vectors[0], deep.k));

  std::unordered_map<int64_t, const catalog::PassageRecord*> by_row;
  for (const auto& p : passages) by_row[p.id] = &p;
  auto passage_for = [&](int64_t row) -> const catalog::PassageRecord* {
    auto it = by_row.find(row);
    return it == by_row.end() ? nullptr : it->second;
  };
  SearchResponse vector_response =
      VectorHitsResponse(kb, query, nearest, passage_for, searcher.tokenizer(), deep);
  vector_response.terms = keyword.terms;
  if (mode == SearchMode::kVector) {
    if (vector_response.hits.size() > options.k) vector_response.hits.resize(options.k);
    return vector_response;
  }
  return FuseResponses(keyword, vector_response, options.k);
}

}  // namespace wenyuan::search
