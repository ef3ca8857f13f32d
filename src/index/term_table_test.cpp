#include "index/term_table.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

using namespace std::string_literals;

namespace wenyuan::index {
namespace {

TEST(TermTableTest, GivesDenseIdsAndFindsEveryKeyThroughGrowth) {
  TermTable table(2);  // tiny: every insert collides and the table grows often
  std::map<std::string, uint32_t> expected;
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string key;
    const size_t length = rng() % 5 == 0 ? 100 + rng() % 300 : rng() % 8;  // some long, some empty
    for (size_t c = 0; c < length; ++c)
      key.push_back(static_cast<char>(rng() % 6 == 0 ? rng() % 256 : 'a' + rng() % 3));
    bool added = false;
    const uint32_t id = table.FindOrAdd(key, &added);
    auto [it, fresh] = expected.emplace(key, static_cast<uint32_t>(expected.size()));
    EXPECT_EQ(added, fresh) << i;
    EXPECT_EQ(id, it->second) << i;
  }
  ASSERT_EQ(table.size(), expected.size());
  EXPECT_GE(table.slot_count(), 2 * expected.size());
  for (const auto& [key, id] : expected) {
    EXPECT_EQ(table.Key(id), key);
    EXPECT_EQ(table.Find(key), id);
  }
  EXPECT_EQ(table.Find("not a key \x01"), std::nullopt);
}

// A key's head is its first 7 bytes (byte i at bits 8i) under its length.
TEST(TermTableTest, HeadHoldsTheLeadingBytesAndTheLength) {
  const std::string bytes =
      "\xe4\xb8\xad\x01\xff\x80\x7f"
      "abcdefghij";
  for (size_t n = 0; n <= bytes.size(); ++n) {
    const std::string key = bytes.substr(0, n);
    uint64_t expected = static_cast<uint64_t>(n) << 56;
    for (size_t i = 0; i < n && i < 7; ++i)
      expected |= static_cast<uint64_t>(static_cast<unsigned char>(key[i])) << (8 * i);
    EXPECT_EQ(TermTable::HashKey(key).head, expected) << n;
  }
}

TEST(TermTableTest, TellsKeysApartThatDifferOnlyInTheirLastByteOrLength) {
  TermTable table(4);
  const std::string a = "2中文", b = "2中文\0"s, c = "2中";
  const uint32_t ia = table.FindOrAdd(a), ib = table.FindOrAdd(b), ic = table.FindOrAdd(c);
  EXPECT_NE(ia, ib);
  EXPECT_NE(ia, ic);
  EXPECT_NE(ib, ic);
  EXPECT_EQ(table.FindOrAdd(b), ib);
  EXPECT_EQ(table.Key(ib), b);
}

TEST(TermTableTest, ClearForgetsEveryKeyAndStartsIdsAgain) {
  TermTable table(8);
  for (int i = 0; i < 1000; ++i) table.FindOrAdd("k" + std::to_string(i));
  const size_t grown = table.ApproximateBytes();
  table.Clear();
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.slot_count(), 8u);
  EXPECT_LT(table.ApproximateBytes(), grown);
  EXPECT_EQ(table.Find("k1"), std::nullopt);
  EXPECT_EQ(table.FindOrAdd("k999"), 0u);
}

}  // namespace
}  // namespace wenyuan::index
