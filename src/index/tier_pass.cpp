#include <algorithm>
#include <limits>
#include <vector>

#include "index/query_scoring.h"

namespace wenyuan::index::scoring {

// The first tier's pass over one slice, as an AND: the conjuncts' cursors
// leapfrog from the rarest (each moves to the furthest document another
// named), so only the documents holding all of them are visited. Once the
// threshold is finite, a target whose block maxima (every clause's, from
// the skip tables) cannot pass is skipped to the end of the shortest of
// those blocks without decoding. A member's conjuncts are scored exactly,
// then the other clauses are probed, largest bound first, only while the
// member can still pass (as the gate pass does). A holder the filters
// reject is scored only while it can still be the best holder.
Status ScoreSegmentTier(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, SegmentFilter& filter,
                        TopK& top, uint64_t& scored, TierStats& tier) {
  const Query& query = *filter.query;
  WY_ASSIGN_OR_RETURN(auto* opened, OpenScored(slice, seg, query, prep));
  std::vector<ScoredCursor>& owned = *opened;
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
  // Every clause's block maxima summed over the stretch where none of
  // those blocks ends: the same for every target in it, so summed once per
  // stretch, not per leapfrog step. Each clause's block bound is kept until
  // its block ends: a new stretch reads the skip tables of the lists whose
  // block ended there (usually the most common list's), not every list's.
  double stretch_bound = 0;
  uint32_t stretch_end = 0;  // the first document past the stretch
  bool stretch_known = false;
  BlockBounds blocks(owned);      // also bounds a member's probes
  std::vector<double> rest_here;  // bound of others[j..] at the member, per block
  while (target < slice.end) {
    const double theta = top.threshold();
    if (theta > -std::numeric_limits<double>::infinity()) {
      if (!stretch_known || target >= stretch_end) {
        stretch_bound = 0;
        stretch_end = kNoMoreDocs;
        for (auto& c : owned) {
          stretch_bound += blocks.At(c, target);
          stretch_end = std::min(stretch_end, blocks.End(c));
        }
        stretch_known = true;
      }
      if (stretch_bound <= theta) {
        if (stretch_end == kNoMoreDocs) break;
        for (auto* c : conj) c->cursor.AdvanceShallow(stretch_end);
        target = stretch_end;
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
      blocks.Rest(target, others, rest_here);
      auto at_target = [&](ScoredCursor& o) { return blocks.At(o, target); };
      const bool may_pass =
          ScoreWhileItCanPass(target, conj, others, rest_here, at_target, bar, *seg.reader, parts, touched, sum);
      if (may_pass) {
        double score = 0;
        for (double part : parts) score += part;  // in clause order, as exhaustive scoring adds
        tier.best = std::max(tier.best, score);
        if (accepted) {
          ++scored;
          top.Offer({score, slice.seg, target, true});
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

// The fill's pass over one slice, MaxScore-style with the floor as its
// threshold: the clauses whose bounds together stay at or below the
// threshold cannot lift a document above it alone, so only the documents of
// the others (the essential lists, usually the rarest conjuncts) are
// candidates. The threshold is the floor at first and rises with the heap
// (its k-th best, less the proximity margin), and each rise moves more of
// the least bounded lists out of the essential ones. A candidate's
// essential clauses are scored exactly, then the rest are probed, largest
// bound first, while it can still pass. A tier member (every conjunct
// present) is passed over: it is ranked already.
//
// The seeding pass (`seeding`) runs first over every slice: its
// candidates are only the documents of the most bounded list (the rarest
// conjunct, usually: the passages most like the tier's), so the heap's
// threshold is high before the full pass starts; what it offered is
// noted in `seeds` and passed over by the full pass.
//
// With Query::fill_from_gate a candidate must also hold a gate clause:
// when the gate lists hold fewer postings than the essential ones, they
// alone name the candidates (every other list is only probed, while the
// candidate can still pass); otherwise the essential lists do and each
// candidate's gate lists are probed before it is scored.
Status ScoreSegmentFill(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, double floor,
                        SegmentFilter& filter, TopK& top, uint64_t& scored, FillSeeds& seeds, bool seeding) {
  const Query& query = *filter.query;
  WY_ASSIGN_OR_RETURN(auto* opened, OpenScored(slice, seg, query, prep));
  std::vector<ScoredCursor>& owned = *opened;
  std::vector<ScoredCursor*> by_bound, gate;
  size_t conjuncts_here = 0;
  const bool gated = prep.fill_gated;
  for (auto& c : owned) {
    by_bound.push_back(&c);
    conjuncts_here += c.conjunct ? 1 : 0;
    if (gated && c.gate) gate.push_back(&c);
  }
  if (gated && gate.empty()) return Status::Ok();  // no passage here holds a gate clause
  const bool tier_here = conjuncts_here == prep.conjuncts;
  std::sort(by_bound.begin(), by_bound.end(), [](const ScoredCursor* a, const ScoredCursor* b) {
    return a->bound != b->bound ? a->bound < b->bound : a->clause < b->clause;
  });
  std::vector<uint32_t>& offered = seeds.offered[slice.index];  // ascending
  size_t next_offered = 0;
  // The least bounds, together at or below the threshold, are not
  // essential; `split` only grows, as the threshold only rises. The
  // seeding pass takes the most bounded list alone as essential.
  double lesser = 0;
  size_t split = 0;
  std::vector<ScoredCursor*> essential, others;
  std::vector<double> rest;                                      // bound of others[j..]
  bool probe_gate = false;                                       // candidates' gate lists are probed (fill_from_gate)
  auto is_gate = [](const ScoredCursor* c) { return c->gate; };  // used only when gated
  auto resplit = [&](double theta) -> bool {
    const size_t was = split;
    while (split < by_bound.size() && lesser + by_bound[split]->bound <= theta) lesser += by_bound[split++]->bound;
    const size_t most_bounded = by_bound.empty() ? 0 : by_bound.size() - 1;
    const size_t lead = seeding ? std::max(split, most_bounded) : split;
    if (split == was && !essential.empty()) return true;
    essential.assign(by_bound.begin() + static_cast<std::ptrdiff_t>(lead), by_bound.end());
    others.assign(by_bound.begin(), by_bound.begin() + static_cast<std::ptrdiff_t>(lead));
    probe_gate = false;
    if (gated) {  // the shorter of the gate lists and the essential ones name the candidates (seeding: the one)
      auto postings = [](const std::vector<ScoredCursor*>& lists) {
        uint64_t n = 0;
        for (const auto* c : lists) n += c->cursor.df();
        return n;
      };
      if (!seeding && postings(gate) <= postings(essential)) {
        others.clear();
        for (auto* c : by_bound) {
          if (!is_gate(c)) others.push_back(c);
        }
        essential = gate;
      } else {
        probe_gate = !std::all_of(essential.begin(), essential.end(), is_gate);
      }
    }
    std::sort(others.begin(), others.end(), [](const ScoredCursor* a, const ScoredCursor* b) {
      return a->bound != b->bound ? a->bound > b->bound : a->clause < b->clause;
    });  // largest bound first
    rest.assign(others.size() + 1, 0.0);
    for (size_t j = others.size(); j-- > 0;) rest[j] = rest[j + 1] + others[j]->bound;
    return split < by_bound.size();
  };
  double split_at = std::max(top.threshold(), floor);
  if (!resplit(split_at)) return Status::Ok();
  std::vector<double> parts(query.scored.size(), 0.0);
  std::vector<size_t> touched;
  BlockBounds blocks(owned);
  std::vector<double> rest_here;  // bound of others[j..] at the candidate, per block
  // Every candidate below `resume` was looked at. A list that joins the
  // candidates' lists after a resplit (fill_from_gate: the gate lists and
  // the essential ones take turns) may stand on one of them, or before.
  uint32_t resume = slice.begin;
  // The essential lists' documents and bounds side by side (the candidate
  // loop reads them for every candidate), and those standing on the
  // candidate; reloaded when a resplit changes the lists.
  std::vector<uint32_t> at;
  std::vector<double> at_bound;
  std::vector<ScoredCursor*> lead;
  std::vector<size_t> lead_index;
  bool reload = true;
  while (true) {
    const double theta = std::max(top.threshold(), floor);
    if (theta > split_at) {
      split_at = theta;
      if (!resplit(theta)) break;
      reload = true;
    }
    if (reload) {
      reload = false;
      at.clear();
      at_bound.clear();
      for (auto* e : essential) {
        at.push_back(e->cursor.doc() < resume ? e->cursor.Advance(resume) : e->cursor.doc());
        at_bound.push_back(e->bound);
      }
    }
    uint32_t d = kNoMoreDocs;
    for (uint32_t a : at) d = std::min(d, a);
    if (d >= slice.end) break;
    double present = 0;  // the essential lists' bounds at d
    lead.clear();
    lead_index.clear();
    for (size_t i = 0; i < at.size(); ++i) {
      if (at[i] != d) continue;
      present += at_bound[i];
      lead.push_back(essential[i]);
      lead_index.push_back(i);
    }
    while (next_offered < offered.size() && offered[next_offered] < d) ++next_offered;
    const bool seeded = !seeding && next_offered < offered.size() && offered[next_offered] == d;
    double sum = 0;
    touched.clear();
    bool may_pass = !seeded && present + rest[0] > theta;
    if (may_pass) {  // the same with the blocks at d
      blocks.Rest(d, others, rest_here);
      double present_here = 0;
      for (auto* e : lead) present_here += blocks.At(*e, d);
      may_pass = present_here + rest_here[0] > theta;
    }
    auto at_d = [&](ScoredCursor& o) { return blocks.At(o, d); };
    if (may_pass && probe_gate) {
      may_pass = std::any_of(gate.begin(), gate.end(), [d](ScoredCursor* g) { return g->cursor.Advance(d) == d; });
    }
    may_pass =
        may_pass && ScoreWhileItCanPass(d, lead, others, rest_here, at_d, theta, *seg.reader, parts, touched, sum);
    if (may_pass && tier_here) {  // every clause was looked at: is it a member?
      size_t held = 0;
      for (size_t c : touched) held += prep.stats[c].conjunct ? 1 : 0;
      may_pass = held < prep.conjuncts;
    }
    if (may_pass && filter.Accept(d)) {
      double score = 0;
      for (double part : parts) score += part;  // in clause order, as exhaustive scoring adds
      ++scored;
      if (score > floor) {
        top.Offer({score, slice.seg, d});
        if (seeding) offered.push_back(d);
      }
    }
    for (size_t c : touched) parts[c] = 0;
    for (size_t i : lead_index) at[i] = essential[i]->cursor.Next();
    resume = d + 1;
  }
  for (auto& c : owned) {
    WY_RETURN_IF_ERROR(Damaged(seg, c.cursor.status()));
  }
  return Status::Ok();
}

}  // namespace wenyuan::index::scoring
