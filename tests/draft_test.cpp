// `wenyuan ask` and `wenyuan draft` end to end: the real binary, a KB made
// from the samples, and a language model that is a real llama-server (or the
// in-process model) with a tiny random-weight GGUF model, or no server at
// all. The model's text is gibberish, so these check the response's shape,
// citation checking, the task in use and the fallback, not the wording.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "llm_test_support.h"
#include "server_test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;

const char kTopic[] = "資安事件通報時限";

// A data directory with KB "regs" holding the incident-reporting regulation.
class DraftTest : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = (dir_ / "data").string();
    CommandResult create = RunWenyuan({"--data", data_, "-q", "kb", "create", "regs"});
    ASSERT_EQ(create.exit_code, 0) << Describe(create);
    CommandResult ingest = RunWenyuan(
        {"--data", data_, "-q", "ingest", "regs", (SamplesDir() / "regulation-incident-reporting.txt").string()});
    ASSERT_EQ(ingest.exit_code, 0) << Describe(ingest);
  }

  json RunJson(std::vector<std::string> args) {
    std::vector<std::string> full = {"--data", data_, "-q"};
    full.insert(full.end(), args.begin(), args.end());
    full.push_back("--json");
    CommandResult r = RunWenyuan(full);
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    json j = json::parse(r.out, nullptr, false);
    EXPECT_TRUE(j.is_object()) << Describe(r);
    return j;
  }

  // The response shape every grounded answer has, and citations that name
  // only the evidence it lists.
  static void ExpectGrounded(const json& j, const std::string& task) {
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["task"], task);
    EXPECT_EQ(j["kb"], "regs");
    ASSERT_TRUE(j["evidence"].is_array());
    ASSERT_TRUE(j["cited"].is_array());
    ASSERT_TRUE(j["unsupported_sentences"].is_array());
    ASSERT_TRUE(j["removed_citations"].is_array());
    ASSERT_TRUE(j["missing_sections"].is_array());
    const size_t n = j["evidence"].size();
    for (const auto& c : j["cited"]) EXPECT_TRUE(c.get<size_t>() >= 1 && c.get<size_t>() <= n) << c;
    static const std::regex kMarker(R"(\[(\d+)\])");
    const std::string text = j["answer"];
    for (std::sregex_iterator it(text.begin(), text.end(), kMarker), end; it != end; ++it) {
      size_t cited = std::stoul((*it)[1]);
      EXPECT_TRUE(cited >= 1 && cited <= n) << "[" << cited << "] in " << text;
    }
    for (const auto& e : j["evidence"])
      EXPECT_TRUE(e["citation"]["passage_id"].get<std::string>().starts_with("regs/"));
  }

  TempDir dir_;
  std::string data_;
};

TEST_F(DraftTest, WithoutAModelDraftQuotesTheEvidenceAndSaysWhy) {
  json j = RunJson({"draft", "regs", "--task", "press-release", kTopic});
  ExpectGrounded(j, "press-release");
  EXPECT_EQ(j["mode"], "extractive");
  EXPECT_TRUE(j["found"].get<bool>());
  EXPECT_NE(j["fallback_reason"].get<std::string>().find("no language model configured"), std::string::npos);
  // Plain `ask` keeps its extractive shape and says nothing about a model.
  json ask = RunJson({"ask", "regs", kTopic});
  EXPECT_EQ(ask["mode"], "extractive");
  EXPECT_FALSE(ask.contains("fallback_reason"));
}

TEST_F(DraftTest, UnknownTasksAndScriptsAreUsageErrors) {
  CommandResult r = RunWenyuan({"--data", data_, "draft", "regs", "--task", "poem", kTopic});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("unknown task 'poem'"), std::string::npos) << r.err;
  CommandResult set = RunWenyuan({"--data", data_, "kb", "set", "regs", "task", "poem"});
  EXPECT_EQ(set.exit_code, 2) << Describe(set);
  CommandResult script = RunWenyuan({"--data", data_, "kb", "set", "regs", "script", "klingon"});
  EXPECT_EQ(script.exit_code, 2) << Describe(script);
  EXPECT_NE(script.err.find("traditional or simplified"), std::string::npos) << script.err;
  CommandResult ok = RunWenyuan({"--data", data_, "-q", "kb", "set", "regs", "script", "simplified"});
  EXPECT_EQ(ok.exit_code, 0) << Describe(ok);
  CommandResult nokb = RunWenyuan({"--data", data_, "kb", "set", "nosuch", "task", "qa"});
  EXPECT_EQ(nokb.exit_code, 1) << Describe(nokb);
}

