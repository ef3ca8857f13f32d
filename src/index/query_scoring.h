// The pieces Execute's scoring passes share (index/query_executor.cpp runs
// them; the gate pass is index/gate_pass.cpp): a scored clause's cursor and
// BM25 in one segment, a segment's filters, the best-k heap, the
// per-query statistics. Internal to index/; not thread-safe (one per query).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "index/index_snapshot.h"
#include "index/query.h"
#include "index/query_executor.h"
#include "index/term_cursor.h"
#include "util/status.h"

namespace wenyuan::index::scoring {

inline constexpr double kBoundSlack = 1 + 1e-9;  // bounds stay bounds under rounding

struct ScoredCursor {
  TermCursor cursor;
  double weight = 0;  // query weight × IDF
  double avg_length = 1;
  Bm25Params bm25;
  Field field = Field::kBigrams;
  double bound = 0;       // over the whole list
  size_t clause = 0;      // index into Query::scored (scores add in this order)
  bool gate = true;       // a gate clause (Query::gate): its documents are candidates
  bool flat = false;      // TermClause::flat: `weight` for every document it holds
  bool conjunct = false;  // the first tier holds it (Query::conjunctive; df > 0)
  double Score(uint32_t tf, uint32_t length) const { return flat ? weight : ScoreAt(tf, Norm(length)); }
  // Score in two steps, for a caller that scores one document's clauses:
  // the length normalisation depends only on the field's length and
  // parameters (SameNorm), so it is computed once for the clauses that
  // share them. The same operations as Score: the same bits.
  double Norm(uint32_t length) const {
    const double k1 = bm25.k1, b = bm25.b;
    return k1 * (1 - b + b * static_cast<double>(length) / avg_length);
  }
  double ScoreAt(uint32_t tf, double norm) const {
    if (flat) return weight;
    return weight * static_cast<double>(tf) * (bm25.k1 + 1) / (static_cast<double>(tf) + norm);
  }
  bool SameNorm(const ScoredCursor& o) const {
    return field == o.field && avg_length == o.avg_length && bm25.k1 == o.bm25.k1 && bm25.b == o.bm25.b;
  }
  double Bound(const BlockBound& b) const { return Score(b.max_tf, b.min_length) * kBoundSlack; }
};

// A phrase clause's cursors in one segment.
struct PhraseCursors {
  std::vector<TermCursor> tokens;
  std::vector<uint32_t> offsets;
  bool absent = false;  // some token is not in the segment at all

  bool Matches(uint32_t doc) {
    if (absent) return false;
    for (auto& t : tokens) {
      if (t.Advance(doc) != doc) return false;
    }
    if (tokens.size() == 1) return true;
    std::vector<std::vector<uint32_t>> positions;
    positions.reserve(tokens.size());
    for (auto& t : tokens) positions.push_back(t.Positions());
    for (uint32_t start : positions[0]) {
      bool all = true;
      for (size_t i = 1; i < tokens.size() && all; ++i) {
        const uint32_t want = start + offsets[i] - offsets[0];
        all = std::binary_search(positions[i].begin(), positions[i].end(), want);
      }
      if (all) return true;
    }
    return false;
  }
  Status status() const {
    for (const auto& t : tokens) WY_RETURN_IF_ERROR(t.status());
    return Status::Ok();
  }
};

// Each clause's block maximum at a document, kept until its block ends:
// for a pass over one segment's cursors (`owned`), whose candidates come in
// document order. A clause's skip table is read where it is probed (At),
// not for every candidate: elsewhere (Rest) a bound whose block has ended
// is the whole list's.
class BlockBounds {
 public:
  explicit BlockBounds(std::vector<ScoredCursor>& owned)
      : owned_(owned.data()), bound_(owned.size(), 0.0), end_(owned.size(), 0) {}
  // The most `c` (one of `owned`) can add at `d`, per its block there.
  double At(ScoredCursor& c, uint32_t d) {
    const size_t i = static_cast<size_t>(&c - owned_);
    if (d >= end_[i]) {
      const BlockBound b = c.cursor.BlockFor(d);
      bound_[i] = c.Bound(b);
      end_[i] = b.last_doc == kNoMoreDocs ? kNoMoreDocs : b.last_doc + 1;
    }
    return bound_[i];
  }
  // The first document past the block At read last for `c` (0 before any).
  uint32_t End(const ScoredCursor& c) const { return end_[static_cast<size_t>(&c - owned_)]; }
  // The same where the block read last still holds `d`; else the whole list's.
  double Known(const ScoredCursor& c, uint32_t d) const {
    const size_t i = static_cast<size_t>(&c - owned_);
    return d < end_[i] ? bound_[i] : c.bound;
  }
  // rest[j]: what others[j..] can add at `d` (Known; rest[others.size()] = 0).
  void Rest(uint32_t d, const std::vector<ScoredCursor*>& others, std::vector<double>& rest) const {
    rest.resize(others.size() + 1);
    rest[others.size()] = 0;
    for (size_t j = others.size(); j-- > 0;) rest[j] = rest[j + 1] + Known(*others[j], d);
  }

