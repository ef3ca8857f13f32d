// `search --mode keyword|vector|hybrid` and `eval --mode` end to end: the
// real binary on samples/, with the hashing embedder (no model needed).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::vector<std::string> HitIds(const std::string& out) {
  json j = json::parse(out, nullptr, false);
  std::vector<std::string> ids;
  if (!j.is_object() || !j.contains("results")) return ids;
  for (const auto& h : j["results"]) ids.push_back(h.value("passage_id", ""));
  return ids;
}

class HybridSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = (dir_ / "data").string();
    CommandResult r = RunWenyuan({"--data", data_, "kb", "create", "s"});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    r = RunWenyuan({"--data", data_, "ingest", "s", SamplesDir().string(), "--embedder", "hashing"});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    EXPECT_NE(r.err.find("vectors (hashing-bigram-v1-1024)"), std::string::npos) << r.err;
  }
  CommandResult Search(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"--data", data_, "-q", "search", "s", "北辰iFree 免費上網", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunWenyuan(args);
  }
  TempDir dir_;
  std::string data_;
};

TEST_F(HybridSearch, EveryModeFindsTheIFreePages) {
  ASSERT_TRUE(fs::exists(fs::path(data_) / "kbs" / "s" / "vectors" / "manifest"));
  std::map<std::string, std::vector<std::string>> ids;
  for (const char* mode : {"keyword", "vector", "hybrid"}) {
    CommandResult r = Search({"--mode", mode, "--embedder", "hashing", "--k", "5"});
    ASSERT_EQ(r.exit_code, 0) << mode << "\n" << Describe(r);
    ids[mode] = HitIds(r.out);
    ASSERT_FALSE(ids[mode].empty()) << mode << ": " << r.out;
    EXPECT_LE(ids[mode].size(), 5u);
    std::set<std::string> unique(ids[mode].begin(), ids[mode].end());
    EXPECT_EQ(unique.size(), ids[mode].size()) << mode;
  }
  // Hybrid holds only what one of the two lists found, and its top hit is
  // in the top three of one of them.
  std::set<std::string> either(ids["keyword"].begin(), ids["keyword"].end());
  CommandResult deep_vector = Search({"--mode", "vector", "--embedder", "hashing", "--k", "50"});
  CommandResult deep_keyword = Search({"--mode", "keyword", "--k", "50"});
  for (const auto& id : HitIds(deep_vector.out)) either.insert(id);
  for (const auto& id : HitIds(deep_keyword.out)) either.insert(id);
  for (const auto& id : ids["hybrid"]) EXPECT_TRUE(either.count(id)) << id;
  const auto& top = ids["hybrid"][0];
  bool near_top = false;
  for (const char* mode : {"keyword", "vector"}) {
    for (size_t i = 0; i < std::min<size_t>(3, ids[mode].size()); ++i) near_top |= ids[mode][i] == top;
  }
  EXPECT_TRUE(near_top) << top;
}

// Every mode gives each hit its rank and a relevance that reads alike: 1
// for the best hit, a share of it below, and more than one value over a
// page (hybrid used to print the same fused score 0.03 on every hit).
TEST_F(HybridSearch, EveryModeRanksAndScoresOnOneScale) {
  for (const char* mode : {"keyword", "vector", "hybrid"}) {
    SCOPED_TRACE(mode);
    CommandResult r = Search({"--mode", mode, "--embedder", "hashing", "--k", "10"});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    json j = json::parse(r.out);
    ASSERT_GE(j["results"].size(), 3u) << r.out;
    std::set<std::string> shown;
    double previous = 2;
    size_t rank = 0;
    for (const auto& h : j["results"]) {
      EXPECT_EQ(h.at("rank").get<size_t>(), ++rank);
      const double relevance = h.at("relevance").get<double>();
      EXPECT_GE(relevance, 0.0);
      EXPECT_LE(relevance, previous) << h.dump();
      previous = relevance;
      char text[16];
      std::snprintf(text, sizeof text, "%.2f", relevance);
      shown.insert(text);
    }
    EXPECT_DOUBLE_EQ(j["results"][0]["relevance"].get<double>(), 1.0);
    EXPECT_GE(shown.size(), 2u) << "every hit shows the same relevance: " << r.out;
    // The plain output prints the same figures.
    std::vector<std::string> args = {"--data", data_, "-q", "search",     "s",       "北辰iFree 免費上網", "--mode",
                                     mode,     "--k", "10", "--embedder", "hashing", "--passages"};
    CommandResult plain = RunWenyuan(args);
    ASSERT_EQ(plain.exit_code, 0) << Describe(plain);
    EXPECT_NE(plain.out.find("1. "), std::string::npos);
    EXPECT_NE(plain.out.find("relevance 1.00"), std::string::npos) << plain.out;
  }
}

