#include "search/kb_session.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "index/manifest.h"
#include "search/kb_index.h"
#include "search/kb_search.h"
#include "test_support.h"

namespace wenyuan::search {
namespace {

namespace fs = std::filesystem;

// A KB "kb" of a few documents, indexed, on a real catalog file.
class KbSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = catalog::Catalog::Open(dir_.path());
    ASSERT_TRUE(c.ok());
    catalog_ = std::move(*c);
    ASSERT_TRUE(catalog_->CreateKb("kb").ok());
    Store("/d/a.txt", "各機關於知悉資安事件後，應於1小時內完成通報。");
    Store("/d/b.txt", "臺灣的開放資料平台提供資料集，民眾可免費下載。");
    Index();
  }

  void Store(const std::string& path, const std::string& text) {
    auto kb = catalog_->GetKb("kb");
    ASSERT_TRUE(kb.ok());
    catalog::StoredDocument d;
    d.document.source = path;
    d.document.title = path;
    d.document.text = text;
    d.document.format = "txt";
    d.document.content_hash = std::to_string(std::hash<std::string>()(text));
    d.passages.push_back({text, 0, static_cast<int64_t>(text.size())});
    ASSERT_TRUE(catalog_->ReplaceFileDocuments(kb->id, path, "h", {d}).ok());
  }
  void Index() {
    auto w = KbIndexWriter::Open(*catalog_, analysis_, "kb");
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    auto synced = (*w)->Sync();
    ASSERT_TRUE(synced.ok()) << synced.status().ToString();
  }
  fs::path Manifest() const { return DataLayout(dir_.path()).KbIndexDir("kb") / index::kManifestName; }

  wenyuan::testing::TempDir dir_;
  Analysis analysis_;  // bigrams only: no dictionary to load
  std::unique_ptr<catalog::Catalog> catalog_;
};

// What Preload opened is what the next search uses: no index opened again,
// no analysis built again.
TEST_F(KbSessionTest, PreloadKeepsWhatTheFirstSearchUses) {
  KbSessions sessions(DataLayout(dir_.path()), analysis_);
  auto report = sessions.Preload(*catalog_, "kb", /*categories=*/true);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_TRUE(report->index) << report->not_opened;
  EXPECT_EQ(report->passages, 2u);
  EXPECT_TRUE(report->categories);
  EXPECT_EQ(sessions.analyses_built(), 1u);
  auto kb = sessions.Open(*catalog_, "kb");
  ASSERT_TRUE(kb.ok());
  auto first = kb->Snapshot();
  ASSERT_TRUE(first.ok());
  auto again = sessions.Open(*catalog_, "kb");
  ASSERT_TRUE(again.ok());
  auto second = again->Snapshot();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first->get(), second->get());
  EXPECT_EQ(sessions.analyses_built(), 1u);
  SearchRequest request;
  request.query = "資安事件";
  auto found = SearchKb(*kb, request);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_FALSE(found->hits.empty());
  EXPECT_EQ(found->hits[0].source, "/d/a.txt");
}

// Sessions asked for search threads keep helpers that every session's
// searches are handed (a small index is still ranked on the caller).
TEST_F(KbSessionTest, SearchThreadsAreKeptForEverySession) {
  KbSessions alone(DataLayout(dir_.path()), analysis_);
  auto kb = alone.Open(*catalog_, "kb");
  ASSERT_TRUE(kb.ok());
  EXPECT_EQ(kb->search_threads(), nullptr);
  KbSessions spread(DataLayout(dir_.path()), analysis_, nullptr, 3);
  auto a = spread.Open(*catalog_, "kb");
  auto b = spread.Open(*catalog_, "kb");
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_NE(a->search_threads(), nullptr);
  EXPECT_EQ(a->search_threads(), b->search_threads());
  EXPECT_EQ(a->search_threads()->helpers(), 2u);
  SearchRequest request;
  request.query = "資安事件";
  auto one = SearchKb(*kb, request);
  auto many = SearchKb(*a, request);
  ASSERT_TRUE(one.ok() && many.ok());
  ASSERT_EQ(one->hits.size(), many->hits.size());
  for (size_t i = 0; i < one->hits.size(); ++i) EXPECT_EQ(one->hits[i].passage_id, many->hits[i].passage_id);
}

