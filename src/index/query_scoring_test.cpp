// Tests of the scoring helpers shared by the executor's passes
// (index/query_scoring.h), on a real segment of random documents.
#include "index/query_scoring.h"

#include <gtest/gtest.h>

#include <random>

#include "index/index_writer.h"
#include "index/random_documents.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

using testing::RandomDocument;
using testing::VocabularyTerm;

class QueryScoringTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = IndexWriter::Open(dir_.path(), WriterOptions{});
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    std::mt19937 rng(42);
    // One segment whose common terms' lists run over many blocks.
    for (int64_t id = 1; id <= 1500; ++id) ASSERT_TRUE((*writer)->Add(RandomDocument(rng, id, 400)).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
    snapshot_ = (*writer)->snapshot();
  }
  wenyuan::testing::TempDir dir_;
  std::shared_ptr<const IndexSnapshot> snapshot_;
};

// The candidates' block bounds (query_scoring.h BlockBounds): a clause's
// bound at a document is its skip table's block there, kept until that
// block ends; Known gives it while the block read last holds the document
// and the whole list's bound after.
TEST_F(QueryScoringTest, BlockBoundsAreTheBlocksThatHoldEachDocument) {
  const SegmentReader& reader = *snapshot_->segments()[0].reader;
  std::vector<scoring::ScoredCursor> owned;
  for (size_t rank : {0, 1, 2}) {
    auto cursor = TermCursor::Open(reader, {TermKey(Field::kBigrams, VocabularyTerm(rank))});
    ASSERT_TRUE(cursor.ok()) << cursor.status().ToString();
    ASSERT_GT(cursor->df(), 2 * 128u) << "a list of several blocks";
    scoring::ScoredCursor c{std::move(*cursor), 2.0, 400, Bm25Params{1.2, 0.75}};
    c.bound = c.Bound(c.cursor.WholeBound());
    owned.push_back(std::move(c));
  }
  scoring::BlockBounds blocks(owned);
  std::vector<scoring::ScoredCursor*> others = {&owned[1], &owned[2]};
  std::vector<double> rest;
  size_t below_whole = 0;
  for (uint32_t d = 0; d < reader.doc_count(); d += 7) {
    for (auto& c : owned) {
      const BlockBound b = c.cursor.BlockFor(d);
      EXPECT_EQ(blocks.At(c, d), c.Bound(b)) << "doc " << d;
      EXPECT_EQ(blocks.Known(c, d), c.Bound(b)) << "doc " << d;
      below_whole += c.Bound(b) < c.bound ? 1 : 0;
    }
    blocks.Rest(d, others, rest);
    ASSERT_EQ(rest.size(), 3u);
    EXPECT_EQ(rest[2], 0);
    EXPECT_EQ(rest[1], blocks.At(owned[2], d));
    EXPECT_EQ(rest[0], rest[1] + blocks.At(owned[1], d));
  }
  EXPECT_GT(below_whole, 0u) << "some blocks bound below their whole lists";
  // Past the last block read, the whole list's bound.
  scoring::BlockBounds fresh(owned);
  EXPECT_EQ(fresh.Known(owned[0], 0), owned[0].bound);
  const uint32_t first_end = owned[0].cursor.BlockFor(0).last_doc + 1;
  fresh.At(owned[0], 0);
  EXPECT_EQ(fresh.Known(owned[0], first_end), owned[0].bound);
}

}  // namespace
}  // namespace wenyuan::index
