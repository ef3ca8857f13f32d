#include "enrich/taxonomy.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::enrich {
namespace {

const text::CharNormalizer& Normalizer() { return testing::SharedWordAnalyzer()->normalizer(); }

TEST(Taxonomy, ParsesTheThreeLineFormsAndMatchesAcrossScripts) {
  auto t = Taxonomy::Parse("行业",
                           "# 行业分類\n"
                           "金融\n"
                           "資訊安全: 資安, 網絡安全、駭客\n"
                           "交通|捷運|公車\n"
                           "人工智慧：AI，機器學習\n",
                           Normalizer(), "行业.txt");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->size(), 4u);
  const std::string text = "资安事件频传，网络安全成为焦点；捷運與公車也導入AI。MAIL 與 Aim 不算。";
  auto hits = t->Match(Normalizer().NormalizeText(text));
  std::map<std::string, size_t> by_name;
  for (const auto& h : hits) {
    EXPECT_EQ(h.taxonomy, "行业");
    by_name[h.category] = h.count;
  }
  EXPECT_EQ(by_name["資訊安全"], 2u);  // 资安 and 网络安全, written in Simplified
  EXPECT_EQ(by_name["交通"], 2u);
  EXPECT_EQ(by_name["人工智慧"], 1u);  // AI as a whole word only
  EXPECT_EQ(by_name.count("金融"), 0u);
  ASSERT_FALSE(hits.empty());
  EXPECT_GE(hits.front().count, hits.back().count);
}

TEST(Taxonomy, BadFilesAndNamesGiveClearErrors) {
  auto empty_name = Taxonomy::Parse("行业", "金融\n: 資安\n", Normalizer(), "行业.txt");
  ASSERT_FALSE(empty_name.ok());
  EXPECT_NE(empty_name.status().message().find("行业.txt:2"), std::string::npos) << empty_name.status().message();
  EXPECT_FALSE(Taxonomy::Parse("行业", "\xff\xfe", Normalizer(), "bad.txt").ok());
  EXPECT_FALSE(ValidateTaxonomyName("../etc").ok());
  EXPECT_FALSE(ValidateTaxonomyName("").ok());
  EXPECT_FALSE(ValidateTaxonomyName("a/b").ok());
  EXPECT_TRUE(ValidateTaxonomyName("行业").ok());
}

}  // namespace
}  // namespace wenyuan::enrich
