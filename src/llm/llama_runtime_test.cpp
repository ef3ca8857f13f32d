#include "llm/llama_runtime.h"

#include <gtest/gtest.h>

namespace wenyuan::llm {
namespace {

TEST(Utf8Assembler, HoldsBackASplitCharacterUntilItIsWhole) {
  const std::string zi = "資";  // three bytes, as byte-fallback tokens deliver them
  Utf8Assembler a;
  EXPECT_EQ(a.Push(zi.substr(0, 1)), "");
  EXPECT_EQ(a.Push(zi.substr(1, 1)), "");
  EXPECT_EQ(a.Push(zi.substr(2, 1) + "a"), "資a");
  EXPECT_EQ(a.Flush(), "");
}

TEST(Utf8Assembler, PassesWholeTextThroughAndFlushesAnIncompleteTail) {
  Utf8Assembler a;
  EXPECT_EQ(a.Push("通報"), "通報");
  EXPECT_EQ(a.Push(std::string("\xE9\x80", 2)), "");
  EXPECT_EQ(a.Flush(), "\xEF\xBF\xBD");  // U+FFFD
}

TEST(Utf8Assembler, ReplacesStrayBytes) {
  Utf8Assembler a;
  EXPECT_EQ(a.Push("a\x80z"), "a\xEF\xBF\xBDz");
}

TEST(LoadGgufModel, FailsCleanlyOnAMissingFile) {
  auto m = LoadGgufModel("/nonexistent/tiny.gguf");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("/nonexistent/tiny.gguf"), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::llm
