#include "vector/embedder_config.h"

#include <gtest/gtest.h>

namespace wenyuan::vector {
namespace {

TEST(EmbedderConfig, SettingsAndTheFactory) {
  EmbedderConfig c;
  EXPECT_FALSE(c.configured());
  EXPECT_FALSE(ApplyEmbedderSetting(c, "embedder", "word2vec").ok());
  ASSERT_TRUE(ApplyEmbedderSetting(c, "embedder", "hashing").ok());
  ASSERT_TRUE(ApplyEmbedderSetting(c, "embedder.dimensions", "64").ok());
  auto hashing = MakeEmbedder(c, text::BigramTokenizer());
  ASSERT_TRUE(hashing.ok()) << hashing.status().ToString();
  EXPECT_EQ((*hashing)->dimensions(), 64u);
  // The model-backed kinds say what they are missing.
  EmbedderConfig openai;
  ASSERT_TRUE(ApplyEmbedderSetting(openai, "embedder", "openai").ok());
  auto no_endpoint = MakeEmbedder(openai, text::BigramTokenizer());
  ASSERT_FALSE(no_endpoint.ok());
  EXPECT_NE(no_endpoint.status().message().find("embedder.endpoint"), std::string::npos);
  EmbedderConfig gguf;
  ASSERT_TRUE(ApplyEmbedderSetting(gguf, "embedder", "gguf").ok());
  auto no_path = MakeEmbedder(gguf, text::BigramTokenizer());
  ASSERT_FALSE(no_path.ok());
  EXPECT_NE(no_path.status().message().find("embedder.model_path"), std::string::npos);
  ASSERT_TRUE(ApplyEmbedderSetting(gguf, "embedder.model_path", "/nonexistent/model.gguf").ok());
  EXPECT_FALSE(MakeEmbedder(gguf, text::BigramTokenizer()).ok());  // a clear error, not a crash
}

}  // namespace
}  // namespace wenyuan::vector
