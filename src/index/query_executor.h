// Query execution on a snapshot: BM25F scoring (each (term, field) posting
// list scores additively, with the field's Query::bm25 k1 and b; title
// tokens were indexed into the body fields with the title weight), filters and phrases checked with positions, and
// top-k by block-max WAND: a document is scored only if the upper bounds of the terms it could hold (per term, and per
// 128-document block from the skip tables) can beat the k-th best score so far. Results are exactly those of scoring
// every matching document (ExecuteExhaustive, for tests; with
// Query::conjunctive both rank the conjunctive tier first); with Query::gate,
// the best k are (the candidates beyond k come mostly from the documents of
// the rare terms, which are ranked first so the threshold rises before the
// common terms' are reached). Ties rank the
// earlier-indexed document first. Thread-safe: the snapshot is immutable and
// each call builds its own cursors. With ExecuteOptions::threads a query's
// segments are cut into slices that are ranked side by side and merged:
// the same hits as on one thread.
#pragma once

#include <vector>

#include "index/index_snapshot.h"
#include "index/query.h"
#include "util/status.h"

namespace wenyuan::index {

struct IndexHit {
  DocValues values;
  double score = 0;
  size_t segment = 0;  // position in the snapshot
  uint32_t doc = 0;
};

struct ClauseStats {
  uint64_t df = 0;  // documents with the term (any alternative)
  double idf = 0;
  bool gate = true;       // a gate clause (Query::gate; every clause when the gate is off)
  bool conjunct = false;  // the first tier holds it (Query::conjunctive)
};

struct QueryResult {
  std::vector<IndexHit> hits;        // best first
  std::vector<ClauseStats> clauses;  // per Query::scored entry
  uint64_t scored_documents = 0;     // documents fully scored (pruning skips the rest)
  size_t first_tier = 0;             // leading hits holding every conjunct (Query::conjunctive)
};

double Bm25Idf(double docs, double df);
// Documents of the snapshot holding `term` in `field` (as Execute counts df).
Result<uint64_t> DocumentFrequency(const IndexSnapshot& snapshot, Field field, const std::string& term);

// The fill's floor as a share of the tier's best score, for `holders`
// passages holding every conjunct (Query::fill_share, fill_share_max).
double FillShare(const Query& query, uint64_t holders);

class SearchThreads;

// How Execute may spread one query over threads.
struct ExecuteOptions {
  // Null: every segment in turn on the calling thread. Otherwise the
  // segments, end to end, are cut into helpers() + 1 runs of about equal
  // documents, ranked by the caller and the idle helpers.
  SearchThreads* threads = nullptr;
  // Fewer runs where each would hold fewer documents than this (a small
  // index is ranked on the caller alone: a thread's wake-up would cost
  // more than it saves).
  uint32_t min_slice_docs = 1u << 16;
  // The tier pass and the fill's seeding visit the passages of the rarest
  // conjunct: with fewer than this, they run on the caller alone.
  uint64_t spread_postings = 4096;
};

Result<QueryResult> Execute(const IndexSnapshot& snapshot, const Query& query);
Result<QueryResult> Execute(const IndexSnapshot& snapshot, const Query& query, const ExecuteOptions& options);
// The same ranking without pruning: every matching document is scored.
Result<QueryResult> ExecuteExhaustive(const IndexSnapshot& snapshot, const Query& query);

}  // namespace wenyuan::index
