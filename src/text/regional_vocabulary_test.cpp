#include "text/regional_vocabulary.h"

#include <gtest/gtest.h>

namespace wenyuan::text {
namespace {

TEST(RegionalVocabulary, TaiwanWordsHaveTheirMainlandForms) {
  auto folder = ScriptFolder::Create();
  ASSERT_TRUE(folder.ok());
  auto vocabulary = RegionalVocabulary::Create(**folder);
  ASSERT_TRUE(vocabulary.ok()) << vocabulary.status().ToString();
  EXPECT_GT((*vocabulary)->size(), 100u);
  EXPECT_EQ((*vocabulary)->MainlandFormOf("资讯"), "信息");  // 資訊, folded
  EXPECT_EQ((*vocabulary)->MainlandFormOf("软体"), "软件");
  EXPECT_EQ((*vocabulary)->MainlandFormOf("信息"), "");
  std::vector<Token> tokens = {{"资讯", 0, 2}, {"安全", 2, 4}};
  (*vocabulary)->AddMainlandForms(tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].term, "信息");
  EXPECT_EQ(tokens[1].begin, 0u);
  EXPECT_EQ(tokens[1].end, 2u);
  auto missing = RegionalVocabulary::Create(**folder, "/nonexistent/TWPhrasesRev.ocd2");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/TWPhrasesRev.ocd2"), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::text
