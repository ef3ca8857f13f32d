#include "index/bit_packing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "index/byte_coding.h"

namespace wenyuan::index {
namespace {

TEST(BitPackingTest, RandomRunsRoundTripAtEveryWidth) {
  std::mt19937 rng(7);
  for (uint32_t bits = 0; bits <= 32; ++bits) {
    for (size_t n : {1, 5, 127, 128}) {
      std::vector<uint32_t> values(n);
      const uint64_t limit = bits == 32 ? UINT32_MAX : (1ull << bits) - 1;
      for (auto& v : values) v = static_cast<uint32_t>(rng() % (limit + 1));
      if (bits > 0) values[n / 2] = static_cast<uint32_t>(limit);  // the widest value is there
      ASSERT_EQ(BitsNeeded(values.data(), n), bits);
      std::string packed = "x";  // appends after what is there
      PackBits(values.data(), n, bits, packed);
      ASSERT_EQ(packed.size(), 1 + PackedBytes(n, bits));
      std::vector<uint32_t> back(n, 99);
      UnpackBits(packed.data() + 1, n, bits, back.data());
      EXPECT_EQ(back, values) << bits << " bits, " << n << " values";
    }
  }
}

TEST(BitPackingTest, PartsOfARunAndSingleValuesReadAsTheWholeRun) {
  std::mt19937 rng(11);
  for (uint32_t bits = 0; bits <= 32; ++bits) {
    for (size_t n : {1, 9, 100, 128}) {
      std::vector<uint32_t> values(n);
      const uint64_t limit = bits == 32 ? UINT32_MAX : (1ull << bits) - 1;
      for (auto& v : values) v = static_cast<uint32_t>(rng() % (limit + 1));
      std::string packed;
      PackBits(values.data(), n, bits, packed);
      // Exactly the run's bytes on the heap: a read past them is a
      // sanitizer's error.
      std::vector<char> exact(packed.begin(), packed.end());
      const char* in = exact.empty() ? nullptr : exact.data();
      for (size_t i = 0; i < n; ++i) {
        ASSERT_EQ(UnpackBit(in, n, bits, i), values[i]) << bits << " bits, value " << i << " of " << n;
      }
      for (size_t first = 0; first < n; first += 7) {
        for (size_t count : {size_t{1}, size_t{32}, n - first}) {
          std::vector<uint32_t> part(count, 99);
          UnpackBitsRange(in, n, bits, first, count, part.data());
          const size_t end = std::min(n, first + count);
          for (size_t i = first; i < end; ++i) {
            ASSERT_EQ(part[i - first], values[i]) << bits << " bits, values " << first << "+" << count;
          }
        }
      }
    }
  }
}

TEST(ByteCodingTest, VarintsRoundTripAndTruncationFails) {
  std::string s;
  const std::vector<uint64_t> values = {0, 1, 127, 128, 300, 1u << 31, UINT64_MAX};
  for (uint64_t v : values) PutVarint(s, v);
  ByteReader r(s);
  for (uint64_t v : values) {
    uint64_t got = 0;
    ASSERT_TRUE(r.GetVarint(got));
    EXPECT_EQ(got, v);
  }
  EXPECT_EQ(r.remaining(), 0u);
  ByteReader cut(std::string_view(s).substr(0, s.size() - 1));
  uint64_t got = 0;
  for (size_t i = 0; i + 1 < values.size(); ++i) ASSERT_TRUE(cut.GetVarint(got));
  EXPECT_FALSE(cut.GetVarint(got));
  EXPECT_TRUE(cut.failed());
}

}  // namespace
}  // namespace wenyuan::index