 private:
  const ScoredCursor* owned_;
  std::vector<double> bound_;
  std::vector<uint32_t> end_;  // the first document past each clause's block
};

// MaxScore's look at one candidate `d`: the `lead` cursors standing on it
// are scored exactly, then `others` (largest bound first; `rest[j]` bounds
// what others[j..] can add at `d`: the whole lists' bounds, or
// BlockBounds::Rest) are probed in turn, each only while the sum can still
// pass `theta` (with `block_bound(o)`, the bound of the block o would be
// read in at `d`, checked first). Returns whether it still can; what was
// scored is in `parts` (by clause), its clauses in `touched` and its total
// in `sum`.
template <typename BlockBoundAtD>
bool ScoreWhileItCanPass(uint32_t d, const std::vector<ScoredCursor*>& lead, const std::vector<ScoredCursor*>& others,
                         const std::vector<double>& rest, BlockBoundAtD&& block_bound, double theta,
                         const SegmentReader& reader, std::vector<double>& parts, std::vector<size_t>& touched,
                         double& sum) {
  // The document's length normalisation, per field: read and computed for
  // the first clause of each, reused by the others that share it.
  const ScoredCursor* normed[2] = {nullptr, nullptr};
  double norms[2] = {0, 0};
  auto score = [&](ScoredCursor& c) {
    if (c.flat) return c.weight;
    for (size_t i = 0; i < 2; ++i) {
      if (!normed[i]) {
        normed[i] = &c;
        norms[i] = c.Norm(reader.Length(d, c.field));
        return c.ScoreAt(c.cursor.tf(), norms[i]);
      }
      if (normed[i]->SameNorm(c)) return c.ScoreAt(c.cursor.tf(), norms[i]);
    }
    return c.Score(c.cursor.tf(), reader.Length(d, c.field));
  };
  // Summed in a local (`parts` may alias `sum`: it would be reloaded at
  // every step); the same additions in the same order.
  double total = sum;
  for (auto* l : lead) {
    if (l->cursor.doc() != d) continue;
    const double part = score(*l);
    parts[l->clause] = part;
    total += part;
    touched.push_back(l->clause);
  }
  for (size_t j = 0; j < others.size(); ++j) {
    ScoredCursor* o = others[j];
    if (total + rest[j] <= theta || total + block_bound(*o) + rest[j + 1] <= theta) {
      sum = total;
      return false;
    }
    if (o->cursor.Advance(d) != d) continue;
    const double part = score(*o);
    parts[o->clause] = part;
    total += part;
    touched.push_back(o->clause);
  }
  sum = total;
  return true;
}

// The filters of one segment: live, date range, allowed documents, required
// and excluded phrases.
struct SegmentFilter {
  const SnapshotSegment* seg = nullptr;
  const Query* query = nullptr;
  std::vector<PhraseCursors> required, excluded;
  bool impossible = false;  // a required phrase cannot match here
  Status damage;            // of a document record read while filtering

