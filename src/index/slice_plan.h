// Slices and tasks: how Execute spreads one query over threads
// (ExecuteOptions). A plan cuts the snapshot's segments, end to end, into
// one run of about equal documents per available thread; RankSlices ranks
// a pass's slices into one heap, one after another on the caller or each
// run into its own heap on the plan's threads, then merges the heaps. The
// merged best are those of one thread. Internal to index/.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "index/query_executor.h"
#include "index/query_scoring.h"
#include "index/search_threads.h"
#include "util/status.h"

namespace wenyuan::index::scoring {

// How a query's passes run: over its slices, one after another on the
// caller, or in `tasks` side by side on `threads`.
struct Plan {
  std::vector<Slice> slices;               // in document order: by segment, then by first document
  std::vector<std::vector<size_t>> tasks;  // the slices each thread's task runs, in order
  SearchThreads* threads = nullptr;        // null: every slice in turn on the caller
  uint64_t spread_postings = 0;            // ExecuteOptions::spread_postings
};

// Whole segments on the caller, unless `options` has threads and the
// snapshot holds at least two min_slice_docs: then one task per available
// thread, each a run of about equal documents (at most one segment is cut
// per run's end).
Plan MakePlan(const IndexSnapshot& snapshot, const ExecuteOptions& options);

// Ranks one slice into `heap`, counting into `scored` and `tier`.
using SliceRanker = std::function<Status(const Slice& slice, TopK& heap, uint64_t& scored, TierStats& tier)>;

// Every slice of `plan` ranked into `top` by `rank`: in order on the caller
// when the plan has no threads or `spread` is false; otherwise each task
// into its own copy of `top`, the copies sharing the highest threshold any
// has reached (each copy's is at most the merged heap's, so a passage
// pruned could not rank), merged into `top` when all have ended (ties rank
// by segment and document either way). The first error, in task order, is
// returned.
Status RankSlices(const Plan& plan, bool spread, TopK& top, uint64_t& scored, TierStats& tier, const SliceRanker& rank);

}  // namespace wenyuan::index::scoring
