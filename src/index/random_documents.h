// Test support: random IndexDocuments over a small vocabulary (so terms
// repeat and posting lists span several blocks), for the index's tests.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "index/index_document.h"

namespace wenyuan::index::testing {

inline std::string VocabularyTerm(size_t i) { return "t" + std::to_string(i); }

// Document `n` of a corpus: Zipf-like term choice, titles and keywords.
inline IndexDocument RandomDocument(std::mt19937& rng, int64_t passage_id, size_t vocabulary = 60) {
  IndexDocument d;
  d.values.passage_id = passage_id;
  d.values.document_id = passage_id / 3;
  d.values.signature = static_cast<uint64_t>(passage_id) * 2654435761u;
  d.values.date = 20200101 + static_cast<int32_t>(rng() % 4) * 10000 + static_cast<int32_t>(rng() % 12) * 100;
  auto term = [&] {
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return VocabularyTerm(static_cast<size_t>(u * u * static_cast<double>(vocabulary)));
  };
  const size_t body = 5 + rng() % 40;
  for (size_t f : {1u, 2u}) {
    for (uint32_t p = 0; p < body; ++p) {
      d.tokens[f].push_back({term(), p, 1});
      d.values.length[f] += 1;
    }
  }
  const size_t title = rng() % 4;
  for (uint32_t p = 0; p < title; ++p) {
    const std::string t = term();
    d.tokens[0].push_back({t, p, 1});
    d.title += (p ? " " : "") + t;
    d.values.length[0] += 1;
    for (size_t f : {1u, 2u}) {
      d.tokens[f].push_back({t, kTitlePositionBase + p, 2});
      d.values.length[f] += 2;
    }
  }
  d.keywords = {"doc:" + std::to_string(d.values.document_id), "type:" + std::string(rng() % 2 ? "pdf" : "txt")};
  return d;
}

}  // namespace wenyuan::index::testing
