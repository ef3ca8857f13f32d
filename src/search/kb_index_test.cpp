#include "search/kb_index.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "index/query_executor.h"
#include "reference/passage_index.h"
#include "search/kb_search.h"
#include "search/ranking_params.h"
#include "test_support.h"

namespace wenyuan::search {
namespace {

class KbIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = MakeDefaultAnalysis();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analysis_ = new Analysis(*a);
  }
  static void TearDownTestSuite() { delete analysis_; }
  static inline Analysis* analysis_ = nullptr;

  void SetUp() override {
    auto c = catalog::Catalog::Open(dir_.path());
    ASSERT_TRUE(c.ok());
    catalog_ = std::move(*c);
    auto kb = catalog_->CreateKb("kb");
    ASSERT_TRUE(kb.ok());
    kb_id_ = kb->id;
  }

  static catalog::StoredDocument Doc(const std::string& source, const std::string& title, const std::string& text,
                                     const std::string& date, const std::string& format) {
    catalog::StoredDocument d;
    d.document.source = source;
    d.document.title = title;
    d.document.text = text;
    d.document.date = date;
    d.document.format = format;
    d.document.content_hash = std::to_string(std::hash<std::string>()(text));
    d.document.metadata_json = R"({"agency":"Finance"})";
    d.passages.push_back({text, 0, static_cast<int64_t>(text.size())});
    return d;
  }
  void Store(const std::string& path, std::vector<catalog::StoredDocument> docs) {
    ASSERT_TRUE(catalog_->ReplaceFileDocuments(kb_id_, path, "h" + std::to_string(docs.size()), docs).ok());
  }
  std::vector<std::string> Titles(const std::string& query, const QueryFilters& filters = {}) {
    KbSessions sessions(DataLayout(dir_.path()), *analysis_);
    auto kb = sessions.Open(*catalog_, "kb");
    EXPECT_TRUE(kb.ok()) << kb.status().ToString();
    if (!kb.ok()) return {};
    SearchRequest request;
    request.query = query;
    request.filters = filters;
    auto r = SearchKb(*kb, request);
    EXPECT_TRUE(r.ok()) << query << ": " << r.status().ToString();
    std::vector<std::string> out;
    if (r.ok()) {
      for (const auto& h : r->hits) out.push_back(h.title);
    }
    return out;
  }

  wenyuan::testing::TempDir dir_;
  std::unique_ptr<catalog::Catalog> catalog_;
  int64_t kb_id_ = 0;
};

TEST_F(KbIndexTest, IngestedFilesAreSearchableWithFiltersPhrasesAndExclusions) {
  Store("/d/a.md", {Doc("/d/a.md", "資安通報", "各機關於知悉資安事件後，應於1小時內完成通報。", "2021-03-01", "md")});
  Store("/d/b.pdf", {Doc("/d/b.pdf", "臺灣開放資料", "臺灣的開放資料平台提供2,048個資料集，民眾可免費下載。",
                         "2023-07-15", "pdf")});
  Store("/d/c.txt", {Doc("/d/c.txt", "資料下載說明", "資料集可由平台免費下載，格式為CSV。", "", "txt")});
  {
    auto w = KbIndexWriter::Open(*catalog_, *analysis_, "kb");
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    for (const char* f : {"/d/a.md", "/d/b.pdf", "/d/c.txt"}) ASSERT_TRUE((*w)->FileChanged(f).ok());
    ASSERT_TRUE((*w)->Commit().ok());
  }
  EXPECT_EQ(Titles("资安事件通报").front(), "資安通報");  // Simplified finds Traditional
  EXPECT_EQ(Titles("資料 type:pdf"), (std::vector<std::string>{"臺灣開放資料"}));
  EXPECT_EQ(Titles("資料 source:c.txt"), (std::vector<std::string>{"資料下載說明"}));
  EXPECT_EQ(Titles("資料 date:2023"), (std::vector<std::string>{"臺灣開放資料"}));
  EXPECT_EQ(Titles("資料 agency:finance").size(), 2u);
  EXPECT_EQ(Titles("下載 -臺灣"), (std::vector<std::string>{"資料下載說明"}));
  EXPECT_EQ(Titles("\"開放資料平台\""), (std::vector<std::string>{"臺灣開放資料"}));
  EXPECT_TRUE(Titles("\"資料平台開放\"").empty());
  EXPECT_EQ(Titles("title:通報"), (std::vector<std::string>{"資安通報"}));
  // The same filters given as data (the server's query parameters).
  QueryFilters pdf;
  pdf.types = {"pdf"};
  EXPECT_EQ(Titles("資料", pdf), (std::vector<std::string>{"臺灣開放資料"}));
  QueryFilters from_c;
  from_c.sources = {"c.txt"};
  EXPECT_EQ(Titles("資料", from_c), (std::vector<std::string>{"資料下載說明"}));
  QueryFilters in_2023;
  in_2023.date_from = "2023-01-01";
  in_2023.date_to = "2023-12-31";
  EXPECT_EQ(Titles("資料", in_2023), (std::vector<std::string>{"臺灣開放資料"}));
  QueryFilters finance;
  finance.metadata = {{"agency", "finance"}};
  EXPECT_EQ(Titles("資料", finance).size(), 2u);
  // Data filters narrow the query's own: both must hold.
  EXPECT_TRUE(Titles("資料 type:md", pdf).empty());
  auto check = CheckKbIndex(*catalog_, *analysis_, "kb");
  ASSERT_TRUE(check.ok()) << check.status().ToString();
  EXPECT_NE(check->find("3 passages"), std::string::npos) << *check;
}

