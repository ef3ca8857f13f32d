#include "index/query_executor.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "index/index_writer.h"
#include "index/random_documents.h"
#include "index/random_queries.h"
#include "test_support.h"

namespace wenyuan::index {
namespace {

using testing::RandomDocument;
using testing::RandomQuery;
using testing::VocabularyTerm;
using testing::WriteRandomIndex;

class QueryExecutorTest : public ::testing::Test {
 protected:
  void SetUp() override { snapshot_ = WriteRandomIndex(dir_.path()); }
  wenyuan::testing::TempDir dir_;
  std::shared_ptr<const IndexSnapshot> snapshot_;
};

void ExpectSameHits(const QueryResult& a, const QueryResult& b) {
  ASSERT_EQ(a.hits.size(), b.hits.size());
  for (size_t i = 0; i < a.hits.size(); ++i) {
    EXPECT_EQ(a.hits[i].values.passage_id, b.hits[i].values.passage_id) << "rank " << i;
    EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << "rank " << i;
  }
}

TEST_F(QueryExecutorTest, BlockMaxWandEqualsExhaustiveScoringOnRandomQueries) {
  std::mt19937 rng(8);
  uint64_t pruned_total = 0, exhaustive_total = 0;
  int tiered = 0, filled = 0;  // queries with a first tier, and with a fill after it
  int gate_filled = 0;         // ... a fill drawn from the gate's passages
  for (int trial = 0; trial < 150; ++trial) {
    const Query q = RandomQuery(rng, trial);
    const bool deeper = q.candidates > q.k;
    auto fast = Execute(*snapshot_, q);
    auto slow = ExecuteExhaustive(*snapshot_, q);
    ASSERT_TRUE(fast.ok()) << fast.status().ToString();
    ASSERT_TRUE(slow.ok()) << slow.status().ToString();
    if (deeper && q.gate) {
      ASSERT_GE(fast->hits.size(), std::min(q.k, slow->hits.size()));
      fast->hits.resize(std::min(q.k, fast->hits.size()));
      slow->hits.resize(std::min(q.k, slow->hits.size()));
    }
    ExpectSameHits(*fast, *slow);
    EXPECT_EQ(fast->first_tier, slow->first_tier) << "trial " << trial;
    for (size_t c = 0; c < q.scored.size(); ++c) {
      EXPECT_EQ(fast->clauses[c].df, slow->clauses[c].df);
      EXPECT_EQ(fast->clauses[c].gate, slow->clauses[c].gate);
      EXPECT_EQ(fast->clauses[c].conjunct, slow->clauses[c].conjunct);
    }
    tiered += fast->first_tier > 0 ? 1 : 0;
    filled += fast->first_tier > 0 && fast->hits.size() > fast->first_tier ? 1 : 0;
    gate_filled += q.fill_from_gate && fast->first_tier > 0 && fast->hits.size() > fast->first_tier ? 1 : 0;
    pruned_total += fast->scored_documents;
    exhaustive_total += slow->scored_documents;
  }
  // Pruning skipped documents (the point of it); the tiers were exercised.
  EXPECT_LT(pruned_total, exhaustive_total);
  EXPECT_GT(tiered, 10);
  EXPECT_GT(filled, 3);
  EXPECT_GT(gate_filled, 0);
}

// The tier of common terms alone (thousands of holders, as a boilerplate
// phrase's): its stretches skipped on block maxima kept per clause until
// that clause's block ends, its holders scored with one length
// normalisation per field, equal exhaustive scoring.
TEST_F(QueryExecutorTest, LargeTiersEqualExhaustiveScoring) {
  std::mt19937 rng(20);
  uint64_t pruned_total = 0, exhaustive_total = 0;
  for (int trial = 0; trial < 60; ++trial) {
    Query q;
    q.k = 1 + rng() % 20;
    q.conjunctive = true;
    q.gate = true;
    q.fill_from_gate = trial % 2 == 0;
    const size_t terms = 2 + rng() % 5;
    for (size_t t = 0; t < terms; ++t) {
      TermClause c;
      c.field = rng() % 3 ? Field::kBigrams : Field::kBody;
      c.terms = {VocabularyTerm(rng() % 12)};
      c.weight = rng() % 4 == 0 ? 0.2 : 1.0;
      c.conjunct = c.weight == 1.0 && rng() % 5 != 0;
      c.query_offset = static_cast<uint32_t>(t);
      q.scored.push_back(c);
    }
    if (trial % 3 == 0) {  // a title-match bonus on a few documents
      TermClause c;
      c.field = Field::kKeyword;
      c.flat = true;
      c.terms = {"doc:" + std::to_string(rng() % 1600)};
      c.weight = 1 + static_cast<double>(rng() % 100) / 10.0;
      q.scored.push_back(c);
    }
    if (trial % 2 == 1) {
      q.proximity_weight = 0.3;
      q.proximity_window = q.k + 15;
    }
    auto fast = Execute(*snapshot_, q);
    auto slow = ExecuteExhaustive(*snapshot_, q);
    ASSERT_TRUE(fast.ok()) << fast.status().ToString();
    ASSERT_TRUE(slow.ok()) << slow.status().ToString();
    ExpectSameHits(*fast, *slow);
    EXPECT_EQ(fast->first_tier, slow->first_tier) << "trial " << trial;
    pruned_total += fast->scored_documents;
    exhaustive_total += slow->scored_documents;
  }
  EXPECT_LT(pruned_total, exhaustive_total);
}

namespace large_tier_test {

// A passage of `length` bigrams holding "a" and "b" `tf` times each.
IndexDocument Passage(int64_t id, uint32_t length, uint32_t tf) {
  IndexDocument d;
  d.values.passage_id = id;
  d.values.document_id = id;
  for (uint32_t p = 0; p < length; ++p) {
    const std::string term = p < 2 * tf ? (p % 2 ? "b" : "a") : "z" + std::to_string(p % 50);
    d.tokens[static_cast<size_t>(Field::kBigrams)].push_back({term, p, 1});
  }
  d.values.length[static_cast<size_t>(Field::kBigrams)] = length;
  return d;
}

}  // namespace large_tier_test

// Stretches skipped on kept block maxima must still read the blocks that
// follow: strong passages first (the threshold rises), a long run of weak
// ones (their blocks are skipped), then stronger ones again, from the
// first document of a block on (2 + 15 blocks of 128 before them).
TEST(QueryExecutorTierTest, StrongPassagesAfterSkippedStretchesAreFound) {
  wenyuan::testing::TempDir dir;
  WriterOptions options;
  options.merge_on_commit = false;
  auto writer = IndexWriter::Open(dir.path(), options);
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  int64_t id = 1;
  for (int i = 0; i < 256; ++i) ASSERT_TRUE((*writer)->Add(large_tier_test::Passage(id++, 8, 2)).ok());
  for (int i = 0; i < 1920; ++i) ASSERT_TRUE((*writer)->Add(large_tier_test::Passage(id++, 120, 1)).ok());
  for (int i = 0; i < 40; ++i) ASSERT_TRUE((*writer)->Add(large_tier_test::Passage(id++, 4, 2)).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  auto snapshot = (*writer)->snapshot();
  Query q;
  q.k = 10;
  q.conjunctive = true;
  for (const char* term : {"a", "b"}) {
    TermClause c;
    c.terms = {term};
    c.conjunct = true;
    q.scored.push_back(c);
  }
  auto fast = Execute(*snapshot, q);
  auto slow = ExecuteExhaustive(*snapshot, q);
  ASSERT_TRUE(fast.ok()) << fast.status().ToString();
  ASSERT_TRUE(slow.ok()) << slow.status().ToString();
  ExpectSameHits(*fast, *slow);
  ASSERT_FALSE(fast->hits.empty());
  EXPECT_EQ(fast->hits[0].values.passage_id, 2177);  // the first of the last, strongest
  EXPECT_LT(fast->scored_documents, slow->scored_documents);
}

TEST_F(QueryExecutorTest, DeletedDocumentsAndFiltersNeverComeBack) {
  Query q;
  q.k = 5000;
  q.scored.push_back({Field::kBigrams, {VocabularyTerm(0)}, 1.0, 0});
  q.date_from = 20220101;
  q.date_to = 20221231;
  q.required.push_back({Field::kKeyword, {{{"type:txt"}, 0}}});
  auto r = Execute(*snapshot_, q);
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->hits.empty());
  for (const auto& h : r->hits) {
    EXPECT_GE(h.values.date, 20220101);
    EXPECT_LE(h.values.date, 20221231);
    EXPECT_NE(h.values.document_id, 100);
    for (int64_t gone : {7, 2000, 4000}) EXPECT_NE(h.values.passage_id, gone);
  }
}

TEST_F(QueryExecutorTest, AllowedDocumentsRestrictScoredAndFilterOnlyQueries) {
  Query q;
  q.k = 5000;
  q.scored.push_back({Field::kBigrams, {VocabularyTerm(0)}, 1.0, 0});
  q.documents = std::vector<int64_t>{5, 6, 900, 1400};
  auto r = Execute(*snapshot_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_FALSE(r->hits.empty());
  for (const auto& h : r->hits) {
    EXPECT_TRUE(std::binary_search(q.documents->begin(), q.documents->end(), h.values.document_id))
        << h.values.document_id;
  }
  // Nothing scored: every live passage of the allowed documents, three each.
  q.scored.clear();
  r = Execute(*snapshot_, q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->hits.size(), 12u);
  q.documents->clear();  // an empty set matches nothing
  r = Execute(*snapshot_, q);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->hits.empty());
}

// Documents of plain bigram tokens (positions in order), one per list.
std::shared_ptr<const IndexSnapshot> BigramIndex(const std::filesystem::path& dir,
                                                 const std::vector<std::vector<std::string>>& docs) {
  auto writer = IndexWriter::Open(dir);
  if (!writer.ok()) return nullptr;
  int64_t id = 1;
  for (const auto& tokens : docs) {
    IndexDocument d;
    d.values.passage_id = id++;
    uint32_t at = 0;
    for (const auto& t : tokens) {
      d.tokens[2].push_back({t, at++, 1});
      d.values.length[2] += 1;
    }
    if (!(*writer)->Add(std::move(d)).ok()) return nullptr;
  }
  if (!(*writer)->Commit().ok()) return nullptr;
  return (*writer)->snapshot();
}

TEST(QueryExecutorGateTest, RareTermsRankFirstAndTheResultIsTheSame) {
  wenyuan::testing::TempDir dir;
  // "的" and "是" are everywhere, "台灣" in three passages, "颱風" in one.
  std::vector<std::vector<std::string>> docs;
  for (int i = 0; i < 40; ++i) docs.push_back({"的", "是", "的", "是"});
  docs.push_back({"台灣", "的"});
  docs.push_back({"台灣", "是"});
  docs.push_back({"颱風", "的"});
  docs.push_back({"台灣", "的", "是"});
  auto snapshot = BigramIndex(dir.path(), docs);
  ASSERT_NE(snapshot, nullptr);
  for (size_t k : {2, 4, 10, 100}) {
    Query q;
    q.k = k;
    for (const char* t : {"的", "是", "台灣", "颱風", "不在"}) q.scored.push_back({Field::kBigrams, {t}, 1.0, 0});
    q.scored[3].weight = 0.5;  // the rarest alone is not half the query
    auto open = Execute(*snapshot, q);
    ASSERT_TRUE(open.ok()) << open.status().ToString();
    q.gate = true;
    auto gated = Execute(*snapshot, q);
    auto slow = ExecuteExhaustive(*snapshot, q);
    ASSERT_TRUE(gated.ok()) << gated.status().ToString();
    ASSERT_TRUE(slow.ok());
    ExpectSameHits(*gated, *slow);
    ExpectSameHits(*gated, *open);
    EXPECT_EQ(gated->hits.size(), std::min<size_t>(k, 44));
    // The rare clauses carry most of the weight; an absent term does not
    // count (it would gate out everything).
    EXPECT_FALSE(gated->clauses[0].gate);
    EXPECT_FALSE(gated->clauses[1].gate);
    EXPECT_TRUE(gated->clauses[2].gate);
    EXPECT_TRUE(gated->clauses[3].gate);
    if (k == 4) {  // the four rare passages fill the top; the common ones are never scored
      EXPECT_EQ(gated->scored_documents, 4u);
      EXPECT_GT(open->scored_documents, 4u);
    }
  }
  // Candidates beyond k come from the gate's passages (and any that could
  // reach the best k): the common passages cannot, and are not ranked.
  Query deep;
  deep.gate = true;
  deep.k = 2;
  deep.candidates = 100;
  for (const char* t : {"的", "是", "台灣", "颱風"}) deep.scored.push_back({Field::kBigrams, {t}, 1.0, 0});
  deep.scored[3].weight = 0.5;
  auto gated = Execute(*snapshot, deep);
  auto slow = ExecuteExhaustive(*snapshot, deep);
  ASSERT_TRUE(gated.ok() && slow.ok());
  ASSERT_EQ(gated->hits.size(), 4u);
  EXPECT_EQ(slow->hits.size(), 44u);
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(gated->hits[i].values.passage_id, slow->hits[i].values.passage_id);
}

TEST(QueryExecutorTierTest, PassagesHoldingEveryConjunctRankFirstAndTheFillHasAFloor) {
  wenyuan::testing::TempDir dir;
  std::vector<std::vector<std::string>> docs;
  for (int i = 0; i < 30; ++i) docs.push_back({"的", "是", "的"});
  docs.push_back({"台灣", "大學", "的"});                  // 1: holds both conjuncts
  docs.push_back({"颱風", "台灣", "是"});                  // 2: the heavy other term, one conjunct
  docs.push_back({"大學", "的", "是", "的", "是", "的"});  // 3: one conjunct, a long passage
  docs.push_back({"颱風", "的"});                          // 4: no conjunct
  auto snapshot = BigramIndex(dir.path(), docs);
  ASSERT_NE(snapshot, nullptr);
  Query q;
  q.k = 10;
  q.scored.push_back({Field::kBigrams, {"台灣"}, 1.0, 0});
  q.scored.push_back({Field::kBigrams, {"大學"}, 1.0, 1});
  q.scored.push_back({Field::kBigrams, {"颱風"}, 4.0, 2});
  q.scored.push_back({Field::kBigrams, {"不在"}, 1.0, 3});  // absent: not required
  for (size_t c : {0, 1, 3}) q.scored[c].conjunct = true;
  auto open = Execute(*snapshot, q);  // the ordinary ranking: the heavy term first
  ASSERT_TRUE(open.ok()) << open.status().ToString();
  ASSERT_EQ(open->hits.size(), 4u);
  EXPECT_EQ(open->hits[0].values.passage_id, 32);
  EXPECT_EQ(open->first_tier, 0u);
  q.conjunctive = true;
  for (double share : {0.0, 0.5, 2.0}) {
    q.fill_share = share;
    for (bool gate : {false, true}) {
      q.gate = gate;
      auto tiered = Execute(*snapshot, q);
      auto slow = ExecuteExhaustive(*snapshot, q);
      ASSERT_TRUE(tiered.ok()) << tiered.status().ToString();
      ASSERT_TRUE(slow.ok());
      ExpectSameHits(*tiered, *slow);
      EXPECT_TRUE(tiered->clauses[0].conjunct);
      EXPECT_FALSE(tiered->clauses[2].conjunct);
      EXPECT_FALSE(tiered->clauses[3].conjunct);
      ASSERT_FALSE(tiered->hits.empty());
      EXPECT_EQ(tiered->hits[0].values.passage_id, 31) << share;
      EXPECT_EQ(tiered->first_tier, 1u);
      // The fill: the others above share × the tier's best, by score.
      size_t above = 0;
      for (const auto& h : open->hits) {
        if (h.values.passage_id != 31 && h.score > share * tiered->hits[0].score) ++above;
      }
      EXPECT_EQ(tiered->hits.size(), 1 + above) << share;
      for (size_t i = 1; i < tiered->hits.size(); ++i) EXPECT_GT(tiered->hits[i].score, share * tiered->hits[0].score);
    }
  }
  q.fill_share = 0.0;
  auto all = Execute(*snapshot, q);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->hits.size(), 4u);
  // k = 1: the tier alone answers; the others are never scored.
  q.k = 1;
  auto one = Execute(*snapshot, q);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->hits.size(), 1u);
  EXPECT_EQ(one->hits[0].values.passage_id, 31);
  EXPECT_EQ(one->scored_documents, 1u);
  // No passage holds every conjunct: the ordinary ranking.
  q.k = 10;
  q.scored[2].conjunct = true;
  q.scored.push_back({Field::kBigrams, {"的"}, 0.1, 4});
  auto none = Execute(*snapshot, q);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->first_tier, 0u);
  EXPECT_EQ(none->hits[0].values.passage_id, 32);
}

