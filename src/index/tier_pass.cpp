#include <algorithm>
#include <limits>
#include <vector>

#include "index/query_scoring.h"

namespace wenyuan::index::scoring {

// The first tier's pass over one segment, as an AND: the conjuncts' cursors
// leapfrog from the rarest (each moves to the furthest document another
// named), so only the documents holding all of them are visited. Once the
// threshold is finite, a target whose block maxima (every clause's, from
// the skip tables) cannot pass is skipped to the end of the shortest of
// those blocks without decoding. A member's conjuncts are scored exactly,
// then the other clauses are probed, largest bound first, only while the
// member can still pass (as the gate pass does). A holder the filters
// reject is scored only while it can still be the best holder.
Status ScoreSegmentTier(size_t s, const SnapshotSegment& seg, const Prepared& prep, SegmentFilter& filter, TopK& top,
                        uint64_t& scored, TierStats& tier) {
  const Query& query = *filter.query;
  WY_ASSIGN_OR_RETURN(auto owned, OpenScored(s, seg, query, prep, false));
  std::vector<ScoredCursor*> conj, others;
  for (auto& c : owned) (c.conjunct ? conj : others).push_back(&c);
  if (conj.size() < prep.conjuncts || conj.empty()) return Status::Ok();  // a conjunct is absent here
  std::sort(conj.begin(), conj.end(), [](const ScoredCursor* a, const ScoredCursor* b) {
    return a->cursor.df() != b->cursor.df() ? a->cursor.df() < b->cursor.df() : a->clause < b->clause;
  });
  std::sort(others.begin(), others.end(), [](const ScoredCursor* a, const ScoredCursor* b) {
    return a->bound != b->bound ? a->bound > b->bound : a->clause < b->clause;
  });
  std::vector<double> rest(others.size() + 1, 0.0);  // bound of others[j..]
  for (size_t j = others.size(); j-- > 0;) rest[j] = rest[j + 1] + others[j]->bound;
  std::vector<double> parts(query.scored.size(), 0.0);
  std::vector<size_t> touched;
  uint32_t target = conj[0]->cursor.doc();
  while (target != kNoMoreDocs) {
    const double theta = top.threshold();
    if (theta > -std::numeric_limits<double>::infinity()) {
      double block_bound = 0;
      uint32_t next = kNoMoreDocs;
      for (auto& c : owned) {
        const BlockBound b = c.cursor.BlockFor(target);
        block_bound += c.Bound(b);
        next = std::min(next, b.last_doc == kNoMoreDocs ? kNoMoreDocs : b.last_doc + 1);
      }
      if (block_bound <= theta) {
        if (next == kNoMoreDocs) break;
        for (auto* c : conj) c->cursor.AdvanceShallow(next);
        target = next;
        continue;
      }
    }
    // Leapfrog: the rarest first; a cursor beyond the target names the next.
    bool all = true;
    for (auto* c : conj) {
      const uint32_t at = c->cursor.Advance(target);
      if (at != target) {
        target = at;
        all = false;
        break;
      }
    }
    if (!all) continue;
    if (seg.IsLive(target)) {
      ++tier.holders;
      const bool accepted = filter.Accept(target);
      if (accepted) ++tier.members;
      // Scored if it can enter the heap or be the best holder.
      const double bar = accepted ? std::min(theta, tier.best) : tier.best;
      double sum = 0;
      touched.clear();
      for (auto* c : conj) {
        parts[c->clause] = c->Score(c->cursor.tf(), seg.reader->Length(target, c->field));
        sum += parts[c->clause];
        touched.push_back(c->clause);
      }
      bool may_pass = true;
      for (size_t j = 0; j < others.size(); ++j) {
        if (sum + rest[j] <= bar) {
          may_pass = false;
          break;
        }
        ScoredCursor* o = others[j];
        if (sum + o->Bound(o->cursor.BlockFor(target)) + rest[j + 1] <= bar) {
          may_pass = false;
          break;
        }
        if (o->cursor.Advance(target) != target) continue;
        parts[o->clause] = o->Score(o->cursor.tf(), seg.reader->Length(target, o->field));
        sum += parts[o->clause];
        touched.push_back(o->clause);
      }
      if (may_pass) {
        double score = 0;
        for (double part : parts) score += part;  // in clause order, as exhaustive scoring adds
        tier.best = std::max(tier.best, score);
        if (accepted) {
          ++scored;
          top.Offer({score, s, target, true});
        }
      }
      for (size_t c : touched) parts[c] = 0;
    }
    if (target == kNoMoreDocs - 1) break;
    ++target;
  }
  for (auto& c : owned) {
    WY_RETURN_IF_ERROR(Damaged(seg, c.cursor.status()));
  }
  return Status::Ok();
}

}  // namespace wenyuan::index::scoring