TEST_F(KbIndexTest, AnIndexBehindTheCatalogIsRepairedOnOpen) {
  Store("/d/a.md", {Doc("/d/a.md", "舊標題", "舊的內容講的是稅務。", "", "md")});
  {
    auto w = KbIndexWriter::Open(*catalog_, *analysis_, "kb");
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE((*w)->FileChanged("/d/a.md").ok());
    ASSERT_TRUE((*w)->Commit().ok());
  }
  // The catalog moves on without the index (a crash between the commits).
  Store("/d/a.md", {Doc("/d/a.md", "新標題", "新的內容講的是環保。", "", "md")});
  Store("/d/b.md", {Doc("/d/b.md", "另一份", "環保署公告。", "", "md")});
  EXPECT_EQ(Titles("環保").size(), 2u);  // opening for search repaired it
  EXPECT_TRUE(Titles("稅務").empty());
  auto check = CheckKbIndex(*catalog_, *analysis_, "kb");
  ASSERT_TRUE(check.ok()) << check.status().ToString();
  // Deleting in the catalog alone: check repairs, and says so.
  ASSERT_TRUE(catalog_->DeleteDocument(catalog_->FindDocument(kb_id_, "/d/b.md")->value().id).ok());
  check = CheckKbIndex(*catalog_, *analysis_, "kb");
  ASSERT_TRUE(check.ok()) << check.status().ToString();
  EXPECT_NE(check->find("repaired 0 added, 1 deleted"), std::string::npos) << *check;
  EXPECT_EQ(Titles("環保"), (std::vector<std::string>{"新標題"}));
}

