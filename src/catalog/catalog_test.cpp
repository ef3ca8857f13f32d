#include "catalog/catalog.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "catalog/schema.h"
#include "test_support.h"

namespace wenyuan::catalog {
namespace catalog_test {

using wenyuan::testing::ReadFile;
using wenyuan::testing::TempDir;
using wenyuan::testing::WriteFile;

std::unique_ptr<Catalog> OpenOrDie(const std::filesystem::path& dir) {
  auto c = Catalog::Open(dir);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return c.ok() ? std::move(c).value() : nullptr;
}

// Runs a query returning one integer (COUNT(*) and the like).
int64_t QueryInt(SqliteDb& db, const std::string& sql, int64_t bind = -1) {
  auto stmt = SqliteStatement::Prepare(db, sql);
  EXPECT_TRUE(stmt.ok()) << stmt.status().ToString();
  if (!stmt.ok()) return -1;
  if (bind >= 0) stmt->Bind(1, bind);
  auto row = stmt->Step();
  EXPECT_TRUE(row.ok() && *row) << sql;
  return row.ok() && *row ? stmt->ColumnInt(0) : -1;
}

std::string QueryText(SqliteDb& db, const std::string& sql) {
  auto stmt = SqliteStatement::Prepare(db, sql);
  EXPECT_TRUE(stmt.ok()) << stmt.status().ToString();
  if (!stmt.ok()) return {};
  auto row = stmt->Step();
  EXPECT_TRUE(row.ok() && *row) << sql;
  return row.ok() && *row ? stmt->ColumnText(0) : std::string();
}

DocumentInput Doc(const std::string& source, const std::string& text) {
  DocumentInput d;
  d.source = source;
  d.title = "標題";
  d.date = "2024-05-21";
  d.format = "txt";
  d.content_hash = "hash-" + text;
  d.text = text;
  return d;
}

std::vector<PassageInput> Passages(const std::vector<std::string>& texts) {
  std::vector<PassageInput> out;
  int64_t at = 0;
  for (const auto& t : texts) {
    PassageInput p;
    p.text = t;
    p.start = at;
    p.end = at + static_cast<int64_t>(t.size());
    at = p.end + 1;
    out.push_back(p);
  }
  return out;
}

TEST(Catalog, OpenCreatesWalDatabaseAtLatestSchema) {
  TempDir tmp;
  const auto data_dir = tmp / "data" / "nested";
  auto catalog = OpenOrDie(data_dir);
  ASSERT_NE(catalog, nullptr);
  EXPECT_TRUE(std::filesystem::exists(data_dir / "catalog.db"));
  EXPECT_EQ(catalog->schema_version(), LatestSchemaVersion());
  EXPECT_GE(LatestSchemaVersion(), 1);
  EXPECT_EQ(QueryText(catalog->db(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(QueryInt(catalog->db(), "PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(QueryInt(catalog->db(), "PRAGMA foreign_keys"), 1);
  auto kbs = catalog->ListKbs();
  ASSERT_TRUE(kbs.ok());
  EXPECT_TRUE(kbs->empty());
}

TEST(Catalog, ReopenKeepsDataAndDoesNotMigrateAgain) {
  TempDir tmp;
  int64_t doc_id = 0;
  {
    auto catalog = OpenOrDie(tmp.path());
    ASSERT_NE(catalog, nullptr);
    auto kb = catalog->CreateKb("policies");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    auto id = catalog->UpsertDocument(kb->id, Doc("/a.txt", "第一段。\n第二段。"), Passages({"第一段。", "第二段。"}));
    ASSERT_TRUE(id.ok()) << id.status().ToString();
    doc_id = *id;
  }
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  EXPECT_EQ(catalog->schema_version(), LatestSchemaVersion());
  auto kbs = catalog->ListKbs();
  ASSERT_TRUE(kbs.ok());
  ASSERT_EQ(kbs->size(), 1u);
  EXPECT_EQ((*kbs)[0].kb.name, "policies");
  EXPECT_EQ((*kbs)[0].documents, 1);
  EXPECT_EQ((*kbs)[0].passages, 2);
  auto passages = catalog->ListPassages((*kbs)[0].kb.id);
  ASSERT_TRUE(passages.ok());
  ASSERT_EQ(passages->size(), 2u);
  EXPECT_EQ((*passages)[0].document_id, doc_id);
  EXPECT_EQ((*passages)[0].text, "第一段。");
  EXPECT_EQ((*passages)[1].text, "第二段。");
  EXPECT_EQ((*passages)[1].number, 1);
  auto doc = catalog->GetDocument(doc_id);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->source, "/a.txt");
  EXPECT_EQ(doc->date, "2024-05-21");
}

TEST(Catalog, TwoConnectionsSeeEachOthersCommits) {
  TempDir tmp;
  auto a = OpenOrDie(tmp.path());
  auto b = OpenOrDie(tmp.path());
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_TRUE(a->CreateKb("shared").ok());
  auto kb = b->GetKb("shared");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  EXPECT_EQ(kb->name, "shared");
}

TEST(Catalog, CreateListGetDropKnowledgeBases) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto zeta = catalog->CreateKb("zeta");
  ASSERT_TRUE(zeta.ok()) << zeta.status().ToString();
  EXPECT_EQ(zeta->name, "zeta");
  EXPECT_GT(zeta->id, 0);
  EXPECT_FALSE(zeta->created_at.empty());
  EXPECT_EQ(zeta->generation, 0);
  auto alpha = catalog->CreateKb("Alpha_1-x");
  ASSERT_TRUE(alpha.ok()) << alpha.status().ToString();
  EXPECT_NE(alpha->id, zeta->id);

  auto dup = catalog->CreateKb("zeta");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(dup.status().message().find("zeta"), std::string::npos);

  auto kbs = catalog->ListKbs();
  ASSERT_TRUE(kbs.ok());
  ASSERT_EQ(kbs->size(), 2u);
  EXPECT_EQ((*kbs)[0].kb.name, "Alpha_1-x");  // ordered by name
  EXPECT_EQ((*kbs)[1].kb.name, "zeta");

  auto got = catalog->GetKb("zeta");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->id, zeta->id);
  EXPECT_EQ(catalog->GetKb("nope").status().code(), StatusCode::kNotFound);

  ASSERT_TRUE(catalog->DropKb("zeta").ok());
  EXPECT_EQ(catalog->GetKb("zeta").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(catalog->DropKb("zeta").code(), StatusCode::kNotFound);
  kbs = catalog->ListKbs();
  ASSERT_TRUE(kbs.ok());
  ASSERT_EQ(kbs->size(), 1u);
  EXPECT_EQ((*kbs)[0].kb.name, "Alpha_1-x");
  // The name is free again.
  EXPECT_TRUE(catalog->CreateKb("zeta").ok());
}

TEST(Catalog, RejectsBadKnowledgeBaseNames) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  const std::vector<std::string> bad = {"../x",   "",    "a b", std::string(65, 'a'), "-x", "_x", "a/b",
                                        "知識庫", "a.b", "a\nb"};
  for (const auto& name : bad) {
    auto r = catalog->CreateKb(name);
    ASSERT_FALSE(r.ok()) << "'" << name << "'";
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << "'" << name << "'";
    EXPECT_EQ(Catalog::ValidateKbName(name).code(), StatusCode::kInvalidArgument) << name;
  }
  auto kbs = catalog->ListKbs();
  ASSERT_TRUE(kbs.ok());
  EXPECT_TRUE(kbs->empty());
  for (const std::string& name :
       {std::string("a"), std::string(64, 'b'), std::string("9-lives_"), std::string("x-_-y")}) {
    EXPECT_TRUE(Catalog::ValidateKbName(name).ok()) << name;
    EXPECT_TRUE(catalog->CreateKb(name).ok()) << name;
  }
}

TEST(Catalog, UpsertUpdatesSameSourceInPlaceAndReplacesPassages) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto kb = catalog->CreateKb("kb");
  ASSERT_TRUE(kb.ok());

  auto first = catalog->UpsertDocument(kb->id, Doc("/docs/a.txt", "舊文一。舊文二。舊文三。"),
                                       Passages({"舊文一。", "舊文二。", "舊文三。"}));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  auto other = catalog->UpsertDocument(kb->id, Doc("/docs/b.txt", "別的文件。"), Passages({"別的文件。"}));
  ASSERT_TRUE(other.ok());
  EXPECT_NE(*first, *other);
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM passage WHERE document_id = ?", *first), 3);

  DocumentInput updated = Doc("/docs/a.txt", "新文。");
  updated.title = "新標題";
  updated.date = "";
  auto second = catalog->UpsertDocument(kb->id, updated, Passages({"新文。"}));
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(*second, *first);  // same source keeps its id

  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM passage WHERE document_id = ?", *first), 1);
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM document"), 2);
  auto passages = catalog->ListPassages(kb->id);
  ASSERT_TRUE(passages.ok());
  std::vector<std::string> texts;
  for (const auto& p : *passages) {
    if (p.document_id == *first) {
      texts.push_back(p.text);
      EXPECT_EQ(p.title, "新標題");
      EXPECT_EQ(p.source, "/docs/a.txt");
      EXPECT_EQ(p.date, "");
      EXPECT_EQ(p.number, 0);
    }
  }
  EXPECT_EQ(texts, std::vector<std::string>{"新文。"});

  auto found = catalog->FindDocument(kb->id, "/docs/a.txt");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, *first);
  EXPECT_EQ((*found)->title, "新標題");
  EXPECT_EQ((*found)->content_hash, "hash-新文。");
  EXPECT_EQ((*found)->passage_count, 1);
  auto missing = catalog->FindDocument(kb->id, "/docs/none.txt");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());

