#include "enrich/document_terms.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "test_support.h"

namespace wenyuan::enrich {
namespace {

TEST(DocumentTerms, NumbersTermsInOrderOfFirstOccurrenceWithCountsRanksAndIdf) {
  const std::string text = "路燈具備感測器，路燈資料將開放下載。市政府表示支持路燈計畫與感測器採購。";
  const auto words = ContentWords(text, *testing::SharedWordAnalyzer(), nullptr);
  ASSERT_GT(words.size(), 4u);
  TermStatistics stats;
  stats.AddDocument(std::vector<std::string>{"路灯", "市政府"});
  stats.AddDocumentViews({"市政府"});
  const DocumentTerms d = DocumentTerms::Of(words, &stats);

  // The plain way: a map of term → count, and first occurrences in order.
  std::map<std::string, uint32_t> counts;
  std::vector<std::string> first;
  for (const auto& w : words) {
    if (counts[w.term]++ == 0) first.push_back(w.term);
  }
  ASSERT_EQ(d.size(), first.size());
  ASSERT_EQ(d.of_word.size(), words.size());
  for (size_t w = 0; w < words.size(); ++w) EXPECT_EQ(d.terms[d.of_word[w]], words[w].term) << w;
  for (uint32_t n = 0; n < d.size(); ++n) {
    EXPECT_EQ(d.terms[n], first[n]);
    EXPECT_EQ(d.count[n], counts[first[n]]) << first[n];
    EXPECT_EQ(d.idf[n], stats.Idf(first[n])) << first[n];
    EXPECT_EQ(d.Find(first[n]), n);
    // Ranks follow byte order: the map's order.
    EXPECT_EQ(d.rank[n], static_cast<uint32_t>(std::distance(counts.begin(), counts.find(first[n]))));
    EXPECT_EQ(d.by_rank[d.rank[n]], n);
  }
  EXPECT_EQ(d.Find("不在文中"), std::nullopt);
  EXPECT_EQ(stats.DocumentFrequency("市政府"), 2u);
  EXPECT_EQ(stats.DocumentFrequency("路灯"), 1u);

  auto views = DistinctTermViews(words);
  std::sort(views.begin(), views.end());
  ASSERT_EQ(views.size(), counts.size());
  size_t i = 0;
  for (const auto& [term, _] : counts) EXPECT_EQ(views[i++], term);
}

TEST(DocumentTerms, WithoutStatisticsOrWords) {
  const DocumentTerms empty = DocumentTerms::Of({}, nullptr);
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_EQ(empty.Find("x"), std::nullopt);
  const std::vector<WordOccurrence> words = {{"甲乙", 0, 2}, {"丙丁", 2, 4}, {"甲乙", 4, 6}};
  const DocumentTerms d = DocumentTerms::Of(words, nullptr);
  EXPECT_TRUE(d.idf.empty());
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d.count[0], 2u);
  EXPECT_EQ(d.of_word, (std::vector<uint32_t>{0, 1, 0}));
}

}  // namespace
}  // namespace wenyuan::enrich
