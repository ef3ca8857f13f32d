#include "index/query_executor.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "index/query_scoring.h"
#include "index/slice_plan.h"
#include "index/term_cursor.h"

namespace wenyuan::index {
using scoring::ApplyProximity;
using scoring::Candidate;
using scoring::Damaged;
using scoring::FillSeeds;
using scoring::kBoundSlack;
using scoring::MakePlan;
using scoring::MaxProximityBoost;
using scoring::OpenScored;
using scoring::PhraseCursors;
using scoring::Plan;
using scoring::Prepared;
using scoring::RankSlices;
using scoring::ScoredCursor;
using scoring::ScoreSegmentFill;
using scoring::ScoreSegmentGate;
using scoring::SegmentFilter;
using scoring::Slice;
using scoring::TierStats;
using scoring::TopK;

namespace {

Result<PhraseCursors> OpenPhrase(const SegmentReader& seg, const PhraseClause& phrase) {
  PhraseCursors pc;
  for (const auto& token : phrase.tokens) {
    std::vector<std::string> keys;
    for (const auto& t : token.terms) keys.push_back(TermKey(phrase.field, t));
    WY_ASSIGN_OR_RETURN(TermCursor c, TermCursor::Open(seg, keys));
    if (c.empty()) pc.absent = true;
    pc.tokens.push_back(std::move(c));
    pc.offsets.push_back(token.offset);
  }
  if (phrase.tokens.empty()) pc.absent = true;
  return pc;
}

std::vector<std::string> ClauseKeys(const TermClause& clause) {
  std::vector<std::string> keys;
  for (const auto& t : clause.terms) keys.push_back(TermKey(clause.field, t));
  return keys;
}

Result<SegmentFilter> OpenFilter(const SnapshotSegment& seg, const Query& query) {
  SegmentFilter f;
  f.seg = &seg;
  f.query = &query;
  if (query.documents && query.documents->empty()) f.impossible = true;
  for (const auto& p : query.required) {
    WY_ASSIGN_OR_RETURN(PhraseCursors pc, OpenPhrase(*seg.reader, p));
    if (pc.absent) f.impossible = true;
    f.required.push_back(std::move(pc));
  }
  for (const auto& p : query.excluded) {
    WY_ASSIGN_OR_RETURN(PhraseCursors pc, OpenPhrase(*seg.reader, p));
    if (!pc.absent) f.excluded.push_back(std::move(pc));
  }
  return f;
}

// Marks the gate clauses (Query::gate): by df ascending (then the larger
// best score, then query order), the shortest run whose best scores sum to
// more than half of all clauses' that occur.
void ChooseGate(const Query& query, Prepared& p) {
  std::vector<size_t> order;
  std::vector<double> best(query.scored.size(), 0);
  double total = 0;
  for (size_t i = 0; i < query.scored.size(); ++i) {
    const auto& clause = query.scored[i];
    const double k1 = query.bm25[static_cast<size_t>(clause.field) % kLengthFields].k1;
    best[i] = clause.flat ? clause.weight : clause.weight * p.stats[i].idf * (k1 + 1);
    p.stats[i].gate = true;
    if (p.stats[i].df == 0 || best[i] <= 0) continue;
    order.push_back(i);
    total += best[i];
  }
  if (!query.gate || order.size() < 2) return;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (p.stats[a].df != p.stats[b].df) return p.stats[a].df < p.stats[b].df;
    if (best[a] != best[b]) return best[a] > best[b];
    return a < b;
  });
  double sum = 0;
  size_t taken = 0;
  while (taken < order.size() && sum <= total / 2) sum += best[order[taken++]];
  for (size_t i = taken; i < order.size(); ++i) p.stats[order[i]].gate = false;
  p.gated = taken < order.size();
  // A clause that adds nothing to any score opens no candidates.
  for (size_t i = 0; i < query.scored.size() && p.gated; ++i) {
    if (p.stats[i].df > 0 && best[i] <= 0) p.stats[i].gate = false;
  }
}

