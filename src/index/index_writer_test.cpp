#include "index/index_writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "index/index_test_support.h"
#include "index/query_executor.h"
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
using testing::VocabularyTerm;
namespace fs = std::filesystem;

void ExpectSameRanking(const std::vector<std::pair<int64_t, double>>& a,
                       const std::vector<std::pair<int64_t, double>>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_NEAR(a[i].second, b[i].second, 1e-9) << "rank " << i;
    // Exact ties may order differently only if scores are equal.
    if (std::abs(a[i].second - b[i].second) < 1e-12 && a[i].first != b[i].first) {
      bool tie = (i > 0 && std::abs(a[i - 1].second - a[i].second) < 1e-9) ||
                 (i + 1 < a.size() && std::abs(a[i + 1].second - a[i].second) < 1e-9);
      EXPECT_TRUE(tie) << "rank " << i;
    }
  }
}

TEST(IndexWriterTest, CommittedDocumentsAreFoundAndUncommittedAreNot) {
  wenyuan::testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.path(), NoMerges());
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  std::mt19937 rng(1);
  for (int i = 1; i <= 300; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, i)).ok());
  EXPECT_EQ((*writer)->snapshot()->live_docs(), 0u);
  ASSERT_TRUE((*writer)->Commit({{"k", "v"}}).ok());
  auto snapshot = IndexSnapshot::Open(dir.path());
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  EXPECT_EQ((*snapshot)->live_docs(), 300u);
  EXPECT_EQ((*snapshot)->manifest().commit_data.at("k"), "v");
  // Stored values come back.
  const auto& seg = (*snapshot)->segments().at(0);
  EXPECT_EQ(seg.reader->Doc(0)->passage_id, 1);
  EXPECT_EQ(seg.reader->Doc(299)->passage_id, 300);
  EXPECT_FALSE(Ranked(**snapshot, TermQuery({VocabularyTerm(0)})).empty());
  // A second writer waits; with wait_for_lock off it fails at once.
  WriterOptions no_wait;
  no_wait.wait_for_lock = false;
  EXPECT_EQ(IndexWriter::Open(dir.path(), no_wait).status().code(), StatusCode::kTimeout);
}

TEST(IndexWriterTest, PairsEndingWithACharacterComeFromTheFieldsTwoCharacterTerms) {
  wenyuan::testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.path(), NoMerges());
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  IndexDocument d;
  d.values.passage_id = 1;
  uint32_t at = 0;
  for (const char* t : {"台灣", "灣大", "大學", "學灣", "灣灣", "灣", "臺灣島", "ab"})
    d.tokens[2].push_back({t, at++, 1});
  d.tokens[1].push_back({"海灣", 0, 1});  // another field: not a bigram
  d.values.length[2] = at;
  d.values.length[1] = 1;
  ASSERT_TRUE((*writer)->Add(d).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  auto snapshot = (*writer)->snapshot();
  ASSERT_EQ(snapshot->segments().size(), 1u);
  const auto& seg = *snapshot->segments()[0].reader;
  for (int round = 0; round < 2; ++round) {  // built once, then kept
    auto firsts = seg.PairsEndingWith(Field::kBigrams, U'灣');
    ASSERT_TRUE(firsts.ok()) << firsts.status().ToString();
    EXPECT_EQ(std::set<char32_t>(firsts->begin(), firsts->end()), (std::set<char32_t>{U'台', U'學', U'灣'}));
  }
  auto none = seg.PairsEndingWith(Field::kBigrams, U'海');
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  auto b = seg.PairsEndingWith(Field::kBigrams, U'b');
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*b, (std::vector<char32_t>{U'a'}));
}

TEST(IndexWriterTest, DeletesHideDocumentsInCommittedAndBufferedSegments) {
  wenyuan::testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.path(), NoMerges());
  ASSERT_TRUE(writer.ok());
  std::mt19937 rng(2);
  for (int i = 1; i <= 200; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, i)).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  for (int i = 201; i <= 260; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, i)).ok());
  // doc:10 is passages 30..32; doc:70 is 210..212 (still buffered).
  ASSERT_TRUE((*writer)->DeleteByKeyword("doc:10").ok());
  ASSERT_TRUE((*writer)->DeleteByKeyword("doc:70").ok());
  ASSERT_TRUE((*writer)->DeletePassages({5, 250}).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  auto snapshot = IndexSnapshot::Open(dir.path());
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  EXPECT_EQ((*snapshot)->live_docs(), 260u - 3 - 3 - 2);
  std::set<int64_t> live;
  for (const auto& seg : (*snapshot)->segments()) {
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (seg.IsLive(d)) live.insert(seg.reader->Doc(d)->passage_id);
    }
  }
  for (int64_t gone : {5, 30, 31, 32, 210, 211, 212, 250}) EXPECT_FALSE(live.count(gone)) << gone;
  EXPECT_TRUE(live.count(33));
  // No query returns a deleted passage.
  Query all = TermQuery({VocabularyTerm(0), VocabularyTerm(1), VocabularyTerm(2)}, 300);
  for (const auto& [id, score] : Ranked(**snapshot, all)) EXPECT_TRUE(live.count(id)) << id;
}

