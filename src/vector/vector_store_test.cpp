#include "vector/vector_store.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <random>

#include "test_support.h"
#include "util/file_io.h"

namespace wenyuan::vector {
namespace {

namespace fs = std::filesystem;
using wenyuan::testing::TempDir;

std::vector<float> Unit(std::vector<float> v) {
  double n = 0;
  for (float x : v) n += static_cast<double>(x) * x;
  for (float& x : v) x = static_cast<float>(x / std::sqrt(n));
  return v;
}

// `count` random unit vectors of `dims`, the same for the same seed.
std::vector<std::vector<float>> RandomVectors(size_t count, size_t dims, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> normal;
  std::vector<std::vector<float>> out;
  for (size_t i = 0; i < count; ++i) {
    std::vector<float> v(dims);
    for (float& x : v) x = normal(rng);
    out.push_back(Unit(v));
  }
  return out;
}

// The rows of the k nearest, or none if the search failed (which fails the test).
std::vector<int64_t> SearchRows(const VectorStore& store, const std::vector<float>& query, size_t k) {
  auto hits = store.Search(query, k);
  EXPECT_TRUE(hits.ok()) << hits.status().message();
  std::vector<int64_t> rows;
  if (hits.ok()) {
    for (const auto& h : *hits) rows.push_back(h.row);
  }
  return rows;
}

std::vector<int64_t> Rows(size_t count, int64_t first = 100) {
  std::vector<int64_t> rows;
  for (size_t i = 0; i < count; ++i) rows.push_back(first + static_cast<int64_t>(i));
  return rows;
}

TEST(VectorStore, FindsEachVectorAsItsOwnNearest) {
  VectorStore store("test-model", 32);
  auto vectors = RandomVectors(300, 32, 1);
  ASSERT_TRUE(store.AddPassages(Rows(300), vectors).ok());
  EXPECT_EQ(store.size(), 300u);
  EXPECT_EQ(store.embedder_name(), "test-model");
  EXPECT_EQ(store.dimensions(), 32u);
  for (size_t i = 0; i < 300; i += 37) {
    auto hits = store.Search(vectors[i], 5);
    ASSERT_TRUE(hits.ok()) << hits.status().message();
    ASSERT_EQ(hits->size(), 5u);
    EXPECT_EQ((*hits)[0].row, 100 + static_cast<int64_t>(i));
    EXPECT_NEAR((*hits)[0].similarity, 1.0f, 1e-4);
    for (size_t j = 1; j < hits->size(); ++j) EXPECT_LE((*hits)[j].similarity, (*hits)[j - 1].similarity);
  }
  // More than it holds: all of them.
  EXPECT_EQ(store.Search(vectors[0], 1000)->size(), 300u);
}

TEST(VectorStore, GrowsPastItsFirstCapacity) {
  VectorStore store("m", 8);
  auto vectors = RandomVectors(2500, 8, 2);
  for (size_t start = 0; start < 2500; start += 500) {
    std::vector<std::vector<float>> batch(vectors.begin() + start, vectors.begin() + start + 500);
    ASSERT_TRUE(store.AddPassages(Rows(500, static_cast<int64_t>(start)), batch).ok());
  }
  EXPECT_EQ(store.size(), 2500u);
  EXPECT_EQ((*store.Search(vectors[2499], 1))[0].row, 2499);
}

TEST(VectorStore, RemoveAndReplace) {
  VectorStore store("m", 16);
  auto vectors = RandomVectors(50, 16, 3);
  ASSERT_TRUE(store.AddPassages(Rows(50), vectors, std::vector<uint64_t>(50, 7)).ok());
  store.RemovePassages({100, 101, 999});  // 999 was never there
  EXPECT_EQ(store.size(), 48u);
  EXPECT_FALSE(store.Contains(100));
  for (int64_t row : SearchRows(store, vectors[0], 50)) EXPECT_NE(row, 100);
  // Row 102 gets row 100's old vector: searching for it finds 102.
  ASSERT_TRUE(store.AddPassages({102}, {vectors[0]}, {9}).ok());
  EXPECT_EQ(store.size(), 48u);
  EXPECT_EQ((*store.Search(vectors[0], 1))[0].row, 102);
  EXPECT_EQ(store.TextHash(102), 9u);
  EXPECT_EQ(store.TextHash(103), 7u);
  EXPECT_EQ(store.TextHash(100), 0u);
  // Its own old vector no longer finds it.
  EXPECT_NE(SearchRows(store, vectors[2], 1).at(0), 102);
}

TEST(VectorStore, RefusesVectorsOfAnotherSize) {
  VectorStore store("m", 16);
  EXPECT_EQ(store.AddPassages({1}, {std::vector<float>(15, 0.1f)}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store.AddPassages({1, 2}, {std::vector<float>(16, 0.1f)}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store.Search(std::vector<float>(17, 0.1f), 3).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store.size(), 0u);
  EXPECT_TRUE(store.Search(std::vector<float>(16, 0.1f), 3)->empty());
}

TEST(VectorStore, SaveLoadRoundTrip) {
  TempDir dir;
  auto vectors = RandomVectors(200, 24, 4);
  {
    VectorStore store("round-trip", 24);
    std::vector<uint64_t> hashes;
    for (size_t i = 0; i < 200; ++i) hashes.push_back(1000 + i);
    ASSERT_TRUE(store.AddPassages(Rows(200), vectors, hashes).ok());
    store.RemovePassages({150});
    ASSERT_TRUE(store.Save(dir / "vectors").ok());
  }
  auto loaded = VectorStore::Load(dir / "vectors");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  VectorStore& store = **loaded;
  EXPECT_EQ(store.embedder_name(), "round-trip");
  EXPECT_EQ(store.dimensions(), 24u);
  EXPECT_EQ(store.size(), 199u);
  EXPECT_FALSE(store.Contains(150));
  EXPECT_EQ(store.TextHash(199), 1099u);
  for (size_t i = 0; i < 200; i += 13) {
    if (i == 50) continue;
    EXPECT_EQ((*store.Search(vectors[i], 1))[0].row, 100 + static_cast<int64_t>(i));
  }
  for (int64_t row : SearchRows(store, vectors[50], 10)) EXPECT_NE(row, 150);
  // It keeps working after loading: add, save again, and only the new
  // graph file is left.
  ASSERT_TRUE(store.AddPassages({5000}, {vectors[50]}).ok());
  ASSERT_TRUE(store.Save(dir / "vectors").ok());
  size_t graphs = 0;
  for (const auto& f : fs::directory_iterator(dir / "vectors")) {
    graphs += f.path().filename().string().starts_with("hnsw-");
    EXPECT_FALSE(f.path().filename().string().ends_with(".tmp")) << f.path();
  }
  EXPECT_EQ(graphs, 1u);
  auto again = VectorStore::Load(dir / "vectors");
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ((*again)->size(), 200u);
  EXPECT_EQ((*(*again)->Search(vectors[50], 1))[0].row, 5000);
}

TEST(VectorStore, EmptyStoreRoundTripsAndMissingIsNotFound) {
  TempDir dir;
  EXPECT_EQ(VectorStore::Load(dir / "none").status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(VectorStore("m", 8).Save(dir / "v").ok());
  auto loaded = VectorStore::Load(dir / "v");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((*loaded)->size(), 0u);
  ASSERT_TRUE((*loaded)->AddPassages({1}, {Unit({1, 0, 0, 0, 0, 0, 0, 1})}).ok());
  EXPECT_EQ((*(*loaded)->Search(Unit({1, 0, 0, 0, 0, 0, 0, 1}), 1))[0].row, 1);
}

fs::path GraphFile(const fs::path& dir) {
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().filename().string().starts_with("hnsw-")) return f.path();
  }
  return {};
}

void FlipByte(const fs::path& path, size_t offset) {
  std::string bytes = wenyuan::testing::ReadFile(path.string());
  ASSERT_LT(offset, bytes.size());
  bytes[offset] = static_cast<char>(bytes[offset] ^ 0x20);
  wenyuan::testing::WriteFile(path, bytes);
}

TEST(VectorStore, CorruptionIsAClearErrorNamingTheFile) {
  TempDir dir;
  const fs::path v = dir / "vectors";
  auto save = [&] {
    VectorStore store("m", 16);
    ASSERT_TRUE(store.AddPassages(Rows(40), RandomVectors(40, 16, 5)).ok());
    ASSERT_TRUE(store.Save(v).ok());
  };
  save();
  const size_t manifest_size = fs::file_size(v / "manifest");
  const size_t graph_size = fs::file_size(GraphFile(v));
  // Any byte of the manifest's JSON, or of the graph, flipped: Corruption.
  for (size_t offset : {size_t{90}, manifest_size / 2, manifest_size - 2}) {
    save();
    FlipByte(v / "manifest", offset);
    auto loaded = VectorStore::Load(v);
    ASSERT_FALSE(loaded.ok()) << offset;
    EXPECT_EQ(loaded.status().code(), StatusCode::kCorruption);
    EXPECT_NE(loaded.status().message().find("manifest"), std::string::npos) << loaded.status().message();
  }
  for (size_t offset : {size_t{0}, size_t{40}, graph_size / 2, graph_size - 1}) {
    save();
    const fs::path graph = GraphFile(v);
    FlipByte(graph, offset);
    auto loaded = VectorStore::Load(v);
    ASSERT_FALSE(loaded.ok()) << offset;
    EXPECT_EQ(loaded.status().code(), StatusCode::kCorruption);
    EXPECT_NE(loaded.status().message().find(graph.filename().string()), std::string::npos)
        << loaded.status().message();
  }
  // A truncated manifest, a missing graph file, garbage instead of a store.
  save();
  wenyuan::testing::WriteFile(v / "manifest", wenyuan::testing::ReadFile((v / "manifest").string()).substr(0, 50));
  EXPECT_EQ(VectorStore::Load(v).status().code(), StatusCode::kCorruption);
  save();
  fs::remove(GraphFile(v));
  EXPECT_EQ(VectorStore::Load(v).status().code(), StatusCode::kCorruption);
  wenyuan::testing::WriteFile(v / "manifest", "hello");
  EXPECT_EQ(VectorStore::Load(v).status().code(), StatusCode::kCorruption);
}

TEST(VectorStore, AnInterruptedSaveLeavesTheOldStore) {
  // A crash after the new graph file was written but before the manifest
  // was replaced: the manifest still names the old graph, which is intact.
  TempDir dir;
  const fs::path v = dir / "vectors";
  auto vectors = RandomVectors(30, 16, 6);
  VectorStore store("m", 16);
  ASSERT_TRUE(store.AddPassages(Rows(30), vectors).ok());
  ASSERT_TRUE(store.Save(v).ok());
  ASSERT_TRUE(store.AddPassages({777}, {vectors[0]}).ok());
  ASSERT_TRUE(store.Save(v).ok());
  // Put the old manifest back, as if the rename had never happened, and
  // the old graph file beside the new one.
  VectorStore old_store("m", 16);
  ASSERT_TRUE(old_store.AddPassages(Rows(30), vectors).ok());
  TempDir scratch;
  ASSERT_TRUE(old_store.Save(scratch / "v").ok());
  fs::copy_file(GraphFile(scratch / "v"), v / GraphFile(scratch / "v").filename(),
                fs::copy_options::overwrite_existing);
  wenyuan::testing::WriteFile(v / "manifest", wenyuan::testing::ReadFile((scratch / "v" / "manifest").string()));
  auto loaded = VectorStore::Load(v);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((*loaded)->size(), 30u);
  EXPECT_FALSE((*loaded)->Contains(777));
}

}  // namespace
}  // namespace wenyuan::vector
