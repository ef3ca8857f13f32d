#include "search/result_groups.h"

#include <algorithm>
#include <unordered_map>

namespace wenyuan::search {
namespace {

// Passages searched per document wanted: a document with more matching
// passages than this among the best has them shown as "more" all the same;
// documents further down may go unseen, which paging then finds.
constexpr size_t kPassagesPerDocument = 4;

}  // namespace

double RelativeScore(double score, double top) {
  if (top <= 0) return score >= top ? 1.0 : 0.0;
  return std::clamp(score / top, 0.0, 1.0);
}

std::vector<RankedHit> RankHits(const SearchResponse& response) {
  std::vector<RankedHit> ranked;
  ranked.reserve(response.hits.size());
  const double top = response.hits.empty() ? 0 : response.hits.front().score;
  for (size_t i = 0; i < response.hits.size(); ++i) {
    const SearchHit& hit = response.hits[i];
    ranked.push_back({hit, i + 1, RelativeScore(hit.score, top)});
  }
  return ranked;
}

std::vector<DocumentGroup> GroupByDocument(const SearchResponse& response, size_t max_more) {
  std::vector<DocumentGroup> groups;
  std::unordered_map<int64_t, size_t> group_of;  // document id → index in groups
  for (RankedHit& ranked : RankHits(response)) {
    auto [it, added] = group_of.try_emplace(ranked.hit.document_id, groups.size());
    if (added) {
      DocumentGroup group;
      group.rank = groups.size() + 1;
      group.best = std::move(ranked);
      groups.push_back(std::move(group));
      continue;
    }
    DocumentGroup& group = groups[it->second];
    ++group.more_count;
    if (group.more.size() < max_more) group.more.push_back(std::move(ranked));
  }
  return groups;
}

size_t GroupingDepth(size_t documents, size_t max_passages) {
  return std::min(max_passages, std::max<size_t>(documents, documents * kPassagesPerDocument));
}

}  // namespace wenyuan::search
