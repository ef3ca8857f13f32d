#include "index/slice_plan.h"

#include <algorithm>
#include <atomic>
#include <utility>

namespace wenyuan::index::scoring {

Plan MakePlan(const IndexSnapshot& snapshot, const ExecuteOptions& options) {
  Plan plan;
  uint64_t total = 0;
  for (const auto& seg : snapshot.segments()) total += seg.reader->doc_count();
  const uint64_t threads = options.threads ? options.threads->Available() + 1 : 1;
  const uint64_t tasks =
      std::max<uint64_t>(1, std::min(threads, total / std::max<uint32_t>(options.min_slice_docs, 1)));
  plan.tasks.resize(tasks);
  uint64_t first = 0;  // of the segment, end to end
  size_t task = 0;
  for (size_t s = 0; s < snapshot.segments().size(); ++s) {
    const uint64_t docs = snapshot.segments()[s].reader->doc_count();
    uint64_t begin = 0;
    while (begin < docs) {
      const uint64_t cut = total * (task + 1) / tasks;  // the task's end, end to end
      const uint64_t end = std::max(begin + 1, std::min(docs, cut - first));
      plan.tasks[task].push_back(plan.slices.size());
      plan.slices.push_back({s, plan.slices.size(), static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
      begin = end;
      if (first + end == cut && task + 1 < tasks) ++task;
    }
    first += docs;
  }
  if (tasks > 1) plan.threads = options.threads;
  plan.spread_postings = options.spread_postings;
  return plan;
}

namespace {

// One task's share of a pass run on threads: its own heap (a copy of the
// pass's heap as the pass began, whose threshold it raises), counts and
// status, merged when every task has ended.
struct TaskPart {
  TopK top;
  uint64_t scored = 0;
  TierStats tier;
  Status status = Status::Ok();
};

}  // namespace

Status RankSlices(const Plan& plan, bool spread, TopK& top, uint64_t& scored, TierStats& tier,
                  const SliceRanker& rank) {
  if (!plan.threads || !spread) {
    for (const auto& slice : plan.slices) WY_RETURN_IF_ERROR(rank(slice, top, scored, tier));
    return Status::Ok();
  }
  std::vector<TaskPart> parts(plan.tasks.size(), TaskPart{top, 0, TierStats{}, Status::Ok()});
  std::atomic<double> shared(top.threshold());
  for (auto& part : parts) part.top.ShareThreshold(&shared);
  plan.threads->Run(plan.tasks.size(), [&](size_t t) {
    TaskPart& part = parts[t];
    for (size_t i : plan.tasks[t]) {
      part.status = rank(plan.slices[i], part.top, part.scored, part.tier);
      if (!part.status.ok()) return;
    }
  });
  // Each part's heap began as `top`: only what a task added is offered.
  std::vector<std::pair<size_t, uint32_t>> had;
  for (const auto& c : top.Sorted()) had.emplace_back(c.seg, c.doc);
  std::sort(had.begin(), had.end());
  for (auto& part : parts) {
    WY_RETURN_IF_ERROR(part.status);
    scored += part.scored;
    tier.holders += part.tier.holders;
    tier.members += part.tier.members;
    tier.best = std::max(tier.best, part.tier.best);
    for (const auto& c : part.top.Sorted()) {
      if (!std::binary_search(had.begin(), had.end(), std::make_pair(c.seg, c.doc))) top.Offer(c);
    }
  }
  return Status::Ok();
}

}  // namespace wenyuan::index::scoring
