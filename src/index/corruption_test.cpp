// Corruption: every kind of index file, with a byte flipped anywhere or cut
// short, is reported as Corruption naming the file, never a crash: the small
// files read whole (.len, .del, MANIFEST), any truncation and any damage to
// a footer or checksum table when the index opens; damage inside the lazily
// verified files (.dict, .post, .pos, .ttl, .docs) by VerifyChecksums
// (`wenyuan check`) and by any read that touches the damaged chunk, queries
// included.
#include <gtest/gtest.h>

#include <random>

#include "index/index_snapshot.h"
#include "index/index_writer.h"
#include "index/query_executor.h"
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
  void ExpectNamed(const Status& s, const std::string& file, const std::string& what) {
    EXPECT_EQ(s.code(), StatusCode::kCorruption) << what << ": " << s.ToString();
    EXPECT_NE(s.message().find("corrupt segment"), std::string::npos) << what << ": " << s.message();
    EXPECT_NE(s.message().find(fs::path(file).filename().string()), std::string::npos) << what << ": " << s.message();
  }
  // Reads everything a query can: every term's postings and positions, and
  // a query for each term; the first error, or OK.
  static Status ReadEverything(const IndexSnapshot& snapshot) {
    for (const auto& seg : snapshot.segments()) {
      auto named = [&](const Status& s) {
        return Status::Corruption("corrupt segment " + seg.entry.name + ": " + s.message());
      };
      auto it = seg.reader->Seek("");
      std::vector<std::string> keys;
      while (it.Next()) {
        keys.push_back(it.key());
        PostingsCursor cursor = seg.reader->Cursor(it.info());
        for (uint32_t d = cursor.doc(); d != kNoMoreDocs; d = cursor.Next()) cursor.Positions();
        if (!cursor.status().ok()) return named(cursor.status());
      }
      if (!it.status().ok()) return named(it.status());
      for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
        WY_RETURN_IF_ERROR(seg.reader->Title(d).status());
        WY_RETURN_IF_ERROR(seg.reader->Doc(d).status());
      }
      for (const auto& key : keys) {
        Query q;
        TermClause clause;
        clause.field = KeyField(key);
        clause.terms = {key.substr(1)};
        q.scored.push_back(clause);
        PhraseClause phrase;
        phrase.field = KeyField(key);
        phrase.tokens = {{{key.substr(1)}, 0}, {{key.substr(1)}, 1}};
        q.excluded.push_back(phrase);
        auto wand = Execute(snapshot, q);
        auto exhaustive = ExecuteExhaustive(snapshot, q);
        if (wand.ok() != exhaustive.ok()) return Status::Internal("WAND and exhaustive disagree on " + key);
        if (!wand.ok()) return wand.status();
      }
    }
    return Status::Ok();
  }
  void ExpectCorrupt(const std::string& file, const std::string& what, bool lazy) {
    auto s = IndexSnapshot::Open(dir_.path());
    if (!s.ok() || !lazy) {
      ASSERT_FALSE(s.ok()) << what << " in " << file << " went unnoticed";
      ExpectNamed(s.status(), file, what);
      return;
    }
    // Opened: the check and the queries that read the damage must say so.
    ExpectNamed((*s)->VerifyChecksums(), file, what + " (check)");
    auto reopened = IndexSnapshot::Open(dir_.path());
    ASSERT_TRUE(reopened.ok());
    ExpectNamed(ReadEverything(**reopened), file, what + " (queries)");
  }
  wenyuan::testing::TempDir dir_;
};

TEST_F(CorruptionTest, FlippedBytesAndTruncationInEveryFileKind) {
  {
    auto clean = IndexSnapshot::Open(dir_.path());
    ASSERT_TRUE(clean.ok());
    ASSERT_TRUE((*clean)->VerifyChecksums().ok());
    ASSERT_TRUE(ReadEverything(**clean).ok());
  }
  std::mt19937 rng(2);
  for (const std::string ext : {".dict", ".post", ".pos", ".ttl", ".docs", ".len", ".del", "MANIFEST"}) {
    const bool lazy = ext == ".dict" || ext == ".post" || ext == ".pos" || ext == ".ttl" || ext == ".docs";
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
        ExpectCorrupt(file, "flip at " + std::to_string(at), lazy);
      }
    }
    for (size_t keep : {size_t{0}, size_t{10}, original.size() / 2, original.size() - 1}) {
      wenyuan::testing::WriteFile(file, original.substr(0, keep));
      if (ext == "MANIFEST") {
        auto s = IndexSnapshot::Open(dir_.path());
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.status().code(), StatusCode::kCorruption);
      } else {
        ExpectCorrupt(file, "truncation to " + std::to_string(keep), false);
      }
    }
    wenyuan::testing::WriteFile(file, original);
    ASSERT_TRUE(IndexSnapshot::Open(dir_.path()).ok()) << "restored " << file;
  }
}

// A document record read only to filter (a date range) is verified too:
// a query whose filter meets a damaged record fails naming .docs.
TEST_F(CorruptionTest, ADamagedRecordMetByADateFilterIsNamed) {
  const std::string file = Find(".docs");
  std::string bad = wenyuan::testing::ReadFile(file);
  bad[kDocRecordBytes * 5 + 24] ^= 1;  // a date
  wenyuan::testing::WriteFile(file, bad);
  auto snapshot = IndexSnapshot::Open(dir_.path());
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  auto it = (*snapshot)->segments()[0].reader->Seek("");
  ASSERT_TRUE(it.Next());
  Query q;
  TermClause clause;
  clause.field = KeyField(it.key());
  clause.terms = {it.key().substr(1)};
  q.scored.push_back(clause);
  q.date_from = 19000101;
  auto found = Execute(**snapshot, q);
  ASSERT_FALSE(found.ok());
  ExpectNamed(found.status(), file, "date filter");
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
