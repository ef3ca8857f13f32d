// `wenyuan eval` with a language model: the tiny random-weight GGUF model
// (scripts/make-tiny-model) run in process answers the first --answer-limit
// questions. Its words are gibberish, so this checks that the "model"
// section is there with defined, consistent values (the metric arithmetic
// itself is unit-tested in src/eval/*_test.cpp), that the limit is kept and
// said, and that DESIGN.md's keys are unchanged beside it. An OpenAI-style
// endpoint that always streams the same cited answer then checks the
// citation figures exactly, through the binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "llm_test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;

const std::set<std::string> kContractKeys = {
    "queries",       "recall@1",     "recall@5",        "recall@20",
    "mrr@10",        "ndcg@10",      "answer_recall@3", "answer_recall@3_baseline",
    "index_seconds", "query_ms_p50", "query_ms_p99",    "answer_recall@1",
    "answered_rate"};

class EvalModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
#ifndef WENYUAN_HAVE_LLAMA
    GTEST_SKIP() << "built without llama.cpp (WENYUAN_LLAMA=OFF)";
#endif
    std::string error;
    auto model = TinyModelPath(true, &error);
    ASSERT_FALSE(model.empty()) << error;
    WriteFile(dir_ / "corpus.jsonl",
              R"({"id": "p1", "title": "資安通報", "text": "各機關於知悉資安事件後，應於1小時內完成通報。"}
{"id": "p2", "title": "開放資料", "text": "臺灣的開放資料平台提供2048個資料集，民眾可以免費下載使用。"}
{"id": "p3", "title": "數位憑證", "text": "市民數位憑證遺失時，補發每張收取工本費新臺幣250元。"}
)");
    WriteFile(dir_ / "queries.jsonl",
              R"({"id": "q1", "text": "资安事件要在多久内通报？", "gold": ["p1"], "answers": ["1小时内"]}
{"id": "q2", "text": "开放资料平台提供多少个资料集？", "gold": ["p2"]}
{"id": "q3", "text": "数位凭证补发要多少钱？", "gold": ["p3"]}
{"id": "q4", "text": "資安事件通報時限", "gold": ["p1"]}
)");
    WriteFile(dir_ / "wenyuan.conf", "llm.model_path = " + model.string() +
                                         "\nllm.context_tokens = 2048\nllm.max_tokens = 24\nllm.threads = 1\n");
    std::filesystem::create_directories(dir_ / "data");
  }

  CommandResult Eval(std::vector<std::string> extra) {
    std::vector<std::string> args = {"--data",
                                     (dir_ / "data").string(),
                                     "eval",
                                     "--corpus",
                                     (dir_ / "corpus.jsonl").string(),
                                     "--queries",
                                     (dir_ / "queries.jsonl").string(),
                                     "--config",
                                     (dir_ / "wenyuan.conf").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunWenyuan(args);
  }

  TempDir dir_;
};

// A ratio is null exactly when its denominator is 0, else part / whole.
void ExpectRatio(const json& value, size_t part, size_t whole, const char* name) {
  if (whole == 0) {
    EXPECT_TRUE(value.is_null()) << name;
    return;
  }
  ASSERT_TRUE(value.is_number()) << name;
  EXPECT_GE(value.get<double>(), 0.0) << name;
  EXPECT_LE(value.get<double>(), 1.0) << name;
  EXPECT_DOUBLE_EQ(value.get<double>(), static_cast<double>(part) / static_cast<double>(whole)) << name;
}

