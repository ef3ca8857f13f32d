#include "search/query_parser.h"

#include <gtest/gtest.h>

#include <random>

namespace wenyuan::search {
namespace {

TEST(QueryParserTest, WordsPhrasesExclusionsAndFilters) {
  auto q = ParseQuery(R"(開放資料 "資料集 下載" -草稿 -"內部 文件" source:faq.html type:PDF title:公告 lang:zh)");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->text, "開放資料 資料集 下載");
  EXPECT_EQ(q->phrases, (std::vector<std::string>{"資料集 下載"}));
  EXPECT_EQ(q->excluded, (std::vector<std::string>{"草稿", "內部 文件"}));
  ASSERT_EQ(q->filters.size(), 3u);
  EXPECT_EQ(q->filters[0], (std::pair<std::string, std::string>{"source", "faq.html"}));
  EXPECT_EQ(q->filters[1], (std::pair<std::string, std::string>{"type", "PDF"}));
  EXPECT_EQ(q->filters[2], (std::pair<std::string, std::string>{"lang", "zh"}));
  EXPECT_EQ(q->titles, (std::vector<std::string>{"公告"}));
}

TEST(QueryParserTest, CategoryFiltersNameTaxonomyAndCategory) {
  auto q = ParseQuery(R"(補助 category:行业/金融 category:"主題/資訊 安全")");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->text, "補助");
  ASSERT_EQ(q->categories.size(), 2u);
  EXPECT_EQ(q->categories[0], (std::pair<std::string, std::string>{"行业", "金融"}));
  EXPECT_EQ(q->categories[1], (std::pair<std::string, std::string>{"主題", "資訊 安全"}));
  EXPECT_TRUE(q->filters.empty());
  // A category alone is a query; a category name may itself hold '/'.
  q = ParseQuery("category:技術/軟體/硬體");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->categories[0], (std::pair<std::string, std::string>{"技術", "軟體/硬體"}));
  for (const char* bad : {"category:金融", "category:/金融", "category:行业/", "category:行业/ "}) {
    auto b = ParseQuery(bad);
    ASSERT_FALSE(b.ok()) << bad;
    EXPECT_NE(b.status().message().find("TAXONOMY/CATEGORY"), std::string::npos) << b.status().ToString();
  }
}

TEST(QueryParserTest, DateRangesWithEitherSideOpen) {
  auto q = ParseQuery("預算 date:2020-01-01..2021-12-31");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->date_from, 20200101);
  EXPECT_EQ(q->date_to, 20211231);
  q = ParseQuery("預算 date:2020..");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->date_from, 20200101);
  EXPECT_EQ(q->date_to, 0);
  q = ParseQuery("預算 date:..2024-02");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->date_from, 0);
  EXPECT_EQ(q->date_to, 20240229);  // a leap year's February
  q = ParseQuery("date:2023-05");   // a filter alone is a query
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->date_from, 20230501);
  EXPECT_EQ(q->date_to, 20230531);
}

TEST(QueryParserTest, MalformedInputGivesAClearErrorOrAPlainReading) {
  for (const char* bad : {"date:2020-13-01", "date:yesterday", "date:..", "date:2021..2020",
                          "source:", "x source:  ", "", "   ", "-only -exclusions"}) {
    auto q = ParseQuery(bad);
    EXPECT_FALSE(q.ok()) << bad;
    if (!q.ok()) {
      EXPECT_EQ(q.status().code(), StatusCode::kInvalidArgument) << bad;
    }
  }
  // An unbalanced quote is ignored; the rest is words.
  auto q = ParseQuery(R"(“吾無汗馬勞。"這句話是什麼意思)");
  ASSERT_TRUE(q.ok());
  EXPECT_TRUE(q->phrases.empty());
  EXPECT_EQ(q->text, "“吾無汗馬勞。這句話是什麼意思");
  // Chinese colons, URLs and quotes other than ASCII ones are words.
  q = ParseQuery("問：https://example.org/a 「台灣」");
  ASSERT_TRUE(q.ok());
  EXPECT_TRUE(q->filters.empty());
  EXPECT_TRUE(q->phrases.empty());
  EXPECT_EQ(q->text, "問：https://example.org/a 「台灣」");
  // A lone dash and an empty phrase add nothing.
  q = ParseQuery(R"(稅 - "")");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->text, "稅");
  EXPECT_TRUE(q->excluded.empty());
}

TEST(QueryParserTest, RandomBytesNeverCrash) {
  std::mt19937 rng(1);
  const std::string alphabet = "ab \"-:.台灣\x80\xff";
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    for (int n = rng() % 20; n > 0; --n) s.push_back(alphabet[rng() % alphabet.size()]);
    auto q = ParseQuery(s);
    if (q.ok()) {
      EXPECT_TRUE(!q->text.empty() || q->HasConstraints());
    }
  }
}

}  // namespace
}  // namespace wenyuan::search
