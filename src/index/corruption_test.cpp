// Corruption: every kind of index file, with a byte flipped anywhere or cut
// short, fails to open with Corruption naming the file; never a crash.
#include <gtest/gtest.h>

#include <random>

#include "index/index_snapshot.h"
#include "index/index_writer.h"
#include "index/random_documents.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

namespace fs = std::filesystem;

class CorruptionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriterOptions options;
    options.merge_on_commit = false;
    auto writer = IndexWriter::Open(dir_.path(), options);
    ASSERT_TRUE(writer.ok());
    std::mt19937 rng(1);
    for (int i = 1; i <= 400; ++i) ASSERT_TRUE((*writer)->Add(testing::RandomDocument(rng, i)).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
    ASSERT_TRUE((*writer)->DeleteByKeyword("doc:3").ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  std::string Find(const std::string& ext) {
    for (const auto& e : fs::directory_iterator(dir_.path())) {
      if (e.path().extension() == ext || e.path().filename() == ext) return e.path().string();
    }
    ADD_FAILURE() << "no " << ext << " file";
    return "";
  }
  void ExpectCorrupt(const std::string& file, const std::string& what) {
    auto s = IndexSnapshot::Open(dir_.path());
    ASSERT_FALSE(s.ok()) << what << " in " << file << " went unnoticed";
    EXPECT_EQ(s.status().code(), StatusCode::kCorruption) << s.status().ToString();
    EXPECT_NE(s.status().message().find(fs::path(file).filename().string()), std::string::npos) << s.status().message();
  }
  wenyuan::testing::TempDir dir_;
};

TEST_F(CorruptionTest, FlippedBytesAndTruncationInEveryFileKind) {
  ASSERT_TRUE(IndexSnapshot::Open(dir_.path()).ok());
  std::mt19937 rng(2);
  for (const std::string ext : {".dict", ".post", ".pos", ".docs", ".del", "MANIFEST"}) {
    const std::string file = Find(ext);
    const std::string original = wenyuan::testing::ReadFile(file);
    ASSERT_GT(original.size(), 24u) << file;
    // A flipped bit at a few random places, the footer included.
    for (size_t at :
         {size_t{0}, original.size() / 2, original.size() - 1, static_cast<size_t>(rng() % original.size())}) {
      std::string bad = original;
      bad[at] = static_cast<char>(bad[at] ^ (1 << (rng() % 8)));
      wenyuan::testing::WriteFile(file, bad);
      if (ext == "MANIFEST") {
        auto s = IndexSnapshot::Open(dir_.path());
        ASSERT_FALSE(s.ok()) << "flip at " << at;
        EXPECT_EQ(s.status().code(), StatusCode::kCorruption);
        EXPECT_NE(s.status().message().find("MANIFEST"), std::string::npos);
      } else {
        ExpectCorrupt(file, "flip at " + std::to_string(at));
      }
    }
    for (size_t keep : {size_t{0}, size_t{10}, original.size() / 2, original.size() - 1}) {
      wenyuan::testing::WriteFile(file, original.substr(0, keep));
      if (ext == "MANIFEST") {
        auto s = IndexSnapshot::Open(dir_.path());
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.status().code(), StatusCode::kCorruption);
      } else {
        ExpectCorrupt(file, "truncation to " + std::to_string(keep));
      }
    }
    wenyuan::testing::WriteFile(file, original);
    ASSERT_TRUE(IndexSnapshot::Open(dir_.path()).ok()) << "restored " << file;
  }
}

TEST_F(CorruptionTest, AMissingSegmentFileIsNamed) {
  const std::string file = Find(".pos");
  fs::remove(file);
  auto s = IndexSnapshot::Open(dir_.path());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(fs::path(file).filename().string()), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::index