TEST(QueryExecutorTierTest, TheFillFromTheGateLeavesOutMatchesOfCommonTermsAlone) {
  wenyuan::testing::TempDir dir;
  const std::vector<std::string> common = {"的", "是", "在", "有", "了"};
  std::vector<std::vector<std::string>> docs;
  for (int i = 0; i < 20; ++i) docs.push_back(common);  // 1-20: the common terms alone, short
  docs.push_back({"台灣", "颱風", "的"});               // 21: the whole query
  for (int i = 0; i < 3; ++i) {                         // 22-24: the rare term in a long passage
    docs.push_back({"颱風", "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"});
  }
  for (int i = 0; i < 16; ++i) docs.push_back({"其他"});  // 25-40: none of the query
  auto snapshot = BigramIndex(dir.path(), docs);
  ASSERT_NE(snapshot, nullptr);
  Query q;
  q.k = 3;
  q.scored.push_back({Field::kBigrams, {"颱風"}, 1.0, 0});
  q.scored.push_back({Field::kBigrams, {"台灣"}, 1.0, 1});
  for (size_t i = 0; i < common.size(); ++i)
    q.scored.push_back({Field::kBigrams, {common[i]}, 1.0, static_cast<uint32_t>(i + 2)});
  for (size_t c : {0, 1, 2}) q.scored[c].conjunct = true;
  q.gate = true;
  q.conjunctive = true;
  q.fill_share = 0.0;  // any partial match may fill
  auto common_only = [](int64_t id) { return id <= 20; };
  auto is_common = [&](const IndexHit& h) { return common_only(h.values.passage_id); };
  // Without the rule the short passages of common terms outrank the
  // long ones holding the rare term.
  auto plain = Execute(*snapshot, q);
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  ASSERT_EQ(plain->first_tier, 1u);
  ASSERT_EQ(plain->hits.size(), 3u);
  EXPECT_TRUE(is_common(plain->hits[1]));
  q.fill_from_gate = true;
  auto gated = Execute(*snapshot, q);
  auto slow = ExecuteExhaustive(*snapshot, q);
  ASSERT_TRUE(gated.ok()) << gated.status().ToString();
  ASSERT_TRUE(slow.ok());
  ExpectSameHits(*gated, *slow);
  EXPECT_TRUE(gated->clauses[0].gate);
  EXPECT_TRUE(gated->clauses[1].gate);
  EXPECT_FALSE(gated->clauses[2].gate);
  ASSERT_EQ(gated->hits.size(), 3u);
  EXPECT_EQ(gated->hits[0].values.passage_id, 21);
  EXPECT_EQ(gated->first_tier, 1u);
  for (const auto& h : gated->hits)
    EXPECT_TRUE(h.values.passage_id >= 21 && h.values.passage_id <= 24) << h.values.passage_id;
  // A page of ten: four passages hold a rare term, too few to fill it, so
  // the fill is ranked as without the rule.
  q.k = 10;
  auto wide = Execute(*snapshot, q);
  auto wide_slow = ExecuteExhaustive(*snapshot, q);
  q.fill_from_gate = false;
  auto wide_plain = Execute(*snapshot, q);
  ASSERT_TRUE(wide.ok() && wide_slow.ok() && wide_plain.ok());
  ExpectSameHits(*wide, *wide_slow);
  ExpectSameHits(*wide, *wide_plain);
  EXPECT_EQ(wide->hits.size(), 10u);
  EXPECT_TRUE(std::any_of(wide->hits.begin(), wide->hits.end(), is_common));
  // Without the gate (every clause opens candidates) the rule has nothing to leave out.
  q.k = 3;
  q.fill_from_gate = true;
  q.gate = false;
  auto ungated = Execute(*snapshot, q);
  ASSERT_TRUE(ungated.ok());
  ExpectSameHits(*ungated, *plain);
}

