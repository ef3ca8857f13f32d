#include "index/index_writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "index/query_executor.h"
#include "index/random_documents.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

using testing::RandomDocument;
using testing::VocabularyTerm;
namespace fs = std::filesystem;

WriterOptions NoMerges() {
  WriterOptions o;
  o.merge_on_commit = false;
  return o;
}

Query TermQuery(std::vector<std::string> terms, size_t k = 10) {
  Query q;
  q.k = k;
  for (auto& t : terms) q.scored.push_back({Field::kBigrams, {t}, 1.0, 0});
  return q;
}

// (passage id, score) of a query's hits.
std::vector<std::pair<int64_t, double>> Ranked(const IndexSnapshot& s, const Query& q) {
  auto r = Execute(s, q);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::pair<int64_t, double>> out;
  if (r.ok()) {
    for (const auto& h : r->hits) out.emplace_back(h.values.passage_id, h.score);
  }
  return out;
}

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
  EXPECT_EQ(seg.reader->Doc(0).passage_id, 1);
  EXPECT_EQ(seg.reader->Doc(299).passage_id, 300);
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
      if (seg.IsLive(d)) live.insert(seg.reader->Doc(d).passage_id);
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
  size_t dict_files = 0;
  for (const auto& e : fs::directory_iterator(dir2.path())) dict_files += e.path().extension() == ".dict";
  EXPECT_EQ(dict_files, 1u);
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
    EXPECT_EQ(*title, title_of.at(seg.reader->Doc(d).passage_id)) << d;
  }
  EXPECT_TRUE((*snapshot)->VerifyChecksums().ok());
}

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

// The passage ids of the live documents, in index order.
std::vector<int64_t> LivePassages(const IndexSnapshot& s) {
  std::vector<int64_t> out;
  for (const auto& seg : s.segments()) {
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (seg.IsLive(d)) out.push_back(seg.reader->Doc(d).passage_id);
    }
  }
  return out;
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
  WriterOptions foreground;
  foreground.merge_policy.segments_per_tier = 3;
  foreground.merge_policy.floor_docs = 20;
  foreground.merge_in_background = false;
  WriterOptions background = foreground;
  background.merge_in_background = true;
  auto fg = IndexWriter::Open(dir.path() / "fg", foreground);
  auto bg = IndexWriter::Open(dir.path() / "bg", background);
  ASSERT_TRUE(fg.ok() && bg.ok());
  std::mt19937 rng_fg(11), rng_bg(11);
  int64_t id = 1;
  for (int batch = 0; batch < 40; ++batch) {
    for (int i = 0; i < 30; ++i, ++id) {
      ASSERT_TRUE((*fg)->Add(RandomDocument(rng_fg, id)).ok());
      ASSERT_TRUE((*bg)->Add(RandomDocument(rng_bg, id)).ok());
    }
    if (batch % 3 == 2) {  // a document of an earlier batch goes
      const std::string doc = "doc:" + std::to_string((id - 70) / 3);
      ASSERT_TRUE((*fg)->DeleteByKeyword(doc).ok());
      ASSERT_TRUE((*bg)->DeleteByKeyword(doc).ok());
    }
    ASSERT_TRUE((*fg)->Commit().ok());
    ASSERT_TRUE((*bg)->Commit().ok());
  }
  ASSERT_TRUE((*bg)->WaitForMerges().ok());
  const auto fg_snapshot = (*fg)->snapshot();
  const auto bg_snapshot = (*bg)->snapshot();
  EXPECT_LT(bg_snapshot->segments().size(), 20u);  // 40 commits were merged
  // Each commit waits for the last one's merges: the same layout, segment
  // names and deleted documents as inline merging, whatever the timing, so
  // the same scores (BM25 counts deleted documents until a merge drops them).
  ASSERT_EQ(bg_snapshot->manifest().segments.size(), fg_snapshot->manifest().segments.size());
  for (size_t i = 0; i < fg_snapshot->manifest().segments.size(); ++i) {
    const SegmentEntry& f = fg_snapshot->manifest().segments[i];
    const SegmentEntry& b = bg_snapshot->manifest().segments[i];
    EXPECT_EQ(b.name, f.name) << "segment " << i;
    EXPECT_EQ(b.docs, f.docs) << "segment " << i;
    EXPECT_EQ(b.deleted, f.deleted) << "segment " << i;
  }
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
  ASSERT_TRUE((*fg)->ForceMerge().ok());
  ASSERT_TRUE((*bg)->ForceMerge().ok());
  for (size_t i = 0; i < 20; ++i) {
    const Query q = TermQuery({VocabularyTerm(i), VocabularyTerm(i * 7 % 60), VocabularyTerm(59 - i)}, 30);
    auto expected = Ranked(*(*fg)->snapshot(), q);
    auto got = Ranked(*(*bg)->snapshot(), q);
    ASSERT_EQ(got, expected) << "query " << i;
  }
  // No file of a merged-away segment or an abandoned merge is left.
  size_t dict_files = 0;
  for (const auto& e : fs::directory_iterator(dir.path() / "bg")) dict_files += e.path().extension() == ".dict";
  EXPECT_EQ(dict_files, 1u);
}

