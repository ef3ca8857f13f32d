#include "reference/keyword_searcher.h"

namespace wenyuan::search {

SearchResponse KeywordSearcher::Search(const std::string& kb, const std::vector<catalog::PassageRecord>& passages,
                                       const std::string& query, const SearchOptions& options) const {
  return PassageIndex(passages, analysis_).Search(kb, query, options);
}

}  // namespace wenyuan::search
