#include <algorithm>
#include <vector>

#include "index/query_scoring.h"

namespace wenyuan::index::scoring {

// The gate pass over one slice, MaxScore-style: the gate cursors (rare,
// short lists) name the candidates in document order; a candidate's gate
// clauses are scored exactly, then the other clauses are probed, largest
// bound first, only while the candidate can still pass the threshold (the
// bound of what is left, per block where the skip tables tell). The common
// clauses' blocks are decoded only for candidates that could rank.
Status ScoreSegmentGate(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, SegmentFilter& filter,
                        TopK& top, uint64_t& scored) {
  const Query& query = *filter.query;
  WY_ASSIGN_OR_RETURN(auto* opened, OpenScored(slice, seg, query, prep));
  std::vector<ScoredCursor>& owned = *opened;
  std::vector<ScoredCursor*> gate, others;
  for (auto& c : owned) (c.gate ? gate : others).push_back(&c);
  if (gate.empty()) return Status::Ok();
  std::sort(others.begin(), others.end(), [](const ScoredCursor* a, const ScoredCursor* b) {
    return a->bound != b->bound ? a->bound > b->bound : a->clause < b->clause;
  });
  std::vector<double> rest(others.size() + 1, 0.0);  // bound of others[j..]
  for (size_t j = others.size(); j-- > 0;) rest[j] = rest[j + 1] + others[j]->bound;
  double gate_bounds = 0;
  for (const auto* g : gate) gate_bounds += g->bound;
  std::vector<double> parts(query.scored.size(), 0.0);
  std::vector<size_t> touched;
  while (true) {
    uint32_t d = kNoMoreDocs;
    for (const auto* g : gate) d = std::min(d, g->cursor.doc());
    if (d >= slice.end) break;
    const double theta = top.threshold();
    double sum = 0;
    touched.clear();
    auto block_bound = [d](ScoredCursor& o) { return o.Bound(o.cursor.BlockFor(d)); };
    bool may_pass = gate_bounds + rest[0] > theta &&
                    ScoreWhileItCanPass(d, gate, others, rest, block_bound, theta, *seg.reader, parts, touched, sum);
    if (may_pass && filter.Accept(d)) {
      double score = 0;
      for (double part : parts) score += part;  // in clause order, as exhaustive scoring adds
      ++scored;
      top.Offer({score, slice.seg, d});
    }
    for (size_t c : touched) parts[c] = 0;
    for (auto* g : gate) {
      if (g->cursor.doc() == d) g->cursor.Next();
    }
  }
  for (auto& c : owned) {
    WY_RETURN_IF_ERROR(Damaged(seg, c.cursor.status()));
  }
  return Status::Ok();
}

}  // namespace wenyuan::index::scoring