TEST(QueryExecutorTierTest, TheFillFloorRisesWithThePassagesHoldingTheWholeQuery) {
  Query q;
  q.fill_share = 0.3;
  q.fill_share_max = 0.7;
  EXPECT_DOUBLE_EQ(FillShare(q, 0), 0.3);
  EXPECT_DOUBLE_EQ(FillShare(q, 1), 0.3);              // one holder: the samples' FAQ keeps its neighbours
  EXPECT_NEAR(FillShare(q, 2), 1 - 0.7 * 0.7, 1e-12);  // 0.51
  EXPECT_NEAR(FillShare(q, 3), 1 - 0.7 * 0.7 * 0.7, 1e-12);
  EXPECT_DOUBLE_EQ(FillShare(q, 4), 0.7);  // 0.76 capped
  EXPECT_DOUBLE_EQ(FillShare(q, 1000), 0.7);
  q.fill_share_max = 0.3;  // no rise
  EXPECT_DOUBLE_EQ(FillShare(q, 5), 0.3);
  q.fill_share = 2.0;  // above the cap: as given
  EXPECT_DOUBLE_EQ(FillShare(q, 5), 2.0);
  q.fill_share = 0.0;
  EXPECT_DOUBLE_EQ(FillShare(q, 5), 0.0);
}