TEST_F(DraftTest, AskFallsBackToExtractiveWhenTheServerIsDown) {
  const std::string url = "http://127.0.0.1:" + std::to_string(FreePort());
  json j = RunJson({"ask", "regs", kTopic, "--llm-endpoint", url});
  ExpectGrounded(j, "qa");
  EXPECT_EQ(j["mode"], "extractive");
  EXPECT_TRUE(j["found"].get<bool>());
  EXPECT_FALSE(j["evidence"].empty());
  EXPECT_NE(j["fallback_reason"].get<std::string>().find("language model at " + url + " unreachable"),
            std::string::npos)
      << j.dump();
  // The text form says so on stderr and still answers.
  CommandResult r = RunWenyuan({"--data", data_, "ask", "regs", kTopic, "--llm-endpoint", url});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("unreachable"), std::string::npos);
  EXPECT_NE(r.out.find("[1]"), std::string::npos);
}

TEST_F(DraftTest, ABrokenLlmSettingIsReportedWithFileAndLine) {
  WriteFile(dir_ / "bad.conf", "llm.temperature = hot\n");
  CommandResult r = RunWenyuan({"--data", data_, "ask", "regs", "通報", "--config", (dir_ / "bad.conf").string()});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("bad.conf: line 1: llm.temperature"), std::string::npos) << r.err;
}

class DraftWithServerTest : public DraftTest {
 protected:
  static void SetUpTestSuite() {
    if (!kHaveLlamaServer) return;
    std::string error;
    auto model = TinyModelPath(true, &error);
    ASSERT_FALSE(model.empty()) << error;
    // The tiny model's vocabulary spends up to three tokens on a Chinese
    // character, so the server's context is well above llm.context_tokens.
    server_ = std::make_unique<LlamaServer>(model, std::vector<std::string>{}, 8192);
  }
  static void TearDownTestSuite() { server_.reset(); }
  void SetUp() override {
    if (!kHaveLlamaServer) GTEST_SKIP() << "built without llama.cpp (WENYUAN_LLAMA=OFF)";
    ASSERT_TRUE(server_->ready()) << server_->log();
    DraftTest::SetUp();
    WriteFile(dir_ / "wenyuan.conf", "llm.endpoint = " + server_->url() +
                                         "\nllm.context_tokens = 2048\nllm.max_tokens = 32\nllm.threads = 1\n");
  }
  std::vector<std::string> WithConfig(std::vector<std::string> args) {
    args.push_back("--config");
    args.push_back((dir_ / "wenyuan.conf").string());
    return args;
  }
  static std::unique_ptr<LlamaServer> server_;
};
std::unique_ptr<LlamaServer> DraftWithServerTest::server_;

TEST_F(DraftWithServerTest, DraftsEachTaskWithCheckedCitations) {
  for (const char* task : {"qa", "press-release", "petition-reply", "official-document", "legislator-qa"}) {
    SCOPED_TRACE(task);
    json j = RunJson(WithConfig({"draft", "regs", "--task", task, kTopic}));
    ExpectGrounded(j, task);
    EXPECT_EQ(j["mode"], "llm") << j.dump();
    EXPECT_FALSE(j.contains("fallback_reason")) << j.dump();
    EXPECT_FALSE(j["answer"].get<std::string>().empty());
    // Only the cited passages are listed (gibberish may cite none).
    EXPECT_EQ(j["evidence"].size(), j["cited"].size()) << j.dump();
    EXPECT_EQ(j["draft"]["mode"], "llm");
    EXPECT_GT(j["prompt_tokens"].get<size_t>(), 0u);
  }
}

TEST_F(DraftWithServerTest, AskUsesTheConfiguredModelAndTheKbsDefaultTask) {
  json ask = RunJson(WithConfig({"ask", "regs", kTopic}));
  ExpectGrounded(ask, "qa");
  EXPECT_EQ(ask["mode"], "llm");
  CommandResult set = RunWenyuan({"--data", data_, "-q", "kb", "set", "regs", "task", "official-document"});
  ASSERT_EQ(set.exit_code, 0) << Describe(set);
  json draft = RunJson(WithConfig({"draft", "regs", kTopic}));
  ExpectGrounded(draft, "official-document");
  json overridden = RunJson(WithConfig({"ask", "regs", kTopic, "--task", "legislator-qa"}));
  ExpectGrounded(overridden, "legislator-qa");
}

