#include "search/kb_search.h"

#include <nlohmann/json.hpp>

#include "catalog/enrichment_store.h"
#include "util/utf8.h"

namespace wenyuan::search {

Result<Analysis> MakeDefaultAnalysis() { return MakeAnalysis({}); }

Result<Analysis> MakeAnalysis(const AnalysisChoice& choice) {
  if (!choice.bigrams && !choice.words) return Status::InvalidArgument("at least one token stream is needed");
  std::shared_ptr<const text::ScriptFolder> folder;
  if (choice.fold) {
    WY_ASSIGN_OR_RETURN(folder, text::ScriptFolder::Create());
  }
  Analysis analysis;
  analysis.folder = folder;
  analysis.bigrams = folder ? text::BigramTokenizer(folder) : text::BigramTokenizer();
  analysis.use_bigrams = choice.bigrams;
  if (choice.words) {
    WY_ASSIGN_OR_RETURN(analysis.words, text::WordAnalyzer::Create(folder));
    if (folder) {
      WY_ASSIGN_OR_RETURN(analysis.regional_vocabulary, text::RegionalVocabulary::Create(*folder));
    }
  }
  analysis.regional_folding = choice.regional;
  return analysis;
}

std::filesystem::path UserDictionaryPath(const std::filesystem::path& data_dir, const std::string& kb) {
  return data_dir / "kbs" / kb / "user-dictionary.txt";
}

Result<Analysis> AnalysisForKb(const Analysis& base, catalog::Catalog& catalog, const std::string& kb) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  Analysis analysis = base;
  nlohmann::json settings = nlohmann::json::parse(info.settings_json, nullptr, false);
  analysis.regional_folding = settings.is_object() && settings.value("regional_folding", false);
  const auto path = UserDictionaryPath(catalog.data_dir(), kb);
  std::error_code ec;
  if (analysis.words && std::filesystem::exists(path, ec)) {
    WY_ASSIGN_OR_RETURN(analysis.user_dictionary, text::UserDictionary::Load(path, analysis.words->normalizer()));
  }
  return analysis;
}

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

Result<SearchResponse> SearchKb(catalog::Catalog& catalog, const KeywordSearcher& searcher, const std::string& kb,
                                const std::string& query, const SearchOptions& options, const QueryLimits& limits,
                                KbSnapshotCache* cache) {
  WY_RETURN_IF_ERROR(ValidateQuery(query, options.k, limits));
  WY_ASSIGN_OR_RETURN(Analysis analysis, AnalysisForKb(searcher.analysis(), catalog, kb));
  std::shared_ptr<const index::IndexSnapshot> snapshot;
  if (cache) {
    WY_ASSIGN_OR_RETURN(snapshot, cache->Get(catalog, analysis, kb));
  } else {
    WY_ASSIGN_OR_RETURN(snapshot, OpenKbSnapshot(catalog, analysis, kb));
  }
  const PassageLookup lookup = [&catalog](const std::vector<int64_t>& ids) { return LoadPassagesById(catalog, ids); };
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  WY_ASSIGN_OR_RETURN(SearchResponse response, SearchSnapshot(*snapshot, analysis, kb, query, options, lookup,
                                                              DefaultRanking(), KbCategories(catalog, info.id)));
  if (options.facet_depth > 0) {
    WY_ASSIGN_OR_RETURN(catalog::FacetCounts counts,
                        catalog::EnrichmentStore(catalog.db()).Facets(response.facet_documents));
    response.facets = SortedFacets(counts);
  }
  return response;
}

CategoryLookup KbCategories(catalog::Catalog& catalog, int64_t kb_id) {
  return [&db = catalog.db(), kb_id](const std::string& taxonomy, const std::string& category) {
    return catalog::EnrichmentStore(db).DocumentsWithCategory(kb_id, taxonomy, category);
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
