// PlainBm25: the textbook BM25 the retrieval bench measures Wenyuan against.
// One field (a passage's title and text, joined), one token stream given as
// a function, Robertson-Sparck Jones IDF (log(1 + (N - df + 0.5)/(df + 0.5)),
// as Lucene has it), no stop words, no query-side weighting, no folding
// beyond what the token function does. Built once, then searched read-only.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/records.h"

namespace wenyuan::bench {

class PlainBm25 {
 public:
  using Tokenize = std::function<std::vector<std::string>(std::string_view)>;

  PlainBm25(const std::vector<catalog::PassageRecord>& passages, Tokenize tokenize, double k1 = 1.2, double b = 0.75);

  // Indices into the passages given, best first, at most `k`; ties go to
  // the earlier passage.
  std::vector<uint32_t> Top(std::string_view query, size_t k) const;

 private:
  struct Posting {
    uint32_t passage;
    uint32_t tf;
  };
  Tokenize tokenize_;
  double k1_, b_;
  std::unordered_map<std::string, std::vector<Posting>> postings_;
  std::vector<float> length_;
  double average_length_ = 1;
};

}  // namespace wenyuan::bench
