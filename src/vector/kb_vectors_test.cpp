#include "vector/kb_vectors.h"

#include <gtest/gtest.h>

#include <thread>

#include "test_support.h"
#include "vector/hashing_embedder.h"
#include "util/data_layout.h"

namespace wenyuan::vector {
namespace {

using wenyuan::testing::TempDir;

catalog::PassageRecord Row(int64_t id, const std::string& title, const std::string& text) {
  auto p = wenyuan::testing::MakePassage(id, 0, title, text);
  p.id = id;
  return p;
}

// Counts the texts it is asked to embed.
class CountingEmbedder : public Embedder {
 public:
  explicit CountingEmbedder(size_t dims = 128) : inner_(text::BigramTokenizer(), dims) {}
  Result<std::vector<std::vector<float>>> Embed(const std::vector<std::string>& texts) override {
    embedded += texts.size();
    return inner_.Embed(texts);
  }
  size_t dimensions() const override { return inner_.dimensions(); }
  std::string name() const override { return inner_.name(); }
  size_t embedded = 0;

 private:
  HashingEmbedder inner_;
};

TEST(KbVectors, FollowsThePassagesThroughAddChangeAndDelete) {
  TempDir dir;
  const auto folder = DataLayout(dir.path()).KbVectorsDir("it");
  EXPECT_EQ(folder, dir.path() / "kbs" / "it" / "vectors");
  CountingEmbedder embedder;
  std::vector<catalog::PassageRecord> passages = {Row(1, "憑證", "市民數位憑證效期五年。"),
                                                  Row(2, "網路", "北辰iFree提供免費上網。"),
                                                  Row(3, "資安", "資安事件應於一小時內通報。")};
  VectorSyncReport r;
  auto store = UpdateKbVectors(folder, passages, embedder, &r);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ(r.added, 3u);
  EXPECT_EQ(embedder.embedded, 3u);
  EXPECT_EQ((*store)->size(), 3u);

  // Nothing changed: nothing embedded, found on disk as it was.
  store = UpdateKbVectors(folder, passages, embedder, &r);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(r.unchanged, 3u);
  EXPECT_EQ(r.added + r.removed, 0u);
  EXPECT_EQ(embedder.embedded, 3u);

  // One passage's text changes under its row id, one goes, one comes.
  passages[0].text = "市民數位憑證效期改為十年。";
  passages.erase(passages.begin() + 1);
  passages.push_back(Row(4, "郵件", "公務電子郵件限於公務使用。"));
  store = UpdateKbVectors(folder, passages, embedder, &r);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(r.added, 2u);
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.unchanged, 1u);
  EXPECT_EQ(embedder.embedded, 5u);

  auto loaded = VectorStore::Load(folder);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ((*loaded)->Rows(), (std::vector<int64_t>{1, 3, 4}));
  auto query = embedder.Embed({"公務電子郵件"});
  EXPECT_EQ((*(*loaded)->Search((*query)[0], 1))[0].row, 4);
  EXPECT_EQ((*loaded)->TextHash(1), PassageTextHash(EmbeddingText(passages[0])));
}

TEST(KbVectors, AnotherEmbeddersStoreIsReplacedNotMixed) {
  TempDir dir;
  std::vector<catalog::PassageRecord> passages = {Row(1, "a", "資安事件通報"), Row(2, "b", "數位憑證")};
  CountingEmbedder small(64), large(256);
  ASSERT_TRUE(UpdateKbVectors(dir / "v", passages, small).ok());
  VectorSyncReport r;
  auto store = UpdateKbVectors(dir / "v", passages, large, &r);
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE(r.replaced);
  EXPECT_EQ(r.added, 2u);
  EXPECT_EQ((*store)->dimensions(), 256u);
  EXPECT_EQ((*VectorStore::Load(dir / "v"))->embedder_name(), large.name());
}

TEST(KbVectors, ACorruptStoreIsReportedNotSilentlyRebuilt) {
  TempDir dir;
  std::vector<catalog::PassageRecord> passages = {Row(1, "a", "資安事件通報")};
  CountingEmbedder embedder;
  ASSERT_TRUE(UpdateKbVectors(dir / "v", passages, embedder).ok());
  wenyuan::testing::WriteFile(dir / "v" / "manifest", "not a manifest");
  auto store = UpdateKbVectors(dir / "v", passages, embedder);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
}

TEST(KbVectors, ConcurrentUpdatesOfOneFolderAreSerialised) {
  TempDir dir;
  std::vector<catalog::PassageRecord> passages;
  for (int i = 1; i <= 60; ++i) passages.push_back(Row(i, "標題", "第" + std::to_string(i) + "段的資安事件內容"));
  std::vector<Status> results(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      CountingEmbedder embedder;  // one each: embedders are not thread-safe
      // Each thread sees a different subset, as searches after different
      // ingests would.
      std::vector<catalog::PassageRecord> mine(passages.begin(), passages.begin() + 30 + 10 * t);
      for (int round = 0; round < 3 && results[t].ok(); ++round) {
        results[t] = UpdateKbVectors(dir / "v", mine, embedder).status();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& s : results) EXPECT_TRUE(s.ok()) << s.message();
  auto loaded = VectorStore::Load(dir / "v");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_GE((*loaded)->size(), 30u);
  EXPECT_LE((*loaded)->size(), 60u);
}

TEST(KbVectors, EmbeddingTextIsTitleThenText) {
  EXPECT_EQ(EmbeddingText(Row(1, "標題", "內文")), "標題\n內文");
  EXPECT_EQ(EmbeddingText(Row(1, "", "內文")), "內文");
}

}  // namespace
}  // namespace wenyuan::vector
