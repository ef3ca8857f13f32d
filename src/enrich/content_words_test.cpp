#include "enrich/content_words.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

std::vector<std::string> Terms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& w : ContentWords(text, *testing::SharedWordAnalyzer(), nullptr)) out.push_back(w.term);
  return out;
}

TEST(ContentWords, KeepsTheLongestWordAndDropsGrammarNumbersAndSingles) {
  auto terms = Terms("中华人民共和国的人工智能发展在2024年5月21日有了5G新进展。");
  EXPECT_NE(std::find(terms.begin(), terms.end(), "中华人民共和国"), terms.end());
  EXPECT_EQ(std::find(terms.begin(), terms.end(), "中华"), terms.end());  // inside the longer word
  EXPECT_EQ(std::find(terms.begin(), terms.end(), "的"), terms.end());
  EXPECT_EQ(std::find(terms.begin(), terms.end(), "2024年"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "5g"), terms.end());
}

TEST(ContentWords, FoldsScriptsAndKeepsOffsetsIntoTheOriginal) {
  const std::string text = "電腦與电脑";
  auto words = ContentWords(text, *testing::SharedWordAnalyzer(), nullptr);
  ASSERT_GE(words.size(), 2u);
  EXPECT_EQ(words.front().term, words.back().term);  // Traditional and Simplified fold together
  for (const auto& w : words) {
    EXPECT_LT(w.begin, w.end);
    EXPECT_LE(w.end, utf8::CodePointCount(text));
  }
  EXPECT_EQ(utf8::SliceCodePoints(text, words.front().begin, words.front().end), "電腦");
}

TEST(ContentWords, DistinctTermsAreSortedAndUnique) {
  std::vector<WordOccurrence> words = {{"b", 0, 1}, {"a", 1, 2}, {"b", 2, 3}};
  EXPECT_EQ(DistinctTerms(words), (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace wenyuan::enrich