  auto listed = catalog->ListKbs();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].documents, 2);
  EXPECT_EQ((*listed)[0].passages, 2);
}

// GetKb reads one row (no counting); the generation tells whether anything
// of the KB changed, and changes only with the KB's own documents.
TEST(Catalog, TheGenerationChangesWithTheKbsDocumentsAlone) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto a = catalog->CreateKb("a");
  auto b = catalog->CreateKb("b");
  ASSERT_TRUE(a.ok() && b.ok());
  auto generation = [&](const char* name) {
    auto kb = catalog->GetKb(name);
    EXPECT_TRUE(kb.ok());
    return kb.ok() ? kb->generation : -1;
  };
  const int64_t a0 = generation("a"), b0 = generation("b");
  ASSERT_TRUE(catalog->UpsertDocument(a->id, Doc("/a.txt", "一段。"), Passages({"一段。"})).ok());
  const int64_t a1 = generation("a");
  EXPECT_GT(a1, a0);
  EXPECT_EQ(generation("b"), b0);
  auto doc = catalog->FindDocument(a->id, "/a.txt");
  ASSERT_TRUE(doc.ok() && doc->has_value());
  ASSERT_TRUE(catalog->DeleteDocument((*doc)->id).ok());
  EXPECT_GT(generation("a"), a1);
  EXPECT_EQ(generation("b"), b0);
}

