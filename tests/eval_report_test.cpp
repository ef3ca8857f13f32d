// `wenyuan eval --compare/--report/--out` and `wenyuan bench` end to end:
// the real binary on a small question set made here, and on the bundled
// samples served by a real server on 127.0.0.1.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;

void WriteSmallSet(const TempDir& dir) {
  WriteFile(dir / "corpus.jsonl",
            R"({"id": "p1", "title": "資安通報", "text": "各機關於知悉資安事件後，應於1小時內完成通報。"}
{"id": "p2", "title": "開放資料", "text": "臺灣的開放資料平台提供2048個資料集，民眾可以免費下載使用。"}
{"id": "p3", "title": "數位憑證", "text": "市民數位憑證遺失時，補發每張收取工本費新臺幣250元。"}
)");
  WriteFile(dir / "queries.jsonl",
            R"({"id": "q1", "text": "资安事件要在多久内通报？", "gold": ["p1"], "answers": ["1小时内"]}
{"id": "q2", "text": "開放資料平台提供多少個資料集？", "gold": ["p2"], "answers": ["2048個資料集"]}
{"id": "q3", "text": "憑證補發工本費", "gold": ["p3"]}
)");
}

TEST(EvalReport, CompareWritesATableJsonAndASelfContainedHtmlReport) {
  TempDir dir;
  WriteSmallSet(dir);
  const std::string report = (dir / "report.html").string(), out = (dir / "results.json").string();
  CommandResult r = RunWenyuan({"-q", "eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries",
                                (dir / "queries.jsonl").string(), "--compare", "fields=both;fields=words;fold=off",
                                "--report", report, "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("fields=words"), std::string::npos) << r.out;
  json j = json::parse(ReadFile(out), nullptr, false);
  ASSERT_TRUE(j.is_object());
  ASSERT_EQ(j["configurations"].size(), 3u);
  for (const auto& c : j["configurations"]) {
    EXPECT_GE(c["recall@1"].get<double>(), 0.0);
    EXPECT_GT(c["cpu_seconds_per_1000_queries"].get<double>(), 0.0);
    EXPECT_GT(c["index_bytes_per_mb_text"].get<double>(), 0.0);
  }
  // Folding matters on this set: q1 is Simplified, its passage Traditional.
  EXPECT_DOUBLE_EQ(j["configurations"][0]["recall@1"].get<double>(), 1.0);
  const std::string html = ReadFile(report);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("fold=off"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
}

TEST(EvalReport, SingleRunDetailsBreakDownByScriptAndLength) {
  TempDir dir;
  WriteSmallSet(dir);
  const std::string out = (dir / "results.json").string();
  CommandResult r = RunWenyuan({"-q", "eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries",
                                (dir / "queries.jsonl").string(), "--out", out, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json stdout_json = json::parse(r.out, nullptr, false);
  EXPECT_FALSE(stdout_json.contains("by_script"));  // stdout keeps to the contract
  json j = json::parse(ReadFile(out), nullptr, false);
  ASSERT_TRUE(j.contains("by_script")) << j.dump();
  EXPECT_EQ(j["by_script"]["simplified"]["queries"], 1);
  EXPECT_EQ(j["by_script"]["traditional"]["queries"], 2);
  size_t total = 0;
  for (auto it = j["by_length"].begin(); it != j["by_length"].end(); ++it) total += it.value()["queries"].get<size_t>();
  EXPECT_EQ(total, 3u);
  EXPECT_GE(j["query_ms_p95"].get<double>(), j["query_ms_p50"].get<double>());
  auto bad = RunWenyuan({"-q", "eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries",
                         (dir / "queries.jsonl").string(), "--compare", "fields=letters"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("fields"), std::string::npos) << bad.err;
}

TEST(BenchCommand, MeasuresARunningServerOnLoopbackOnly) {
  TempDir dir;
  const std::string data = (dir / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "sample"}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "ingest", "sample", SamplesDir().string(), "--no-enrich"}).exit_code, 0);
  WriteFile(dir / "server.conf", "rate_limit_per_minute = 0\n");
  ServerProcess server({"--data", data, "serve", "--port", "0", "--config", (dir / "server.conf").string()});
  ASSERT_TRUE(server.running()) << server.startup_error();
  const std::string url = "http://127.0.0.1:" + std::to_string(server.port());
  const std::string questions = (SourceDir() / "docs" / "sample-questions.jsonl").string();
  const std::string report = (dir / "bench.html").string();
  CommandResult r = RunWenyuan({"-q", "bench", "--url", url, "--kb", "sample", "--queries", questions, "--clients",
                                "1,2", "--seconds", "1", "--report", report, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_EQ(j["search"].size(), 2u) << r.out;
  for (const auto& step : j["search"]) {
    EXPECT_GT(step["requests"].get<size_t>(), 0u);
    EXPECT_EQ(step["failures"].get<size_t>(), 0u);
    EXPECT_LE(step["p50_ms"].get<double>(), step["p99_ms"].get<double>());
  }
  EXPECT_NE(ReadFile(report).find("<svg"), std::string::npos);
  // Anything but loopback is refused before a request is sent.
  CommandResult away = RunWenyuan(
      {"-q", "bench", "--url", "http://192.0.2.1:80", "--kb", "sample", "--queries", questions, "--seconds", "1"});
  EXPECT_EQ(away.exit_code, 2);
  EXPECT_NE(away.err.find("127.0.0.1"), std::string::npos) << away.err;
}

TEST(EvalReport, AgainstAKnowledgeBaseWithFileGold) {
  TempDir dir;
  const std::string data = (dir / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "kb", "create", "sample"}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"--data", data, "-q", "ingest", "sample", SamplesDir().string(), "--no-enrich"}).exit_code, 0);
  const std::string questions = (SourceDir() / "docs" / "sample-questions.jsonl").string();
  CommandResult r = RunWenyuan({"--data", data, "-q", "eval", "--kb", "sample", "--queries", questions, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_EQ(j["queries"].get<size_t>(), ReadLines(questions).size());  // answerable and not
  for (const char* key : {"recall@1", "recall@5", "mrr@10", "ndcg@10", "answer_recall@3"}) {
    EXPECT_GE(j[key].get<double>(), 0.0) << key;
    EXPECT_LE(j[key].get<double>(), 1.0) << key;  // a document counts once however many passages it has
  }
  EXPECT_GE(j["recall@5"].get<double>(), 0.5);  // the samples answer their own questions
  CommandResult both =
      RunWenyuan({"--data", data, "-q", "eval", "--kb", "sample", "--corpus", questions, "--queries", questions});
  EXPECT_EQ(both.exit_code, 2);
}

}  // namespace
}  // namespace wenyuan::testing
