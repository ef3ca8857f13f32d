#include "index/length_columns.h"

#include <gtest/gtest.h>

namespace wenyuan::index {
namespace {

std::vector<DocValues> Docs(size_t n) {
  std::vector<DocValues> docs(n);
  for (size_t d = 0; d < n; ++d) {
    const auto i = static_cast<uint32_t>(d);
    docs[d].length[0] = i % 200;        // one byte
    docs[d].length[1] = 300 + i * 61;   // two bytes
    docs[d].length[2] = 70000 + i * 7;  // four bytes
  }
  return docs;
}

// Every value comes back, each column in the fewest bytes that hold its
// largest value, with the columns' totals.
TEST(LengthColumnsTest, RoundTripsEachColumnInItsNarrowestWidth) {
  const std::vector<DocValues> docs = Docs(1000);
  const std::string bytes = EncodeLengthColumns(docs);
  EXPECT_EQ(bytes.size(), 4 + 3 * 9 + docs.size() * (1 + 2 + 4));
  auto got = DecodeLengthColumns(bytes);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_EQ(got->docs, docs.size());
  for (size_t f = 0; f < kLengthFields; ++f) {
    uint64_t total = 0;
    ASSERT_EQ(got->values[f].size(), docs.size());
    for (size_t d = 0; d < docs.size(); ++d) {
      EXPECT_EQ(got->values[f][d], docs[d].length[f]) << "doc " << d << " field " << f;
      total += docs[d].length[f];
    }
    EXPECT_EQ(got->totals[f], total) << "field " << f;
  }
}

TEST(LengthColumnsTest, TheLargestValuesOfEachWidthSurvive) {
  std::vector<DocValues> docs(3);
  docs[0].length[0] = 0xff;
  docs[1].length[1] = 0xffff;
  docs[2].length[2] = UINT32_MAX;
  auto got = DecodeLengthColumns(EncodeLengthColumns(docs));
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->values[0][0], 0xffu);
  EXPECT_EQ(got->values[1][1], 0xffffu);
  EXPECT_EQ(got->values[2][2], UINT32_MAX);
  EXPECT_EQ(got->values[2][0], 0u);
}

TEST(LengthColumnsTest, AnEmptySegmentHasEmptyColumns) {
  auto got = DecodeLengthColumns(EncodeLengthColumns({}));
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->docs, 0u);
  for (const auto& column : got->values) EXPECT_TRUE(column.empty());
}

// Bytes that do not fit the header give Corruption, never a read past
// the span.
TEST(LengthColumnsTest, BadWidthsAndSizesAreCorruption) {
  const std::string good = EncodeLengthColumns(Docs(50));
  std::string bad_width = good;
  bad_width[4] = 3;
  std::string more_docs = good;
  more_docs[0] = static_cast<char>(51);
  for (const std::string& bad :
       {bad_width, more_docs, good.substr(0, good.size() - 1), good + "x", good.substr(0, 10)}) {
    auto got = DecodeLengthColumns(bad);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.status().code(), StatusCode::kCorruption);
    EXPECT_NE(got.status().message().find("length columns"), std::string::npos) << got.status().message();
  }
}

}  // namespace
}  // namespace wenyuan::index
