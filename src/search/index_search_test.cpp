// The persistent index's search path on real Chinese passages: one-character
// queries answered from the character's own postings (index::CharTerm) rank
// exactly as the union of the bigrams holding it did (an index written
// without char terms still expands), and block-max WAND equals exhaustive
// scoring with them.
#include "search/index_search.h"

#include <gtest/gtest.h>

#include <random>

#include "index/index_writer.h"
#include "index/query_executor.h"
#include "search/analysis.h"
#include "search/proximity.h"
#include "test_support.h"

namespace wenyuan::search {
namespace {

namespace fs = std::filesystem;

const char* const kPieces[] = {
    "政府應依法辦理公開資料之業務",
    "本規定自公布日施行",
    "人民得向主管機關申請閱覽",
    "行政院於今日召開會議討論預算",
    "地方政府辦理補助計畫的期程",
    "公司法修正草案送立法院審議",
    "的的確確是這樣的",
    "臺北市政府環境保護局",
    "依本法規定應於三十日內答覆",
    "資料之保存期限由各機關定之",
    "中華民國一百一十三年",
    "申請人應檢附身分證明文件",
    "本辦法之施行細則由主管機關定之",
    "水水水",
    "會議紀錄應於會後七日內公告",
    "Open data 與 API 服務",
};

class IndexSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = MakeDefaultAnalysis();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analysis_ = new Analysis(*a);
  }
  static void TearDownTestSuite() { delete analysis_; }
  static inline Analysis* analysis_ = nullptr;

  void SetUp() override {
    std::mt19937 rng(3);
    for (int i = 0; i < 700; ++i) {
      catalog::PassageRecord p;
      p.id = i + 1;
      p.document_id = i / 2 + 1;
      p.source = "doc" + std::to_string(i);
      p.title = kPieces[rng() % std::size(kPieces)];
      const size_t n = 1 + rng() % 6;
      for (size_t k = 0; k < n; ++k) p.text += std::string(kPieces[rng() % std::size(kPieces)]) + "。";
      passages_.push_back(p);
    }
    current_ = Build(dir_.path() / "current", false);
    legacy_ = Build(dir_.path() / "legacy", true);
  }

  // Two segments and a deletion; `legacy` leaves the char terms out, as an
  // index written before them; `no_title_keys` the title keys.
  std::shared_ptr<const index::IndexSnapshot> Build(const fs::path& dir, bool legacy, bool no_title_keys = false) {
    index::WriterOptions options;
    options.merge_on_commit = false;
    auto writer = index::IndexWriter::Open(dir, options);
    EXPECT_TRUE(writer.ok());
    for (size_t i = 0; i < passages_.size(); ++i) {
      IndexablePassage p;
      p.passage = passages_[i];
      index::IndexDocument doc = MakeIndexDocument(*analysis_, p);
      if (legacy) {
        auto& bigrams = doc.tokens[static_cast<size_t>(index::Field::kBigrams)];
        std::erase_if(bigrams, [](const index::FieldToken& t) { return index::IsCharTerm(t.term); });
        std::erase(doc.keywords, std::string(index::kCharTermsKeyword));
      }
      if (no_title_keys) {
        std::erase_if(doc.keywords, [](const std::string& k) {
          return k.starts_with(index::kTitleKeyPrefix) || k == index::kTitleKeysKeyword;
        });
      }
      EXPECT_TRUE((*writer)->Add(std::move(doc)).ok());
      if (i == passages_.size() / 2) {
        EXPECT_TRUE((*writer)->Commit().ok());
      }
    }
    EXPECT_TRUE((*writer)->DeletePassages({5, 400}).ok());
    EXPECT_TRUE((*writer)->Commit().ok());
    return (*writer)->snapshot();
  }

  wenyuan::testing::TempDir dir_;
  std::vector<catalog::PassageRecord> passages_;
  std::shared_ptr<const index::IndexSnapshot> current_, legacy_;
};

void ExpectSameHits(const index::QueryResult& a, const index::QueryResult& b, const std::string& what) {
  ASSERT_EQ(a.hits.size(), b.hits.size()) << what;
  for (size_t i = 0; i < a.hits.size(); ++i) {
    EXPECT_EQ(a.hits[i].values.passage_id, b.hits[i].values.passage_id) << what << " rank " << i;
    EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << what << " rank " << i;
  }
}

