#include "index/segment_merger.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace wenyuan::index {
namespace {

std::vector<SegmentEntry> Layout(const std::vector<uint32_t>& docs) {
  std::vector<SegmentEntry> out;
  for (uint32_t n : docs) out.push_back({"s" + std::to_string(out.size()), n, 0, 0});
  return out;
}

TEST(MergePolicyTest, MergesNeighboursOfOneTier) {
  MergePolicy policy;
  policy.segments_per_tier = 3;
  std::vector<SegmentEntry> segs = Layout({100000, 100, 50, 10});
  EXPECT_EQ(policy.Pick(segs), (std::vector<size_t>{1, 2, 3}));
  segs.pop_back();
  EXPECT_TRUE(policy.Pick(segs).empty());
  segs[0].deleted = 60000;  // mostly deleted: rewritten alone
  EXPECT_EQ(policy.Pick(segs), (std::vector<size_t>{0}));
}

TEST(MergePolicyTest, SizesThatStraddleATierBoundaryStillMerge) {
  // 15,000 and 17,000 documents sit on both sides of 2,000 × 8: each one
  // counts in its left neighbour's tier when that is lower, so the four are
  // one run (counted strictly by size, no two neighbours share a tier, and
  // such flushes were never merged).
  MergePolicy policy;
  policy.tier_factor = 8;
  policy.floor_docs = 2000;
  EXPECT_EQ(policy.Pick(Layout({15000, 17000, 15000, 17000})), (std::vector<size_t>{0, 1, 2, 3}));
  // A segment shrunk by deletes lowers the tier of the larger ones after it.
  EXPECT_EQ(policy.Pick(Layout({300000, 3000, 20000, 3000, 3000})), (std::vector<size_t>{1, 2, 3, 4}));
  // Tiers that fall from left to right are left alone below four of a kind.
  EXPECT_TRUE(policy.Pick(Layout({300000, 20000, 20000, 20000, 3000, 3000, 3000})).empty());
}

TEST(MergePolicyTest, AMergeAboveMaxMergeDocsIsNotProposed) {
  MergePolicy policy;
  policy.segments_per_tier = 3;
  policy.max_merge_docs = 2000;
  // The run's first three hold 3,500; the next three fit.
  EXPECT_EQ(policy.Pick(Layout({1900, 1500, 100, 100})), (std::vector<size_t>{1, 2, 3}));
  EXPECT_TRUE(policy.Pick(Layout({1900, 1500, 100})).empty());
}

// Flushes of the given sizes, a commit after every `commit_every` of them
// and after the last, each commit followed by its round of merges as the
// writer makes it (the policy's picks applied one after another). Checks
// at every commit: merges take neighbours, `segments_per_tier` at a time;
// the round makes MergesUntilDone's count of merges; the segment count is
// within (segments_per_tier - 1) × (tiers up to the index's size); no
// document was rewritten more than once per factor of tier_factor between
// the smallest flush and the index's size, plus one.
void CheckRounds(const MergePolicy& policy, const std::vector<uint32_t>& flushes, size_t commit_every) {
  std::vector<SegmentEntry> segs;
  std::vector<int> rewrites;  // per segment: the most any of its documents had
  uint64_t docs = 0;
  uint32_t smallest = flushes.front();
  const auto log_f = [&](double x) { return std::log(x) / std::log(policy.tier_factor); };
  for (size_t i = 0; i < flushes.size(); ++i) {
    segs.push_back({"f" + std::to_string(i), flushes[i], 0, 0});
    rewrites.push_back(0);
    docs += flushes[i];
    smallest = std::min(smallest, flushes[i]);
    if ((i + 1) % commit_every != 0 && i + 1 != flushes.size()) continue;
    const size_t expected_merges = policy.MergesUntilDone(segs, 100000);
    size_t merges = 0;
    for (std::vector<size_t> group = policy.Pick(segs); !group.empty(); group = policy.Pick(segs), ++merges) {
      ASSERT_EQ(group.size(), policy.segments_per_tier) << "flush " << i;
      for (size_t k = 1; k < group.size(); ++k) ASSERT_EQ(group[k], group[k - 1] + 1) << "flush " << i;
      SegmentEntry merged{"m", 0, 0, 0};
      int most = 0;
      for (size_t k : group) merged.docs += segs[k].docs, most = std::max(most, rewrites[k]);
      const auto first = static_cast<std::ptrdiff_t>(group.front());
      const auto end = static_cast<std::ptrdiff_t>(group.back()) + 1;
      segs.erase(segs.begin() + first + 1, segs.begin() + end);
      rewrites.erase(rewrites.begin() + first + 1, rewrites.begin() + end);
      segs[group.front()] = merged;
      rewrites[group.front()] = most + 1;
      ASSERT_LT(merges, 100000u);
    }
    EXPECT_EQ(merges, expected_merges) << "flush " << i;
    size_t tiers = 1;  // those a segment of `docs` documents could be in
    for (double bound = static_cast<double>(policy.floor_docs) * policy.tier_factor; static_cast<double>(docs) >= bound;
         bound *= policy.tier_factor) {
      ++tiers;
    }
    EXPECT_LE(segs.size(), (policy.segments_per_tier - 1) * tiers) << "flush " << i << ", " << docs << " documents";
    const double most_rewrites = std::ceil(log_f(static_cast<double>(docs) / smallest)) + 1;
    for (int r : rewrites) EXPECT_LE(r, most_rewrites) << "flush " << i << ", " << docs << " documents";
  }
}

TEST(MergePolicyTest, TheSegmentCountStaysLogarithmicWhateverTheFlushesAndCommits) {
  std::mt19937 rng(3);
  auto sizes = [&](size_t n, uint32_t lo, uint32_t hi) {
    std::vector<uint32_t> out;
    for (size_t i = 0; i < n; ++i) out.push_back(std::uniform_int_distribution<uint32_t>(lo, hi)(rng));
    return out;
  };
  std::vector<uint32_t> growing, alternating;
  for (uint32_t k = 1; k < 200; ++k) growing.push_back(100 * k);
  for (uint32_t k = 0; k < 300; ++k) alternating.push_back(k % 2 ? 2100 : 10000);
  const std::vector<std::vector<uint32_t>> patterns = {
      sizes(400, 2500, 5000),   // a memory budget's flushes, as ingest makes them
      sizes(80, 14000, 18000),  // across a tier boundary
      sizes(1000, 1, 30),       // commits of a few documents
      growing, alternating};
  for (const auto& [per_tier, factor] : {std::pair<size_t, double>{4, 4}, {3, 3}, {8, 8}}) {
    MergePolicy policy;
    policy.segments_per_tier = per_tier;
    policy.tier_factor = factor;
    // Below floor_docs segments merge whatever their sizes (cheap, and a
    // document there may be rewritten often); from one document up, tiers
    // bound the rewrites too.
    policy.floor_docs = 1;
    for (size_t p = 0; p < patterns.size(); ++p) {
      for (size_t commit_every : {size_t{1}, size_t{5}, size_t{13}, patterns[p].size()}) {
        SCOPED_TRACE("policy " + std::to_string(per_tier) + ", pattern " + std::to_string(p) + ", commit every " +
                     std::to_string(commit_every));
        CheckRounds(policy, patterns[p], commit_every);
      }
    }
  }
}

}  // namespace
}  // namespace wenyuan::index