TEST(IndexWriterTest, OneCommitAfterManyFlushesIsMergedInItsRound) {
  // 100 flushes of 4 documents and one commit (an index written whole, then
  // committed): the round goes on while the policy finds work, so the
  // layout is logarithmic, not the 16 merges a round used to stop at. The
  // merge thread's round, while the next batch is added and flushed, ends
  // in the inline round's layout and names, and merges took neighbours
  // only: the documents keep the order they were added in.
  wenyuan::testing::TempDir dir;
  WriterOptions foreground;
  foreground.max_buffered_docs = 4;
  foreground.merge_policy.floor_docs = 4;
  foreground.merge_in_background = false;
  WriterOptions background = foreground;
  background.merge_in_background = true;
  auto fg = IndexWriter::Open(dir.path() / "fg", foreground);
  auto bg = IndexWriter::Open(dir.path() / "bg", background);
  ASSERT_TRUE(fg.ok() && bg.ok());
  std::mt19937 rng_fg(13), rng_bg(13);
  std::vector<int64_t> added;
  auto add = [&](int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
      const int64_t id = static_cast<int64_t>(added.size()) + 1;
      ASSERT_TRUE((*fg)->Add(RandomDocument(rng_fg, id)).ok());
      ASSERT_TRUE((*bg)->Add(RandomDocument(rng_bg, id)).ok());
      added.push_back(id);
    }
  };
  auto expect_same_layout = [&] {
    const auto f = (*fg)->snapshot()->manifest().segments;
    const auto b = (*bg)->snapshot()->manifest().segments;
    ASSERT_EQ(b.size(), f.size());
    for (size_t i = 0; i < f.size(); ++i) {
      EXPECT_EQ(b[i].name, f[i].name) << "segment " << i;
      EXPECT_EQ(b[i].docs, f[i].docs) << "segment " << i;
    }
  };
  add(400);
  ASSERT_TRUE((*fg)->Commit().ok());
  ASSERT_TRUE((*bg)->Commit().ok());
  add(40);  // 10 flushes while the merge thread's round runs
  ASSERT_TRUE((*bg)->WaitForMerges().ok());
  // 100 segments of 4 with tiers of 4 from 4 documents: 100 = 1210 in base
  // 4, one segment of 256, two of 64, one of 16 (at most 3 per tier: 12).
  EXPECT_EQ((*fg)->snapshot()->segments().size(), 4u);
  expect_same_layout();
  EXPECT_EQ(LivePassages(*(*fg)->snapshot()), std::vector<int64_t>(added.begin(), added.begin() + 400));
  ASSERT_TRUE((*fg)->Commit().ok());
  ASSERT_TRUE((*bg)->Commit().ok());
  ASSERT_TRUE((*bg)->WaitForMerges().ok());
  expect_same_layout();
  EXPECT_LE((*fg)->snapshot()->segments().size(), 12u);
  EXPECT_EQ(LivePassages(*(*fg)->snapshot()), added);
  EXPECT_EQ(LivePassages(*(*bg)->snapshot()), added);
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
