// The proximity boost of the best candidates (query_scoring.h: MaxProximityBoost,
// ApplyProximity): neighbouring query bigrams found next to each other.
#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "index/query_scoring.h"
#include "index/term_cursor.h"

namespace wenyuan::index::scoring {
namespace {

// Pairs of neighbouring single-term bigram clauses (the proximity boost's).
std::vector<std::pair<size_t, size_t>> ProximityPairs(const Query& query) {
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t a = 0; a < query.scored.size(); ++a) {
    for (size_t b = 0; b < query.scored.size(); ++b) {
      const auto& x = query.scored[a];
      const auto& y = query.scored[b];
      if (x.field == Field::kBigrams && y.field == Field::kBigrams && !x.flat && !y.flat && x.terms.size() == 1 &&
          y.terms.size() == 1 && !IsCharTerm(x.terms[0]) && !IsCharTerm(y.terms[0]) &&
          y.query_offset == x.query_offset + 1) {
        pairs.emplace_back(a, b);
      }
    }
  }
  return pairs;
}

// One pair's boost when its bigrams are neighbours in a passage.
double PairBoost(const Query& query, const Prepared& prep, size_t a, size_t b) {
  return query.proximity_weight * 0.5 *
         (query.scored[a].weight * prep.stats[a].idf + query.scored[b].weight * prep.stats[b].idf);
}

}  // namespace

// The most the proximity boost can add to a passage's score.
double MaxProximityBoost(const Query& query, const Prepared& prep) {
  if (query.proximity_weight <= 0) return 0;
  double boost = 0;
  for (const auto& [a, b] : ProximityPairs(query)) boost += PairBoost(query, prep, a, b);
  return boost;
}

// Adds the proximity boost to the best candidates and re-sorts them.
Status ApplyProximity(const IndexSnapshot& snapshot, const Query& query, const Prepared& prep,
                      std::vector<Candidate>& candidates) {
  const auto pairs = ProximityPairs(query);
  if (pairs.empty() || query.proximity_weight <= 0) return Status::Ok();
  // Only the best max(k, window) by BM25 (candidates are sorted) get the
  // boost, however many more the caller collects for its own re-scoring.
  std::vector<size_t> order(std::min(candidates.size(), std::max(query.k, query.proximity_window)));
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // When the caller wants the best k alone, a candidate that even the
  // largest boost cannot lift into them needs no positions.
  const size_t k = std::max<size_t>(query.k, 1);
  if (query.candidates <= query.k && order.size() > k) {
    const double floor = candidates[k - 1].score - MaxProximityBoost(query, prep) * kBoundSlack;
    while (order.size() > k && candidates[order.back()].score < floor) order.pop_back();
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return candidates[a].seg != candidates[b].seg ? candidates[a].seg < candidates[b].seg
                                                  : candidates[a].doc < candidates[b].doc;
  });
  size_t current_seg = SIZE_MAX;
  // Per clause, opened when a pair first needs its positions in a segment.
  std::vector<std::optional<TermCursor>> cursors(query.scored.size());
  std::vector<std::vector<uint32_t>> positions(cursors.size());
  std::vector<char> loaded(cursors.size(), 0);
  Status damage;
  for (size_t i : order) {
    Candidate& c = candidates[i];
    if (c.seg != current_seg) {
      current_seg = c.seg;
      for (auto& tc : cursors) {
        if (tc && damage.ok()) damage = tc->status();
        tc.reset();
      }
    }
    std::fill(loaded.begin(), loaded.end(), 0);
    auto positions_of = [&](size_t t) -> Result<const std::vector<uint32_t>*> {
      if (!loaded[t]) {
        loaded[t] = 1;
        positions[t].clear();
        if (!cursors[t]) {
          WY_ASSIGN_OR_RETURN(cursors[t], TermCursor::FromInfos(*snapshot.segments()[c.seg].reader,
                                                                prep.infos[c.seg][t], query.scored[t].field));
        }
        if (cursors[t]->Advance(c.doc) == c.doc) positions[t] = cursors[t]->Positions();
      }
      return &positions[t];
    };
    double boost = 0;
    for (const auto& [a, b] : pairs) {
      WY_ASSIGN_OR_RETURN(const std::vector<uint32_t>* pa_ptr, positions_of(a));
      if (pa_ptr->empty()) continue;
      WY_ASSIGN_OR_RETURN(const std::vector<uint32_t>* pb_ptr, positions_of(b));
      const auto& pa = *pa_ptr;
      const auto& pb = *pb_ptr;
      for (uint32_t p : pa) {
        if (std::binary_search(pb.begin(), pb.end(), p + 1)) {
          boost += PairBoost(query, prep, a, b);
          break;
        }
      }
    }
    c.score += boost;
  }
  WY_RETURN_IF_ERROR(damage);
  for (const auto& tc : cursors) {
    if (tc) WY_RETURN_IF_ERROR(tc->status());
  }
  std::sort(candidates.begin(), candidates.end(), Better);
  return Status::Ok();
}

}  // namespace wenyuan::index::scoring
