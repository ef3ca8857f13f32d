// The index writer's segment layouts: merge-on-commit bounds, the same
// ranking whatever the layout, and background merging that ends where
// inline merging does (index/index_writer.h, index/segment_merger.h).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "index/index_test_support.h"
#include "index/index_writer.h"
#include "index/random_documents.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

using testing::DictFiles;
using testing::LivePassages;
using testing::NoMerges;
using testing::RandomDocument;
using testing::Ranked;
using testing::TermQuery;
using testing::TwinWriters;
using testing::VocabularyTerm;

TEST(IndexWriterTest, MergeOnCommitBoundsTheSegmentCount) {
  wenyuan::testing::TempDir dir;
  WriterOptions options;
  options.merge_policy.segments_per_tier = 4;
  options.merge_in_background = false;  // merged by the time Commit returns
  auto writer = IndexWriter::Open(dir.path(), options);
  ASSERT_TRUE(writer.ok());
  std::mt19937 rng(9);
  for (int batch = 0; batch < 20; ++batch) {
    for (int i = 0; i < 20; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, batch * 100 + i)).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
    EXPECT_LT((*writer)->snapshot()->segments().size(), 4u);
  }
  EXPECT_EQ((*writer)->snapshot()->live_docs(), 400u);
}

TEST(IndexWriterTest, TheSameDocumentsInAnySegmentLayoutScoreTheSame) {
  // One segment, segments of 7 documents, and segments of 50 merged by the
  // tiered policy: BM25's statistics (documents, document frequencies,
  // average lengths) are index-wide sums, and ties go in insertion order,
  // so every query gives the same passages in the same order, scores equal
  // to the last bit.
  wenyuan::testing::TempDir dir;
  WriterOptions one = NoMerges();
  WriterOptions small = NoMerges();
  small.max_buffered_docs = 7;
  WriterOptions merged;
  merged.max_buffered_docs = 50;
  merged.merge_policy.segments_per_tier = 3;
  merged.merge_policy.floor_docs = 20;
  std::vector<std::unique_ptr<IndexWriter>> writers;
  for (const auto& [name, options] : {std::pair{"one", one}, {"small", small}, {"merged", merged}}) {
    auto w = IndexWriter::Open(dir.path() / name, options);
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    writers.push_back(std::move(*w));
  }
  for (auto& w : writers) {
    std::mt19937 rng(5);
    for (int64_t id = 1; id <= 600; ++id) {
      ASSERT_TRUE(w->Add(RandomDocument(rng, id)).ok());
      if (id % 100 == 0 && w != writers[0]) {
        ASSERT_TRUE(w->Commit().ok());
      }
    }
    ASSERT_TRUE(w->Commit().ok());
    ASSERT_TRUE(w->WaitForMerges().ok());
  }
  EXPECT_EQ(writers[0]->snapshot()->segments().size(), 1u);
  EXPECT_GT(writers[1]->snapshot()->segments().size(), 80u);
  EXPECT_GT(writers[2]->snapshot()->segments().size(), 1u);
  EXPECT_LT(writers[2]->snapshot()->segments().size(), 12u);
  for (size_t i = 0; i < 30; ++i) {
    Query q = TermQuery({VocabularyTerm(i), VocabularyTerm(i * 7 % 60), VocabularyTerm(59 - i)}, 20);
    if (i % 2 == 1) {  // the tiered path too
      q.conjunctive = true;
      for (auto& clause : q.scored) clause.conjunct = true;
    }
    const auto expected = Ranked(*writers[0]->snapshot(), q);
    ASSERT_FALSE(expected.empty()) << "query " << i;
    EXPECT_EQ(Ranked(*writers[1]->snapshot(), q), expected) << "query " << i;
    EXPECT_EQ(Ranked(*writers[2]->snapshot(), q), expected) << "query " << i;
  }
}

