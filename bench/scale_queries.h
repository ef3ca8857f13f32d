// The queries of the search-at-scale bench (search_scale_bench.cpp), drawn
// with a seeded generator from the passages indexed, so every engine and
// every run gets the same ones:
//   phrase    a 6-16-character Han stretch of a random passage (known item)
//   keywords  2-3 words of a random passage, space-separated (known item)
//   char      one Han character of a random passage
//   common    common words (的, 政府, 規定, 辦理 ...)
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "catalog/records.h"
#include "search/analysis.h"

namespace wenyuan::bench {

enum class Kind { kPhrase, kKeywords, kChar, kCommon };
constexpr const char* kKindNames[] = {"phrase 6-16", "keywords 2-3", "one character", "common words"};

struct BenchQuery {
  Kind kind;
  std::string text;
  int64_t gold = -1;  // passage index, for known-item queries
};

// `known_items` known-item queries (two thirds phrases, a third keywords),
// 50 one-character queries and 50 common words, shuffled.
std::vector<BenchQuery> MakeQueries(const std::vector<catalog::PassageRecord>& passages,
                                    const search::Analysis& analysis, size_t known_items, std::mt19937& rng);

}  // namespace wenyuan::bench