// The engine against PassageIndex on the same passages, under `analysis`.
void ExpectTheEngineRanksAsThePassageIndex(const std::filesystem::path& dir, const Analysis& analysis) {
  std::vector<catalog::PassageRecord> passages = {
      wenyuan::testing::MakePassage(1, 0, "資安通報", "各機關於知悉資安事件後，應於1小時內完成通報。"),
      wenyuan::testing::MakePassage(2, 0, "臺灣開放資料", "臺灣的開放資料平台提供2,048個資料集，民眾可免費下載。"),
      wenyuan::testing::MakePassage(3, 0, "如何申請", "市民如何申請數位憑證？請攜帶身分證至服務櫃檯辦理。"),
      wenyuan::testing::MakePassage(4, 0, "台北市", "台北市的資料開放平台與台灣其他城市合作。"),
  };
  auto writer = index::IndexWriter::Open(dir);
  ASSERT_TRUE(writer.ok());
  for (const auto& p : passages) {
    IndexablePassage ip;
    ip.passage = p;
    ASSERT_TRUE((*writer)->Add(MakeIndexDocument(analysis, ip)).ok());
  }
  ASSERT_TRUE((*writer)->Commit().ok());
  const PassageLookup lookup = [&](const std::vector<int64_t>& ids) -> Result<std::vector<catalog::PassageRecord>> {
    std::vector<catalog::PassageRecord> out;
    for (int64_t id : ids) {
      for (const auto& p : passages) {
        if (p.id == id) out.push_back(p);
      }
    }
    return out;
  };
  PassageIndex reference(passages, analysis);
  // The reference has no index positions, so the engine's adjacency boost
  // is off, and no conjunctive tier (the plain BM25F ranking).
  Analysis reference_analysis = analysis;
  reference_analysis.ranking.engine_proximity_weight = 0;
  reference_analysis.ranking.tier = 0;
  for (const char* q : {"資安事件通報", "如何申請憑證", "台", "開放資料平台在哪裡", "資料"}) {
    auto engine = SearchSnapshot(*(*writer)->snapshot(), reference_analysis, "kb", q, {}, lookup);
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    auto expected = reference.Search("kb", q, {});
    ASSERT_EQ(engine->hits.size(), expected.hits.size()) << q;
    for (size_t i = 0; i < expected.hits.size(); ++i) {
      EXPECT_EQ(engine->hits[i].passage_id, expected.hits[i].passage_id) << q << " rank " << i;
      EXPECT_NEAR(engine->hits[i].score, expected.hits[i].score, 1e-9) << q;
      EXPECT_EQ(engine->hits[i].snippet.highlights.size(), expected.hits[i].snippet.highlights.size()) << q;
    }
    ASSERT_EQ(engine->terms.size(), expected.terms.size()) << q;
    for (size_t i = 0; i < expected.terms.size(); ++i) {
      EXPECT_EQ(engine->terms[i].term, expected.terms[i].term) << q;
      EXPECT_EQ(engine->terms[i].df, expected.terms[i].df) << q;
      EXPECT_NEAR(engine->terms[i].idf, expected.terms[i].idf, 1e-9) << q;
    }
  }
}

// A session reads the KB's catalog row once per query and reuses its
// analysis and snapshot while nothing changed; a change of the KB (its
// generation) or of its user dictionary is seen by the next query.
// A file's documents handed to the index batch by batch inside the
// catalog's open transaction (as an ingest does): committed, the index
// holds exactly the file's new passages; rolled back, FileChanged puts back
// what the catalog still holds.
TEST_F(KbIndexTest, AFileTakenInBatchesEndsAsTheCatalogEnds) {
  Store("/d/a.md", {Doc("/d/a.md#1", "舊一", "舊的內容講的是稅務。", "", "md"),
                    Doc("/d/a.md#2", "舊二", "稅務說明的第二份文件。", "", "md")});
  const std::vector<std::vector<catalog::StoredDocument>> batches = {
      {Doc("/d/a.md#1", "新一", "新的內容講的是環保。", "", "md")},
      {Doc("/d/a.md#3", "新三", "環保署公告垃圾分類。", "", "md")}};
  for (bool commit : {false, true}) {
    {
      auto w = KbIndexWriter::Open(*catalog_, *analysis_, "kb");
      ASSERT_TRUE(w.ok()) << w.status().ToString();
      (*w)->jobs = 2;  // appended on the appending thread
      ASSERT_TRUE((*w)->FileChanged("/d/a.md").ok());
      ASSERT_TRUE((*w)->Commit().ok());
      {
        auto txn = catalog::SqliteTransaction::Begin(catalog_->db());
        ASSERT_TRUE(txn.ok());
        auto replace = catalog_->BeginFileReplace(kb_id_, "/d/a.md", commit ? "h-new" : "h-rolled-back");
        ASSERT_TRUE(replace.ok());
        ASSERT_TRUE((*w)->BeginFile("/d/a.md").ok());
        for (const auto& batch : batches) {
          const size_t before = replace->result.document_ids.size();
          ASSERT_TRUE(catalog_->AppendFileDocuments(*replace, batch).ok());
          const auto& ids = replace->result.document_ids;
          ASSERT_TRUE(
              (*w)->AddDocuments(std::vector<int64_t>(ids.begin() + static_cast<std::ptrdiff_t>(before), ids.end()))
                  .ok());
        }
        EXPECT_EQ((*w)->file_under_way(), "/d/a.md");
        if (commit) {
          ASSERT_TRUE(catalog_->FinishFileReplace(*replace).ok());
          ASSERT_TRUE((*txn)->Commit().ok());
          ASSERT_TRUE((*w)->EndFile().ok());
        }
      }  // not committed: rolled back
      if (!commit) {
        ASSERT_TRUE((*w)->FileChanged("/d/a.md").ok());
      }
      EXPECT_TRUE((*w)->file_under_way().empty());
      ASSERT_TRUE((*w)->Commit().ok());
    }
    auto check = CheckKbIndex(*catalog_, *analysis_, "kb");
    ASSERT_TRUE(check.ok()) << check.status().ToString();
    EXPECT_EQ(check->find("repaired"), std::string::npos) << *check;  // it matched without a repair
    if (commit) {
      EXPECT_EQ(Titles("環保").size(), 2u);
      EXPECT_TRUE(Titles("稅務").empty());
    } else {
      EXPECT_TRUE(Titles("環保").empty());
      EXPECT_EQ(Titles("稅務").size(), 2u);
    }
  }
}

