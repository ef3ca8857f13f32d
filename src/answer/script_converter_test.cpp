#include "answer/script_converter.h"

#include <gtest/gtest.h>

namespace wenyuan::answer {
namespace {

TEST(ScriptConverter, ConvertsToTaiwanTraditionalWithItsVocabulary) {
  auto c = ScriptConverter::Create(OutputScript::kTraditional);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  auto out = (*c)->Convert("软件应于一小时内通报[1]。");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "軟體應於一小時內通報[1]。");
}

TEST(ScriptConverter, ConvertsToSimplified) {
  auto c = ScriptConverter::Create(OutputScript::kSimplified);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  auto out = (*c)->Convert("資通安全事件應於一小時內通報[2]。");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "资通安全事件应于一小时内通报[2]。");
  EXPECT_EQ(*(*c)->Convert(""), "");
}

TEST(OutputScript, ParsesTheSettingWords) {
  EXPECT_EQ(*ParseOutputScript("traditional"), OutputScript::kTraditional);
  EXPECT_EQ(*ParseOutputScript("simplified"), OutputScript::kSimplified);
  EXPECT_FALSE(ParseOutputScript("cantonese").ok());
  EXPECT_EQ(OutputScriptName(OutputScript::kSimplified), "simplified");
}

}  // namespace
}  // namespace wenyuan::answer
