#include <gtest/gtest.h>

#include <filesystem>

#include "index/segment.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

using wenyuan::testing::TempDir;

std::vector<DocValues> SampleDocs() {
  std::vector<DocValues> docs(700);
  for (size_t d = 0; d < docs.size(); ++d) {
    const auto n = static_cast<uint32_t>(d);
    docs[d].passage_id = 1000 + static_cast<int64_t>(d);
    docs[d].document_id = 7 + static_cast<int64_t>(d / 3);
    docs[d].signature = 0x9e3779b97f4a7c15ull * (d + 1);
    docs[d].date = 20260101 + static_cast<int32_t>(d % 28);
    docs[d].length[0] = 1 + n % 13;
    docs[d].length[1] = 40 + n * 3;
    docs[d].length[2] = 90000 + n * 7;  // past 16 bits
  }
  return docs;
}

void ExpectValuesAndLengths(const SegmentReader& segment, const std::vector<DocValues>& docs) {
  ASSERT_EQ(segment.doc_count(), docs.size());
  uint64_t totals[kLengthFields] = {0, 0, 0};
  for (uint32_t d = 0; d < docs.size(); ++d) {
    auto doc = segment.Doc(d);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    const DocValues& got = *doc;
    EXPECT_EQ(got.passage_id, docs[d].passage_id);
    EXPECT_EQ(got.document_id, docs[d].document_id);
    EXPECT_EQ(got.signature, docs[d].signature);
    EXPECT_EQ(got.date, docs[d].date);
    for (size_t f = 0; f < kLengthFields; ++f) {
      EXPECT_EQ(got.length[f], docs[d].length[f]) << "doc " << d << " field " << f;
      EXPECT_EQ(segment.Length(d, static_cast<Field>(f)), docs[d].length[f]) << "doc " << d << " field " << f;
      totals[f] += docs[d].length[f];
    }
    EXPECT_EQ(segment.Length(d, Field::kKeyword), 1u);
  }
  for (size_t f = 0; f < kLengthFields; ++f) EXPECT_EQ(segment.TotalLength(static_cast<Field>(f)), totals[f]);
  EXPECT_EQ(segment.Length(700, Field::kBigrams), 1u);
  EXPECT_EQ(segment.Length(UINT32_MAX, Field::kTitle), 1u);
}

// Writes `docs` as segment "seg" in `dir`, with one term's postings.
void WriteSampleSegment(const std::filesystem::path& dir, const std::vector<DocValues>& docs) {
  SegmentWriter writer(docs);
  writer.AddTerm("2ab", std::vector<Posting>{{0, 1, {0}}, {699, 2, {3, 9}}});
  ASSERT_TRUE(writer.Finish(dir, "seg").ok());
}

// What a segment reader gives back per document is what was written: the
// values of .docs, and each length field's value (held at open in a dense
// array a field, from .len), with 1 for the keyword field and for documents
// past the end.
TEST(SegmentReaderTest, GivesBackEveryDocumentsValuesAndFieldLengths) {
  TempDir dir;
  const std::vector<DocValues> docs = SampleDocs();
  ASSERT_NO_FATAL_FAILURE(WriteSampleSegment(dir.path(), docs));
  ASSERT_TRUE(std::filesystem::exists(dir.path() / "seg.len"));
  auto reader = SegmentReader::Open(dir.path(), "seg");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ExpectValuesAndLengths(**reader, docs);
}

// A segment written before the length columns (no .len) reads its lengths
// from the document records: the same values.
TEST(SegmentReaderTest, ASegmentWithoutLengthColumnsReadsTheRecords) {
  TempDir dir;
  const std::vector<DocValues> docs = SampleDocs();
  ASSERT_NO_FATAL_FAILURE(WriteSampleSegment(dir.path(), docs));
  ASSERT_TRUE(std::filesystem::remove(dir.path() / "seg.len"));
  auto reader = SegmentReader::Open(dir.path(), "seg");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ExpectValuesAndLengths(**reader, docs);
}

// Length columns that disagree with the records' count are damage, named.
TEST(SegmentReaderTest, LengthColumnsOfAnotherCountAreCorruption) {
  TempDir dir;
  std::vector<DocValues> docs = SampleDocs();
  ASSERT_TRUE(SegmentWriter(docs).Finish(dir.path(), "seg").ok());
  docs.pop_back();
  ASSERT_TRUE(SegmentWriter(docs).Finish(dir.path(), "short").ok());
  std::filesystem::copy_file(dir.path() / "short.len", dir.path() / "seg.len",
                             std::filesystem::copy_options::overwrite_existing);
  auto reader = SegmentReader::Open(dir.path(), "seg");
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kCorruption);
  EXPECT_NE(reader.status().message().find("seg.docs"), std::string::npos) << reader.status().message();
}

// Length columns whose checksums hold but whose values differ from the
// records' open (the count agrees), and the full check names the file.
TEST(SegmentReaderTest, LengthColumnsThatDisagreeWithTheRecordsFailTheCheck) {
  TempDir dir;
  std::vector<DocValues> docs = SampleDocs();
  ASSERT_TRUE(SegmentWriter(docs).Finish(dir.path(), "seg").ok());
  docs[321].length[1] += 1;
  ASSERT_TRUE(SegmentWriter(docs).Finish(dir.path(), "other").ok());
  std::filesystem::copy_file(dir.path() / "other.len", dir.path() / "seg.len",
                             std::filesystem::copy_options::overwrite_existing);
  auto reader = SegmentReader::Open(dir.path(), "seg");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  const Status check = (*reader)->VerifyChecksums();
  ASSERT_FALSE(check.ok());
  EXPECT_EQ(check.code(), StatusCode::kCorruption);
  EXPECT_NE(check.message().find("seg.len: document 321"), std::string::npos) << check.message();
  auto intact = SegmentReader::Open(dir.path(), "other");
  ASSERT_TRUE(intact.ok());
  EXPECT_TRUE((*intact)->VerifyChecksums().ok());
}

}  // namespace
}  // namespace wenyuan::index