TEST(Catalog, SameSourceInTwoKbsIsTwoDocuments) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto a = catalog->CreateKb("a");
  auto b = catalog->CreateKb("b");
  ASSERT_TRUE(a.ok() && b.ok());
  auto da = catalog->UpsertDocument(a->id, Doc("/same.txt", "甲。"), Passages({"甲。"}));
  auto db = catalog->UpsertDocument(b->id, Doc("/same.txt", "乙。"), Passages({"乙。"}));
  ASSERT_TRUE(da.ok() && db.ok());
  EXPECT_NE(*da, *db);
  auto pa = catalog->ListPassages(a->id);
  ASSERT_TRUE(pa.ok());
  ASSERT_EQ(pa->size(), 1u);
  EXPECT_EQ((*pa)[0].text, "甲。");
}

TEST(Catalog, DeleteDocumentRemovesItsPassages) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto kb = catalog->CreateKb("kb");
  ASSERT_TRUE(kb.ok());
  auto id = catalog->UpsertDocument(kb->id, Doc("/a", "一。二。"), Passages({"一。", "二。"}));
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(catalog->DeleteDocument(*id).ok());
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM passage"), 0);
  EXPECT_EQ(catalog->GetDocument(*id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(catalog->DeleteDocument(*id).code(), StatusCode::kNotFound);
}

TEST(Catalog, UpsertIntoMissingKbFails) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto id = catalog->UpsertDocument(12345, Doc("/a", "一。"), Passages({"一。"}));
  EXPECT_FALSE(id.ok());
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM document"), 0);
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM passage"), 0);
}

