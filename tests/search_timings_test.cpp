// Where a search's time went, as a caller asks for it: /api/search with
// debug=timings (or explain=1) returns every stage of search::SearchTimings,
// which together take no more than the request's total; without it the
// response has no timings; `wenyuan search --timings` prints them on stderr.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "server_test_support.h"
#include "test_support.h"

namespace wenyuan {
namespace {

using testing::CommandResult;
using testing::RunWenyuan;
using testing::TempDir;

constexpr const char* kStages[] = {"session_ms",  "analysis_ms", "engine_ms", "rescore_ms", "catalog_ms",
                                   "snippets_ms", "facets_ms",   "vector_ms", "json_ms"};

TEST(SearchTimings, TheServerReportsEachStageWhenAskedAndTheCliPrintsThem) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "k"}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "ingest", "k", testing::SamplesDir().string()}).exit_code, 0);
  auto server = testing::StartServer(data, "");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = testing::ClientFor(server->port());
  const std::string q = "&q=" + testing::Encode("資安事件通報");

  auto plain = testing::JsonOf(client->Get("/api/search?kb=k" + q));
  ASSERT_FALSE(plain["hits"].empty()) << plain.dump();
  EXPECT_FALSE(plain.contains("timings"));

  for (const std::string ask : {"&debug=timings", "&explain=1"}) {
    auto timed = testing::JsonOf(client->Get("/api/search?kb=k" + q + ask));
    ASSERT_FALSE(timed["hits"].empty()) << timed.dump();
    EXPECT_EQ(timed["hits"], plain["hits"]) << "asking for timings changes nothing else";
    const auto& t = timed["timings"];
    ASSERT_TRUE(t.is_object()) << timed.dump();
    double sum = 0;
    for (const char* stage : kStages) {
      ASSERT_TRUE(t.contains(stage) && t[stage].is_number()) << stage << " in " << t.dump();
      EXPECT_GE(t[stage].get<double>(), 0) << stage;
      sum += t[stage].get<double>();
    }
    for (const char* ran : {"session_ms", "analysis_ms", "engine_ms", "catalog_ms", "snippets_ms", "json_ms"}) {
      EXPECT_GT(t[ran].get<double>(), 0) << ran << " in " << t.dump();
    }
    EXPECT_EQ(t["vector_ms"].get<double>(), 0) << "keyword mode";
    EXPECT_LE(sum, t["total_ms"].get<double>()) << t.dump();
  }
  auto bad = client->Get("/api/search?kb=k" + q + "&debug=everything");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);

  CommandResult cli = RunWenyuan({"--data", data, "search", "k", "資安事件通報", "--timings"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_NE(cli.err.find("timings (ms): session "), std::string::npos) << cli.err;
  EXPECT_NE(cli.err.find(" engine "), std::string::npos) << cli.err;
  EXPECT_EQ(cli.out.find("timings"), std::string::npos) << "results stay alone on stdout";
}

}  // namespace
}  // namespace wenyuan
