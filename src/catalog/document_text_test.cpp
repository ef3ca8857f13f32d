#include "catalog/document_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/document_queries.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::catalog {
namespace {

using wenyuan::testing::TempDir;

// Passages of `text` at the given code-point ranges, sliced from it.
std::vector<PassageInput> Slices(const std::string& text, const std::vector<std::pair<int64_t, int64_t>>& ranges) {
  std::vector<PassageInput> out;
  for (const auto& [b, e] : ranges) {
    out.push_back({utf8::SliceCodePoints(text, static_cast<size_t>(b), static_cast<size_t>(e)), b, e});
  }
  return out;
}

class DocumentTextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = Catalog::Open(tmp_.path());
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    catalog_ = std::move(c).value();
    auto kb = catalog_->CreateKb("kb");
    ASSERT_TRUE(kb.ok());
    kb_id_ = kb->id;
  }

  // Stores the document; returns its id.
  int64_t Store(const std::string& source, const std::string& text, const std::vector<PassageInput>& passages) {
    DocumentInput d;
    d.source = source;
    d.title = source;
    d.content_hash = "h" + source;
    d.text = text;
    auto id = catalog_->UpsertDocument(kb_id_, d, passages);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  std::string Column(int64_t id) {
    auto stmt = SqliteStatement::Prepare(catalog_->db(), "SELECT text FROM document WHERE id = ?");
    EXPECT_TRUE(stmt.ok());
    stmt->Bind(1, id);
    auto row = stmt->Step();
    EXPECT_TRUE(row.ok() && *row);
    return stmt->ColumnText(0);
  }

  std::string Text(int64_t id) {
    auto text = GetDocumentText(*catalog_, id);
    EXPECT_TRUE(text.ok()) << text.status().ToString();
    return text.ok() ? *text : std::string("?");
  }

  TempDir tmp_;
  std::unique_ptr<Catalog> catalog_;
  int64_t kb_id_ = 0;
};

TEST_F(DocumentTextTest, PassagesWithLineBreaksBetweenThemStoreTheTextOnce) {
  const std::string text = "第一段，說明。\n第二段。\n\n第三段 with Latin。";
  const int64_t id = Store("a", text, Slices(text, {{0, 7}, {8, 12}, {14, 30}}));
  EXPECT_EQ(Column(id), "");  // not twice: the passages hold it
  EXPECT_EQ(Text(id), text);
  auto stats = GetKbStats(*catalog_, kb_id_);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->text_bytes, static_cast<int64_t>(text.size()));
}

TEST_F(DocumentTextTest, LeadingLineBreaksAreRebuiltToo) {
  const std::string text = "\n\n甲段。\n乙段。";
  const int64_t id = Store("a", text, Slices(text, {{2, 5}, {6, 9}}));
  EXPECT_EQ(Column(id), "");
  EXPECT_EQ(Text(id), text);
}

TEST_F(DocumentTextTest, TextThePassagesDoNotGiveBackIsKeptWhole) {
  // Spaces between passages, a line break after the last one: not
  // rebuildable, so the text stays as it is.
  const std::string spaced = "甲句。 乙句。";
  const int64_t a = Store("a", spaced, Slices(spaced, {{0, 3}, {4, 7}}));
  EXPECT_EQ(Column(a), spaced);
  EXPECT_EQ(Text(a), spaced);
  const std::string trailing = "甲句。\n";
  const int64_t b = Store("b", trailing, Slices(trailing, {{0, 3}}));
  EXPECT_EQ(Column(b), trailing);
  // A near-duplicate has no passages: its text is its own.
  const int64_t c = Store("c", "重複的文字。", {});
  EXPECT_EQ(Column(c), "重複的文字。");
  EXPECT_EQ(Text(c), "重複的文字。");
  auto stats = GetKbStats(*catalog_, kb_id_);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->text_bytes,
            static_cast<int64_t>(spaced.size() + trailing.size() + std::string("重複的文字。").size()));
}

TEST_F(DocumentTextTest, AnUpdateReplacesTheTextAndPassagesTogether) {
  const std::string first = "舊的第一段。\n舊的第二段。";
  const int64_t id = Store("a", first, Slices(first, {{0, 6}, {7, 13}}));
  const std::string second = "新的內容 only。";
  EXPECT_EQ(Store("a", second, Slices(second, {{0, 4}})), id);  // only a part of it: kept whole
  EXPECT_EQ(Column(id), second);
  EXPECT_EQ(Text(id), second);
  const std::string third = "第三版。\n全文。";
  EXPECT_EQ(Store("a", third, Slices(third, {{0, 4}, {5, 8}})), id);
  EXPECT_EQ(Column(id), "");
  EXPECT_EQ(Text(id), third);
}

TEST(RebuildDocumentText, JoinsPassagesWithALineBreakPerCodePointOfGap) {
  EXPECT_EQ(RebuildDocumentText({{"甲", 0, 1}, {"乙丙", 3, 5}}), "甲\n\n乙丙");
  EXPECT_EQ(RebuildDocumentText({}), "");
  EXPECT_EQ(StoredDocumentText("甲\n乙", {{"甲", 0, 1}, {"乙", 2, 3}}), "");
  EXPECT_EQ(StoredDocumentText("甲\n乙", {{"甲", 0, 1}}), "甲\n乙");
}

}  // namespace
}  // namespace wenyuan::catalog
