#include "index/word_lists.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace wenyuan::index {
namespace {

TEST(WordListsTest, InterleavedListsReadBackWhatWasAppendedAndUpdated) {
  WordLists pool;
  std::mt19937 rng(11);
  std::vector<WordLists::List> lists(500);
  std::vector<std::vector<uint32_t>> expected(lists.size());
  std::vector<std::vector<uint32_t>> addresses(lists.size());
  // Lists of very different lengths (some thousands of words: many blocks,
  // several chunks), appended to in random order.
  for (int i = 0; i < 200000; ++i) {
    const size_t l = rng() % 7 == 0 ? rng() % 3 : rng() % lists.size();
    const uint32_t word = static_cast<uint32_t>(rng());
    addresses[l].push_back(pool.Append(lists[l], word));
    expected[l].push_back(word);
    if (rng() % 5 == 0) {  // update an earlier word in place
      const size_t k = rng() % expected[l].size();
      pool.At(addresses[l][k]) += 7;
      expected[l][k] += 7;
    }
  }
  for (size_t l = 0; l < lists.size(); ++l) {
    WordLists::Reader reader(pool, lists[l]);
    for (size_t k = 0; k < expected[l].size(); ++k) ASSERT_EQ(reader.Next(), expected[l][k]) << l << " " << k;
  }
  EXPECT_GT(pool.ApproximateBytes(), 200000 * sizeof(uint32_t));
  EXPECT_LT(pool.ApproximateBytes(), 2 * 200000 * sizeof(uint32_t) + 500 * 1024);
  pool.Clear();
  EXPECT_EQ(pool.ApproximateBytes(), 0u);
  WordLists::List fresh;
  pool.Append(fresh, 42);
  EXPECT_EQ(WordLists::Reader(pool, fresh).Next(), 42u);
}

}  // namespace
}  // namespace wenyuan::index