TEST(QueryExecutorPhraseTest, PhrasesNeedTheQueryOffsetsAndExclusionsRemove) {
  wenyuan::testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.path());
  ASSERT_TRUE(writer.ok());
  auto doc = [](int64_t id, std::vector<std::pair<std::string, uint32_t>> tokens) {
    IndexDocument d;
    d.values.passage_id = id;
    for (auto& [t, p] : tokens) {
      d.tokens[2].push_back({t, p, 1});
      d.values.length[2] += 1;
    }
    return d;
  };
  // "台灣大學" as bigrams at offsets 0,1,2; another with the bigrams apart.
  ASSERT_TRUE((*writer)->Add(doc(1, {{"台灣", 0}, {"灣大", 1}, {"大學", 2}})).ok());
  ASSERT_TRUE((*writer)->Add(doc(2, {{"台灣", 0}, {"大學", 5}, {"灣大", 9}})).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  auto snapshot = (*writer)->snapshot();
  Query q;
  q.scored.push_back({Field::kBigrams, {"大學"}, 1.0, 0});
  PhraseClause phrase{Field::kBigrams, {{{"台灣"}, 0}, {{"灣大"}, 1}, {{"大學"}, 2}}};
  q.required.push_back(phrase);
  auto r = Execute(*snapshot, q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].values.passage_id, 1);
  q.required.clear();
  q.excluded.push_back(phrase);
  r = Execute(*snapshot, q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].values.passage_id, 2);
  // The proximity boost favours the passage where query bigrams are neighbours.
  Query near;
  near.scored.push_back({Field::kBigrams, {"台灣"}, 1.0, 0});
  near.scored.push_back({Field::kBigrams, {"灣大"}, 1.0, 1});
  near.scored.push_back({Field::kBigrams, {"大學"}, 1.0, 2});
  near.proximity_weight = 0.5;
  r = Execute(*snapshot, near);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 2u);
  EXPECT_EQ(r->hits[0].values.passage_id, 1);
  EXPECT_GT(r->hits[0].score, r->hits[1].score);
}

}  // namespace
}  // namespace wenyuan::index
