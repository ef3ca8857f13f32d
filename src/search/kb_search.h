// The query entry point that the CLI and the HTTP server share: checks the
// query against explicit limits, loads the knowledge base from the catalog
// and runs the searcher. Keeping this in one place is what keeps the CLI and
// the API answering the same way.
#pragma once

#include <map>
#include <string>

#include "catalog/catalog.h"
#include "search/index_search.h"
#include "search/kb_index.h"
#include "search/keyword_searcher.h"

namespace wenyuan::search {

struct QueryLimits {
  size_t max_query_chars = 512;  // code points
  size_t max_k = 100;
};

// The analysers every searcher and answerer shares: bigrams and words, both
// with Traditional/Simplified folding. Build once per process: it loads
// OpenCC's tables and the jieba dictionary (about a second).
Result<Analysis> MakeDefaultAnalysis();

// For comparisons (`eval --fields`, `--no-fold`): which token streams, and
// whether Traditional and Simplified are folded together.
struct AnalysisChoice {
  bool bigrams = true;
  bool words = true;
  bool fold = true;
  bool regional = false;  // Taiwan/mainland vocabulary folding for every query
};
Result<Analysis> MakeAnalysis(const AnalysisChoice& choice);

// Where a knowledge base's user dictionary lives: one term a line, with an
// optional weight and part of speech (text/user_dictionary.h). Read on every
// query, so an edit takes effect at once, with nothing rebuilt.
std::filesystem::path UserDictionaryPath(const std::filesystem::path& data_dir, const std::string& kb);

// `base` with the knowledge base's choices applied: its user dictionary, if
// it has one, and regional folding if its settings turn it on
// ({"regional_folding": true}, `wenyuan kb set KB regional-folding on`).
Result<Analysis> AnalysisForKb(const Analysis& base, catalog::Catalog& catalog, const std::string& kb);

// Rejects empty, over-long and non-UTF-8 queries and out-of-range k.
Status ValidateQuery(const std::string& query, size_t k, const QueryLimits& limits);

// Searches the KB's persistent index (search/kb_index.h; built or repaired
// first if it is missing or behind the catalog). `cache`, when given, keeps
// opened snapshots between queries (the server's); the searcher supplies the
// analysers. category: filters and facets (options.facet_depth) read the
// categories enrichment stored (catalog/enrichment_store.h).
Result<SearchResponse> SearchKb(catalog::Catalog& catalog, const KeywordSearcher& searcher, const std::string& kb,
                                const std::string& query, const SearchOptions& options, const QueryLimits& limits,
                                KbSnapshotCache* cache = nullptr);

// category: filters resolved by the categories enrichment stored for the
// KB's documents (catalog/enrichment_store.h).
CategoryLookup KbCategories(catalog::Catalog& catalog, int64_t kb_id);

// Facet counts as a result page shows them: taxonomies by name, each
// category with most documents first (ties by name).
std::vector<Facet> SortedFacets(const std::map<std::string, std::map<std::string, int64_t>>& counts);

}  // namespace wenyuan::search
