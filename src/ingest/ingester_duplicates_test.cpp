// Ingest-level behaviour of cleaning: near-duplicates kept once, failed
// pages reported with their reason, many-document files replaced whole.
#include <gtest/gtest.h>

#include "catalog/document_queries.h"

#include "catalog/catalog.h"
#include "ingest/ingester.h"
#include "test_support.h"

namespace wenyuan::ingest {
namespace {

using wenyuan::testing::TempDir;
using wenyuan::testing::WriteFile;

const std::string kArticle =
    "北辰市政府資訊服務處今日宣布，全市一百七十三個機關網站已全面支援IPv6，成為全國第一個完成此項目標的直轄市。\n"
    "資訊服務處處長表示，未來將持續推動5G與物聯網應用，並於明年完成市府資料中心的節能改善工程，"
    "預計每年可節省電費新臺幣三百萬元。\n";

std::string CrawlPage(const std::string& id, const std::string& text) {
  return "<page=\"" + id + "\">\n<text>\n" + text + "</text>\n</page> §\n";
}

class IngestDuplicatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = catalog::Catalog::Open(dir_ / "data");
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    catalog_ = std::move(c).value();
    ASSERT_TRUE(catalog_->CreateKb("kb").ok());
    ingester_ = std::make_unique<Ingester>(*catalog_, readers_, log_);
  }
  IngestReport Ingest(const std::vector<std::filesystem::path>& paths) {
    auto r = ingester_->Ingest("kb", paths);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : IngestReport{};
  }
  size_t PassagesOf(int64_t document_id) {
    auto passages = catalog_->ListPassages(catalog_->GetKb("kb")->id);
    size_t n = 0;
    for (const auto& p : *passages) n += p.document_id == document_id;
    return n;
  }

  TempDir dir_;
  Logger log_{LogLevel::kOff};
  ReaderRegistry readers_;
  std::unique_ptr<catalog::Catalog> catalog_;
  std::unique_ptr<Ingester> ingester_;
};

TEST_F(IngestDuplicatesTest, ARepostInAnotherFileIsRecordedAsADuplicate) {
  WriteFile(dir_ / "docs" / "a.txt", "IPv6全面上線\n" + kArticle);
  WriteFile(dir_ / "docs" / "b.txt", "【轉載】IPv6全面上線\n" + kArticle);
  IngestReport report = Ingest({dir_ / "docs"});
  ASSERT_EQ(report.files.size(), 2u);
  EXPECT_EQ(report.Duplicates(), 1u);
  const FileResult& original = report.files[0];
  const FileResult& repost = report.files[1];
  ASSERT_EQ(repost.duplicates.size(), 1u);
  EXPECT_EQ(repost.duplicates[0].second, original.document_id);
  auto doc = catalog_->GetDocument(repost.document_id);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->duplicate_of, original.document_id);
  EXPECT_EQ(PassagesOf(repost.document_id), 0u);  // not indexed twice
  EXPECT_GT(PassagesOf(original.document_id), 0u);
}

TEST_F(IngestDuplicatesTest, CrawlFilePagesFailedAndDuplicatedAreReported) {
  std::string menu = "首頁\n新聞\n體育\n財經\n娛樂\n";
  std::string crawl = CrawlPage("p1", menu + kArticle) + CrawlPage("p2", "載入中，請稍候…\n") +
                      CrawlPage("p3", menu + kArticle) + CrawlPage("p4", menu);
  WriteFile(dir_ / "site.dat", crawl);  // recognised by content, not by name
  IngestReport report = Ingest({dir_ / "site.dat"});
  ASSERT_EQ(report.files.size(), 1u);
  const FileResult& f = report.files[0];
  ASSERT_EQ(f.outcome, IngestOutcome::kAdded) << f.error.ToString();
  EXPECT_EQ(f.documents, 2u);  // p1, and p3 as its duplicate
  ASSERT_EQ(f.duplicates.size(), 1u);
  EXPECT_TRUE(f.duplicates[0].first.ends_with("#p3"));
  EXPECT_EQ(f.duplicates[0].second, f.document_id);
  ASSERT_EQ(f.failed_parts.size(), 2u);
  EXPECT_TRUE(f.failed_parts[0].source.ends_with("#p2"));
  EXPECT_NE(f.failed_parts[0].reason.find("loading"), std::string::npos);
  EXPECT_TRUE(f.failed_parts[1].source.ends_with("#p4"));
  EXPECT_NE(report.Summary().find("2 pages not indexed, 1 duplicates"), std::string::npos) << report.Summary();

  // The crawl shrinks to one page: the file's other documents go.
  WriteFile(dir_ / "site.dat", CrawlPage("p1", menu + kArticle));
  IngestReport again = Ingest({dir_ / "site.dat"});
  EXPECT_EQ(again.files[0].outcome, IngestOutcome::kUpdated);
  EXPECT_EQ(again.files[0].removed, 1u);
  EXPECT_EQ(catalog::GetKbStats(*catalog_, catalog_->GetKb("kb")->id)->documents, 1);
}

}  // namespace
}  // namespace wenyuan::ingest
