// The server opens its KBs ahead as it starts (search/kb_session.h
// Preload, server/http_server.h): it says so in its log, a search reads
// from the catalog only the passages it returns, and a KB dropped while it
// is being opened (or repaired by a search) leaves nothing behind: no
// crash, a 404 for the dropped KB, no file of it, nothing inherited by a KB
// created again under the same name.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "server_test_support.h"
#include "test_support.h"
#include "util/data_layout.h"

namespace wenyuan {
namespace {

namespace fs = std::filesystem;
using testing::RunWenyuan;
using testing::TempDir;

const char* const kDone = "knowledge bases opened ahead in";

// Waits (bounded) until the server's log holds `text`.
bool LogShows(const testing::ServerProcess& server, const std::string& text) {
  for (int i = 0; i < 300; ++i) {
    if (server.stderr_text().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

void MakeKb(const std::string& data, const std::string& kb) {
  const fs::path sample = testing::SamplesDir() / "regulation-incident-reporting.txt";
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", kb}).exit_code, 0);
  auto ingest = RunWenyuan({"--data", data, "-q", "ingest", kb, sample.string()});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
}

TEST(ServerPreload, TheServerOpensEveryKbAheadAndReadsOnlyTheHitsItReturns) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(testing::PrepareTwoKbs(data), "");
  // 'sample' gets the example taxonomy, so its documents have categories
  // to count; 'other' has none.
  const std::string taxonomy = (testing::SourceDir() / "docs" / "taxonomies" / "業務.txt").string();
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"taxonomy", "add", "sample", "業務", taxonomy}, {"enrich", "sample"}}) {
    std::vector<std::string> all = {"--data", data, "-q"};
    all.insert(all.end(), args.begin(), args.end());
    const testing::CommandResult r = RunWenyuan(all);
    ASSERT_EQ(r.exit_code, 0) << testing::Describe(r);
  }
  auto server = testing::StartServer(data, "rate_limit_per_minute = 0\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  ASSERT_TRUE(LogShows(*server, kDone)) << server->stderr_text();
  const std::string log = server->stderr_text();
  EXPECT_NE(log.find("knowledge base 'sample' opened ahead: index of "), std::string::npos) << log;
  EXPECT_NE(log.find("knowledge base 'other' opened ahead: index of "), std::string::npos) << log;
  EXPECT_NE(log.find("2 of 2 knowledge bases opened ahead"), std::string::npos) << log;

  auto client = testing::ClientFor(server->port());
  for (const char* facets : {"", "&facets=0"}) {
    // 資料 is in many passages of the samples: far more matches than k.
    auto r =
        client->Get("/api/search?kb=sample&k=3&debug=timings" + std::string(facets) + "&q=" + testing::Encode("資料"));
    ASSERT_TRUE(r && r->status == 200) << testing::Describe(r);
    const auto j = testing::JsonOf(r);
    ASSERT_EQ(j["hits"].size(), 3u) << r->body.substr(0, 500);
    EXPECT_EQ(j["timings"].value("catalog_rows", -1), 3) << j["timings"].dump();
    EXPECT_EQ(j.contains("facets"), std::string(facets).empty()) << j.dump().substr(0, 500);
    // With facets the engine ranked far more than 3 (their documents were
    // counted), and still only the 3 shown were read from the catalog.
    if (j.contains("facets")) {
      EXPECT_GT(j.value("facet_documents", 0), 3) << j.dump().substr(0, 500);
      EXPECT_FALSE(j["facets"].empty()) << j.dump().substr(0, 500);
    }
  }
  // A KB with no document categorised answers an empty facet list and
  // counts no document: the engine ranked only the k hits shown.
  auto r = client->Get("/api/search?kb=other&k=3&q=" + testing::Encode("資料"));
  ASSERT_TRUE(r && r->status == 200) << testing::Describe(r);
  const auto j = testing::JsonOf(r);
  ASSERT_TRUE(j.contains("facets")) << j.dump().substr(0, 500);
  EXPECT_TRUE(j["facets"].is_array() && j["facets"].empty()) << j.dump().substr(0, 500);
  EXPECT_EQ(j.value("facet_documents", -1), 0) << j.dump().substr(0, 500);
}

TEST(ServerPreload, AKbDroppedWhileTheServerOpensOrRepairsItLeavesNothing) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  for (const char* kb : {"a", "b", "c", "d"}) MakeKb(data, kb);
  // d's user dictionary came after its index: its first search re-indexes it.
  testing::WriteFile(DataLayout(fs::path(data)).KbUserDictionary("d"), "資安事件\n");
  auto server = testing::StartServer(data, "rate_limit_per_minute = 0\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = testing::ClientFor(server->port());
  // Dropped at once, while the server opens its KBs.
  auto dropped = client->Delete("/api/kb/b");
  ASSERT_TRUE(dropped && dropped->status == 200) << testing::Describe(dropped);
  // d dropped while another client's search repairs its index.
  std::thread search([port = server->port()] {
    auto other = testing::ClientFor(port);
    auto r = other->Get("/api/search?kb=d&q=" + testing::Encode("資安事件"));
    ASSERT_TRUE(r);  // found before the drop, or gone after it
    EXPECT_TRUE(r->status == 200 || r->status == 404) << testing::Describe(r);
  });
  auto dropped_d = client->Delete("/api/kb/d");
  search.join();
  ASSERT_TRUE(dropped_d && dropped_d->status == 200) << testing::Describe(dropped_d);
  ASSERT_TRUE(LogShows(*server, kDone)) << server->stderr_text();
  ASSERT_TRUE(server->running()) << server->stderr_text();

  const DataLayout layout{fs::path(data)};
  for (const char* kb : {"b", "d"}) {
    auto gone = client->Get("/api/search?kb=" + std::string(kb) + "&q=" + testing::Encode("資安"));
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->status, 404) << gone->body;
    EXPECT_EQ(testing::JsonOf(gone)["error"].value("code", ""), "not_found") << gone->body;
    EXPECT_FALSE(fs::exists(layout.KbDir(kb))) << kb << "\n" << server->stderr_text();
  }
  // Created again, b inherits nothing; the others still answer.
  auto created = client->Post("/api/kb", R"({"name": "b"})", "application/json");
  ASSERT_TRUE(created && created->status == 201) << testing::Describe(created);
  auto empty = client->Get("/api/search?kb=b&q=" + testing::Encode("資安事件"));
  ASSERT_TRUE(empty && empty->status == 200) << testing::Describe(empty);
  EXPECT_TRUE(testing::JsonOf(empty)["hits"].empty()) << empty->body.substr(0, 500);
  for (const char* kb : {"a", "c"}) {
    auto found = client->Get("/api/search?kb=" + std::string(kb) + "&q=" + testing::Encode("資安事件"));
    ASSERT_TRUE(found && found->status == 200) << testing::Describe(found);
    EXPECT_FALSE(testing::JsonOf(found)["hits"].empty()) << kb;
  }
  EXPECT_EQ(server->Stop(), 0) << server->stderr_text();
  EXPECT_FALSE(server->was_killed());
}

}  // namespace
}  // namespace wenyuan