TEST_F(EvalModelTest, AnswersTheFirstQuestionsAndMeasuresThem) {
  CommandResult r = Eval({"--json", "--answer-limit", "3", "--out", (dir_ / "results.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  std::set<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.insert(it.key());
  std::set<std::string> expected = kContractKeys;
  expected.insert("model");
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(j["queries"], 4);

  const json& m = j["model"];
  EXPECT_EQ(m["name"], "gguf:tiny.gguf");
  EXPECT_EQ(m["answer_limit"], 3);
  EXPECT_EQ(m["questions_total"], 4);
  EXPECT_EQ(m["questions"], 3);
  const size_t answered = m["answered"].get<size_t>();
  EXPECT_EQ(answered, 3u) << r.err;  // every question has evidence and the model writes
  EXPECT_EQ(m["fallbacks"].get<size_t>(), 3 - answered);
  ASSERT_TRUE(m["ttft_ms_p50"].is_number()) << m.dump();
  EXPECT_GT(m["ttft_ms_p50"].get<double>(), 0.0);
  EXPECT_GE(m["ttft_ms_p95"].get<double>(), m["ttft_ms_p50"].get<double>());
  EXPECT_GE(m["speed_measured"].get<size_t>(), 1u) << m.dump();
  EXPECT_LE(m["speed_measured"].get<size_t>(), answered);
  EXPECT_GT(m["tokens_per_second_p50"].get<double>(), 0.0);
  EXPECT_GT(m["tokens_per_second_mean"].get<double>(), 0.0);
  EXPECT_EQ(m["token_count"], "model");  // the in-process model counts its tokens
  const size_t claims = m["claim_sentences"].get<size_t>(), cited = m["cited_claim_sentences"].get<size_t>();
  const size_t citations = m["citations"].get<size_t>(), supported = m["supported_citations"].get<size_t>();
  EXPECT_LE(cited, claims);
  EXPECT_LE(supported, citations);
  ExpectRatio(m["cited_sentence_share"], cited, claims, "cited_sentence_share");
  ExpectRatio(m["citation_precision"], supported, citations, "citation_precision");
  EXPECT_FALSE(m.contains("per_question"));  // that is for --out
  // Progress on stderr, one line per answer.
  EXPECT_NE(r.err.find("model answer 3/3 (q3)"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("model answer 4/"), std::string::npos) << r.err;

  // --out holds each question's figures, in order, and they add up.
  json out = json::parse(ReadFile(dir_ / "results.json"), nullptr, false);
  ASSERT_TRUE(out.is_object());
  const json& rows = out["model"]["per_question"];
  ASSERT_EQ(rows.size(), 3u) << out.dump();
  size_t sum_claims = 0, sum_citations = 0, sum_answered = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i]["id"], "q" + std::to_string(i + 1));
    sum_answered += rows[i]["answered"].get<bool>();
    if (rows[i]["answered"].get<bool>()) {
      EXPECT_GT(rows[i]["ttft_ms"].get<double>(), 0.0);
      EXPECT_GT(rows[i]["tokens"].get<size_t>(), 0u);
      EXPECT_LE(rows[i]["tokens"].get<size_t>(), 24u);  // llm.max_tokens
    }
    sum_claims += rows[i]["claim_sentences"].get<size_t>();
    sum_citations += rows[i]["citations"].get<size_t>();
  }
  EXPECT_EQ(sum_answered, answered);
  EXPECT_EQ(sum_claims, claims);
  EXPECT_EQ(sum_citations, citations);
}

TEST_F(EvalModelTest, TextOutputAndReportSayHowManyQuestionsWereAnswered) {
  CommandResult r = Eval({"--answer-limit", "2", "--report", (dir_ / "report.html").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("model answers for the first 2 of 4 questions (--answer-limit 2)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("model.ttft_ms_p50"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("model.citation_precision"), std::string::npos) << r.out;
  std::string html = ReadFile(dir_ / "report.html");
  EXPECT_NE(html.find("模型回答 (model answers)"), std::string::npos);
  EXPECT_NE(html.find("gguf:tiny.gguf"), std::string::npos);
}

// One sentence copied from p1 and cited [1] (supported), one cited [1]
// that p1 does not say (unsupported), one claim citing nothing.
const std::vector<std::string> kScriptedPieces = {"各機關於知悉資安事件後", "應於1小時內完成通報[1]。",
                                                  "本部將持續加強防護工作", "與教育訓練[1]。",
                                                  "這是一句沒有引用的說明文字。"};

std::string ScriptedStream() {
  auto chunk = [](json choice) {
    json c = json::object();
    c["choices"] = json::array({std::move(choice)});
    return "data: " + c.dump() + "\n\n";
  };
  std::string body;
  for (const auto& piece : kScriptedPieces) {
    json choice = {{"index", 0}, {"delta", {{"content", piece}}}};
    body += chunk(choice);
  }
  json last = {{"index", 0}, {"delta", json::object()}, {"finish_reason", "stop"}};
  return body + chunk(last) + "data: [DONE]\n\n";
}

TEST(EvalModelEndpoint, CountsCitationsAndTheirSupportExactly) {
  ScriptedServer server([](httplib::Server& s) {
    s.Post("/v1/chat/completions", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(ScriptedStream(), "text/event-stream");
    });
  });
  TempDir dir;
  std::filesystem::create_directories(dir / "data");
  WriteFile(dir / "corpus.jsonl",
            R"({"id": "p1", "title": "資安通報", "text": "各機關於知悉資安事件後，應於1小時內完成通報。"}
{"id": "p2", "title": "開放資料", "text": "臺灣的開放資料平台提供2048個資料集，民眾可以免費下載使用。"}
)");
  // Both questions find p1 first, so [1] is p1 in both prompts.
  WriteFile(dir / "queries.jsonl", R"({"id": "q1", "text": "资安事件要在多久内通报？", "gold": ["p1"]}
{"id": "q2", "text": "資安事件通報時限", "gold": ["p1"]}
)");
  CommandResult r = RunWenyuan({"--data", (dir / "data").string(), "eval", "--corpus", (dir / "corpus.jsonl").string(),
                                "--queries", (dir / "queries.jsonl").string(), "--llm-endpoint", server.url(), "--json",
                                "--out", (dir / "results.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_DOUBLE_EQ(j["recall@1"].get<double>(), 1.0);
  const json& m = j["model"];
  EXPECT_EQ(m["answer_limit"], 50);  // the default
  EXPECT_EQ(m["questions"], 2);
  EXPECT_EQ(m["answered"], 2) << r.err;
  EXPECT_EQ(m["claim_sentences"], 6);
  EXPECT_EQ(m["cited_claim_sentences"], 4);
  EXPECT_DOUBLE_EQ(m["cited_sentence_share"].get<double>(), 4.0 / 6.0);
  EXPECT_EQ(m["citations"], 4);
  EXPECT_EQ(m["supported_citations"], 2);
  EXPECT_DOUBLE_EQ(m["citation_precision"].get<double>(), 0.5);
  // The client counts one token per streamed chunk.
  EXPECT_EQ(m["token_count"], "model");
  json out = json::parse(ReadFile(dir / "results.json"), nullptr, false);
  ASSERT_EQ(out["model"]["per_question"].size(), 2u) << out.dump();
  EXPECT_EQ(out["model"]["per_question"][0]["tokens"], kScriptedPieces.size());
  EXPECT_GE(out["model"]["per_question"][0]["ttft_ms"].get<double>(), 0.0);
}

TEST(EvalModelEndpoint, AnswersFromAKnowledgeBaseToo) {
  ScriptedServer server([](httplib::Server& s) {
    s.Post("/v1/chat/completions", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(ScriptedStream(), "text/event-stream");
    });
  });
  TempDir dir;
  const std::string data = (dir / "data").string();
  std::filesystem::create_directories(dir / "docs");
  WriteFile(dir / "docs" / "incident.txt", "各機關於知悉資安事件後，應於1小時內完成通報。\n");
  WriteFile(dir / "docs" / "open-data.txt", "臺灣的開放資料平台提供2048個資料集，民眾可以免費下載使用。\n");
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "k"}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"--data", data, "ingest", "k", (dir / "docs").string()}).exit_code, 0);
  WriteFile(dir / "queries.jsonl", R"({"id": "q1", "text": "资安事件要在多久内通报？", "file": "incident.txt"}
{"id": "q2", "text": "資安事件通報時限", "file": "incident.txt"}
{"id": "q3", "text": "開放資料平台有多少資料集？", "file": "open-data.txt"}
)");
  CommandResult r = RunWenyuan({"--data", data, "eval", "--kb", "k", "--queries", (dir / "queries.jsonl").string(),
                                "--llm-endpoint", server.url(), "--answer-limit", "2", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_EQ(j["queries"], 3);
  const json& m = j["model"];
  EXPECT_EQ(m["questions"], 2);
  EXPECT_EQ(m["questions_total"], 3);
  EXPECT_EQ(m["answered"], 2) << r.err;
  EXPECT_EQ(m["citations"], 4);
  EXPECT_EQ(m["supported_citations"], 2);
  EXPECT_DOUBLE_EQ(m["citation_precision"].get<double>(), 0.5);
}

TEST_F(EvalModelTest, AnswerLimitZeroLeavesTheModelOut) {
  CommandResult r = Eval({"--json", "--answer-limit", "0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_FALSE(j.contains("model"));
  EXPECT_EQ(Eval({"--json", "--answer-limit", "lots"}).exit_code, 2);
}

// The in-process GGUF embedder end to end: `eval --mode hybrid|vector` and
// a knowledge base's vectors, with the tiny model's (meaningless) vectors.
// Three passages and k = 20: every mode must retrieve each gold passage.
TEST_F(EvalModelTest, GgufEmbedderRunsEvalAndKnowledgeBaseSearch) {
  std::string error;
  const auto model = TinyModelPath(true, &error);
  const auto conf = dir_ / "embed.conf";
  WriteFile(conf, "embedder = gguf\nembedder.model_path = " + model.string() + "\n");
  for (const char* mode : {"vector", "hybrid"}) {
    CommandResult r =
        RunWenyuan({"eval", "--corpus", (dir_ / "corpus.jsonl").string(), "--queries",
                    (dir_ / "queries.jsonl").string(), "--config", conf.string(), "--mode", mode, "--json", "-q"});
    ASSERT_EQ(r.exit_code, 0) << mode << "\n" << r.err;
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.out;
    for (const auto& key : kContractKeys) EXPECT_TRUE(j.contains(key)) << mode << ": " << key;
    EXPECT_DOUBLE_EQ(j["recall@20"].get<double>(), 1.0) << mode;
  }
  const std::string data = (dir_ / "kbdata").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "k"}).exit_code, 0);
  WriteFile(dir_ / "docs" / "incident.txt", "各機關於知悉資安事件後，應於1小時內完成通報。");
  WriteFile(dir_ / "docs" / "fee.txt", "市民數位憑證遺失時，補發每張收取工本費新臺幣250元。");
  CommandResult in = RunWenyuan({"--data", data, "--config", conf.string(), "ingest", "k", (dir_ / "docs").string()});
  ASSERT_EQ(in.exit_code, 0) << in.err;
  EXPECT_NE(in.err.find("gguf:tiny.gguf"), std::string::npos) << in.err;
  CommandResult found =
      RunWenyuan({"--data", data, "--config", conf.string(), "search", "k", "憑證補發", "--mode", "vector", "--json"});
  ASSERT_EQ(found.exit_code, 0) << found.err;
  json j = json::parse(found.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << found.out;
  EXPECT_EQ(j["results"].size(), 2u) << found.out;  // both passages, by their vectors
}

}  // namespace
}  // namespace wenyuan::testing