// An index behind the catalog is left to the first search: Preload writes
// nothing (the manifest stays the same file), the search repairs it.
TEST_F(KbSessionTest, PreloadLeavesAnIndexBehindTheCatalogToTheFirstSearch) {
  Store("/d/c.txt", "資料下載說明：資料集可由平台免費下載。");  // not indexed
  std::error_code ec;
  const auto before = fs::last_write_time(Manifest(), ec);
  ASSERT_FALSE(ec);
  KbSessions sessions(DataLayout(dir_.path()), analysis_);
  auto report = sessions.Preload(*catalog_, "kb", /*categories=*/false);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_FALSE(report->index);
  EXPECT_FALSE(report->not_opened.empty());
  EXPECT_FALSE(report->categories);
  EXPECT_EQ(fs::last_write_time(Manifest(), ec), before);
  auto kb = sessions.Open(*catalog_, "kb");
  ASSERT_TRUE(kb.ok());
  SearchRequest request;
  request.query = "資料下載說明";
  auto found = SearchKb(*kb, request);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_FALSE(found->hits.empty());
  EXPECT_EQ(found->hits[0].source, "/d/c.txt");
}

// A KB dropped while a session of it is open: the session still answers
// from what it opened, nothing of the KB is kept afterwards, and opening
// it again says it is gone.
TEST_F(KbSessionTest, ADroppedKbKeepsNothingOpenedBeforeTheDrop) {
  KbSessions sessions(DataLayout(dir_.path()), analysis_);
  auto kb = sessions.Open(*catalog_, "kb");  // opened before the drop, loads after it
  ASSERT_TRUE(kb.ok());
  ASSERT_EQ(sessions.kept_kbs(), 1u);
  ASSERT_TRUE(sessions.Drop("kb", [&] { return catalog_->DropKb("kb"); }).ok());
  EXPECT_EQ(sessions.kept_kbs(), 0u);
  (void)kb->Snapshot();  // the files are gone: an error or an empty index, never kept
  (void)kb->Categories();
  EXPECT_EQ(sessions.kept_kbs(), 0u);
  EXPECT_FALSE(fs::exists(DataLayout(dir_.path()).KbDir("kb")));
  EXPECT_EQ(sessions.Open(*catalog_, "kb").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(sessions.Preload(*catalog_, "kb", true).status().code(), StatusCode::kNotFound);
}

// Preload on one thread, the drop on another, in either order: no crash,
// nothing kept, no file of the KB left behind.
TEST_F(KbSessionTest, ADropDuringPreloadLeavesNothing) {
  for (int round = 0; round < 5; ++round) {
    if (round > 0) {
      ASSERT_TRUE(catalog_->CreateKb("kb").ok());
      Store("/d/a.txt", "各機關於知悉資安事件後，應於1小時內完成通報。");
      Index();
    }
    KbSessions sessions(DataLayout(dir_.path()), analysis_);
    std::thread preload([&] {
      auto catalog = catalog::Catalog::Open(dir_.path());
      ASSERT_TRUE(catalog.ok());
      auto report = sessions.Preload(**catalog, "kb", true);
      if (!report.ok()) {
        EXPECT_EQ(report.status().code(), StatusCode::kNotFound) << report.status().ToString();
      }
    });
    if (round % 2 == 1) std::this_thread::yield();
    Status dropped = sessions.Drop("kb", [&] { return catalog_->DropKb("kb"); });
    preload.join();
    ASSERT_TRUE(dropped.ok()) << dropped.ToString();
    EXPECT_EQ(sessions.kept_kbs(), 0u) << "round " << round;
    EXPECT_FALSE(fs::exists(DataLayout(dir_.path()).KbDir("kb"))) << "round " << round;
  }
}

}  // namespace
}  // namespace wenyuan::search