  bool Accept(uint32_t doc) {
    if (!seg->IsLive(doc)) return false;
    if (query->date_from || query->date_to || query->documents) {
      auto values = seg->reader->Doc(doc);
      if (!values.ok()) {
        damage = values.status();
        return false;
      }
      const int32_t date = values->date;
      if ((query->date_from || query->date_to) &&
          (date == 0 || (query->date_from && date < query->date_from) || (query->date_to && date > query->date_to))) {
        return false;
      }
      if (query->documents &&
          !std::binary_search(query->documents->begin(), query->documents->end(), values->document_id)) {
        return false;
      }
    }
    for (auto& r : required) {
      if (!r.Matches(doc)) return false;
    }
    for (auto& e : excluded) {
      if (e.Matches(doc)) return false;
    }
    return true;
  }
  // Not OK if a record or a phrase's postings turned out damaged while
  // filtering.
  Status status() const {
    WY_RETURN_IF_ERROR(damage);
    for (const auto& r : required) WY_RETURN_IF_ERROR(r.status());
    for (const auto& e : excluded) WY_RETURN_IF_ERROR(e.status());
    return Status::Ok();
  }
};

struct Candidate {
  double score;
  size_t seg;
  uint32_t doc;
  bool first_tier = false;  // holds every conjunct (Query::conjunctive): ranks above the others
};
inline bool Better(const Candidate& a, const Candidate& b) {
  if (a.first_tier != b.first_tier) return a.first_tier;
  if (a.score != b.score) return a.score > b.score;
  return a.seg != b.seg ? a.seg < b.seg : a.doc < b.doc;
}

// The best `keep` candidates offered. With `best` and `margin`, the
// threshold is also at least the best-th best score less `margin`: a
// candidate below that is not wanted even among the kept (the proximity
// boost, at most `margin`, cannot lift it into the best `best`).
class TopK {
 public:
  explicit TopK(size_t keep, size_t best = 0, double margin = 0)
      : k_(std::max<size_t>(keep, 1)), best_(best), margin_(margin) {}
  double threshold() const {
    const double own = OwnThreshold();
    return shared_ ? std::max(own, shared_->load(std::memory_order_relaxed)) : own;
  }
  // Shares the threshold among the heaps of one pass run on threads
  // (query_executor.cpp), whose union is merged at the end: each reads the
  // highest any has reached and publishes its own as it rises. A heap's
  // threshold is at most the merged heap's, so the highest is too, and a
  // passage it prunes could not rank. Null: not shared.
  void ShareThreshold(std::atomic<double>* shared) { shared_ = shared; }
  void Offer(const Candidate& c) {
    if (best_ > 0) {
      if (best_scores_.size() < best_) {
        best_scores_.push_back(c.score);
        std::push_heap(best_scores_.begin(), best_scores_.end(), std::greater<>());
      } else if (c.score > best_scores_.front()) {
        std::pop_heap(best_scores_.begin(), best_scores_.end(), std::greater<>());
        best_scores_.back() = c.score;
        std::push_heap(best_scores_.begin(), best_scores_.end(), std::greater<>());
      }
    }
    if (heap_.size() < k_) {
      heap_.push_back(c);
      std::push_heap(heap_.begin(), heap_.end(), Better);
    } else if (Better(c, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), Better);
      heap_.back() = c;
      std::push_heap(heap_.begin(), heap_.end(), Better);
    }
    if (shared_) {
      const double own = OwnThreshold();
      double seen = shared_->load(std::memory_order_relaxed);
      while (own > seen && !shared_->compare_exchange_weak(seen, own, std::memory_order_relaxed)) {
      }
    }
  }
  // The score of the rank-th best kept (1 = the best); -infinity if fewer.
  double ScoreAt(size_t rank) const {
    if (rank == 0 || heap_.size() < rank) return -std::numeric_limits<double>::infinity();
    std::vector<double> scores;
    for (const auto& c : heap_) scores.push_back(c.score);
    std::nth_element(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(rank - 1), scores.end(),
                     std::greater<>());
    return scores[rank - 1];
  }
  std::vector<Candidate> Sorted() const {
    auto out = heap_;
    std::sort(out.begin(), out.end(), Better);
    return out;
  }

 private:
  double OwnThreshold() const {
    const double kept = heap_.size() < k_ ? -std::numeric_limits<double>::infinity() : heap_.front().score;
    if (best_ == 0 || best_scores_.size() < best_) return kept;
    return std::max(kept, best_scores_.front() - margin_);
  }

  size_t k_;
  size_t best_;
  double margin_;
  std::vector<Candidate> heap_;      // the worst kept is at the front
  std::vector<double> best_scores_;  // the best `best_` scores, the least at the front
  std::atomic<double>* shared_ = nullptr;
};