TEST_F(KbIndexTest, ASessionReadsOneCatalogRowPerQueryAndSeesChanges) {
  Store("/d/a.md", {Doc("/d/a.md", "資安通報", "各機關於知悉資安事件後，應於1小時內完成通報。", "", "md")});
  KbSessions sessions(DataLayout(dir_.path()), *analysis_);
  auto search = [&](const std::string& q) {
    const size_t before = catalog_->kb_reads();
    auto kb = sessions.Open(*catalog_, "kb");
    EXPECT_TRUE(kb.ok());
    SearchRequest request;
    request.query = q;
    auto r = SearchKb(*kb, request);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::make_pair(catalog_->kb_reads() - before, r.ok() ? r->hits.size() : 0);
  };
  search("資安");  // the first opens (and builds) the index
  EXPECT_EQ(search("資安"), std::make_pair(size_t{1}, size_t{1}));
  EXPECT_EQ(search("通報"), std::make_pair(size_t{1}, size_t{1}));
  EXPECT_EQ(sessions.analyses_built(), 1u);
  // A new document moves the generation: the next query repairs and finds it.
  Store("/d/b.md", {Doc("/d/b.md", "另一份", "資安演練公告。", "", "md")});
  EXPECT_EQ(search("資安").second, 2u);
  // A user dictionary written later rebuilds the analysis once.
  wenyuan::testing::WriteFile(DataLayout(dir_.path()).KbUserDictionary("kb"), "資安演練\n");
  search("資安");
  search("資安");
  EXPECT_EQ(sessions.analyses_built(), 2u);
}

TEST_F(KbIndexTest, TheEngineRanksAsThePassageIndexDoes) {
  ExpectTheEngineRanksAsThePassageIndex(dir_ / "engine", *analysis_);
}

TEST_F(KbIndexTest, TheEngineReadsEveryRankingParameter) {
  Analysis analysis = *analysis_;
  auto params = ParseRankingParams(
      "bigrams.k1=0.9,bigrams.b=0.6,bigrams.weight=1.5,words.k1=1.6,words.b=0.9,words.weight=0.7,title=3,"
      "grammar=0.35,proximity=0.5,title_match=2,proximity_depth=2");
  ASSERT_TRUE(params.ok()) << params.status().ToString();
  analysis.ranking = *params;
  ExpectTheEngineRanksAsThePassageIndex(dir_ / "engine", analysis);
}

}  // namespace
}  // namespace wenyuan::search
