// Hybrid search: reciprocal rank fusion (Cormack et al., 2009) of ranked
// lists, and the search modes a caller can choose from. RRF scores an item
// sum over lists of 1 / (k + rank) with rank counted from 1, so an item both
// lists rank well beats one only a single list ranks first, and the lists'
// own score scales never need to be reconciled. Stateless.
#pragma once

#include <string>
#include <vector>

#include "search/search_types.h"
#include "util/status.h"

namespace wenyuan::search {

inline constexpr double kRrfK = 60;
// How deep each list goes before fusion: fusing only the top k would let a
// passage both lists rank 11th lose to one only a single list ranks 9th.
inline constexpr size_t kFusionDepth = 50;

enum class SearchMode { kKeyword, kVector, kHybrid };

Result<SearchMode> ParseSearchMode(std::string_view name);  // keyword|vector|hybrid
const char* SearchModeName(SearchMode mode);

struct FusedItem {
  std::string id;
  double score = 0;
};

// Items of all `rankings` (each best first, ids unique within a list) by RRF
// score, best first; ties go to the item seen first (earlier list, then
// better rank).
std::vector<FusedItem> ReciprocalRankFusion(const std::vector<std::vector<std::string>>& rankings, double k = kRrfK);

// The hits of both responses fused by passage id, at most `k`, each with its
// RRF score. The query terms (which the answer builder weighs sentences by)
// come from `keyword`.
SearchResponse FuseResponses(const SearchResponse& keyword, const SearchResponse& vector, size_t k);

}  // namespace wenyuan::search