// A run of one segment's documents that a pass scores as a unit: a whole
// segment, or a part of a large one when Execute splits a query over
// threads (ExecuteOptions). `index` names it among the query's slices
// (its cursors and seeds are kept per slice).
struct Slice {
  size_t seg = 0;  // position in the snapshot
  size_t index = 0;
  uint32_t begin = 0;
  uint32_t end = 0;  // one past the last document
};

struct Prepared {
  std::vector<ClauseStats> stats;
  std::vector<double> avg_length;  // per scored clause
  bool gated = false;              // some clause that occurs is not a gate clause
  size_t conjuncts = 0;            // conjunct clauses that occur (ClauseStats::conjunct)
  bool tiered = false;             // Query::conjunctive with at least two of them
  // The fill ranks only passages holding a gate clause (Query::fill_from_gate
  // with `gated`); cleared when too few of them pass the fill's floor.
  bool fill_gated = false;
  // Per segment, per scored clause: its dictionary entries (looked up once
  // per query, however many times a cursor is opened).
  std::vector<std::vector<std::vector<TermInfo>>> infos;
  // Per slice, the scored clauses' cursors once a pass has opened them
  // (OpenScored): later passes rewind them. Sized to the slices before a
  // pass runs, so slices on other threads touch only their own entry.
  std::vector<std::optional<std::vector<ScoredCursor>>> cursors;
};

// The scored clauses' cursors in `slice`, without the absent ones, each on
// its first document in the slice. Opened by the query's first pass over
// the slice and kept in `prep`; a later pass gets them rewound
// (TermCursor::Rewind), so the skip tables read by one pass are not parsed
// again by the next. Valid until the next call for the same slice.
Result<std::vector<ScoredCursor>*> OpenScored(const Slice& slice, const SnapshotSegment& seg, const Query& query,
                                              Prepared& prep);
// A cursor's damage as Corruption naming the segment.
Status Damaged(const SnapshotSegment& seg, const Status& status);

// The gate pass over one slice (Query::gate): its documents holding a
// gate clause that pass `filter`, into `top` (gate_pass.cpp).
Status ScoreSegmentGate(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, SegmentFilter& filter,
                        TopK& top, uint64_t& scored);

// The documents the fill's seeding pass offered to the heap, per slice
// (ascending): the full fill pass passes over them. Sized to the slices
// before the seeding pass.
struct FillSeeds {
  std::vector<std::vector<uint32_t>> offered;
};

// What the tier pass learns beside its heap (Query::conjunctive).
struct TierStats {
  uint64_t holders = 0;  // live documents holding every conjunct, filters aside
  uint64_t members = 0;  // those of them that pass the query's filters
  // The best score among the holders, filters aside: the fill's floor
  // comes from it, so a filter (a category, a date) narrows the ranking
  // without moving the floor, and facets counted over a query's hits agree
  // with what its filtered searches find.
  double best = -std::numeric_limits<double>::infinity();
};

// The first tier's pass over one slice (Query::conjunctive): its
// documents holding every conjunct that pass `filter` into `top` (as
// first_tier candidates; tier_pass.cpp), counted in `tier`. Holders and
// members are counted until `top`'s threshold is finite, which needs as
// many members as the ranking asks for; `tier.best` is exact.
Status ScoreSegmentTier(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, SegmentFilter& filter,
                        TopK& top, uint64_t& scored, TierStats& tier);

// The fill's pass over one slice (Query::conjunctive): its documents that
// lack some conjunct (not in the tier), pass `filter` and score above
// `floor`, into `top` (tier_pass.cpp). With `seeding`, only those of the
// most bounded clause, noted in `seeds`; without, all but those noted.
Status ScoreSegmentFill(const Slice& slice, const SnapshotSegment& seg, Prepared& prep, double floor,
                        SegmentFilter& filter, TopK& top, uint64_t& scored, FillSeeds& seeds, bool seeding);

// The proximity boost (Query::proximity_weight; proximity_boost.cpp): the
// most it can add to a passage's score, and its application to the best
// max(k, proximity_window) candidates (sorted best first), which are
// re-sorted after it.
double MaxProximityBoost(const Query& query, const Prepared& prep);
Status ApplyProximity(const IndexSnapshot& snapshot, const Query& query, const Prepared& prep,
                      std::vector<Candidate>& candidates);

}  // namespace wenyuan::index::scoring
