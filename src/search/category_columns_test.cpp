#include "search/category_columns.h"

#include <gtest/gtest.h>

#include "catalog/enrichment_store.h"
#include "search/kb_search.h"
#include "search/kb_session.h"
#include "test_support.h"

namespace wenyuan::search {
namespace {

class CategoryColumnsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = catalog::Catalog::Open(dir_.path());
    ASSERT_TRUE(c.ok());
    catalog_ = std::move(*c);
    auto kb = catalog_->CreateKb("kb");
    auto other = catalog_->CreateKb("other");
    ASSERT_TRUE(kb.ok() && other.ok());
    for (int i = 0; i < 4; ++i) docs_.push_back(Add(kb->id, "/" + std::to_string(i) + ".txt", "稅務與交通的公文。"));
    other_doc_ = Add(other->id, "/x.txt", "稅務。");
    Categorise(docs_[0], {{"topic", "稅務"}, {"agency", "財政部"}});
    Categorise(docs_[1], {{"topic", "稅務"}});
    Categorise(docs_[2], {{"topic", "交通"}, {"agency", "交通部"}});
    Categorise(other_doc_, {{"topic", "稅務"}});  // another KB's: never counted
  }
  int64_t Add(int64_t kb, const std::string& source, const std::string& text) {
    catalog::DocumentInput d;
    d.source = source;
    d.title = source;
    d.text = text;
    d.format = "txt";
    d.content_hash = source;
    auto id = catalog_->UpsertDocument(kb, d, {{text, 0, static_cast<int64_t>(text.size())}});
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }
  void Categorise(int64_t doc, const std::vector<std::pair<std::string, std::string>>& categories) {
    catalog::StoredEnrichment e;
    for (const auto& [taxonomy, category] : categories) e.categories.push_back({taxonomy, category, 1});
    ASSERT_TRUE(catalog::EnrichmentStore(catalog_->db()).Save(doc, e).ok());
  }
  wenyuan::testing::TempDir dir_;
  std::unique_ptr<catalog::Catalog> catalog_;
  std::vector<int64_t> docs_;
  int64_t other_doc_ = 0;
};

TEST_F(CategoryColumnsTest, CountsAndFiltersAsTheCatalogDoes) {
  auto kb = catalog_->GetKb("kb");
  ASSERT_TRUE(kb.ok());
  auto columns = CategoryColumns::Load(*catalog_, kb->id);
  ASSERT_TRUE(columns.ok()) << columns.status().ToString();
  EXPECT_EQ((*columns)->documents(), 3u);  // the fourth has no category
  catalog::EnrichmentStore store(catalog_->db());
  for (const std::vector<int64_t>& asked : {std::vector<int64_t>{docs_[0], docs_[1], docs_[2], docs_[3]},
                                            std::vector<int64_t>{docs_[2], docs_[0], docs_[2]},
                                            std::vector<int64_t>{docs_[3], 999999}, std::vector<int64_t>{}}) {
    auto expected = store.Facets(asked);
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ((*columns)->Count(asked), *expected);
  }
  for (const auto& [taxonomy, category] : std::vector<std::pair<std::string, std::string>>{
           {"topic", "稅務"}, {"topic", "交通"}, {"agency", "財政部"}, {"topic", "無此類"}}) {
    auto expected = store.DocumentsWithCategory(kb->id, taxonomy, category);
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ((*columns)->DocumentsWith(taxonomy, category), *expected) << taxonomy << "/" << category;
  }
  EXPECT_EQ((*columns)->DocumentsWith("topic", "稅務"), (std::vector<int64_t>{docs_[0], docs_[1]}));
}

// A session keeps the columns while nothing changes, and sees a document's
// new categories (enrichment moves kb.category_generation) at the next open.
TEST_F(CategoryColumnsTest, TheSessionKeepsThemUntilCategoriesChange) {
  KbSessions sessions(DataLayout(dir_.path()), Analysis{});
  std::shared_ptr<const CategoryColumns> first;
  {
    auto kb = sessions.Open(*catalog_, "kb");
    ASSERT_TRUE(kb.ok());
    auto c = kb->Categories();
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    first = *c;
  }
  {
    auto kb = sessions.Open(*catalog_, "kb");
    ASSERT_TRUE(kb.ok());
    auto c = kb->Categories();
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->get(), first.get());  // kept, not reloaded
  }
  Categorise(docs_[3], {{"topic", "交通"}});
  auto kb = sessions.Open(*catalog_, "kb");
  ASSERT_TRUE(kb.ok());
  auto c = kb->Categories();
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->get(), first.get());
  EXPECT_EQ((*c)->DocumentsWith("topic", "交通"), (std::vector<int64_t>{docs_[2], docs_[3]}));
  auto lookup = KbCategories(*kb);
  auto in = lookup("topic", "交通");
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(*in, (std::vector<int64_t>{docs_[2], docs_[3]}));
}

}  // namespace
}  // namespace wenyuan::search