TEST_F(DraftWithServerTest, TheInProcessModelDraftsToo) {
  std::string error;
  auto model = TinyModelPath(true, &error);
  ASSERT_FALSE(model.empty()) << error;
  json j = RunJson(WithConfig({"draft", "regs", "--task", "petition-reply", "--model", model.string(), kTopic}));
  ExpectGrounded(j, "petition-reply");
  EXPECT_EQ(j["mode"], "llm") << j.dump();
  EXPECT_EQ(j["model"], "gguf:tiny.gguf");
}

TEST_F(DraftWithServerTest, TextOutputListsEvidenceAndTheGroundingReport) {
  CommandResult r = RunWenyuan(WithConfig({"--data", data_, "draft", "regs", "--task", "press-release", kTopic}));
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  // The press release's sections, whatever the model wrote under them.
  EXPECT_NE(r.out.find("導言："), std::string::npos) << r.out;
  // Gibberish carries no section headings; the report names them.
  EXPECT_NE(r.out.find("缺少的段落"), std::string::npos) << r.out;
}

// The HTTP API with the same model: POST /api/draft drafts with checked
// citations, POST /api/ask answers through the model; without a model
// /api/draft fills the template with quotes (tested in DraftTest below).
TEST_F(DraftWithServerTest, ServerDraftsAndAnswersThroughTheModel) {
  auto server = StartServer(data_, "llm.endpoint = " + server_->url() +
                                       "\nllm.context_tokens = 2048\nllm.max_tokens = 32\nllm.threads = 1\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port());
  auto draft = client->Post("/api/draft", json{{"kb", "regs"}, {"task", "press-release"}, {"topic", kTopic}}.dump(),
                            "application/json");
  ASSERT_TRUE(draft) << Describe(draft);
  ASSERT_EQ(draft->status, 200) << Describe(draft);
  json d = JsonOf(draft);
  ExpectGrounded(d, "press-release");
  EXPECT_EQ(d["mode"], "llm") << d.dump();
  auto bad =
      client->Post("/api/draft", json{{"kb", "regs"}, {"task", "poem"}, {"topic", kTopic}}.dump(), "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400) << Describe(bad);
  auto ask = client->Post("/api/ask", json{{"kb", "regs"}, {"question", kTopic}}.dump(), "application/json");
  ASSERT_TRUE(ask) << Describe(ask);
  ASSERT_EQ(ask->status, 200) << Describe(ask);
  EXPECT_TRUE(JsonOf(ask).contains("answer")) << Describe(ask);
}

TEST_F(DraftTest, ServerWithoutAModelDraftsFromTheEvidenceAndSaysSo) {
  auto server = StartServer(data_, "");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port());
  auto draft = client->Post("/api/draft", json{{"kb", "regs"}, {"task", "official-document"}, {"topic", kTopic}}.dump(),
                            "application/json");
  ASSERT_TRUE(draft) << Describe(draft);
  ASSERT_EQ(draft->status, 200) << Describe(draft);
  json d = JsonOf(draft);
  ExpectGrounded(d, "official-document");
  EXPECT_EQ(d["mode"], "extractive");
  EXPECT_EQ(d["draft"]["label"], "未使用語言模型");
  ASSERT_EQ(d["draft"]["sections"].size(), 6u) << d.dump();
  EXPECT_EQ(d["draft"]["sections"][0]["heading"], "受文者");
  EXPECT_NE(d["draft"]["sections"][1]["body"].get<std::string>().find("中華民國"), std::string::npos);
  EXPECT_NE(d["draft"]["sections"][4]["body"].get<std::string>().find("一、"), std::string::npos);
  // Excluding every evidence passage leaves nothing to draft from.
  json excluded = json::array();
  for (const auto& e : d["evidence"]) excluded.push_back(e["citation"]["passage_id"]);
  auto again =
      client->Post("/api/draft",
                   json{{"kb", "regs"}, {"task", "official-document"}, {"topic", kTopic}, {"exclude", excluded}}.dump(),
                   "application/json");
  ASSERT_TRUE(again);
  ASSERT_EQ(again->status, 200) << Describe(again);
  for (const auto& e : JsonOf(again)["evidence"]) {
    for (const auto& x : excluded) EXPECT_NE(e["citation"]["passage_id"], x);
  }
}

}  // namespace
}  // namespace wenyuan::testing
