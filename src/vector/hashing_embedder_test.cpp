#include "vector/hashing_embedder.h"

#include <gtest/gtest.h>

#include <cmath>

namespace wenyuan::vector {
namespace {

double Dot(const std::vector<float>& a, const std::vector<float>& b) {
  double s = 0;
  for (size_t i = 0; i < a.size(); ++i) s += static_cast<double>(a[i]) * b[i];
  return s;
}

TEST(HashingEmbedder, UnitVectorsOfTheStatedSizeAndName) {
  HashingEmbedder e(text::BigramTokenizer(), 256);
  EXPECT_EQ(e.dimensions(), 256u);
  EXPECT_EQ(e.name(), "hashing-bigram-v1-256");
  auto out = e.Embed({"資安事件應於一小時內通報", "GPT model 2024", ""});
  ASSERT_TRUE(out.ok());
  ASSERT_EQ(out->size(), 3u);
  for (size_t i = 0; i < 2; ++i) {
    ASSERT_EQ((*out)[i].size(), 256u);
    EXPECT_NEAR(Dot((*out)[i], (*out)[i]), 1.0, 1e-5);
  }
  // Nothing to hash: the zero vector, not NaN.
  for (float v : (*out)[2]) EXPECT_EQ(v, 0.0f);
}

TEST(HashingEmbedder, DeterministicAcrossInstances) {
  HashingEmbedder a(text::BigramTokenizer(), 512), b(text::BigramTokenizer(), 512);
  EXPECT_EQ(a.EmbedOne("市民數位憑證效期五年"), b.EmbedOne("市民數位憑證效期五年"));
  // One bigram lands in one bucket.
  auto v = a.EmbedOne("憑證");
  size_t nonzero = 0;
  for (float x : v) nonzero += x != 0;
  EXPECT_EQ(nonzero, 1u);
}

TEST(HashingEmbedder, TextsSharingBigramsAreCloser) {
  HashingEmbedder e(text::BigramTokenizer(), 1024);
  auto q = e.EmbedOne("數位憑證的效期");
  auto near = e.EmbedOne("晶片卡版數位憑證效期為五年");
  auto far = e.EmbedOne("公務電子郵件帳號限於公務使用");
  EXPECT_GT(Dot(q, near), Dot(q, far) + 0.2);
  EXPECT_NEAR(Dot(q, q), 1.0, 1e-5);
}

TEST(HashingEmbedder, FoldsScriptsLikeTheSearch) {
  auto folder = text::ScriptFolder::Create();
  ASSERT_TRUE(folder.ok()) << folder.status().message();
  HashingEmbedder folded(text::BigramTokenizer(*folder), 1024);
  EXPECT_NEAR(Dot(folded.EmbedOne("資訊安全"), folded.EmbedOne("资讯安全")), 1.0, 1e-5);
  HashingEmbedder plain(text::BigramTokenizer(), 1024);
  EXPECT_LT(Dot(plain.EmbedOne("資訊安全"), plain.EmbedOne("资讯安全")), 0.9);
}

}  // namespace
}  // namespace wenyuan::vector