TEST_F(IndexSearchTest, SegmentsKnowWhetherTheyHoldCharTerms) {
  for (const auto& seg : current_->segments()) EXPECT_TRUE(seg.reader->has_char_terms());
  for (const auto& seg : legacy_->segments()) EXPECT_FALSE(seg.reader->has_char_terms());
}

TEST_F(IndexSearchTest, CharTermsScoreAsTheUnionOfBigramsAndWandEqualsExhaustive) {
  std::mt19937 rng(9);
  const std::vector<std::string> chars = {"的", "政", "府", "水", "法", "定", "會", "申", "閱", "龍"};
  const std::vector<std::string> bigrams = {"政府", "辦理", "規定", "資料", "主管", "會議"};
  for (int trial = 0; trial < 60; ++trial) {
    index::Query q;
    q.k = 1 + rng() % 25;
    const size_t n = 1 + rng() % 4;
    for (size_t t = 0; t < n; ++t) {
      index::TermClause c;
      c.field = index::Field::kBigrams;
      c.terms = {t == 0 || rng() % 2 ? index::CharTerm(chars[rng() % chars.size()]) : bigrams[rng() % bigrams.size()]};
      c.weight = rng() % 3 == 0 ? 0.5 : 1.0;
      c.query_offset = static_cast<uint32_t>(t);
      q.scored.push_back(c);
    }
    if (trial % 4 == 0) q.required.push_back({index::Field::kBigrams, {{{index::CharTerm("申")}, 0}}});
    if (trial % 5 == 0) q.excluded.push_back({index::Field::kBigrams, {{{index::CharTerm("水")}, 0}}});
    if (trial % 3 == 0) q.proximity_weight = 0.1;
    const std::string what = "trial " + std::to_string(trial);
    auto fast = index::Execute(*current_, q);
    auto slow = index::ExecuteExhaustive(*current_, q);
    auto old = index::Execute(*legacy_, q);
    auto old_slow = index::ExecuteExhaustive(*legacy_, q);
    ASSERT_TRUE(fast.ok() && slow.ok() && old.ok() && old_slow.ok()) << what;
    ExpectSameHits(*fast, *slow, what + " WAND vs exhaustive");
    ExpectSameHits(*fast, *old, what + " char terms vs the union of bigrams");
    ExpectSameHits(*old, *old_slow, what + " legacy WAND vs exhaustive");
    for (size_t c = 0; c < q.scored.size(); ++c) EXPECT_EQ(fast->clauses[c].df, old->clauses[c].df) << what;
  }
}

TEST_F(IndexSearchTest, OneCharacterQueryRanksAsBeforeAndHighlightsTheCharacter) {
  const PassageLookup lookup = [&](const std::vector<int64_t>& ids) -> Result<std::vector<catalog::PassageRecord>> {
    std::vector<catalog::PassageRecord> out;
    for (int64_t id : ids) out.push_back(passages_[static_cast<size_t>(id - 1)]);
    return out;
  };
  SearchOptions options;
  options.k = 10;
  for (const std::string q : {"府", "水", "申 會議"}) {
    auto now = SearchSnapshot(*current_, *analysis_, "kb", q, options, lookup);
    auto before = SearchSnapshot(*legacy_, *analysis_, "kb", q, options, lookup);
    ASSERT_TRUE(now.ok()) << now.status().ToString();
    ASSERT_TRUE(before.ok()) << before.status().ToString();
    ASSERT_FALSE(now->hits.empty()) << q;
    ASSERT_EQ(now->hits.size(), before->hits.size()) << q;
    for (size_t i = 0; i < now->hits.size(); ++i) {
      EXPECT_EQ(now->hits[i].passage_id, before->hits[i].passage_id) << q << " rank " << i;
      EXPECT_DOUBLE_EQ(now->hits[i].score, before->hits[i].score) << q << " rank " << i;
    }
    EXPECT_EQ(now->terms.front().term, q.substr(0, q.find(' '))) << "a character reports as itself";
    const auto& snippet = now->hits.front().snippet;
    ASSERT_FALSE(snippet.highlights.empty()) << q;
  }
}

