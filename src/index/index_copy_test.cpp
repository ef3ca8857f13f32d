#include "index/index_copy.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "index/index_snapshot.h"
#include "index/index_writer.h"
#include "index/random_documents.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

namespace fs = std::filesystem;

// Segments written before length columns (or titles) lack those files:
// the copy has what the index has, and opens.
TEST(IndexCopyTest, SegmentsWithoutOptionalFilesCopy) {
  wenyuan::testing::TempDir tmp;
  std::mt19937 rng(3);
  auto writer = IndexWriter::Open(tmp / "live");
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  for (int64_t id = 1; id <= 50; ++id) ASSERT_TRUE((*writer)->Add(testing::RandomDocument(rng, id)).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  writer->reset();
  size_t removed = 0;
  for (const auto& e : fs::directory_iterator(tmp / "live")) {
    if (e.path().extension() == ".len") removed += fs::remove(e.path()) ? 1 : 0;
  }
  ASSERT_GT(removed, 0u);
  auto copied = CopyCommittedIndex(tmp / "live", tmp / "copy");
  ASSERT_TRUE(copied.ok()) << copied.status().ToString();
  auto snapshot = IndexSnapshot::Open(tmp / "copy");
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  EXPECT_EQ((*snapshot)->live_docs(), 50u);
}

TEST(IndexCopyTest, CopiesTheCommittedIndexAndNothingUncommitted) {
  wenyuan::testing::TempDir tmp;
  std::mt19937 rng(7);
  auto writer = IndexWriter::Open(tmp / "live");
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  for (int64_t id = 1; id <= 300; ++id) ASSERT_TRUE((*writer)->Add(testing::RandomDocument(rng, id)).ok());
  ASSERT_TRUE((*writer)->Commit({{"note", "first"}}).ok());
  ASSERT_TRUE((*writer)->DeletePassages({5, 6, 7}).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  for (int64_t id = 301; id <= 320; ++id) ASSERT_TRUE((*writer)->Add(testing::RandomDocument(rng, id)).ok());

  IndexCopyStats stats;
  auto copied = CopyCommittedIndex(tmp / "live", tmp / "copy", &stats);
  ASSERT_TRUE(copied.ok()) << copied.status().ToString();
  ASSERT_TRUE(copied->has_value());
  EXPECT_EQ((*copied)->generation, (*writer)->snapshot()->manifest().generation);
  EXPECT_GT(stats.files, 0u);
  EXPECT_EQ(stats.linked, stats.files);  // same file system: every file linked
  auto snapshot = IndexSnapshot::Open(tmp / "copy");
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  EXPECT_EQ((*snapshot)->live_docs(), 297u);
  EXPECT_FALSE(fs::exists(tmp / "copy" / "LOCK"));

  // The target must be new.
  EXPECT_EQ(CopyCommittedIndex(tmp / "live", tmp / "copy").status().code(), StatusCode::kAlreadyExists);
  // A folder with no commit copies as an empty index.
  fs::create_directories(tmp / "empty");
  auto empty = CopyCommittedIndex(tmp / "empty", tmp / "empty-copy");
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->has_value());
}

TEST(IndexCopyTest, CopiesTakenWhileAWriterCommitsAndMergesAreWhole) {
  wenyuan::testing::TempDir tmp;
  auto writer = IndexWriter::Open(tmp / "live");
  ASSERT_TRUE(writer.ok());
  std::mt19937 rng(11);
  ASSERT_TRUE((*writer)->Add(testing::RandomDocument(rng, 1)).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  // The writer commits 150 times (merging now and then) while copies are taken.
  std::atomic<bool> done = false;
  Status committed = Status::Ok();
  std::thread committer([&] {
    std::mt19937 r(12);
    for (int64_t id = 2; id <= 150 && committed.ok(); ++id) {
      committed = (*writer)->Add(testing::RandomDocument(r, id));
      if (committed.ok()) committed = (*writer)->Commit();
      if (committed.ok() && id % 25 == 0) committed = (*writer)->ForceMerge();
    }
    done = true;
  });
  std::set<uint64_t> generations;
  for (int i = 0; !done || i < 3; ++i) {
    const fs::path to = tmp / ("copy" + std::to_string(i));
    auto copied = CopyCommittedIndex(tmp / "live", to);
    ASSERT_TRUE(copied.ok()) << copied.status().ToString();
    ASSERT_TRUE(copied->has_value());
    auto snapshot = IndexSnapshot::Open(to);
    ASSERT_TRUE(snapshot.ok()) << "copy " << i << ": " << snapshot.status().ToString();
    EXPECT_EQ((*snapshot)->live_docs(), (*copied)->LiveDocs());
    generations.insert((*copied)->generation);
    fs::remove_all(to);
  }
  committer.join();
  ASSERT_TRUE(committed.ok()) << committed.ToString();
  EXPECT_GT(generations.size(), 1u) << "every copy saw the same commit";
}

}  // namespace
}  // namespace wenyuan::index
