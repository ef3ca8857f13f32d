#include "catalog/access_store.h"

#include <gtest/gtest.h>

#include "catalog/document_queries.h"
#include "test_support.h"

namespace wenyuan::catalog {
namespace {

using wenyuan::testing::TempDir;

std::unique_ptr<Catalog> OpenOrDie(const std::filesystem::path& dir) {
  auto c = Catalog::Open(dir);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return c.ok() ? std::move(c).value() : nullptr;
}

ApiKeyRecord Key(const std::string& prefix, const std::string& hash, const std::string& role) {
  ApiKeyRecord k;
  k.prefix = prefix;
  k.hash = hash;
  k.role = role;
  k.kbs = {"a", "b"};
  return k;
}

TEST(AccessStore, KeysAreFoundByHashAndRevoked) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_TRUE(catalog);
  ASSERT_EQ(*CountActiveApiKeys(*catalog), 0);
  auto id = InsertApiKey(*catalog, Key("wy_11111111", "h1", "reader"));
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  ASSERT_TRUE(InsertApiKey(*catalog, Key("wy_22222222", "h2", "editor")).ok());
  EXPECT_FALSE(InsertApiKey(*catalog, Key("wy_11111111", "h3", "reader")).ok()) << "prefixes are unique";
  EXPECT_EQ(*CountActiveApiKeys(*catalog), 2);

  auto found = FindActiveApiKeyByHash(*catalog, "h1");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->prefix, "wy_11111111");
  EXPECT_EQ((*found)->kbs, (std::vector<std::string>{"a", "b"}));
  EXPECT_FALSE(found->value().created_at.empty());
  EXPECT_FALSE(FindActiveApiKeyByHash(*catalog, "nope")->has_value());

  auto revoked = RevokeApiKey(*catalog, "wy_11111111");
  ASSERT_TRUE(revoked.ok()) << revoked.status().ToString();
  EXPECT_FALSE(revoked->revoked_at.empty());
  EXPECT_FALSE(FindActiveApiKeyByHash(*catalog, "h1")->has_value());
  EXPECT_EQ(*CountActiveApiKeys(*catalog), 1);
  auto by_id = RevokeApiKey(*catalog, std::to_string(*id + 1));
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->prefix, "wy_22222222");
  EXPECT_EQ(RevokeApiKey(*catalog, "wy_99999999").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ListApiKeys(*catalog)->size(), 2u) << "revoked keys stay listed";
}

TEST(AccessStore, AuditEntriesComeBackNewestFirst) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_TRUE(catalog);
  for (int i = 0; i < 5; ++i) {
    AuditEntry e;
    e.key_prefix = "wy_1";
    e.role = "admin";
    e.action = "kb.create";
    e.kb = "kb" + std::to_string(i);
    e.status = 201;
    ASSERT_TRUE(AppendAudit(*catalog, e).ok());
  }
  EXPECT_EQ(*CountAudit(*catalog), 5);
  auto page = ListAudit(*catalog, 2, 1);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ((*page)[0].kb, "kb3");
  EXPECT_EQ((*page)[1].kb, "kb2");
  EXPECT_EQ((*page)[0].status, 201);
  EXPECT_FALSE((*page)[0].time.empty());
}

StoredDocument Doc(const std::string& source, const std::string& title, const std::string& text) {
  StoredDocument d;
  d.document.source = source;
  d.document.title = title;
  d.document.format = "txt";
  d.document.content_hash = source;
  d.document.text = text;
  d.passages.push_back({text, 0, 3});
  return d;
}

TEST(DocumentQueries, ListFilterPageStatsAndDelete) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_TRUE(catalog);
  auto kb = catalog->CreateKb("k");
  ASSERT_TRUE(kb.ok());
  ASSERT_TRUE(catalog->ReplaceFileDocuments(kb->id, "/up/a.txt", "h", {Doc("/up/a.txt", "海洋牧場", "一二三四")}).ok());
  ASSERT_TRUE(
      catalog
          ->ReplaceFileDocuments(kb->id, "/up/b.txt", "h",
                                 {Doc("/up/b.txt#1", "資安 50%", "五六七"), Doc("/up/b.txt#2", "其他", "八九十")})
          .ok());
  DocumentFilter all;
  auto page = ListDocuments(*catalog, kb->id, all);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 3);
  DocumentFilter by_source;
  by_source.source = "b.txt";
  EXPECT_EQ(ListDocuments(*catalog, kb->id, by_source)->total, 2);
  DocumentFilter by_title;
  by_title.text = "50%";  // % is matched literally
  ASSERT_EQ(ListDocuments(*catalog, kb->id, by_title)->total, 1);
  by_title.text = "5_%";
  EXPECT_EQ(ListDocuments(*catalog, kb->id, by_title)->total, 0);
  DocumentFilter paged;
  paged.limit = 1;
  paged.offset = 1;
  auto second = ListDocuments(*catalog, kb->id, paged);
  ASSERT_EQ(second->documents.size(), 1u);
  EXPECT_EQ(second->total, 3);
  EXPECT_EQ(second->documents[0].source, "/up/b.txt#1");

  auto stats = GetKbStats(*catalog, kb->id);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 3);
  EXPECT_EQ(stats->passages, 3);
  EXPECT_EQ(stats->sources, 2);
  EXPECT_EQ(stats->text_bytes, 12 + 9 + 9);
  EXPECT_FALSE(stats->last_ingest.empty());

  const int64_t a = page->documents[0].id, b1 = page->documents[1].id, b2 = page->documents[2].id;
  EXPECT_EQ(*GetDocumentText(*catalog, a), "一二三四");
  EXPECT_EQ(ListDocumentPassages(*catalog, a)->size(), 1u);
  EXPECT_EQ(GetKbDocument(*catalog, kb->id + 1, a).status().code(), StatusCode::kNotFound);

  // Deleting one of a file's two documents keeps the file's record; deleting
  // the last one removes it, so ingesting the file again adds it back.
  auto removed = DeleteKbDocument(*catalog, kb->id, b1);
  ASSERT_TRUE(removed.ok()) << removed.status().ToString();
  EXPECT_FALSE(removed->has_value());
  removed = DeleteKbDocument(*catalog, kb->id, b2);
  ASSERT_TRUE(removed.ok());
  ASSERT_TRUE(removed->has_value());
  EXPECT_EQ(**removed, "/up/b.txt");
  EXPECT_FALSE(catalog->FindSourceFile(kb->id, "/up/b.txt")->has_value());
  EXPECT_EQ(DeleteKbDocument(*catalog, kb->id, b2).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(GetKbStats(*catalog, kb->id)->passages, 1);

  EXPECT_EQ(**DocumentSourcePath(*catalog, a), "/up/a.txt");
  ASSERT_TRUE(ForgetSourceFileHash(*catalog, kb->id, "/up/a.txt").ok());
  EXPECT_EQ((*catalog->FindSourceFile(kb->id, "/up/a.txt"))->content_hash, "");
}

}  // namespace
}  // namespace wenyuan::catalog
