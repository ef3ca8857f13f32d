#include "index/checked_file_writer.h"

#include <gtest/gtest.h>

#include <random>

#include "index/checked_file.h"
#include "index/segment.h"
#include "test_support.h"
#include "util/file_io.h"

namespace wenyuan::index {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string FileBytes(const fs::path& path) {
  auto bytes = ReadFileToString(path, 1ull << 30);
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return bytes.ok() ? *bytes : std::string();
}

// Pieces small and large, across chunk boundaries, give the very file
// WriteCheckedFile writes for the whole payload, and it opens and verifies.
TEST(CheckedFileWriterTest, StreamedPiecesGiveTheFileWrittenWhole) {
  TempDir dir;
  const std::string payload = testing::PseudoRandomBytes(7, 3 * (16 * kChecksumChunk) + 12345);
  ASSERT_TRUE(WriteCheckedFile(dir / "whole.post", "POST", payload).ok());
  EXPECT_EQ(FileBytes(dir / "whole.post"), WithFooter(payload, "POST"));  // payload, chunk table, footer
  EXPECT_FALSE(fs::exists(dir / "whole.post.tmp"));
  auto writer = CheckedFileWriter::Create(dir / "streamed.post", "POST");
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  const size_t pieces[] = {1, 100, kChecksumChunk - 101, 40 * kChecksumChunk, 3, 70000};
  size_t at = 0;
  for (size_t i = 0; at < payload.size(); ++i) {
    const size_t n = std::min(pieces[i % std::size(pieces)], payload.size() - at);
    ASSERT_TRUE((*writer)->Append(std::string_view(payload).substr(at, n)).ok());
    at += n;
    EXPECT_EQ((*writer)->size(), at);
  }
  EXPECT_FALSE(fs::exists(dir / "streamed.post"));  // not in place before Finish
  ASSERT_TRUE((*writer)->Finish().ok());
  EXPECT_FALSE(fs::exists(dir / "streamed.post.tmp"));
  EXPECT_EQ(FileBytes(dir / "streamed.post"), FileBytes(dir / "whole.post"));
  auto file = CheckedFile::Open(dir / "streamed.post", "POST", Verification::kWhole);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ((*file)->payload(), payload);
  (*file)->ReleasePages();
  EXPECT_EQ((*file)->payload(), payload);  // released pages read back the same
}

TEST(CheckedFileWriterTest, AnUnfinishedWriterLeavesNothing) {
  TempDir dir;
  {
    auto writer = CheckedFileWriter::Create(dir / "x.pos", "POSN");
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->Append(testing::PseudoRandomBytes(3, 40 * kChecksumChunk)).ok());
    EXPECT_TRUE(fs::exists(dir / "x.pos.tmp"));
  }
  EXPECT_FALSE(fs::exists(dir / "x.pos.tmp"));
  EXPECT_FALSE(fs::exists(dir / "x.pos"));
}

// A segment whose postings stream to its files while they are made is
// byte for byte the segment written from memory.
TEST(CheckedFileWriterTest, AStreamedSegmentIsTheSegmentWrittenFromMemory) {
  TempDir dir;
  std::mt19937 rng(11);
  std::vector<DocValues> docs(3000);
  for (size_t d = 0; d < docs.size(); ++d) {
    docs[d].passage_id = static_cast<int64_t>(d) + 1;
    docs[d].length[2] = 50 + static_cast<uint32_t>(d % 17);
  }
  std::vector<std::pair<std::string, std::vector<Posting>>> terms;
  for (int t = 0; t < 600; ++t) {
    std::vector<Posting> postings;
    for (uint32_t d = 0; d < docs.size(); ++d) {
      if (rng() % 3 != 0) continue;
      Posting p{d, static_cast<uint32_t>(1 + rng() % 4), {}};
      uint32_t at = 0;
      for (uint32_t k = 0; k < p.tf; ++k) p.positions.push_back(at += static_cast<uint32_t>(1 + rng() % 40));
      postings.push_back(std::move(p));
    }
    char key[16];
    std::snprintf(key, sizeof key, "2t%04d", t);
    terms.emplace_back(key, std::move(postings));
  }
  fs::create_directories(dir / "a");
  fs::create_directories(dir / "b");
  SegmentWriter in_memory(docs), streamed(docs);
  ASSERT_TRUE(streamed.StreamTo(dir / "b", "seg").ok());
  for (const auto& [key, postings] : terms) {
    in_memory.AddTerm(key, postings);
    streamed.AddTerm(key, postings);
  }
  ASSERT_TRUE(in_memory.Finish(dir / "a", "seg").ok());
  ASSERT_TRUE(streamed.Finish(dir / "b", "seg").ok());
  EXPECT_GT(fs::file_size(dir / "a" / "seg.post") + fs::file_size(dir / "a" / "seg.pos"), size_t{2} << 20);
  for (const auto& file : SegmentFileNames("seg")) {
    if (!fs::exists(dir / "a" / file)) continue;
    EXPECT_EQ(FileBytes(dir / "b" / file), FileBytes(dir / "a" / file)) << file;
  }
  auto reader = SegmentReader::Open(dir / "b", "seg");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_TRUE((*reader)->VerifyChecksums().ok());
}

}  // namespace
}  // namespace wenyuan::index
