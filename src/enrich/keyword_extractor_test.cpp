#include "enrich/keyword_extractor.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::enrich {
namespace {

TermStatistics StatsOf(const std::vector<std::string>& documents) {
  TermStatistics stats;
  for (const auto& d : documents)
    stats.AddDocument(DistinctTerms(ContentWords(d, *testing::SharedWordAnalyzer(), nullptr)));
  return stats;
}

const std::vector<std::string> kDocuments = {
    "市政府今日公布預算，市政府表示預算將用於道路與公園。",
    "市政府表示，捷運延伸線將於明年通車，市政府會持續監督。",
    "資訊服務處說明路燈計畫：路燈具備感測器，路燈資料將開放下載。市政府表示支持。",
};

TEST(KeywordExtractor, TfIdfPrefersWhatIsFrequentHereAndRareElsewhere) {
  TermStatistics stats = StatsOf(kDocuments);
  const std::string& text = kDocuments[2];
  auto words = ContentWords(text, *testing::SharedWordAnalyzer(), nullptr);
  auto keywords = ExtractKeywords(text, words, {}, stats, {});
  ASSERT_FALSE(keywords.empty());
  EXPECT_EQ(keywords.front().text, "路燈") << keywords.front().term;
  EXPECT_EQ(keywords.front().count, 3u);
  // 市政府 is in every document: it ranks below the document's own words.
  auto city = std::find_if(keywords.begin(), keywords.end(), [](const Keyword& k) { return k.text == "市政府"; });
  if (city != keywords.end()) {
    EXPECT_LT(city->weight, keywords.front().weight);
  }
  // Every keyword is written in the text.
  for (const auto& k : keywords) EXPECT_NE(text.find(k.text), std::string::npos) << k.text;
  // Sorted by weight.
  for (size_t i = 1; i < keywords.size(); ++i) EXPECT_GE(keywords[i - 1].weight, keywords[i].weight);
}

TEST(KeywordExtractor, CountAndTextRankOption) {
  TermStatistics stats = StatsOf(kDocuments);
  const std::string& text = kDocuments[2];
  auto words = ContentWords(text, *testing::SharedWordAnalyzer(), nullptr);
  KeywordOptions options;
  options.count = 2;
  options.method = KeywordMethod::kTextRank;
  auto keywords = ExtractKeywords(text, words, {}, stats, options);
  EXPECT_EQ(keywords.size(), 2u);
  for (const auto& k : keywords) EXPECT_NE(text.find(k.text), std::string::npos) << k.text;
  KeywordMethod m;
  EXPECT_TRUE(ParseKeywordMethod("textrank", &m));
  EXPECT_FALSE(ParseKeywordMethod("lda", &m));
}

TEST(KeywordExtractor, TitleWordsGetABonus) {
  TermStatistics stats = StatsOf(kDocuments);
  const std::string text = "火車與公車路線調整，公車將增加班次，火車也會延長營運時間。";
  auto words = ContentWords(text, *testing::SharedWordAnalyzer(), nullptr);
  auto plain = ExtractKeywords(text, words, {}, stats, {});
  auto titled = ExtractKeywords(text, words, {"火车"}, stats, {});
  ASSERT_FALSE(titled.empty());
  EXPECT_EQ(titled.front().term, "火车");
  auto weight_of = [](const std::vector<Keyword>& ks, const std::string& term) {
    for (const auto& k : ks) {
      if (k.term == term) return k.weight;
    }
    return 0.0;
  };
  EXPECT_GT(weight_of(titled, "火车"), weight_of(plain, "火车"));
}

}  // namespace
}  // namespace wenyuan::enrich
