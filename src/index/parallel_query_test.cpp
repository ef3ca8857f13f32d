// Execute spread over threads (ExecuteOptions with slices as small as the
// index allows, so segments are cut) ranks exactly as on one thread.
#include <gtest/gtest.h>

#include <random>

#include "index/query_executor.h"
#include "index/random_queries.h"
#include "index/search_threads.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

using testing::RandomQuery;
using testing::WriteRandomIndex;

TEST(ParallelQueryTest, SlicesRankedOnThreadsGiveTheHitsOfOneThread) {
  wenyuan::testing::TempDir dir;
  const auto snapshot = WriteRandomIndex(dir.path());
  ASSERT_TRUE(snapshot);
  ASSERT_EQ(snapshot->segments().size(), 3u);
  for (size_t helpers : {1u, 3u}) {  // two tasks (one segment cut), four (every segment cut)
    SearchThreads threads(helpers);
    ExecuteOptions spread;
    spread.threads = &threads;
    spread.min_slice_docs = 1;
    spread.spread_postings = 0;  // every pass spread
    std::mt19937 rng(8);
    int tiered = 0;
    for (int trial = 0; trial < 150; ++trial) {
      const Query q = RandomQuery(rng, trial);
      auto one = Execute(*snapshot, q);
      auto many = Execute(*snapshot, q, spread);
      ASSERT_TRUE(one.ok()) << one.status().ToString();
      ASSERT_TRUE(many.ok()) << many.status().ToString();
      // Beyond k, with the gate, the heap keeps what it met first: only
      // the best k are exact (as against exhaustive scoring).
      size_t compared = one->hits.size();
      if (q.candidates > q.k && q.gate) compared = std::min(q.k, compared);
      ASSERT_GE(many->hits.size(), compared) << "trial " << trial;
      for (size_t i = 0; i < compared; ++i) {
        EXPECT_EQ(one->hits[i].values.passage_id, many->hits[i].values.passage_id)
            << "helpers " << helpers << " trial " << trial << " rank " << i;
        EXPECT_EQ(one->hits[i].score, many->hits[i].score) << "trial " << trial << " rank " << i;
      }
      if (compared == one->hits.size()) {
        EXPECT_EQ(one->hits.size(), many->hits.size()) << "trial " << trial;
      }
      EXPECT_EQ(one->first_tier, many->first_tier) << "trial " << trial;
      tiered += one->first_tier > 0 ? 1 : 0;
    }
    EXPECT_GT(tiered, 10);
  }
}

TEST(ParallelQueryTest, AnIndexSmallerThanTwoSlicesIsRankedOnTheCaller) {
  wenyuan::testing::TempDir dir;
  const auto snapshot = WriteRandomIndex(dir.path());
  ASSERT_TRUE(snapshot);
  SearchThreads threads(1);
  ExecuteOptions spread;
  spread.threads = &threads;  // the default slice: far more than 4,500 passages
  std::mt19937 rng(3);
  for (int trial = 0; trial < 20; ++trial) {
    const Query q = RandomQuery(rng, trial);
    auto one = Execute(*snapshot, q);
    auto many = Execute(*snapshot, q, spread);
    ASSERT_TRUE(one.ok() && many.ok());
    EXPECT_EQ(one->scored_documents, many->scored_documents) << "trial " << trial;  // the same single pass
  }
}

}  // namespace
}  // namespace wenyuan::index
