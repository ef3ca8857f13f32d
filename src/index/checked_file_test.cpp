#include "index/checked_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "index/byte_coding.h"
#include "index/crc32c.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// The kB of the mapping holding `at` that are mapped into this process
// (its "Rss" line in /proc/self/smaps): the pages of this one file's
// mapping that it touched and did not drop, not the process's size.
long MappedKb(const void* at) {
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  const auto address = reinterpret_cast<uintptr_t>(at);
  while (std::getline(smaps, line)) {
    unsigned long begin = 0, end = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx ", &begin, &end) == 2) {  // a mapping's first line
      inside = address >= begin && address < end;
      continue;
    }
    long kb = 0;
    if (inside && std::sscanf(line.c_str(), "Rss: %ld kB", &kb) == 1) return kb;
  }
  return -1;
}

// Verifying a file of several windows reads every chunk, keeps none of
// its pages mapped afterwards, and the bytes read back the same.
TEST(CheckedFileTest, VerifyAllAndReleaseLeavesNothingMapped) {
  TempDir dir;
  const std::string payload = testing::PseudoRandomBytes(3, 3 * CheckedFile::kReleaseWindow + 5 * kChecksumChunk + 77);
  ASSERT_TRUE(WriteCheckedFile(dir / "a.pos", "POSN", payload).ok());
  auto file = CheckedFile::Open(dir / "a.pos", "POSN", Verification::kOnRead);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  ASSERT_TRUE((*file)->VerifyAll().ok());  // the plain check leaves the file mapped
  EXPECT_GE(MappedKb((*file)->payload().data()), static_cast<long>(payload.size() / 1024));

  auto again = CheckedFile::Open(dir / "a.pos", "POSN", Verification::kOnRead);
  ASSERT_TRUE(again.ok());
  ASSERT_TRUE((*again)->VerifyAllAndRelease().ok());
  EXPECT_EQ(MappedKb((*again)->payload().data()), 0);
  EXPECT_EQ((*again)->payload(), payload);  // dropped pages read back the same
}

// A damaged chunk in any window is found, named by its byte range.
TEST(CheckedFileTest, VerifyAllAndReleaseFindsDamageInTheLastWindow) {
  TempDir dir;
  const std::string payload = testing::PseudoRandomBytes(5, 2 * CheckedFile::kReleaseWindow + 3 * kChecksumChunk);
  ASSERT_TRUE(WriteCheckedFile(dir / "b.post", "POST", payload).ok());
  const uint64_t at = 2 * CheckedFile::kReleaseWindow + kChecksumChunk + 10;  // in the third window
  {
    std::fstream f(dir / "b.post", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(at));
    f.put(static_cast<char>(payload[at] ^ 0x20));
  }
  auto file = CheckedFile::Open(dir / "b.post", "POST", Verification::kOnRead);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  Status s = (*file)->VerifyAllAndRelease();
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  const uint64_t chunk = at / kChecksumChunk * kChecksumChunk;
  EXPECT_NE(s.message().find("bytes " + std::to_string(chunk) + "-" + std::to_string(chunk + kChecksumChunk)),
            std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("b.post"), std::string::npos) << s.message();
}

// The pages of [at, at + bytes) that are in the page cache (mincore).
size_t CachedPages(const char* at, size_t bytes) {
  const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  std::vector<unsigned char> in((bytes + page - 1) / page);
  if (::mincore(const_cast<char*>(at), bytes, in.data()) != 0) return 0;
  size_t cached = 0;
  for (unsigned char c : in) cached += c & 1;
  return cached;
}

// Drops the file's pages from the page cache; false where that cannot be
// done here (a file system that keeps them).
bool EvictFromPageCache(const fs::path& path, size_t bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return false;
  ::fdatasync(fd);
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  ::close(fd);
  auto probe = MappedFile::Open(path);
  return probe.ok() && CachedPages((*probe)->data().data(), bytes) == 0;
}

// A file read at random: touching one byte of a cold file reads that page
// (or its folio), not a readahead window around it; verifying a range
// reads its chunks, asked for in one request, and the bytes are the same.
TEST(CheckedFileTest, RandomReadsOfAColdFileReadWhatTheyTouch) {
  TempDir dir;
  const std::string payload = testing::PseudoRandomBytes(9, 64 * kChecksumChunk);  // 4 MiB
  ASSERT_TRUE(WriteCheckedFile(dir / "r.post", "POST", payload).ok());
  if (!EvictFromPageCache(dir / "r.post", payload.size()))
    GTEST_SKIP() << "the page cache keeps this file system's pages";
  auto file = CheckedFile::Open(dir / "r.post", "POST", Verification::kOnRead, ReadPattern::kRandom);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  const char* data = (*file)->payload().data();
  const size_t middle = payload.size() / 2;
  volatile char touched = data[middle];
  (void)touched;
  // A read-around window is 128 KiB or more (32 pages); one large folio
  // at most 64 KiB (16 pages).
  EXPECT_LE(CachedPages(data, payload.size()), 16u);
  const uint64_t begin = 40 * kChecksumChunk + 5, end = 43 * kChecksumChunk - 7;
  ASSERT_TRUE((*file)->Verify(begin, end).ok());
  EXPECT_GE(CachedPages(data + 40 * kChecksumChunk, 3 * kChecksumChunk), 3 * kChecksumChunk / 4096);
  EXPECT_EQ((*file)->payload(), payload);
}

// The file at `path` with its footer's format version set to `version`
// (the footer's checksum recomputed, as a writer of that version made it).
void SetFormatVersion(const fs::path& path, uint32_t version) {
  std::string bytes = testing::ReadFile(path);
  char* footer = bytes.data() + bytes.size() - kFooterBytes;
  std::string encoded;
  PutFixed32(encoded, version);
  std::memcpy(footer + 8, encoded.data(), 4);
  const uint64_t length = DecodeFixed64(footer + 12);
  const std::string_view table_and_footer(bytes.data() + length, bytes.size() - length - 4);
  encoded.clear();
  PutFixed32(encoded, Crc32c(table_and_footer));
  std::memcpy(bytes.data() + bytes.size() - 4, encoded.data(), 4);
  testing::WriteFile(path, bytes);
}

// Files of the chunked layout's earlier version still open; a version from
// a newer binary is named in the error, not taken for damage.
TEST(CheckedFileTest, OlderVersionsOpenAndANewerOneIsNamed) {
  TempDir dir;
  const std::string payload = testing::PseudoRandomBytes(7, 2 * kChecksumChunk + 9);
  ASSERT_TRUE(WriteCheckedFile(dir / "c.dict", "DICT", payload).ok());
  SetFormatVersion(dir / "c.dict", 2);
  auto older = CheckedFile::Open(dir / "c.dict", "DICT", Verification::kWhole);
  ASSERT_TRUE(older.ok()) << older.status().ToString();
  EXPECT_EQ((*older)->payload(), payload);

  SetFormatVersion(dir / "c.dict", kFormatVersion + 1);
  auto newer = CheckedFile::Open(dir / "c.dict", "DICT", Verification::kOnRead);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(
      newer.status().ToString().find("format version " + std::to_string(kFormatVersion + 1) + " is not supported"),
      std::string::npos)
      << newer.status().ToString();
}

}  // namespace
}  // namespace wenyuan::index
