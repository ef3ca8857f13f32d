#include "text/user_dictionary.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::text {
namespace {

const CharNormalizer& Normalizer() {
  static const std::shared_ptr<const CharNormalizer> normalizer = [] {
    auto folder = ScriptFolder::Create();
    EXPECT_TRUE(folder.ok()) << folder.status().ToString();
    auto n = CharNormalizer::Create(folder.ok() ? folder.value() : nullptr);
    EXPECT_TRUE(n.ok()) << n.status().ToString();
    return n.ok() ? n.value() : nullptr;
  }();
  return *normalizer;
}

std::vector<std::tuple<std::string, uint32_t, uint32_t>> Matches(const UserDictionary& dict, std::string_view text) {
  std::vector<TermMatch> found;
  dict.FindAll(Normalizer().NormalizeText(text), found);
  std::vector<std::tuple<std::string, uint32_t, uint32_t>> out;
  for (const auto& m : found) out.emplace_back(dict.terms()[m.term_index].normalized, m.begin, m.end);
  return out;
}

TEST(UserDictionary, ParsesTermsWeightsAndPartsOfSpeech) {
  auto dict = UserDictionary::Parse(
      "\xEF\xBB\xBF# 人名與機構\n"
      "鄭柵潔 100 nr\n"
      "\n"
      "國科會 n\n"
      "北辰iFree 3.5   # 產品\n"
      "Llama 3.1\t50\tnz\n"
      "C# 10\n",
      "kb.dict", Normalizer());
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  const auto& t = (*dict)->terms();
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].term, "鄭柵潔");
  EXPECT_EQ(t[0].normalized, "郑栅洁");
  EXPECT_EQ(t[0].weight, 100);
  EXPECT_EQ(t[0].part_of_speech, "nr");
  EXPECT_EQ(t[1].part_of_speech, "n");
  EXPECT_EQ(t[1].weight, 0);
  EXPECT_EQ(t[2].normalized, "北辰ifree");
  EXPECT_EQ(t[2].weight, 3.5);
  EXPECT_EQ(t[3].term, "Llama 3.1");
  EXPECT_EQ(t[3].part_of_speech, "nz");
  EXPECT_EQ(t[4].term, "C#");
}

TEST(UserDictionary, ErrorsNameFileAndLine) {
  auto bad_weight = UserDictionary::Parse("國科會\n鄭柵潔 abc nr\n", "kb/user.dict", Normalizer());
  ASSERT_FALSE(bad_weight.ok());
  EXPECT_NE(bad_weight.status().message().find("kb/user.dict:2:"), std::string::npos) << bad_weight.status().ToString();
  auto negative = UserDictionary::Parse("x -5\n", "d", Normalizer());
  ASSERT_FALSE(negative.ok());
  EXPECT_NE(negative.status().message().find("d:1:"), std::string::npos);
  auto too_many = UserDictionary::Parse("a\nb\nc 1 n extra\n", "d", Normalizer());
  ASSERT_FALSE(too_many.ok());
  EXPECT_NE(too_many.status().message().find("d:3:"), std::string::npos);
  auto bad_utf8 = UserDictionary::Parse("ok\n\xff\xfe\n", "d", Normalizer());
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_NE(bad_utf8.status().message().find("d:2:"), std::string::npos);
}

TEST(UserDictionary, LoadsFromFileAndReportsMissingFile) {
  ::wenyuan::testing::TempDir dir;
  ::wenyuan::testing::WriteFile(dir / "user.dict", "國科會\n");
  auto dict = UserDictionary::Load(dir / "user.dict", Normalizer());
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  EXPECT_EQ((*dict)->size(), 1u);
  auto missing = UserDictionary::Load(dir / "nope.dict", Normalizer());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope.dict"), std::string::npos);
}

TEST(UserDictionary, MatchesFoldedTextInBothScripts) {
  auto dict = UserDictionary::Parse("鄭柵潔\n国科会\n", "d", Normalizer());
  ASSERT_TRUE(dict.ok());
  using M = std::vector<std::tuple<std::string, uint32_t, uint32_t>>;
  EXPECT_EQ(Matches(**dict, "郑栅洁说"), (M{{"郑栅洁", 0, 3}}));
  EXPECT_EQ(Matches(**dict, "問國科會"), (M{{"国科会", 1, 4}}));
}

TEST(UserDictionary, FindsOverlappingAndNestedTerms) {
  auto dict = UserDictionary::Parse("資訊\n資訊安全\n安全\n", "d", Normalizer());
  ASSERT_TRUE(dict.ok());
  using M = std::vector<std::tuple<std::string, uint32_t, uint32_t>>;
  EXPECT_EQ(Matches(**dict, "資訊安全"), (M{{"资讯", 0, 2}, {"资讯安全", 0, 4}, {"安全", 2, 4}}));
}

TEST(UserDictionary, LatinTermsMatchOnlyWholeWords) {
  auto dict = UserDictionary::Parse("AI\nTAIDE\n北辰iFree\n", "d", Normalizer());
  ASSERT_TRUE(dict.ok());
  using M = std::vector<std::tuple<std::string, uint32_t, uint32_t>>;
  EXPECT_EQ(Matches(**dict, "mail"), M{});
  EXPECT_EQ(Matches(**dict, "用AI做"), (M{{"ai", 1, 3}}));
  EXPECT_EQ(Matches(**dict, "TAIDE模型"), (M{{"taide", 0, 5}}));
  EXPECT_EQ(Matches(**dict, "ＴＡＩＤＥ"), (M{{"taide", 0, 5}}));
  EXPECT_EQ(Matches(**dict, "北辰iFree2"), M{});
}

}  // namespace
}  // namespace wenyuan::text
