// `wenyuan eval`: DESIGN.md's contract (one JSON object with exactly the
// agreed keys) on a small question set made here, Traditional passages
// asked in Simplified, and clear errors for bad files.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;

TEST(EvalCommand, PrintsTheContractsMetricsForItsOwnQuestionSet) {
  TempDir dir;
  WriteFile(dir / "corpus.jsonl",
            R"({"id": "p1", "title": "資安通報", "text": "各機關於知悉資安事件後，應於1小時內完成通報。"}
{"id": "p2", "title": "開放資料", "text": "臺灣的開放資料平台提供2048個資料集，民眾可以免費下載使用。"}
{"id": "p3", "title": "數位憑證", "text": "市民數位憑證遺失時，補發每張收取工本費新臺幣250元。"}
)");
  WriteFile(dir / "queries.jsonl",
            R"({"id": "q1", "text": "资安事件要在多久内通报？", "gold": ["p1"], "answers": ["1小时内"]}
{"id": "q2", "text": "开放资料平台提供多少个资料集？", "gold": ["p2"], "answers": ["2048个资料集"]}
{"id": "q3", "text": "数位凭证补发要多少钱？", "gold": ["p3"]}
)");
  CommandResult r = RunWenyuan({"eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries",
                                (dir / "queries.jsonl").string(), "--json", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  std::set<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.insert(it.key());
  EXPECT_EQ(keys, (std::set<std::string>{"queries", "recall@1", "recall@5", "recall@20", "mrr@10", "ndcg@10",
                                         "answer_recall@3", "answer_recall@3_baseline", "index_seconds", "query_ms_p50",
                                         "query_ms_p99", "answer_recall@1", "answered_rate"}));
  EXPECT_EQ(j["queries"], 3);
  EXPECT_DOUBLE_EQ(j["recall@1"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j["mrr@10"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j["ndcg@10"].get<double>(), 1.0);
  // Answers are found after script folding (1小时内 in 1小時內).
  EXPECT_DOUBLE_EQ(j["answer_recall@3"].get<double>(), 1.0);

  // Without folding the Simplified questions miss the Traditional passages.
  CommandResult unfolded = RunWenyuan({"eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries",
                                       (dir / "queries.jsonl").string(), "--json", "-q", "--no-fold"});
  ASSERT_EQ(unfolded.exit_code, 0) << unfolded.err;
  EXPECT_LT(json::parse(unfolded.out)["answer_recall@3"].get<double>(), 1.0);
}

TEST(EvalCommand, BadRecordsNameFileAndLine) {
  TempDir dir;
  WriteFile(dir / "corpus.jsonl", "{\"id\": \"p1\", \"text\": \"一段文字。\"}\n{broken\n");
  WriteFile(dir / "queries.jsonl", "{\"text\": \"問題\", \"gold\": [\"p1\"]}\n");
  CommandResult r = RunWenyuan(
      {"eval", "--corpus", (dir / "corpus.jsonl").string(), "--queries", (dir / "queries.jsonl").string(), "--json"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("corpus.jsonl: line 2"), std::string::npos) << r.err;
  EXPECT_EQ(RunWenyuan({"eval", "--corpus", (dir / "corpus.jsonl").string()}).exit_code, 2);
}

}  // namespace
}  // namespace wenyuan::testing