TEST_F(HybridSearch, HybridIsTheDefaultWithAnEmbedderAndKeywordWithout) {
  CommandResult keyword = Search({"--mode", "keyword", "--k", "8"});
  CommandResult plain = Search({"--k", "8"});
  ASSERT_EQ(plain.exit_code, 0) << Describe(plain);
  EXPECT_EQ(HitIds(plain.out), HitIds(keyword.out));

  CommandResult hybrid = Search({"--mode", "hybrid", "--embedder", "hashing", "--k", "8"});
  CommandResult by_default = Search({"--embedder", "hashing", "--k", "8"});
  ASSERT_EQ(by_default.exit_code, 0) << Describe(by_default);
  EXPECT_EQ(HitIds(by_default.out), HitIds(hybrid.out));

  // The config file's `embedder = hashing` does the same as the flag.
  WriteFile(fs::path(data_) / "wenyuan.conf", "embedder = hashing\n");
  CommandResult from_config = Search({"--k", "8"});
  ASSERT_EQ(from_config.exit_code, 0) << Describe(from_config);
  EXPECT_EQ(HitIds(from_config.out), HitIds(hybrid.out));
}

// Filters hold in every mode: the nearest vectors are kept only where the
// keyword engine's filters (type:, category:, …) let a passage through.
TEST_F(HybridSearch, FiltersHoldForVectorHitsToo) {
  auto sources = [](const std::string& out) {
    std::vector<std::string> s;
    json j = json::parse(out, nullptr, false);
    if (j.is_object()) {
      for (const auto& h : j["results"]) s.push_back(h.value("source", ""));
    }
    return s;
  };
  CommandResult unfiltered = Search({"--mode", "vector", "--embedder", "hashing", "--k", "30"});
  ASSERT_EQ(unfiltered.exit_code, 0) << Describe(unfiltered);
  const auto all = sources(unfiltered.out);
  ASSERT_TRUE(std::any_of(all.begin(), all.end(), [](const std::string& s) { return !s.ends_with(".md"); }))
      << "the unfiltered vector hits should include other formats";
  for (const char* mode : {"vector", "hybrid"}) {
    std::vector<std::string> args = {"--data", data_,    "-q", "search",     "s",       "北辰iFree 免費上網 type:md",
                                     "--json", "--mode", mode, "--embedder", "hashing", "--k",
                                     "30"};
    CommandResult r = RunWenyuan(args);
    ASSERT_EQ(r.exit_code, 0) << mode << "\n" << Describe(r);
    const auto kept = sources(r.out);
    ASSERT_FALSE(kept.empty()) << mode;
    for (const auto& s : kept) EXPECT_TRUE(s.ends_with(".md")) << mode << ": " << s;
  }
  // A category filter, after enrichment with a taxonomy.
  WriteFile(dir_ / "net.txt", "網路: Wi-Fi, iFree, 5G\n");
  ASSERT_EQ(RunWenyuan({"--data", data_, "-q", "taxonomy", "add", "s", "業務", (dir_ / "net.txt").string()}).exit_code,
            0);
  CommandResult enrich = RunWenyuan({"--data", data_, "-q", "enrich", "s"});
  ASSERT_EQ(enrich.exit_code, 0) << Describe(enrich);
  CommandResult r = RunWenyuan({"--data", data_, "-q", "search", "s", "公告 category:業務/網路", "--json", "--mode",
                                "vector", "--embedder", "hashing", "--k", "30"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  json j = json::parse(r.out);
  ASSERT_FALSE(j["results"].empty()) << r.out;
  for (const auto& h : j["results"]) {
    CommandResult doc =
        RunWenyuan({"--data", data_, "doc", "show", std::to_string(h["document_id"].get<int64_t>()), "--json"});
    ASSERT_EQ(doc.exit_code, 0) << Describe(doc);
    EXPECT_TRUE(json::parse(doc.out)["enrichment"]["categories"]["業務"].contains("網路")) << h.dump();
  }
}

TEST_F(HybridSearch, VectorModeWithoutAnEmbedderOrWithABadOneIsAClearError) {
  CommandResult r = Search({"--mode", "vector"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("needs an embedder"), std::string::npos) << r.err;
  r = Search({"--mode", "semantic", "--embedder", "hashing"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("keyword, vector or hybrid"), std::string::npos) << r.err;
  r = Search({"--embedder", "word2vec"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("embedder must be"), std::string::npos) << r.err;
}

TEST_F(HybridSearch, VectorsFollowDeletesAndACorruptStoreIsReported) {
  // Re-ingesting with one file fewer is not a delete; dropping and
  // recreating the KB is: the store must drop vectors of passages gone.
  CommandResult r = RunWenyuan({"--data", data_, "kb", "drop", "s"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  r = RunWenyuan({"--data", data_, "kb", "create", "s"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  r = RunWenyuan({"--data", data_, "ingest", "s", (SamplesDir() / "faq-ifree-wifi.html").string()});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  r = Search({"--mode", "vector", "--embedder", "hashing", "--k", "50"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  auto ids = HitIds(r.out);
  ASSERT_FALSE(ids.empty());
  std::set<std::string> docs;
  for (const auto& id : ids) docs.insert(id.substr(0, id.find('#')));
  EXPECT_EQ(docs.size(), 1u) << r.out;  // only the one document left

  WriteFile(fs::path(data_) / "kbs" / "s" / "vectors" / "manifest", "garbage");
  r = Search({"--mode", "hybrid", "--embedder", "hashing"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("manifest"), std::string::npos) << r.err;
  // Keyword search never needs the vectors.
  EXPECT_EQ(Search({"--mode", "keyword"}).exit_code, 0);
}

TEST(EvalModes, SameContractKeysInEveryMode) {
  TempDir dir;
  WriteFile(dir / "corpus.jsonl",
            R"({"id": "p1", "title": "資安通報", "text": "各機關於知悉資安事件後，應於1小時內完成通報。"}
{"id": "p2", "title": "開放資料", "text": "臺灣的開放資料平台提供2048個資料集，民眾可以免費下載使用。"}
)");
  WriteFile(dir / "queries.jsonl",
            R"({"id": "q1", "text": "资安事件要在多久内通报？", "gold": ["p1"], "answers": ["1小时内"]}
{"id": "q2", "text": "开放资料平台提供多少个资料集？", "gold": ["p2"], "answers": ["2048个资料集"]}
)");
  std::set<std::string> keyword_keys;
  for (const char* mode : {"keyword", "vector", "hybrid"}) {
    CommandResult r =
        RunWenyuan({"eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries", (dir / "queries.jsonl").string(),
                    "--json", "-q", "--mode", mode, "--embedder", "hashing"});
    ASSERT_EQ(r.exit_code, 0) << mode << "\n" << Describe(r);
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.out;
    std::set<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.insert(it.key());
    if (keyword_keys.empty()) keyword_keys = keys;
    EXPECT_EQ(keys, keyword_keys) << mode;
    EXPECT_DOUBLE_EQ(j["recall@5"].get<double>(), 1.0) << mode;
    EXPECT_GE(j["answer_recall@3_baseline"].get<double>(), 0.0);
  }
  CommandResult r = RunWenyuan({"eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries",
                                (dir / "queries.jsonl").string(), "--json", "-q", "--mode", "hybrid"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("needs an embedder"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace wenyuan::testing