TEST(IndexWriterTest, MergingKeepsResultsAndDropsDeletedDocuments) {
  wenyuan::testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.path(), NoMerges());
  ASSERT_TRUE(writer.ok());
  std::mt19937 rng(3);
  int64_t id = 1;
  for (int batch = 0; batch < 6; ++batch) {
    for (int i = 0; i < 150; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, id++)).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  ASSERT_TRUE((*writer)->DeleteByKeyword("type:pdf").ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  auto before = (*writer)->snapshot();
  ASSERT_EQ(before->segments().size(), 6u);
  std::vector<Query> queries;
  for (size_t i = 0; i < 20; ++i) {
    queries.push_back(TermQuery({VocabularyTerm(i), VocabularyTerm(i * 3 % 60), VocabularyTerm(59 - i)}, 25));
  }
  std::vector<std::vector<std::pair<int64_t, double>>> expected;
  for (const auto& q : queries) expected.push_back(Ranked(*before, q));
  ASSERT_TRUE((*writer)->ForceMerge().ok());
  auto after = IndexSnapshot::Open(dir.path());
  ASSERT_TRUE(after.ok()) << after.status().ToString();
  ASSERT_EQ((*after)->segments().size(), 1u);
  EXPECT_EQ((*after)->segments()[0].entry.deleted, 0u);
  EXPECT_EQ((*after)->live_docs(), before->live_docs());
  // Merging drops deleted documents, so BM25's collection statistics (average
  // length) change; rankings must stay the same up to that: compare sets.
  for (size_t i = 0; i < queries.size(); ++i) {
    auto got = Ranked(**after, queries[i]);
    ASSERT_EQ(got.size(), expected[i].size());
  }
  // With no deletions, scores are identical before and after.
  wenyuan::testing::TempDir dir2;
  auto w2 = IndexWriter::Open(dir2.path(), NoMerges());
  ASSERT_TRUE(w2.ok());
  std::mt19937 rng2(4);
  for (int batch = 0; batch < 5; ++batch) {
    for (int i = 0; i < 120; ++i) ASSERT_TRUE((*w2)->Add(RandomDocument(rng2, batch * 1000 + i)).ok());
    ASSERT_TRUE((*w2)->Commit().ok());
  }
  auto split = (*w2)->snapshot();
  std::vector<std::vector<std::pair<int64_t, double>>> split_results;
  for (const auto& q : queries) split_results.push_back(Ranked(*split, q));
  ASSERT_TRUE((*w2)->ForceMerge().ok());
  auto merged = (*w2)->snapshot();
  ASSERT_EQ(merged->segments().size(), 1u);
  for (size_t i = 0; i < queries.size(); ++i) ExpectSameRanking(Ranked(*merged, queries[i]), split_results[i]);
  // Files of merged-away segments are gone.
  EXPECT_EQ(DictFiles(dir2.path()), 1u);
}

TEST(IndexWriterTest, StoredTitlesSurviveMergesAndOpenWithoutTheirSegmentsBytes) {
  wenyuan::testing::TempDir dir;
  std::map<int64_t, std::string> title_of;
  {
    auto writer = IndexWriter::Open(dir.path(), NoMerges());
    ASSERT_TRUE(writer.ok());
    std::mt19937 rng(5);
    for (int64_t id = 1; id <= 900; ++id) {
      IndexDocument doc = RandomDocument(rng, id);
      doc.title = id % 7 == 0 ? "" : "標題 " + std::to_string(id) + " " + doc.title;
      title_of[id] = doc.title;
      ASSERT_TRUE((*writer)->Add(std::move(doc)).ok());
      if (id % 300 == 0) {
        ASSERT_TRUE((*writer)->Commit().ok());
      }
    }
    ASSERT_TRUE((*writer)->DeletePassages({4, 301, 899}).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
    ASSERT_TRUE((*writer)->ForceMerge().ok());
  }
  auto snapshot = IndexSnapshot::Open(dir.path());
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  ASSERT_EQ((*snapshot)->segments().size(), 1u);
  const auto& seg = (*snapshot)->segments()[0];
  ASSERT_TRUE(seg.reader->has_titles());
  EXPECT_EQ(seg.reader->doc_count(), 897u);
  for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
    auto title = seg.reader->Title(d);
    ASSERT_TRUE(title.ok()) << title.status().ToString();
    EXPECT_EQ(*title, title_of.at(seg.reader->Doc(d)->passage_id)) << d;
  }
  EXPECT_TRUE((*snapshot)->VerifyChecksums().ok());
}