namespace wenyuan::index::scoring {

// The fill's pass over one segment, MaxScore-style with the floor as its
// threshold: the clauses whose bounds together stay at or below the floor
// cannot lift a document above it alone, so only the documents of the
// others (the essential lists, usually the rarest conjuncts) are
// candidates; a candidate's essential clauses are scored exactly, then the
// rest are probed, largest bound first, while it can still pass. A tier
// member (every conjunct present) is passed over: it is ranked already.
Status ScoreSegmentFill(size_t s, const SnapshotSegment& seg, const Prepared& prep, double floor, SegmentFilter& filter,
                        TopK& top, uint64_t& scored) {
  const Query& query = *filter.query;
  WY_ASSIGN_OR_RETURN(auto owned, OpenScored(s, seg, query, prep, false));
  std::vector<ScoredCursor*> by_bound;
  size_t conjuncts_here = 0;
  for (auto& c : owned) {
    by_bound.push_back(&c);
    conjuncts_here += c.conjunct ? 1 : 0;
  }
  const bool tier_here = conjuncts_here == prep.conjuncts;
  std::sort(by_bound.begin(), by_bound.end(), [](const ScoredCursor* a, const ScoredCursor* b) {
    return a->bound != b->bound ? a->bound < b->bound : a->clause < b->clause;
  });
  // The least bounds, together at or below the floor, are not essential.
  double lesser = 0;
  size_t split = 0;
  while (split < by_bound.size() && lesser + by_bound[split]->bound <= floor) lesser += by_bound[split++]->bound;
  std::vector<ScoredCursor*> essential(by_bound.begin() + static_cast<std::ptrdiff_t>(split), by_bound.end());
  std::vector<ScoredCursor*> others(by_bound.begin(), by_bound.begin() + static_cast<std::ptrdiff_t>(split));
  if (essential.empty()) return Status::Ok();
  std::reverse(others.begin(), others.end());  // largest bound first
  std::vector<double> rest(others.size() + 1, 0.0);
  for (size_t j = others.size(); j-- > 0;) rest[j] = rest[j + 1] + others[j]->bound;
  double essential_bounds = 0;
  for (const auto* e : essential) essential_bounds += e->bound;
  std::vector<double> parts(query.scored.size(), 0.0);
  std::vector<char> present(query.scored.size(), 0);
  std::vector<size_t> touched;
  while (true) {
    uint32_t d = kNoMoreDocs;
    for (const auto* e : essential) d = std::min(d, e->cursor.doc());
    if (d == kNoMoreDocs) break;
    const double theta = std::max(top.threshold(), floor);
    double sum = 0;
    touched.clear();
    bool may_pass = essential_bounds + rest[0] > theta &&
                    ScoreWhileItCanPass(d, essential, others, rest, theta, *seg.reader, parts, touched, sum);
    if (may_pass && tier_here) {  // every clause was looked at: is it a member?
      size_t held = 0;
      for (size_t c : touched) held += prep.stats[c].conjunct ? 1 : 0;
      may_pass = held < prep.conjuncts;
    }
    if (may_pass && filter.Accept(d)) {
      double score = 0;
      for (double part : parts) score += part;  // in clause order, as exhaustive scoring adds
      ++scored;
      if (score > floor) top.Offer({score, s, d});
    }
    for (size_t c : touched) parts[c] = 0;
    for (auto* e : essential) {
      if (e->cursor.doc() == d) e->cursor.Next();
    }
  }
  for (auto& c : owned) {
    WY_RETURN_IF_ERROR(Damaged(seg, c.cursor.status()));
  }
  return Status::Ok();
}

}  // namespace wenyuan::index::scoring
