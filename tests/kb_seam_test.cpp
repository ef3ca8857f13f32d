// The knowledge-base seam end to end (issue 14): a KB dropped from the CLI
// or over HTTP leaves none of its files behind, so a KB created again under
// the same name inherits nothing; the server reports the index's real size;
// and the server searches in vector and hybrid mode with the CLI's defaults.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "server_test_support.h"
#include "test_support.h"
#include "util/data_layout.h"

namespace wenyuan {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunWenyuan;
using testing::TempDir;

// A KB "k" with every kind of file a KB owns: index, vectors, taxonomies,
// a user dictionary and an upload.
void MakeKbWithEveryKindOfFile(const std::string& data) {
  const fs::path sample = testing::SamplesDir() / "regulation-incident-reporting.txt";
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"kb", "create", "k"},
           {"taxonomy", "add", "k", "業務", (testing::SourceDir() / "docs" / "taxonomies" / "業務.txt").string()},
           {"ingest", "k", sample.string(), "--embedder", "hashing"}}) {
    std::vector<std::string> all = {"--data", data, "-q"};
    all.insert(all.end(), args.begin(), args.end());
    CommandResult r = RunWenyuan(all);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const DataLayout layout{fs::path(data)};
  testing::WriteFile(layout.KbUserDictionary("k"), "資安事件\n");
  fs::create_directories(layout.KbUploadDir("k"));
  testing::WriteFile(layout.KbUploadDir("k") / "note.txt", "上傳的檔案。\n");
  for (const fs::path& p : {layout.KbIndexDir("k"), layout.KbVectorsDir("k"), layout.KbTaxonomyDir("k"),
                            layout.KbUserDictionary("k"), layout.KbUploadDir("k")}) {
    ASSERT_TRUE(fs::exists(p)) << p;
  }
}