TEST(IndexWriterTest, BackgroundMergesWhileDocumentsAreAddedEndAsForegroundOnes) {
  // The same documents, commits and deletes into two indexes: one merging
  // inline in Commit, one on its merge thread while the next batches are
  // added and earlier documents deleted (deletes that land on a segment
  // being merged are carried over to the merged one).
  wenyuan::testing::TempDir dir;
  WriterOptions options;
  options.merge_policy.segments_per_tier = 3;
  options.merge_policy.floor_docs = 20;
  TwinWriters twins;
  ASSERT_TRUE(twins.Open(dir.path(), options).ok());
  std::mt19937 rng(11);
  int64_t id = 1;
  for (int batch = 0; batch < 40; ++batch) {
    for (int i = 0; i < 30; ++i, ++id) ASSERT_TRUE(twins.Add(RandomDocument(rng, id)).ok());
    if (batch % 3 == 2) {  // a document of an earlier batch goes
      ASSERT_TRUE(twins.DeleteByKeyword("doc:" + std::to_string((id - 70) / 3)).ok());
    }
    ASSERT_TRUE(twins.Commit().ok());
  }
  // The same layout, names and deleted documents as inline merging, so the
  // same scores (BM25 counts deleted documents until a merge drops them).
  twins.ExpectSameLayout();
  const auto fg_snapshot = twins.fg().snapshot();
  const auto bg_snapshot = twins.bg().snapshot();
  EXPECT_LT(bg_snapshot->segments().size(), 20u);  // 40 commits were merged
  for (size_t i = 0; i < 20; ++i) {
    const Query q = TermQuery({VocabularyTerm(i), VocabularyTerm(i * 5 % 60), VocabularyTerm(59 - i)}, 30);
    ASSERT_EQ(Ranked(*bg_snapshot, q), Ranked(*fg_snapshot, q)) << "query " << i;
  }
  EXPECT_EQ(bg_snapshot->live_docs(), fg_snapshot->live_docs());
  EXPECT_EQ(LivePassages(*bg_snapshot), LivePassages(*fg_snapshot));
  // What is on disk is what the writer published.
  auto reopened = IndexSnapshot::Open(dir.path() / "bg");
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  EXPECT_EQ(LivePassages(**reopened), LivePassages(*fg_snapshot));
  // Merged down to one segment each, both rank every query the same.
  ASSERT_TRUE(twins.fg().ForceMerge().ok());
  ASSERT_TRUE(twins.bg().ForceMerge().ok());
  for (size_t i = 0; i < 20; ++i) {
    const Query q = TermQuery({VocabularyTerm(i), VocabularyTerm(i * 7 % 60), VocabularyTerm(59 - i)}, 30);
    ASSERT_EQ(Ranked(*twins.bg().snapshot(), q), Ranked(*twins.fg().snapshot(), q)) << "query " << i;
  }
  // No file of a merged-away segment or an abandoned merge is left.
  EXPECT_EQ(DictFiles(dir.path() / "bg"), 1u);
}

TEST(IndexWriterTest, OneCommitAfterManyFlushesIsMergedInItsRound) {
  // 100 flushes of 4 documents and one commit (an index written whole, then
  // committed): the round goes on while the policy finds work, so the
  // layout is logarithmic, not the 16 merges a round used to stop at. The
  // merge thread's round, while the next batch is added and flushed, ends
  // in the inline round's layout and names, and merges took neighbours
  // only: the documents keep the order they were added in.
  wenyuan::testing::TempDir dir;
  WriterOptions options;
  options.max_buffered_docs = 4;
  options.merge_policy.floor_docs = 4;
  TwinWriters twins;
  ASSERT_TRUE(twins.Open(dir.path(), options).ok());
  std::mt19937 rng(13);
  std::vector<int64_t> added;
  auto add = [&](int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
      added.push_back(static_cast<int64_t>(added.size()) + 1);
      ASSERT_TRUE(twins.Add(RandomDocument(rng, added.back())).ok());
    }
  };
  add(400);
  ASSERT_TRUE(twins.Commit().ok());
  add(40);  // 10 flushes while the merge thread's round runs
  twins.ExpectSameLayout();
  // 100 segments of 4 with tiers of 4 from 4 documents: 100 = 1210 in base
  // 4, one segment of 256, two of 64, one of 16 (at most 3 per tier: 12).
  EXPECT_EQ(twins.fg().snapshot()->segments().size(), 4u);
  EXPECT_EQ(LivePassages(*twins.fg().snapshot()), std::vector<int64_t>(added.begin(), added.begin() + 400));
  ASSERT_TRUE(twins.Commit().ok());
  twins.ExpectSameLayout();
  EXPECT_LE(twins.fg().snapshot()->segments().size(), 12u);
  EXPECT_EQ(LivePassages(*twins.fg().snapshot()), added);
  EXPECT_EQ(LivePassages(*twins.bg().snapshot()), added);
}

}  // namespace
}  // namespace wenyuan::index
