#include "enrich/summarizer.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

TEST(Summarizer, PicksVerbatimSentencesInDocumentOrder) {
  const std::string text =
      "北辰市政府今日宣布，智慧路燈計畫將於年底前完成全市建置。\n"
      "智慧路燈結合照明、5G微型基地台與環境感測，資料將開放民眾下載。\n"
      "天氣晴。\n"
      "資訊服務處表示，智慧路燈優先設置於學校與捷運站周邊，以提升夜間安全。\n"
      "市民如有疑問，可洽詢1999專線。\n";
  TermStatistics stats;
  auto words = ContentWords(text, *testing::SharedWordAnalyzer(), nullptr);
  stats.AddDocument(DistinctTerms(words));
  stats.AddDocument({"市民"});
  auto summary = Summarize(text, words, stats);
  ASSERT_GE(summary.size(), 2u);
  ASSERT_LE(summary.size(), 3u);
  for (size_t i = 0; i < summary.size(); ++i) {
    // Verbatim: the stored range holds exactly the sentence.
    EXPECT_EQ(utf8::SliceCodePoints(text, summary[i].begin, summary[i].end), summary[i].text);
    if (i > 0) {
      EXPECT_LT(summary[i - 1].begin, summary[i].begin);
    }
  }
  for (const auto& s : summary) EXPECT_NE(s.text, "天氣晴。");  // too short to sum anything up
}

TEST(Summarizer, EmptyAndTinyTexts) {
  TermStatistics stats;
  EXPECT_TRUE(Summarize("", {}, stats).empty());
  const std::string tiny = "公告。";
  EXPECT_TRUE(Summarize(tiny, ContentWords(tiny, *testing::SharedWordAnalyzer(), nullptr), stats).empty());
}

}  // namespace
}  // namespace wenyuan::enrich
