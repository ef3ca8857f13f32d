// Test support: an index of random documents in three segments (one with
// deletions), and random queries over it that reach every path of the
// executor (tiers, fills, gates, flat clauses, proximity windows, filters),
// for the tests that compare Execute with ExecuteExhaustive.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "index/index_writer.h"
#include "index/query.h"
#include "index/random_documents.h"

namespace wenyuan::index::testing {

// 4,500 random documents (ids 1…4500) written in three commits, four of
// them deleted; null (with a test failure) if the writer fails.
inline std::shared_ptr<const IndexSnapshot> WriteRandomIndex(const std::filesystem::path& dir) {
  WriterOptions options;
  options.merge_on_commit = false;
  auto writer = IndexWriter::Open(dir, options);
  if (!writer.ok()) {
    ADD_FAILURE() << writer.status().ToString();
    return nullptr;
  }
  std::mt19937 rng(42);
  int64_t id = 1;
  // Three segments (one with deletions), posting lists of many blocks.
  for (int batch = 0; batch < 3; ++batch) {
    for (int i = 0; i < 1500; ++i) EXPECT_TRUE((*writer)->Add(RandomDocument(rng, id++, 400)).ok());
    EXPECT_TRUE((*writer)->Commit().ok());
  }
  EXPECT_TRUE((*writer)->DeleteByKeyword("doc:100").ok());
  EXPECT_TRUE((*writer)->DeletePassages({7, 2000, 4000}).ok());
  EXPECT_TRUE((*writer)->Commit().ok());
  return (*writer)->snapshot();
}

// Query `trial` of a run: its kind (tier, gate, window beyond k, filters)
// follows from `trial`, its terms and weights from `rng`. A window beyond
// k has candidates > k.
inline Query RandomQuery(std::mt19937& rng, int trial) {
  Query q;
  q.k = 1 + rng() % 30;
  const size_t terms = 1 + rng() % 6;
  for (size_t t = 0; t < terms; ++t) {
    TermClause c;
    c.field = rng() % 2 ? Field::kBigrams : Field::kBody;
    // Every tenth query of common terms alone (as `包括 办理`): a tier of
    // thousands, passed over by stretches of block maxima.
    const auto rank = trial % 10 == 9
                          ? static_cast<size_t>(rng() % 8)
                          : static_cast<size_t>(std::pow(static_cast<double>(rng() % 1000) / 1000.0, 2) * 420);
    c.terms = {VocabularyTerm(rank)};                                    // some beyond the vocabulary: absent
    if (rng() % 8 == 0) c.terms.push_back(VocabularyTerm(rng() % 400));  // alternatives
    c.weight = rng() % 5 == 0 ? 0.2 : 1.0;
    c.query_offset = static_cast<uint32_t>(t);  // neighbours, for the proximity boost
    q.scored.push_back(c);
  }
  // Flat clauses (the title-match bonus): a few documents' passages worth
  // as much as the terms or more, or half the corpus worth a little.
  if (trial % 3 != 2) {
    const size_t flats = 1 + rng() % 2;
    for (size_t f = 0; f < flats; ++f) {
      TermClause c;
      c.field = Field::kKeyword;
      c.flat = true;
      if (rng() % 4 == 0) {
        c.terms = {"type:pdf"};
        c.weight = 0.5;
      } else {
        for (size_t a = 0, n = 1 + rng() % 3; a < n; ++a) c.terms.push_back("doc:" + std::to_string(rng() % 1600));
        c.weight = 1 + static_cast<double>(rng() % 200) / 10.0;
      }
      q.scored.push_back(c);
    }
  }
  q.gate = trial % 2 == 1;
  q.fill_from_gate = q.gate && (trial / 4) % 2 == 0;  // the fill from the gate's passages alone
  // A conjunctive first tier over most of the terms (often empty: its
  // fallback is the ordinary ranking), its fill floor from none to most
  // of the tier's best.
  if ((trial / 2) % 3 != 2) {
    q.conjunctive = true;
    q.fill_share = static_cast<double>(rng() % 4) / 5.0;
    q.fill_share_max = q.fill_share + static_cast<double>(rng() % 4) / 5.0;  // rising with the holders
    for (auto& c : q.scored) c.conjunct = !c.flat && rng() % 4 != 0;
  }
  // A window beyond k (the boost's, the caller's candidates): with the
  // gate, the best k stay exact.
  const bool deeper = trial % 4 == 3;
  if (deeper) {
    q.proximity_weight = 0.3;
    q.proximity_window = q.k + 15;
    q.candidates = q.k + 25;
  }
  if (trial % 4 == 1 || trial % 4 == 2) {  // the boost's window beyond k, the best k alone wanted
    q.proximity_weight = 0.3;
    q.proximity_window = q.k + 15;
  }
  if (trial % 5 == 0) q.date_from = 20210101;
  if (trial % 7 == 0) q.required.push_back({Field::kKeyword, {{{"type:pdf"}, 0}}});
  if (trial % 11 == 0) q.excluded.push_back({Field::kBigrams, {{{VocabularyTerm(1)}, 0}}});
  if (trial % 13 == 0) {  // a category filter's allowed documents
    q.documents.emplace();
    for (int64_t d = trial % 4; d < 1500; d += 1 + rng() % 9) q.documents->push_back(d);
  }
  return q;
}

}  // namespace wenyuan::index::testing