TEST(Catalog, DropKbCascadesToDocumentsAndPassages) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto doomed = catalog->CreateKb("doomed");
  auto kept = catalog->CreateKb("kept");
  ASSERT_TRUE(doomed.ok() && kept.ok());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(
        catalog->UpsertDocument(doomed->id, Doc("/d" + std::to_string(i), "甲。乙。"), Passages({"甲。", "乙。"}))
            .ok());
  }
  ASSERT_TRUE(catalog->UpsertDocument(kept->id, Doc("/k", "丙。"), Passages({"丙。"})).ok());
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM passage"), 7);

  ASSERT_TRUE(catalog->DropKb("doomed").ok());
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM document WHERE kb_id = ?", doomed->id), 0);
  EXPECT_EQ(QueryInt(catalog->db(),
                     "SELECT COUNT(*) FROM passage p JOIN document d ON p.document_id = d.id"
                     " WHERE d.kb_id = ?",
                     doomed->id),
            0);
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM passage"), 1);
  EXPECT_EQ(QueryInt(catalog->db(), "SELECT COUNT(*) FROM document"), 1);
  auto left = catalog->ListPassages(kept->id);
  ASSERT_TRUE(left.ok());
  ASSERT_EQ(left->size(), 1u);
  EXPECT_EQ((*left)[0].text, "丙。");
}