Result<Prepared> Prepare(const IndexSnapshot& snapshot, const Query& query) {
  Prepared p;
  const double n = static_cast<double>(snapshot.live_docs());
  const size_t segments = snapshot.segments().size();
  p.infos.resize(segments);
  // Every clause's keys are located in every segment before any entry is
  // decoded (TermCursor::Locate asks for their dictionary blocks; Resolve
  // for the postings they point to): warm, that is the same work; on a
  // cold index the query's reads overlap instead of following one another.
  std::vector<TermCursor::Located> located;
  located.reserve(segments * query.scored.size());
  for (const auto& clause : query.scored) {
    const std::vector<std::string> keys = ClauseKeys(clause);
    for (size_t seg = 0; seg < segments; ++seg) {
      WY_ASSIGN_OR_RETURN(auto l, TermCursor::Locate(*snapshot.segments()[seg].reader, keys));
      located.push_back(std::move(l));
    }
  }
  for (size_t seg = 0; seg < segments; ++seg) {
    p.infos[seg].reserve(query.scored.size());
    for (size_t i = 0; i < query.scored.size(); ++i) {
      WY_ASSIGN_OR_RETURN(auto infos,
                          TermCursor::Resolve(*snapshot.segments()[seg].reader, located[i * segments + seg]));
      p.infos[seg].push_back(std::move(infos));
    }
  }
  for (size_t i = 0; i < query.scored.size(); ++i) {
    const auto& clause = query.scored[i];
    ClauseStats s;
    for (size_t seg = 0; seg < snapshot.segments().size(); ++seg) {
      const auto& infos = p.infos[seg][i];
      if (infos.size() == 1) {
        s.df += infos[0].df;
      } else if (infos.size() > 1) {  // alternatives: the df of their union
        WY_ASSIGN_OR_RETURN(TermCursor c, TermCursor::FromInfos(*snapshot.segments()[seg].reader, infos, clause.field));
        s.df += c.df();
      }
    }
    s.idf = Bm25Idf(n, static_cast<double>(s.df));
    p.stats.push_back(s);
    p.avg_length.push_back(clause.field == Field::kKeyword ? 1.0 : snapshot.AverageLength(clause.field));
  }
  ChooseGate(query, p);
  for (size_t i = 0; i < query.scored.size(); ++i) {
    const auto& clause = query.scored[i];
    p.stats[i].conjunct =
        query.conjunctive && clause.conjunct && !clause.flat && clause.weight > 0 && p.stats[i].df > 0;
    if (p.stats[i].conjunct) ++p.conjuncts;
  }
  p.tiered = p.conjuncts >= 2;
  return p;
}

// An upper bound of clause `i`'s score in segment `s` (alternatives: their
// frequencies summed, the shortest length), as ScoredCursor::Bound.
double ClauseBound(const Query& query, const Prepared& prep, size_t s, size_t i) {
  const auto& infos = prep.infos[s][i];
  if (infos.empty()) return 0;
  double max_tf = 0;
  uint32_t min_length = UINT32_MAX;
  for (const auto& info : infos) {
    max_tf += info.max_tf;
    min_length = std::min(min_length, info.min_length);
  }
  const auto& clause = query.scored[i];
  if (clause.flat) return clause.weight * kBoundSlack;
  const Bm25Params& bm25 = query.bm25[static_cast<size_t>(clause.field) % kLengthFields];
  const double norm = bm25.k1 * (1 - bm25.b + bm25.b * static_cast<double>(min_length) / prep.avg_length[i]);
  return clause.weight * prep.stats[i].idf * max_tf * (bm25.k1 + 1) / (max_tf + norm) * kBoundSlack;
}

