#include "index/term_dictionary.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "index/byte_coding.h"

namespace wenyuan::index {
namespace {

std::map<std::string, TermInfo> RandomTerms(size_t n) {
  std::mt19937 rng(11);
  std::map<std::string, TermInfo> terms;
  const std::vector<std::string> stems = {"2台灣", "2台北", "1資料", "3source:", "2ab", "0"};
  while (terms.size() < n) {
    std::string key = stems[rng() % stems.size()];
    for (int i = rng() % 6; i >= 0; --i) key.push_back(static_cast<char>('a' + rng() % 26));
    TermInfo info{static_cast<uint32_t>(rng() % 1000 + 1), rng() % 100000, rng() % 100000,
                  static_cast<uint32_t>(rng() % 50 + 1), static_cast<uint32_t>(rng() % 500)};
    terms[key] = info;
  }
  return terms;
}

std::string Written(const std::map<std::string, TermInfo>& terms) {
  TermDictionaryWriter writer;
  for (const auto& [k, v] : terms) writer.Add(k, v);
  return writer.Finish();
}

// Every term is found with its info, a key past each is not, and Seek walks
// in order from the first key >= its bound.
void ExpectFindsAndSeeksEveryTerm(const TermDictionary& dict, const std::map<std::string, TermInfo>& terms) {
  EXPECT_EQ(dict.size(), terms.size());
  for (const auto& [k, v] : terms) {
    auto found = dict.Find(k);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value()) << k;
    EXPECT_EQ((*found)->df, v.df);
    EXPECT_EQ((*found)->postings_offset, v.postings_offset);
    EXPECT_EQ((*found)->positions_offset, v.positions_offset);
    EXPECT_EQ((*found)->max_tf, v.max_tf);
    EXPECT_EQ((*found)->min_length, v.min_length);
    auto absent = dict.Find(k + "\x01");
    ASSERT_TRUE(absent.ok());
    EXPECT_FALSE(absent->has_value() && !terms.count(k + "\x01"));
  }
  for (const std::string from : {"", "2台", "2台北m", "zzz"}) {
    auto it = dict.Seek(from);
    auto expected = terms.lower_bound(from);
    while (it.Next()) {
      ASSERT_NE(expected, terms.end());
      EXPECT_EQ(it.key(), expected->first);
      ++expected;
    }
    EXPECT_TRUE(it.status().ok());
    EXPECT_EQ(expected, terms.end()) << from;
  }
}

TEST(TermDictionaryTest, RandomTermsRoundTripFindAndSeek) {
  const auto terms = RandomTerms(1000);
  const std::string bytes = Written(terms);  // the dictionary reads it in place
  auto dict = TermDictionary::Open(bytes);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  ExpectFindsAndSeeksEveryTerm(*dict, terms);
}

// A lookup in steps (every key located first, as a query does, then each
// decoded from its block) finds what Find finds; blocks follow the keys'
// order, and a block holds only its own keys.
TEST(TermDictionaryTest, KeysLocatedFirstAreFoundInTheirBlocks) {
  const auto terms = RandomTerms(1000);
  const std::string bytes = Written(terms);
  auto dict = TermDictionary::Open(bytes);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  std::vector<std::pair<std::string, size_t>> located;
  for (const auto& [k, v] : terms) {
    located.emplace_back(k, dict->Locate(k));
    located.emplace_back(k + "\x01", dict->Locate(k + "\x01"));
    dict->PrefetchBlock(located.back().second);  // no file behind it: nothing to ask for
  }
  dict->PrefetchBlock(1u << 30);  // past the end: harmless
  size_t last_block = 0;
  for (const auto& [key, block] : located) {
    EXPECT_GE(block, last_block) << key;
    last_block = block;
    auto found = dict->FindIn(block, key);
    ASSERT_TRUE(found.ok());
    auto expected = terms.find(key);
    ASSERT_EQ(found->has_value(), expected != terms.end()) << key;
    if (expected != terms.end()) {
      EXPECT_EQ((*found)->postings_offset, expected->second.postings_offset);
      EXPECT_EQ((*found)->df, expected->second.df);
    }
  }
  const std::string& first = terms.begin()->first;
  const std::string& last = terms.rbegin()->first;
  ASSERT_NE(dict->Locate(first), dict->Locate(last));
  auto elsewhere = dict->FindIn(dict->Locate(last), first);
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_FALSE(elsewhere->has_value());
  auto past = dict->FindIn(1u << 30, first);
  ASSERT_TRUE(past.ok());
  EXPECT_FALSE(past->has_value());
}

// Dictionaries written before the blocks' first-key prefixes were stored
// end with the block starts alone; they open (the prefixes read from the
// blocks) and find the same terms.
TEST(TermDictionaryTest, DictionaryWithoutStoredPrefixesStillOpens) {
  const auto terms = RandomTerms(1000);
  const std::string bytes = Written(terms);
  const char* tail = bytes.data() + bytes.size() - 20;
  const uint32_t blocks = DecodeFixed32(tail);
  const uint64_t entries_bytes = DecodeFixed64(tail + 12);
  ASSERT_EQ(bytes.size() - 20 - entries_bytes, uint64_t{blocks} * (4 + kPrefixBytes));
  const std::string older = bytes.substr(0, entries_bytes + 4ull * blocks) + bytes.substr(bytes.size() - 20);
  auto dict = TermDictionary::Open(older);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  ExpectFindsAndSeeksEveryTerm(*dict, terms);
  // Neither layout: the index between entries and tail is cut short.
  const std::string cut = bytes.substr(0, entries_bytes + 4ull * blocks + 3) + bytes.substr(bytes.size() - 20);
  EXPECT_EQ(TermDictionary::Open(cut).status().code(), StatusCode::kCorruption);
}

TEST(TermDictionaryTest, KeysSharingLongPrefixesAcrossBlocksAreFound) {
  // Hundreds of keys whose first 8 bytes agree (the in-memory prefixes of
  // their blocks tie), keys that are prefixes of others, short keys.
  std::map<std::string, TermInfo> terms;
  uint32_t n = 0;
  for (const std::string stem : {"3title:中華民國", "3title:中華", "3title:", "3t", "3"}) {
    terms[stem] = TermInfo{++n, n, n, 1, 1};
    for (int i = 0; i < 150; ++i) terms[stem + std::to_string(i)] = TermInfo{++n, n, n, 1, 1};
  }
  TermDictionaryWriter writer;
  for (const auto& [k, v] : terms) writer.Add(k, v);
  const std::string bytes = writer.Finish();
  auto dict = TermDictionary::Open(bytes);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  for (const auto& [k, v] : terms) {
    auto found = dict->Find(k);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value()) << k;
    EXPECT_EQ((*found)->df, v.df) << k;
    for (const std::string& absent : {k + "\x01", k + "~", k.substr(0, k.size() - 1) + "\x01"}) {
      auto missing = dict->Find(absent);
      ASSERT_TRUE(missing.ok());
      EXPECT_EQ(missing->has_value(), terms.count(absent) > 0) << absent;
    }
    auto it = dict->Seek(k + "\x01");
    auto expected = terms.upper_bound(k + "\x01");
    if (it.Next()) {
      ASSERT_NE(expected, terms.end());
      EXPECT_EQ(it.key(), expected->first);
    } else {
      EXPECT_EQ(expected, terms.end());
    }
  }
  for (const char* below : {"", "2zzz", "3\x01"}) EXPECT_FALSE(dict->Find(below)->has_value());
}

TEST(TermDictionaryTest, EmptyDictionaryAndDamagedBytes) {
  TermDictionaryWriter empty;
  const std::string bytes = empty.Finish();
  auto dict = TermDictionary::Open(bytes);
  ASSERT_TRUE(dict.ok());
  EXPECT_FALSE(dict->Find("x")->has_value());
  EXPECT_FALSE(dict->Seek("").Next());
  EXPECT_EQ(TermDictionary::Open("short").status().code(), StatusCode::kCorruption);
  std::string bad = bytes;
  bad[bad.size() - 20] = 5;  // claims blocks it does not have
  EXPECT_EQ(TermDictionary::Open(bad).status().code(), StatusCode::kCorruption);
}

}  // namespace
}  // namespace wenyuan::index
