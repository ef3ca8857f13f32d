// `wenyuan check` on catalog inconsistencies (issue 15.3 and 15.8), through
// the real binary: a near-duplicate whose original was deleted, and a
// document whose enrichment is missing, are named, repaired, and the
// duplicate's text is found again.
#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "catalog/document_queries.h"
#include "test_support.h"

namespace wenyuan {
namespace {

using wenyuan::testing::RunWenyuan;

const std::string kArticle =
    "北辰市政府資訊服務處今日宣布，全市一百七十三個機關網站已全面支援IPv6，成為全國第一個完成此項目標的直轄市。\n"
    "資訊服務處處長表示，未來將持續推動5G與物聯網應用，並於明年完成市府資料中心的節能改善工程。\n";

TEST(CatalogCheckTest, CheckNamesAndRepairsAnOrphanedDuplicateAndMissingEnrichment) {
  wenyuan::testing::TempDir tmp;
  const std::string data = (tmp / "data").string();
  wenyuan::testing::WriteFile(tmp / "docs" / "a.txt", "IPv6全面上線\n" + kArticle);
  wenyuan::testing::WriteFile(tmp / "docs" / "b.txt", "【轉載】IPv6全面上線\n" + kArticle);
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "s"}).exit_code, 0);
  auto ingest = RunWenyuan({"--data", data, "ingest", "s", (tmp / "docs").string()});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_NE(ingest.out.find("1 duplicates"), std::string::npos) << ingest.out;
  auto healthy = RunWenyuan({"--data", data, "check", "s"});
  ASSERT_EQ(healthy.exit_code, 0) << healthy.err;
  EXPECT_EQ(healthy.out.find("catalog:"), std::string::npos) << healthy.out;

  {
    // The original goes as the API deletes a document; the duplicate's
    // enrichment goes as a crash before enrichment would leave it.
    auto catalog = catalog::Catalog::Open(data);
    ASSERT_TRUE(catalog.ok());
    const int64_t kb = (*catalog)->GetKb("s")->id;
    auto a = (*catalog)->FindDocument(kb, (tmp / "docs" / "a.txt").string());
    auto b = (*catalog)->FindDocument(kb, (tmp / "docs" / "b.txt").string());
    ASSERT_TRUE(a.ok() && a->has_value() && b.ok() && b->has_value());
    ASSERT_EQ((*b)->duplicate_of, (*a)->id);
    ASSERT_TRUE(catalog::DeleteKbDocument(**catalog, kb, (*a)->id).ok());
    ASSERT_TRUE((*catalog)->db().Exec("DELETE FROM document_enrichment").ok());
  }
  auto gone = RunWenyuan({"--data", data, "search", "s", "節能改善工程"});
  EXPECT_EQ(gone.out.find("b.txt"), std::string::npos) << gone.out;

  auto check = RunWenyuan({"--data", data, "check", "s"});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_NE(check.out.find("catalog: 1 near-duplicates without an original holding their text, 1 documents without "
                           "enrichment: repaired"),
            std::string::npos)
      << check.out;
  auto found = RunWenyuan({"--data", data, "search", "s", "節能改善工程"});
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_NE(found.out.find("b.txt"), std::string::npos) << found.out;
  auto again = RunWenyuan({"--data", data, "check", "s"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out.find("catalog:"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace wenyuan
