#include "llm/llm_config.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::llm {
namespace {

TEST(LoadLlmConfig, ReadsLlmKeysAndLeavesOthersToTheirOwners) {
  testing::TempDir dir;
  testing::WriteFile(dir / "wenyuan.conf",
                     "port = 9000\n# model\nllm.endpoint = http://127.0.0.1:8081/v1\n"
                     "llm.model = \"taide-8b\"\nllm.api_key = k\nllm.timeout_s = 30\n"
                     "llm.context_tokens = 8192\nllm.max_tokens = 256\nllm.temperature = 0.7\n");
  LlmConfig c;
  ASSERT_TRUE(LoadLlmConfig(dir / "wenyuan.conf", c).ok());
  EXPECT_EQ(c.endpoint, "http://127.0.0.1:8081/v1");
  EXPECT_EQ(c.model, "taide-8b");
  EXPECT_EQ(c.api_key, "k");
  EXPECT_EQ(c.timeout_s, 30);
  EXPECT_EQ(c.context_tokens, 8192u);
  EXPECT_EQ(c.max_tokens, 256u);
  EXPECT_DOUBLE_EQ(c.temperature, 0.7);
  EXPECT_TRUE(c.configured());
  EXPECT_FALSE(LlmConfig{}.configured());
}

TEST(LoadLlmConfig, NamesFileAndLineOfABadValueOrUnknownKey) {
  testing::TempDir dir;
  testing::WriteFile(dir / "a.conf", "llm.endpoint = x\n\nllm.timeout_s = 0\n");
  LlmConfig c;
  Status s = LoadLlmConfig(dir / "a.conf", c);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("a.conf: line 3: llm.timeout_s"), std::string::npos) << s.message();
  testing::WriteFile(dir / "b.conf", "llm.modle = x\n");
  s = LoadLlmConfig(dir / "b.conf", c);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unknown setting 'llm.modle'"), std::string::npos) << s.message();
}

TEST(MakeLanguageModel, RejectsAnEndpointThatIsNotHttp) {
  LlmConfig c;
  c.endpoint = "ftp://example";
  auto m = MakeLanguageModel(c);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("ftp://example"), std::string::npos);
  EXPECT_FALSE(MakeLanguageModel(LlmConfig{}).ok());
}

TEST(MakeLanguageModel, ReportsAMissingModelFile) {
  LlmConfig c;
  c.model_path = "/nonexistent/model.gguf";
  auto m = MakeLanguageModel(c);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("/nonexistent/model.gguf"), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::llm