TEST(Catalog, RefusesCatalogFromNewerVersion) {
  TempDir tmp;
  {
    auto catalog = OpenOrDie(tmp.path());
    ASSERT_NE(catalog, nullptr);
    ASSERT_TRUE(catalog->CreateKb("kb").ok());
    ASSERT_TRUE(catalog->db().Exec("PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 1)).ok());
  }
  auto reopened = Catalog::Open(tmp.path());
  ASSERT_FALSE(reopened.ok());
  EXPECT_EQ(reopened.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(reopened.status().message().find("catalog.db"), std::string::npos) << reopened.status().message();
}

TEST(Catalog, GarbageFileIsAnErrorNotACrashAndIsLeftAlone) {
  TempDir tmp;
  std::string garbage;
  for (int i = 0; i < 8192; ++i) garbage += static_cast<char>((i * 131 + 7) % 256);
  WriteFile(tmp / "catalog.db", garbage);
  auto catalog = Catalog::Open(tmp.path());
  ASSERT_FALSE(catalog.ok());
  EXPECT_NE(catalog.status().message().find("catalog.db"), std::string::npos) << catalog.status().message();
  EXPECT_EQ(ReadFile(tmp / "catalog.db"), garbage);
}

TEST(Catalog, DataDirThatIsAFileIsAnError) {
  TempDir tmp;
  WriteFile(tmp / "plain-file", "x");
  auto catalog = Catalog::Open(tmp / "plain-file");
  ASSERT_FALSE(catalog.ok());
  EXPECT_NE(catalog.status().message().find("plain-file"), std::string::npos) << catalog.status().message();
}

// ListKbs's counts are counters the triggers of migration 10 keep: they
// must equal a count of the rows after every kind of change, and a catalog
// migrated from version 9 starts from the counts of its rows.
TEST(Catalog, KbCountersFollowEveryChangeOfDocumentsAndPassages) {
  TempDir tmp;
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  auto expect_counted = [&](const char* step) {
    auto kbs = catalog->ListKbs();
    ASSERT_TRUE(kbs.ok()) << kbs.status().ToString();
    for (const auto& k : *kbs) {
      EXPECT_EQ(k.documents, QueryInt(catalog->db(), "SELECT COUNT(*) FROM document WHERE kb_id = ?", k.kb.id))
          << step << " " << k.kb.name;
      EXPECT_EQ(k.passages, QueryInt(catalog->db(),
                                     "SELECT COUNT(*) FROM passage p JOIN document d ON p.document_id = d.id"
                                     " WHERE d.kb_id = ?",
                                     k.kb.id))
          << step << " " << k.kb.name;
    }
  };
  auto a = catalog->CreateKb("a");
  auto b = catalog->CreateKb("b");
  ASSERT_TRUE(a.ok() && b.ok());
  auto one = catalog->UpsertDocument(a->id, Doc("/1.txt", "一。二。三。"), Passages({"一。", "二。", "三。"}));
  auto two = catalog->UpsertDocument(a->id, Doc("/2.txt", "四。"), Passages({"四。"}));
  ASSERT_TRUE(one.ok() && two.ok());
  ASSERT_TRUE(catalog->UpsertDocument(b->id, Doc("/1.txt", "五。六。"), Passages({"五。", "六。"})).ok());
  expect_counted("inserted");
  auto listed = catalog->ListKbs();
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ((*listed)[0].documents, 2);
  EXPECT_EQ((*listed)[0].passages, 4);
  ASSERT_TRUE(catalog->UpsertDocument(a->id, Doc("/1.txt", "七。"), Passages({"七。"})).ok());
  expect_counted("passages replaced");
  ASSERT_TRUE(catalog->DeleteDocument(*two).ok());
  expect_counted("document deleted");
  std::vector<StoredDocument> file = {{Doc("/f.txt#1", "甲。乙。"), Passages({"甲。", "乙。"})},
                                      {Doc("/f.txt#2", "丙。"), Passages({"丙。"})}};
  ASSERT_TRUE(catalog->ReplaceFileDocuments(b->id, "/f.txt", "h1", file).ok());
  expect_counted("file added");
  file.pop_back();
  ASSERT_TRUE(catalog->ReplaceFileDocuments(b->id, "/f.txt", "h2", file).ok());
  expect_counted("file shrunk");
  ASSERT_TRUE(catalog->DropKb("a").ok());
  expect_counted("kb dropped");
  listed = catalog->ListKbs();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].documents, 2);
  EXPECT_EQ((*listed)[0].passages, 4);
}

// A catalog written before migration 10 starts from the counts of its rows.
TEST(Catalog, KbCountersStartFromTheRowsOfAnOlderCatalog) {
  TempDir tmp;
  {
    auto db = SqliteDb::Open((tmp / "catalog.db").string());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    auto version = MigrateSchemaTo(**db, 9);
    ASSERT_TRUE(version.ok()) << version.status().ToString();
    ASSERT_EQ(*version, 9);
    ASSERT_TRUE(
        (*db)
            ->Exec("INSERT INTO kb (id, name, created_at) VALUES (1, 'a', 'now'), (2, 'b', 'now');"
                   " INSERT INTO document (id, kb_id, source, title, format, content_hash, ingested_at, text)"
                   " VALUES (1, 1, '/1', 't', 'txt', 'h', 'now', 'x'), (2, 1, '/2', 't', 'txt', 'h', 'now', 'y'),"
                   " (3, 2, '/3', 't', 'txt', 'h', 'now', 'z');"
                   " INSERT INTO passage (document_id, number, text, start_offset, end_offset)"
                   " VALUES (1, 0, 'x', 0, 1), (1, 1, 'x', 0, 1), (2, 0, 'y', 0, 1), (3, 0, 'z', 0, 1);")
            .ok());
  }
  auto catalog = OpenOrDie(tmp.path());
  ASSERT_NE(catalog, nullptr);
  EXPECT_EQ(catalog->schema_version(), LatestSchemaVersion());
  auto listed = catalog->ListKbs();
  ASSERT_TRUE(listed.ok()) << listed.status().ToString();
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].documents, 2);
  EXPECT_EQ((*listed)[0].passages, 3);
  EXPECT_EQ((*listed)[1].documents, 1);
  EXPECT_EQ((*listed)[1].passages, 1);
}

TEST(Catalog, PassageIdFormat) { EXPECT_EQ(PassageId("policies", 12, 3), "policies/12#3"); }

}  // namespace catalog_test
}  // namespace wenyuan::catalog
