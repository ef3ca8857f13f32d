#include "search/hybrid_fusion.h"

#include <algorithm>
#include <unordered_map>

namespace wenyuan::search {

Result<SearchMode> ParseSearchMode(std::string_view name) {
  if (name == "keyword") return SearchMode::kKeyword;
  if (name == "vector") return SearchMode::kVector;
  if (name == "hybrid") return SearchMode::kHybrid;
  return Status::InvalidArgument("search mode '" + std::string(name) + "' is not keyword, vector or hybrid");
}

const char* SearchModeName(SearchMode mode) {
  switch (mode) {
    case SearchMode::kKeyword:
      return "keyword";
    case SearchMode::kVector:
      return "vector";
    case SearchMode::kHybrid:
      return "hybrid";
  }
  return "keyword";
}

std::vector<FusedItem> ReciprocalRankFusion(const std::vector<std::vector<std::string>>& rankings, double k) {
  std::vector<FusedItem> items;
  std::unordered_map<std::string, size_t> at;
  for (const auto& ranking : rankings) {
    for (size_t r = 0; r < ranking.size(); ++r) {
      auto [it, added] = at.try_emplace(ranking[r], items.size());
      if (added) items.push_back({ranking[r], 0});
      items[it->second].score += 1.0 / (k + static_cast<double>(r + 1));
    }
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const FusedItem& a, const FusedItem& b) { return a.score > b.score; });
  return items;
}

SearchResponse FuseResponses(const SearchResponse& keyword, const SearchResponse& vector, size_t k) {
  SearchResponse out;
  out.kb = keyword.kb.empty() ? vector.kb : keyword.kb;
  out.query = keyword.query.empty() ? vector.query : keyword.query;
  out.terms = keyword.terms;
  std::unordered_map<std::string, const SearchHit*> by_id;
  std::vector<std::vector<std::string>> rankings(2);
  for (const auto* response : {&keyword, &vector}) {
    auto& ranking = rankings[response == &keyword ? 0 : 1];
    for (const auto& hit : response->hits) {
      by_id.try_emplace(hit.passage_id, &hit);  // the keyword hit (its snippet) wins
      ranking.push_back(hit.passage_id);
    }
  }
  auto fused = ReciprocalRankFusion(rankings);
  out.candidates = fused.size();
  for (size_t i = 0; i < fused.size() && out.hits.size() < k; ++i) {
    SearchHit hit = *by_id.at(fused[i].id);
    hit.score = fused[i].score;
    out.hits.push_back(std::move(hit));
  }
  return out;
}

}  // namespace wenyuan::search