// Every search reports where its time went: the stages that ran took some
// time, the others none, and together they take no more than the whole.
TEST_F(IndexSearchTest, TimingsNameEachStageAndSumToNoMoreThanTheTotal) {
  size_t looked_up = 0;
  const PassageLookup lookup = [&](const std::vector<int64_t>& ids) -> Result<std::vector<catalog::PassageRecord>> {
    std::vector<catalog::PassageRecord> out;
    for (int64_t id : ids) out.push_back(passages_[static_cast<size_t>(id - 1)]);
    looked_up += ids.size();
    return out;
  };
  SearchOptions options;
  options.k = 5;
  options.facet_depth = 50;
  for (const std::string q : {"政府辦理", "府", "\"主管機關\" 申請"}) {
    auto found = SearchSnapshot(*current_, *analysis_, "kb", q, options, lookup);
    ASSERT_TRUE(found.ok()) << found.status().ToString();
    ASSERT_FALSE(found->hits.empty()) << q;
    const SearchTimings& t = found->timings;
    EXPECT_GT(t.analysis_ms, 0) << q;
    EXPECT_GT(t.engine_ms, 0) << q;
    EXPECT_GT(t.rescore_ms, 0) << q;
    EXPECT_GT(t.catalog_ms, 0) << q;
    EXPECT_GT(t.snippets_ms, 0) << q;
    EXPECT_GE(t.facets_ms, 0) << q;
    EXPECT_EQ(t.session_ms, 0) << q << ": the caller's stage";
    EXPECT_EQ(t.vector_ms, 0) << q;
    EXPECT_EQ(t.json_ms, 0) << q << ": the server's stage";
    EXPECT_GT(t.total_ms, 0) << q;
    EXPECT_LE(t.StagesMs(), t.total_ms) << q;
  }
  EXPECT_GT(looked_up, 0u);
}

// The title-match bonus scored by the engine from the title keys gives what
// re-scoring every candidate gives on an index without them.
TEST_F(IndexSearchTest, TitleKeysGiveTheBonusAsReScoringEveryCandidate) {
  const auto without = Build(dir_.path() / "without-title-keys", false, true);
  for (const auto& seg : current_->segments()) EXPECT_TRUE(seg.reader->has_title_keys());
  for (const auto& seg : without->segments()) EXPECT_FALSE(seg.reader->has_title_keys());
  const PassageLookup lookup = [&](const std::vector<int64_t>& ids) -> Result<std::vector<catalog::PassageRecord>> {
    std::vector<catalog::PassageRecord> out;
    for (int64_t id : ids) out.push_back(passages_[static_cast<size_t>(id - 1)]);
    return out;
  };
  Analysis analysis = *analysis_;
  analysis.ranking.engine_proximity_weight = 0;  // its window would see a different order
  analysis.ranking.tier = 0;                     // re-scoring re-sorts by score alone, across the tier's edge
  analysis.ranking.proximity_depth = passages_.size();
  SearchOptions options;
  options.k = 10;
  size_t named = 0;
  for (const std::string q : {"臺北市政府環境保護局的會議紀錄", "申請人應檢附身分證明文件嗎", "水水水",
                              "公司法修正草案", "台北市政府环境保护局", "政府辦理", "中華民國一百一十三年的規定"}) {
    auto now = SearchSnapshot(*current_, analysis, "kb", q, options, lookup);
    auto rescored = SearchSnapshot(*without, analysis, "kb", q, options, lookup);
    ASSERT_TRUE(now.ok()) << now.status().ToString();
    ASSERT_TRUE(rescored.ok()) << rescored.status().ToString();
    ASSERT_FALSE(now->hits.empty()) << q;
    ASSERT_EQ(now->hits.size(), rescored->hits.size()) << q;
    for (size_t i = 0; i < now->hits.size(); ++i) {
      EXPECT_EQ(now->hits[i].passage_id, rescored->hits[i].passage_id) << q << " rank " << i;
      EXPECT_DOUBLE_EQ(now->hits[i].score, rescored->hits[i].score) << q << " rank " << i;
    }
    if (TitleNamedInQuery(FoldForMatch(now->hits.front().title, analysis.folder.get()),
                          FoldForMatch(q, analysis.folder.get()))) {
      ++named;
    }
  }
  EXPECT_GE(named, 5u) << "a passage whose title the query names ranks first";
}

}  // namespace
}  // namespace wenyuan::search
