#include "index/segment_buffer.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>

#include "index/segment.h"
#include "test_support.h"
#include "util/file_io.h"

namespace wenyuan::index {
namespace segment_buffer_test {

// Random text-like terms: a small common vocabulary, many distinct ones,
// Han characters, and some long terms.
std::string RandomTerm(std::mt19937& rng) {
  const uint32_t kind = rng() % 10;
  if (kind < 5) return "w" + std::to_string(rng() % 50);
  if (kind < 8) return "d" + std::to_string(rng() % 100000);
  if (kind < 9) return std::string("\xe4\xb8") + static_cast<char>(0x80 + rng() % 64);
  return std::string(40 + rng() % 300, static_cast<char>('a' + rng() % 26)) + std::to_string(rng() % 1000);
}

IndexDocument RandomDocument(std::mt19937& rng, int64_t id) {
  IndexDocument d;
  d.values.passage_id = id;
  d.values.document_id = id / 2;
  d.values.signature = static_cast<uint64_t>(id) * 0x9e3779b97f4a7c15ull;
  d.title = rng() % 3 ? "title " + std::to_string(id) : "";
  for (size_t f = 0; f < kLengthFields; ++f) {
    const size_t n = rng() % 30;
    for (uint32_t p = 0; p < n; ++p) {
      // Positions repeat now and then (a bigram and its characters share
      // one), and a term may come back later in the document.
      const uint32_t position = p - (p > 0 && rng() % 7 == 0 ? 1 : 0);
      d.tokens[f].push_back({RandomTerm(rng), position, static_cast<uint32_t>(1 + rng() % 2)});
      d.values.length[f] += 1;
    }
    if (n > 2) {
      const FieldToken again = d.tokens[f][rng() % n];
      d.tokens[f].push_back(again);
    }
  }
  d.keywords = {"doc:" + std::to_string(d.values.document_id), rng() % 2 ? "type:pdf" : "type:txt"};
  if (rng() % 5 == 0) d.keywords.push_back(d.keywords[0]);  // a repeated keyword counts once
  return d;
}

// What a segment of `docs` holds, built the plain way: an ordered map of
// every key to its postings, given to SegmentWriter.
void WriteExpected(const std::vector<IndexDocument>& docs, const std::filesystem::path& dir) {
  std::map<std::string, std::map<uint32_t, Posting>> terms;
  std::vector<DocValues> values;
  std::vector<std::string> titles;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    values.push_back(docs[d].values);
    titles.push_back(docs[d].title);
    for (size_t f = 0; f < kLengthFields; ++f) {
      for (const FieldToken& t : docs[d].tokens[f]) {
        Posting& p = terms[TermKey(static_cast<Field>(f), t.term)][d];
        p.doc = d;
        p.tf += t.weight;
        p.positions.push_back(t.position);
      }
    }
    for (const std::string& k : docs[d].keywords) {
      Posting& p = terms[TermKey(Field::kKeyword, k)][d];
      p.doc = d;
      p.tf = 1;
    }
  }
  SegmentWriter writer(values, titles);
  for (auto& [key, by_doc] : terms) {
    std::vector<Posting> postings;
    for (auto& [d, p] : by_doc) {
      std::set<uint32_t> unique(p.positions.begin(), p.positions.end());
      p.positions.assign(unique.begin(), unique.end());
      postings.push_back(p);
    }
    writer.AddTerm(key, postings);
  }
  ASSERT_TRUE(writer.Finish(dir, "seg").ok());
}

void ExpectSameFiles(const std::filesystem::path& a, const std::filesystem::path& b) {
  for (const std::string& file : SegmentFileNames("seg")) {
    auto x = ReadFileToString(a / file, uint64_t{1} << 30);
    auto y = ReadFileToString(b / file, uint64_t{1} << 30);
    ASSERT_EQ(x.ok(), y.ok()) << file;
    if (!x.ok()) continue;
    EXPECT_TRUE(*x == *y) << file << " differs (" << x->size() << " vs " << y->size() << " bytes)";
  }
}

TEST(SegmentBufferTest, WritesTheSegmentAnOrderedMapOfPostingsWrites) {
  for (const size_t slots : {size_t{2}, size_t{1024}}) {  // 2: collisions and many rehashes
    std::mt19937 rng(static_cast<uint32_t>(slots));
    std::vector<IndexDocument> docs;
    SegmentBuffer buffer(slots);
    for (int64_t i = 0; i < 3000; ++i) {
      docs.push_back(RandomDocument(rng, i + 1));
      buffer.Add(docs.back());
    }
    wenyuan::testing::TempDir got, expected;
    auto deletions = buffer.Write(got.path(), "seg");
    ASSERT_TRUE(deletions.ok());
    WriteExpected(docs, expected.path());
    ExpectSameFiles(got.path(), expected.path());
    auto reader = SegmentReader::Open(got.path(), "seg");
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ((*reader)->doc_count(), 3000u);
    EXPECT_GT((*reader)->term_count(), 10000u);  // many distinct terms
  }
}

TEST(SegmentBufferTest, DeletesBufferedDocumentsByKeywordAndClearsToEmpty) {
  std::mt19937 rng(3);
  SegmentBuffer buffer(4);
  for (int64_t i = 0; i < 200; ++i) buffer.Add(RandomDocument(rng, i + 1));
  buffer.DeleteKeyword("doc:10");  // passages 20 and 21: documents 19 and 20
  buffer.DeleteKeyword("doc:none");
  EXPECT_EQ(buffer.live_docs(), 198u);
  wenyuan::testing::TempDir dir;
  auto deletions = buffer.Write(dir.path(), "seg");
  ASSERT_TRUE(deletions.ok());
  for (uint32_t d = 0; d < 200; ++d) EXPECT_EQ(deletions->IsDeleted(d), d == 19 || d == 20) << d;
  const size_t full = buffer.ApproximateBytes();
  buffer.Clear();
  EXPECT_EQ(buffer.docs(), 0u);
  EXPECT_LT(buffer.ApproximateBytes(), full / 10);
  buffer.DeleteKeyword("doc:10");
  EXPECT_EQ(buffer.live_docs(), 0u);
}

}  // namespace segment_buffer_test
}  // namespace wenyuan::index