// After a drop: nothing of "k" under the data directory; created again, it
// is empty and searches find nothing.
void ExpectNothingInherited(const std::string& data) {
  const DataLayout layout{fs::path(data)};
  EXPECT_FALSE(fs::exists(layout.KbDir("k")));
  EXPECT_FALSE(fs::exists(layout.KbUploadDir("k")));
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "k"}).exit_code, 0);
  CommandResult list = RunWenyuan({"--data", data, "kb", "list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const auto kbs = nlohmann::json::parse(list.out)["kbs"];
  ASSERT_EQ(kbs.size(), 1u);
  EXPECT_EQ(kbs[0]["documents"], 0);
  CommandResult search = RunWenyuan({"--data", data, "search", "k", "資安事件", "--json"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const auto results = nlohmann::json::parse(search.out)["results"];
  ASSERT_TRUE(results.is_array()) << search.out;
  EXPECT_TRUE(results.empty()) << search.out;
  CommandResult taxonomies = RunWenyuan({"--data", data, "taxonomy", "list", "k", "--json"});
  ASSERT_EQ(taxonomies.exit_code, 0) << taxonomies.err;
  const auto listed = nlohmann::json::parse(taxonomies.out)["taxonomies"];
  ASSERT_TRUE(listed.is_array()) << taxonomies.out;
  EXPECT_TRUE(listed.empty()) << taxonomies.out;
  EXPECT_FALSE(fs::exists(layout.KbUserDictionary("k")));
  EXPECT_FALSE(fs::exists(layout.KbVectorsDir("k")));
}

TEST(KbSeam, ACliDropLeavesNothingForAKbOfTheSameName) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  MakeKbWithEveryKindOfFile(data);
  CommandResult drop = RunWenyuan({"--data", data, "kb", "drop", "k"});
  ASSERT_EQ(drop.exit_code, 0) << drop.err;
  ExpectNothingInherited(data);
}

TEST(KbSeam, AnHttpDropLeavesNothingAndStatsShowTheIndexSize) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  MakeKbWithEveryKindOfFile(data);
  auto server = testing::StartServer(data, "");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = testing::ClientFor(server->port());
  auto stats = testing::JsonOf(client->Get("/api/kb/k/stats"));
  EXPECT_GT(stats.value("index_bytes", 0), 0) << stats.dump();
  auto metrics = client->Get("/metrics");
  ASSERT_TRUE(metrics && metrics->status == 200);
  EXPECT_NE(metrics->body.find("wenyuan_index_bytes{kb=\"k\"} "), std::string::npos);
  EXPECT_EQ(metrics->body.find("wenyuan_index_bytes{kb=\"k\"} 0\n"), std::string::npos) << metrics->body;
  auto dropped = client->Delete("/api/kb/k");
  ASSERT_TRUE(dropped && dropped->status == 200) << (dropped ? dropped->body : "no reply");
  server->Stop();
  ExpectNothingInherited(data);
}

TEST(KbSeam, TheServerSearchesInHybridModeWhenAnEmbedderIsConfigured) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "k"}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "ingest", "k", testing::SamplesDir().string()}).exit_code, 0);
  auto server = testing::StartServer(data, "embedder = hashing\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = testing::ClientFor(server->port());
  // The default with an embedder is hybrid, as in the CLI.
  auto hybrid = testing::JsonOf(client->Get("/api/search?kb=k&q=" + testing::Encode("資安事件通報")));
  EXPECT_EQ(hybrid.value("mode", ""), "hybrid") << hybrid.dump();
  ASSERT_FALSE(hybrid["hits"].empty());
  auto vector = testing::JsonOf(client->Get("/api/search?kb=k&mode=vector&q=" + testing::Encode("資安事件通報")));
  EXPECT_EQ(vector.value("mode", ""), "vector");
  ASSERT_FALSE(vector["hits"].empty());
  auto keyword = testing::JsonOf(client->Get("/api/search?kb=k&mode=keyword&q=" + testing::Encode("資安事件通報")));
  EXPECT_EQ(keyword.value("mode", ""), "keyword");
  // The same as the CLI's hybrid search.
  CommandResult cli = RunWenyuan(
      {"--data", data, "search", "k", "資安事件通報", "--mode", "hybrid", "--embedder", "hashing", "--json"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  const auto cli_hits = nlohmann::json::parse(cli.out)["results"];
  ASSERT_FALSE(cli_hits.empty());
  EXPECT_EQ(cli_hits[0]["passage_id"], hybrid["hits"][0]["passage_id"]);
  // Filters hold in vector mode too: type=pdf keeps only PDF passages.
  auto pdf = testing::JsonOf(client->Get("/api/search?kb=k&mode=vector&type=pdf&q=" + testing::Encode("資安")));
  for (const auto& h : pdf["hits"]) EXPECT_NE(h.value("source", "").find(".pdf"), std::string::npos) << h.dump();
  auto bad = client->Get("/api/search?kb=k&mode=sideways&q=x");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
}

TEST(KbSeam, TheServerTakesFiltersAsDataNotAsQueryText) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "k"}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "ingest", "k", testing::SamplesDir().string()}).exit_code, 0);
  auto server = testing::StartServer(data, "max_query_chars = 8\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = testing::ClientFor(server->port());
  // Long filter values do not count against the query's own limit.
  const std::string long_source(200, 'x');
  auto r = client->Get("/api/search?kb=k&q=" + testing::Encode("資安") + "&source=" + long_source);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_TRUE(testing::JsonOf(r)["hits"].empty());
  // A filter value holding query syntax stays a value.
  auto quoted = client->Get("/api/search?kb=k&q=" + testing::Encode("資安") + "&source=" +
                            testing::Encode("a\" -資安 type:pdf"));
  ASSERT_TRUE(quoted);
  EXPECT_EQ(quoted->status, 200) << quoted->body;
  EXPECT_TRUE(testing::JsonOf(quoted)["hits"].empty());
  auto over = client->Get("/api/search?kb=k&q=" + testing::Encode("資安事件應於多久內通報"));
  ASSERT_TRUE(over);
  EXPECT_EQ(over->status, 400);
}

}  // namespace
}  // namespace wenyuan