Result<QueryResult> Finish(const IndexSnapshot& snapshot, const Query& query, Prepared prep, std::vector<Candidate> top,
                           uint64_t scored) {
  WY_RETURN_IF_ERROR(ApplyProximity(snapshot, query, prep, top));
  QueryResult result;
  result.clauses = std::move(prep.stats);
  result.scored_documents = scored;
  const size_t hits = std::min(top.size(), std::max(query.k, query.candidates));
  // The hits' records are read in one go, not one cold read after another.
  for (size_t i = 0; i < hits; ++i) snapshot.segments()[top[i].seg].reader->PrefetchDoc(top[i].doc);
  for (size_t i = 0; i < hits; ++i) {
    const auto& c = top[i];
    if (c.first_tier) ++result.first_tier;
    WY_ASSIGN_OR_RETURN(DocValues values, snapshot.segments()[c.seg].reader->Doc(c.doc));
    result.hits.push_back({values, c.score, c.seg, c.doc});
  }
  return result;
}

size_t Collected(const Query& query) {
  const size_t k = std::max(query.k, query.candidates);
  return query.proximity_weight > 0 ? std::max(k, query.proximity_window) : k;
}

// Documents that pass the filters, in order, when nothing is scored.
Status CollectFiltered(const IndexSnapshot& snapshot, const Query& query, TopK& top, uint64_t& scored) {
  for (size_t s = 0; s < snapshot.segments().size(); ++s) {
    const auto& seg = snapshot.segments()[s];
    WY_ASSIGN_OR_RETURN(SegmentFilter filter, OpenFilter(seg, query));
    if (filter.impossible) continue;
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (!filter.Accept(d)) continue;
      ++scored;
      top.Offer({0, s, d});
    }
    WY_RETURN_IF_ERROR(Damaged(seg, filter.status()));
  }
  return Status::Ok();
}

}  // namespace

namespace scoring {

Result<std::vector<ScoredCursor>*> OpenScored(const Slice& slice, const SnapshotSegment& seg, const Query& query,
                                              Prepared& prep) {
  const size_t s = slice.index;
  if (prep.cursors.size() <= s) prep.cursors.resize(s + 1);
  if (prep.cursors[s]) {
    for (auto& c : *prep.cursors[s]) {
      c.cursor.Rewind();
      if (slice.begin > 0) c.cursor.Advance(slice.begin);
    }
    return &*prep.cursors[s];
  }
  std::vector<ScoredCursor> cursors;
  for (size_t i = 0; i < query.scored.size(); ++i) {
    const auto& clause = query.scored[i];
    WY_ASSIGN_OR_RETURN(TermCursor c, TermCursor::FromInfos(*seg.reader, prep.infos[slice.seg][i], clause.field));
    if (c.empty()) continue;
    if (slice.begin > 0) c.Advance(slice.begin);
    ScoredCursor sc{std::move(c),
                    clause.flat ? clause.weight : clause.weight * prep.stats[i].idf,
                    prep.avg_length[i],
                    query.bm25[static_cast<size_t>(clause.field) % kLengthFields],
                    clause.field,
                    0,
                    i,
                    prep.stats[i].gate,
                    clause.flat,
                    prep.stats[i].conjunct};
    sc.bound = sc.Bound(sc.cursor.WholeBound());
    cursors.push_back(std::move(sc));
  }
  prep.cursors[s] = std::move(cursors);
  return &*prep.cursors[s];
}

// A cursor's damage as Corruption naming the segment.
Status Damaged(const SnapshotSegment& seg, const Status& status) {
  if (status.ok()) return status;
  if (status.message().starts_with("corrupt segment ")) return status;
  return Status::Corruption("corrupt segment " + seg.entry.name + ": " + status.message());
}

}  // namespace scoring

double FillShare(const Query& query, uint64_t holders) {
  const double base = query.fill_share;
  if (holders <= 1 || base <= 0 || base >= query.fill_share_max) return base;
  return std::min(query.fill_share_max, 1 - std::pow(1 - base, static_cast<double>(holders)));
}

double Bm25Idf(double docs, double df) { return std::log(1.0 + (docs - df + 0.5) / (df + 0.5)); }