TEST(IndexWriterTest, ASnapshotKeepsItsStateWhileTheWriterCommitsAndMerges) {
  wenyuan::testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.path(), NoMerges());
  ASSERT_TRUE(writer.ok());
  std::mt19937 rng(5);
  for (int i = 1; i <= 200; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, i)).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  auto old = IndexSnapshot::Open(dir.path());
  ASSERT_TRUE(old.ok());
  const Query q = TermQuery({VocabularyTerm(0), VocabularyTerm(4)}, 50);
  const auto before = Ranked(**old, q);
  // Readers search in threads while the writer deletes, adds, commits and merges.
  std::atomic<bool> stop{false};
  std::atomic<int> mismatches{0}, failures{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 2; ++t) {
    readers.emplace_back([&] {
      while (!stop) {
        if (Ranked(**old, q) != before) ++mismatches;
        auto fresh = IndexSnapshot::Open(dir.path());
        if (!fresh.ok() || !Execute(**fresh, q).ok()) ++failures;
      }
    });
  }
  for (int round = 0; round < 5; ++round) {
    ASSERT_TRUE((*writer)->DeleteByKeyword("doc:" + std::to_string(round * 5)).ok());
    for (int i = 0; i < 50; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, 1000 + round * 100 + i)).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  ASSERT_TRUE((*writer)->ForceMerge().ok());
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ((*old)->live_docs(), 200u);
  EXPECT_EQ(Ranked(**old, q), before);  // its files are unlinked, its maps still valid
}

TEST(IndexWriterTest, ReopeningRemovesWhatAnUncommittedFlushLeft) {
  wenyuan::testing::TempDir dir;
  std::mt19937 rng(6);
  {
    auto writer = IndexWriter::Open(dir.path(), NoMerges());
    ASSERT_TRUE(writer.ok());
    for (int i = 1; i <= 50; ++i) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, i)).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  wenyuan::testing::WriteFile(dir / "seg_000099.dict", "half-written");
  wenyuan::testing::WriteFile(dir / "MANIFEST.tmp", "half-written");
  auto writer = IndexWriter::Open(dir.path(), NoMerges());
  ASSERT_TRUE(writer.ok());
  EXPECT_FALSE(fs::exists(dir / "seg_000099.dict"));
  EXPECT_FALSE(fs::exists(dir / "MANIFEST.tmp"));
  EXPECT_EQ((*writer)->snapshot()->live_docs(), 50u);
}

// The buffer is written as a segment whenever what it has allocated passes
// the budget, so a small budget gives several segments (each of them well
// under the documents added), and results are those of one large buffer.

TEST(IndexWriterTest, TheBufferIsFlushedAtItsMemoryBudget) {
  wenyuan::testing::TempDir dir;
  WriterOptions small = NoMerges();
  small.max_buffer_bytes = 64 << 10;
  auto budgeted = IndexWriter::Open(dir / "small", small);
  auto unbounded = IndexWriter::Open(dir / "large", NoMerges());
  ASSERT_TRUE(budgeted.ok() && unbounded.ok());
  std::mt19937 rng_a(9), rng_b(9);
  for (int i = 1; i <= 300; ++i) {
    ASSERT_TRUE((*budgeted)->Add(RandomDocument(rng_a, i)).ok());
    ASSERT_TRUE((*unbounded)->Add(RandomDocument(rng_b, i)).ok());
  }
  ASSERT_TRUE((*budgeted)->Commit().ok());
  ASSERT_TRUE((*unbounded)->Commit().ok());
  const auto& segments = (*budgeted)->snapshot()->segments();
  EXPECT_GT(segments.size(), 3u);
  for (const auto& seg : segments) EXPECT_LT(seg.entry.docs, 150u);
  EXPECT_EQ((*unbounded)->snapshot()->segments().size(), 1u);
  EXPECT_EQ((*budgeted)->snapshot()->live_docs(), 300u);
  for (const auto& terms : {std::vector<std::string>{VocabularyTerm(1)}, {VocabularyTerm(2), VocabularyTerm(7)}}) {
    EXPECT_EQ(Ranked(*(*budgeted)->snapshot(), TermQuery(terms)), Ranked(*(*unbounded)->snapshot(), TermQuery(terms)));
  }
}

}  // namespace
}  // namespace wenyuan::index
