// Ingest-level behaviour of cleaning: near-duplicates kept once, failed
// pages reported with their reason, many-document files replaced whole.
#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "catalog/document_queries.h"
#include "ingest/ingester.h"
#include "ingest/orphaned_duplicates.h"
#include "test_support.h"

namespace wenyuan::ingest {
namespace ingester_duplicates_test {

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

// A file of many records that leaves many unindexed lists the first ten
// at warning level and counts the rest, which go to the debug level.
TEST_F(IngestDuplicatesTest, ManyUnindexedPagesAreListedUpToTenAndCounted) {
  std::string crawl = CrawlPage("good", kArticle);
  for (int i = 0; i < 13; ++i) crawl += CrawlPage("menu" + std::to_string(i), "首頁\n新聞\n體育\n財經\n");
  WriteFile(dir_ / "site.dat", crawl);
  char* text = nullptr;
  size_t size = 0;
  std::FILE* sink = ::open_memstream(&text, &size);
  ASSERT_NE(sink, nullptr);
  {
    Logger warnings(LogLevel::kWarn, sink);
    Ingester ingester(*catalog_, readers_, warnings);
    auto report = ingester.Ingest("kb", {dir_ / "site.dat"});
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    EXPECT_EQ(report->files[0].failed_parts.size(), 13u);
  }
  std::fclose(sink);
  const std::string log(text, size);
  std::free(text);
  size_t listed = 0;
  for (size_t at = log.find("not indexed: "); at != std::string::npos; at = log.find("not indexed: ", at + 1)) ++listed;
  EXPECT_EQ(listed, 10u) << log;
  EXPECT_NE(log.find("#menu9: "), std::string::npos) << log;
  EXPECT_EQ(log.find("#menu10: "), std::string::npos) << log;
  EXPECT_NE(log.find("site.dat: 13 records not indexed in all, 3 more than listed (-v lists every one)"),
            std::string::npos)
      << log;
}

const std::string kOtherArticle =
    "北辰市公共自行車系統明年將擴增兩百個租賃站，交通局指出，新站點將優先設置於捷運站與學校周邊，\n"
    "並導入電動輔助自行車，前三十分鐘維持免費，預計可服務每日五萬人次的通勤需求。\n";

const std::string kThirdArticle =
    "北辰市立圖書館總館自下月起延長開放時間至晚間十點，並增設二十四小時自助還書站與數位學習區，\n"
    "館方表示，夜間時段將加派志工協助讀者，週末另有親子共讀與銀髮族數位課程。\n";

// Issue 15.4: a file of the run removes a document; a later file of the
// same run repeats that document's old text. It must become an original
// (not a duplicate of a row that is gone, which failed the whole batch
// with "FOREIGN KEY constraint failed").
TEST_F(IngestDuplicatesTest, ALaterFileRepeatingTextAnEarlierFileRemovedIsAnOriginal) {
  WriteFile(dir_ / "docs" / "a-site.dat",
            CrawlPage("p1", "IPv6全面上線\n" + kArticle) + CrawlPage("p2", "自行車\n" + kOtherArticle));
  IngestReport first = Ingest({dir_ / "docs" / "a-site.dat"});
  ASSERT_EQ(first.files.size(), 1u);
  ASSERT_EQ(first.files[0].outcome, IngestOutcome::kAdded) << first.files[0].error.ToString();

  WriteFile(dir_ / "docs" / "a-site.dat", CrawlPage("p2", "自行車\n" + kOtherArticle));  // p1 goes
  WriteFile(dir_ / "docs" / "b.txt", "【轉載】IPv6全面上線\n" + kArticle);               // its old text comes back
  WriteFile(dir_ / "docs" / "c.txt", "延長開放\n" + kThirdArticle);
  IngestReport report = Ingest({dir_ / "docs" / "a-site.dat", dir_ / "docs" / "b.txt", dir_ / "docs" / "c.txt"});
  ASSERT_EQ(report.files.size(), 3u);
  EXPECT_EQ(report.files[0].outcome, IngestOutcome::kUpdated) << report.files[0].error.ToString();
  EXPECT_EQ(report.files[0].removed, 1u);
  const FileResult& b = report.files[1];
  ASSERT_EQ(b.outcome, IngestOutcome::kAdded) << b.error.ToString();
  EXPECT_TRUE(b.duplicates.empty());
  EXPECT_GT(PassagesOf(b.document_id), 0u);
  EXPECT_EQ(report.files[2].outcome, IngestOutcome::kAdded) << report.files[2].error.ToString();
}

// A document whose text changed is found by its new text, not its old one,
// for the rest of the run.
TEST_F(IngestDuplicatesTest, AChangedDocumentIsMatchedByItsNewText) {
  WriteFile(dir_ / "a.txt", "甲\n" + kArticle);
  ASSERT_EQ(Ingest({dir_ / "a.txt"}).files[0].outcome, IngestOutcome::kAdded);
  WriteFile(dir_ / "a.txt", "甲\n" + kOtherArticle);
  WriteFile(dir_ / "b.txt", "乙\n" + kArticle);
  WriteFile(dir_ / "c.txt", "丙\n" + kOtherArticle);
  IngestReport report = Ingest({dir_ / "a.txt", dir_ / "b.txt", dir_ / "c.txt"});
  ASSERT_EQ(report.files.size(), 3u);
  EXPECT_TRUE(report.files[1].duplicates.empty());  // a.txt no longer holds kArticle
  EXPECT_GT(PassagesOf(report.files[1].document_id), 0u);
  ASSERT_EQ(report.files[2].duplicates.size(), 1u);
  EXPECT_EQ(report.files[2].duplicates[0].second, report.files[0].document_id);
}

// Issue 15.8: a near-duplicate has no passages of its own. When its
// original changes, or is deleted, the duplicate must get passages, or its
// text can no longer be found.
TEST_F(IngestDuplicatesTest, ADuplicateGetsPassagesWhenItsOriginalChanges) {
  WriteFile(dir_ / "docs" / "a.txt", "IPv6全面上線\n" + kArticle);
  WriteFile(dir_ / "docs" / "b.txt", "【轉載】IPv6全面上線\n" + kArticle);
  IngestReport first = Ingest({dir_ / "docs"});
  const int64_t repost = first.files[1].document_id;
  ASSERT_EQ(catalog_->GetDocument(repost)->duplicate_of, first.files[0].document_id);
  ASSERT_EQ(PassagesOf(repost), 0u);

  WriteFile(dir_ / "docs" / "a.txt", "自行車\n" + kOtherArticle);
  IngestReport second = Ingest({dir_ / "docs" / "a.txt"});
  ASSERT_EQ(second.files[0].outcome, IngestOutcome::kUpdated) << second.files[0].error.ToString();
  EXPECT_EQ(second.files[0].promoted, std::vector<int64_t>{repost});
  ASSERT_EQ(second.files[0].also_changed.size(), 1u);
  EXPECT_TRUE(second.files[0].also_changed[0].ends_with("b.txt"));
  EXPECT_EQ(catalog_->GetDocument(repost)->duplicate_of, 0);
  EXPECT_GT(PassagesOf(repost), 0u);
  auto orphans = FindOrphanedDuplicates(*catalog_, catalog_->GetKb("kb")->id);
  ASSERT_TRUE(orphans.ok());
  EXPECT_TRUE(orphans->empty());
}

TEST_F(IngestDuplicatesTest, ADuplicateWhoseOriginalWasDeletedIsFoundAndPromoted) {
  WriteFile(dir_ / "docs" / "a.txt", "IPv6全面上線\n" + kArticle);
  WriteFile(dir_ / "docs" / "b.txt", "【轉載】IPv6全面上線\n" + kArticle);
  IngestReport first = Ingest({dir_ / "docs"});
  const int64_t kb = catalog_->GetKb("kb")->id;
  const int64_t repost = first.files[1].document_id;
  auto none = FindOrphanedDuplicates(*catalog_, kb);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());

  // Deleted the way the API deletes a document: the link is cleared.
  ASSERT_TRUE(catalog::DeleteKbDocument(*catalog_, kb, first.files[0].document_id).ok());
  auto orphans = FindOrphanedDuplicates(*catalog_, kb);
  ASSERT_TRUE(orphans.ok());
  EXPECT_EQ(*orphans, std::vector<int64_t>{repost});
  auto repaired = PromoteOrphanedDuplicates(*catalog_, kb);
  ASSERT_TRUE(repaired.ok()) << repaired.status().ToString();
  EXPECT_EQ(repaired->promoted, std::vector<int64_t>{repost});
  ASSERT_EQ(repaired->files.size(), 1u);
  EXPECT_TRUE(repaired->files[0].ends_with("b.txt"));
  EXPECT_GT(PassagesOf(repost), 0u);
  EXPECT_TRUE(FindOrphanedDuplicates(*catalog_, kb)->empty());
}

}  // namespace ingester_duplicates_test
}  // namespace wenyuan::ingest