Result<uint64_t> DocumentFrequency(const IndexSnapshot& snapshot, Field field, const std::string& term) {
  uint64_t df = 0;
  const std::string key = TermKey(field, term);
  for (const auto& seg : snapshot.segments()) {
    WY_ASSIGN_OR_RETURN(auto info, seg.reader->Find(key));
    if (info) df += info->df;
  }
  return df;
}

namespace {

// Which documents a scoring pass over a segment ranks (Query::gate,
// Query::conjunctive).
enum class Pass {
  kAll,       // every document holding a scored term
  kGate,      // those holding a gate clause
  kRest,      // those holding scored terms but no gate clause
  kTier,      // those holding every conjunct (the first tier)
  kFillSeed,  // the fill's first candidates: the most bounded clause's
  kFill,      // the others, scoring above `floor`
};

// Scores one slice's documents that pass `filter` (and `pass`) into `top`,
// counting those scored in full (and, in the tier pass, what TierStats
// holds); none scoring `floor` or less is needed.
using SegmentScorer =
    std::function<Status(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, Pass pass, double floor,
                         SegmentFilter& filter, TopK& top, uint64_t& scored, TierStats& tier, FillSeeds& seeds)>;

// Whether a pass has enough to do to be worth waking a thread for: the tier
// and the fill's seeding visit the passages of the rarest conjunct (mostly),
// so they are spread only when it holds `min_postings` or more; the other
// passes always.
bool WorthSpreading(const Prepared& prep, Pass pass, uint64_t min_postings) {
  if (pass != Pass::kTier && pass != Pass::kFillSeed) return true;
  uint64_t rarest = UINT64_MAX;
  for (const auto& stats : prep.stats) {
    if (stats.conjunct) rarest = std::min(rarest, stats.df);
  }
  return rarest >= min_postings;
}

// Runs `pass` over every slice (per pass a fresh filter: its cursors only
// move forward), on the plan's threads when the pass is worth it.
Status RunPass(const IndexSnapshot& snapshot, const Query& query, Prepared& prep, const Plan& plan,
               const SegmentScorer& score_segment, Pass pass, double floor, TopK& top, uint64_t& scored,
               TierStats& tier, FillSeeds& seeds) {
  auto run_slice = [&](const Slice& slice, TopK& heap, uint64_t& count, TierStats& stats) -> Status {
    const auto& seg = snapshot.segments()[slice.seg];
    WY_ASSIGN_OR_RETURN(SegmentFilter filter, OpenFilter(seg, query));
    if (filter.impossible) return Status::Ok();
    WY_RETURN_IF_ERROR(score_segment(slice, seg, prep, pass, floor, filter, heap, count, stats, seeds));
    return Damaged(seg, filter.status());
  };
  return RankSlices(plan, WorthSpreading(prep, pass, plan.spread_postings), top, scored, tier, run_slice);
}

// The heap for the best `keep` of a ranking whose best `best` are wanted
// exactly: when the caller wants the best k alone, the proximity window's
// other candidates matter only if the boost can lift them into the best k.
TopK RankingHeap(const Query& query, const Prepared& prep, size_t keep, size_t best) {
  return query.candidates <= query.k ? TopK(keep, best, MaxProximityBoost(query, prep) * kBoundSlack) : TopK(keep);
}

// The fill below the tier's `members`: the passages above `floor` that do
// not hold every conjunct (only those holding a gate clause while
// prep.fill_gated), best first.
Result<std::vector<Candidate>> RunFill(const IndexSnapshot& snapshot, const Query& query, Prepared& prep,
                                       const Plan& plan, const SegmentScorer& score_segment, double floor,
                                       uint64_t members, uint64_t& scored) {
  const size_t k = std::max<size_t>(query.k, 1);
  TopK fill = RankingHeap(query, prep, Collected(query) - members, k > members ? k - members : 1);
  TierStats unused;
  FillSeeds seeds;
  seeds.offered.resize(plan.slices.size());
  // The seeding pass first: the passages most like the tier's raise the
  // threshold before the full pass reads the longer lists.
  for (Pass pass : {Pass::kFillSeed, Pass::kFill}) {
    WY_RETURN_IF_ERROR(RunPass(snapshot, query, prep, plan, score_segment, pass, floor, fill, scored, unused, seeds));
  }
  return fill.Sorted();
}

// The frame both executors share: statistics, the filter-only case, the
// conjunctive tier and its fill (Query::conjunctive), otherwise the gate
// and rest passes (or one pass over all), then the proximity boost and the
// hits.
Result<QueryResult> Run(const IndexSnapshot& snapshot, const Query& query, const SegmentScorer& score_segment,
                        bool use_gate, const ExecuteOptions& options) {
  WY_ASSIGN_OR_RETURN(Prepared prep, Prepare(snapshot, query));
  const Plan plan = MakePlan(snapshot, options);
  prep.cursors.resize(plan.slices.size());
  const size_t k = std::max<size_t>(query.k, 1);
  uint64_t scored = 0;
  TierStats tier_stats;
  FillSeeds seeds;
  if (query.scored.empty()) {
    TopK top = RankingHeap(query, prep, Collected(query), k);
    WY_RETURN_IF_ERROR(CollectFiltered(snapshot, query, top, scored));
    return Finish(snapshot, query, std::move(prep), top.Sorted(), scored);
  }
  if (prep.tiered) {
    // How many the tier must hold for the others not to matter.
    const size_t needed = query.candidates <= query.k ? k : Collected(query);
    TopK tier = RankingHeap(query, prep, Collected(query), k);
    WY_RETURN_IF_ERROR(RunPass(snapshot, query, prep, plan, score_segment, Pass::kTier,
                               -std::numeric_limits<double>::infinity(), tier, scored, tier_stats, seeds));
    if (tier_stats.holders > 0) {
      std::vector<Candidate> ranked = tier.Sorted();
      const uint64_t members = tier_stats.members;
      if (members < needed) {  // every member was kept: the fill follows
        const double floor = FillShare(query, tier_stats.holders) * tier_stats.best;
        prep.fill_gated = query.fill_from_gate && prep.gated;
        WY_ASSIGN_OR_RETURN(auto rest, RunFill(snapshot, query, prep, plan, score_segment, floor, members, scored));
        if (prep.fill_gated && members + rest.size() < needed) {
          // Too few passages hold a rare term to fill the page: the
          // common terms' matches complete it, ranked as without the rule.
          prep.fill_gated = false;
          WY_ASSIGN_OR_RETURN(rest, RunFill(snapshot, query, prep, plan, score_segment, floor, members, scored));
        }
        ranked.insert(ranked.end(), rest.begin(), rest.end());
      }
      return Finish(snapshot, query, std::move(prep), std::move(ranked), scored);
    }
  }
  TopK top = RankingHeap(query, prep, Collected(query), k);
  std::vector<Pass> passes = {Pass::kAll};
  if (use_gate && prep.gated) passes = {Pass::kGate, Pass::kRest};
  for (Pass pass : passes) {
    // The rest pass looks only for passages that can still reach the best
    // k, after the proximity boost (Query::gate).
    const double floor = pass == Pass::kRest ? top.ScoreAt(k) - MaxProximityBoost(query, prep)
                                             : -std::numeric_limits<double>::infinity();
    WY_RETURN_IF_ERROR(
        RunPass(snapshot, query, prep, plan, score_segment, pass, floor, top, scored, tier_stats, seeds));
  }
  return Finish(snapshot, query, std::move(prep), top.Sorted(), scored);
}

// Block-max WAND over one segment (the gate pass: gate_pass.cpp). In the
// rest pass only the other clauses' cursors take part, a document holding a
// gate clause (ranked already) is passed over, and the threshold is at
// least `floor` (which usually prunes them all at once).
Status ScoreSegmentWand(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, Pass pass, double floor,
                        SegmentFilter& filter, TopK& top, uint64_t& scored, TierStats& tier, FillSeeds& seeds) {
  if (pass == Pass::kGate) return ScoreSegmentGate(slice, seg, prep, filter, top, scored);
  if (pass == Pass::kTier) return ScoreSegmentTier(slice, seg, prep, filter, top, scored, tier);
  if (pass == Pass::kFillSeed || pass == Pass::kFill) {
    return ScoreSegmentFill(slice, seg, prep, floor, filter, top, scored, seeds, pass == Pass::kFillSeed);
  }
  const Query& query = *filter.query;
  if (pass == Pass::kRest) {
    // Nothing to open when the other clauses together cannot pass.
    double bound = 0;
    for (size_t i = 0; i < query.scored.size(); ++i) {
      if (!prep.stats[i].gate) bound += ClauseBound(query, prep, slice.seg, i);
    }
    if (bound <= std::max(top.threshold(), floor)) return Status::Ok();
  }
  WY_ASSIGN_OR_RETURN(auto* opened, OpenScored(slice, seg, query, prep));
  std::vector<ScoredCursor>& owned = *opened;
  std::vector<ScoredCursor*> cursors;
  std::vector<TermCursor*> ranked_already;  // the rest pass's gate cursors
  for (auto& c : owned) {
    if (pass == Pass::kRest && c.gate) {
      ranked_already.push_back(&c.cursor);
    } else {
      cursors.push_back(&c);
    }
  }
  const size_t n = cursors.size();
  std::vector<double> parts(query.scored.size(), 0.0);
  auto by_doc = [](const ScoredCursor* a, const ScoredCursor* b) { return a->cursor.doc() < b->cursor.doc(); };
  std::sort(cursors.begin(), cursors.end(), by_doc);
  while (true) {
    // Only the cursors moved last time are out of place, and they moved
    // forward: an insertion sort puts them back in a few steps.
    for (size_t i = 1; i < n; ++i) {
      for (size_t j = i; j > 0 && by_doc(cursors[j], cursors[j - 1]); --j) std::swap(cursors[j], cursors[j - 1]);
    }
    const double theta = std::max(top.threshold(), floor);
    double acc = 0;
    size_t p = n;
    for (size_t i = 0; i < n && cursors[i]->cursor.doc() != kNoMoreDocs; ++i) {
      acc += cursors[i]->bound;
      if (acc > theta) {
        p = i;
        break;
      }
    }
    if (p == n) break;
    const uint32_t pivot = cursors[p]->cursor.doc();
    if (pivot >= slice.end) break;
    while (p + 1 < n && cursors[p + 1]->cursor.doc() == pivot) ++p;
    // The block maxima at the pivot first, from the skip tables alone: a
    // block that cannot pass is skipped without being decoded.
    double block_bound = 0;
    uint32_t next = p + 1 < n ? cursors[p + 1]->cursor.doc() : kNoMoreDocs;
    for (size_t i = 0; i <= p; ++i) {
      const BlockBound b = cursors[i]->cursor.BlockFor(pivot);
      block_bound += cursors[i]->Bound(b);
      if (b.last_doc != kNoMoreDocs) next = std::min(next, b.last_doc + 1);
    }
    // Cursors move shallow (their blocks decoded only once a document in
    // them is scored): most blocks a cursor reaches are passed over on
    // their maxima.
    if (block_bound <= theta) {
      for (size_t i = 0; i <= p; ++i) cursors[i]->cursor.AdvanceShallow(std::max(next, pivot + 1));
      continue;
    }
    if (cursors[0]->cursor.doc() != pivot) {
      for (size_t i = 0; i < n && cursors[i]->cursor.doc() < pivot; ++i) cursors[i]->cursor.AdvanceShallow(pivot);
      continue;
    }
    // Every cursor up to p is at the pivot, some only as a lower bound:
    // decode; if one holds a later document, pick the pivot again.
    bool settled = true;
    for (size_t i = 0; i <= p; ++i) settled = cursors[i]->cursor.Advance(pivot) == pivot && settled;
    if (!settled) continue;
    const bool gate_holds = std::any_of(ranked_already.begin(), ranked_already.end(),
                                        [&](TermCursor* g) { return g->Advance(pivot) == pivot; });
    if (!gate_holds && filter.Accept(pivot)) {
      std::fill(parts.begin(), parts.end(), 0.0);
      for (size_t i = 0; i <= p; ++i) {
        parts[cursors[i]->clause] =
            cursors[i]->Score(cursors[i]->cursor.tf(), seg.reader->Length(pivot, cursors[i]->field));
      }
      double score = 0;
      for (double part : parts) score += part;
      ++scored;
      top.Offer({score, slice.seg, pivot});
    }
    for (size_t i = 0; i <= p; ++i) cursors[i]->cursor.Next();
  }
  for (auto& c : owned) {
    WY_RETURN_IF_ERROR(Damaged(seg, c.cursor.status()));
  }
  return Status::Ok();
}

// Every matching document of one segment, scored in full; in the tier
// pass those holding every conjunct, in the fill pass the others above
// `floor`.
Status ScoreSegmentExhaustive(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, Pass pass, double floor,
                              SegmentFilter& filter, TopK& top, uint64_t& scored, TierStats& tier_stats, FillSeeds&) {
  if (pass == Pass::kFillSeed) return Status::Ok();  // the fill pass scores every document
  const Query& query = *filter.query;
  const size_t s = slice.seg;  // a whole segment: ExecuteExhaustive runs on one thread
  WY_ASSIGN_OR_RETURN(auto* opened, OpenScored(slice, seg, query, prep));
  std::vector<ScoredCursor>& cursors = *opened;
  std::vector<double> scores(seg.reader->doc_count(), 0);
  std::vector<char> matched(seg.reader->doc_count(), 0);
  std::vector<size_t> held(seg.reader->doc_count(), 0);  // conjuncts
  std::vector<char> gate(seg.reader->doc_count(), 0);    // holds a gate clause
  for (auto& c : cursors) {                              // in clause order, as Execute adds them
    for (uint32_t d = c.cursor.doc(); d != kNoMoreDocs && d < scores.size(); d = c.cursor.Next()) {
      scores[d] += c.Score(c.cursor.tf(), seg.reader->Length(d, c.field));
      matched[d] = 1;
      if (c.conjunct) ++held[d];
      if (c.gate) gate[d] = 1;
    }
    WY_RETURN_IF_ERROR(Damaged(seg, c.cursor.status()));
  }
  for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
    if (!matched[d]) continue;
    const bool tier = prep.conjuncts > 0 && held[d] == prep.conjuncts;
    if (pass == Pass::kTier && !tier) continue;
    if (pass == Pass::kFill && (tier || scores[d] <= floor)) continue;
    if (pass == Pass::kFill && prep.fill_gated && !gate[d]) continue;
    if (pass == Pass::kTier && seg.IsLive(d)) {  // the holders, filters aside
      ++tier_stats.holders;
      tier_stats.best = std::max(tier_stats.best, scores[d]);
    }
    if (!filter.Accept(d)) continue;
    ++scored;
    if (pass == Pass::kTier) ++tier_stats.members;
    top.Offer({scores[d], s, d, pass == Pass::kTier});
  }
  return Status::Ok();
}

}  // namespace

Result<QueryResult> Execute(const IndexSnapshot& snapshot, const Query& query, const ExecuteOptions& options) {
  return Run(snapshot, query, ScoreSegmentWand, true, options);
}

Result<QueryResult> Execute(const IndexSnapshot& snapshot, const Query& query) {
  return Execute(snapshot, query, ExecuteOptions{});
}

Result<QueryResult> ExecuteExhaustive(const IndexSnapshot& snapshot, const Query& query) {
  return Run(snapshot, query, ScoreSegmentExhaustive, false, ExecuteOptions{});
}

}  // namespace wenyuan::index
