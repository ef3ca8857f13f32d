// The drafting workspace over HTTP with roles (issue 16): drafts and
// conversations are per key (a reader drafts in its KBs and never sees
// another key's drafts), exports are real files, feedback is stored and
// exported as a question set `eval --kb` reads; and the server's model path
// against a scripted OpenAI-compatible endpoint: /api/ask in the KB's
// script, only cited passages, citations narrowed to the supporting
// sentence, invalid citations never streamed, not-found without asking the
// model, `usage` counted, follow-ups searched with earlier turns.
#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>

#include "llm_test_support.h"
#include "server_test_support.h"

namespace wenyuan::testing {
namespace workspace_api_test {

using nlohmann::json;

const char kTopic[] = "資安事件通報時限";

class WorkspaceApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = (dir_ / "data").string();
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"kb", "create", "regs"},
             {"ingest", "regs", (SamplesDir() / "regulation-incident-reporting.txt").string()},
             {"kb", "create", "other"},
             {"ingest", "other", (SamplesDir() / "faq-digital-certificate.html").string()}}) {
      std::vector<std::string> all = {"--data", data_, "-q"};
      all.insert(all.end(), args.begin(), args.end());
      CommandResult r = RunWenyuan(all);
      ASSERT_EQ(r.exit_code, 0) << Describe(r);
    }
  }

  httplib::Result PostJson(httplib::Client& c, const std::string& path, const json& body) {
    return c.Post(path, body.dump(), "application/json");
  }

  TempDir dir_;
  std::string data_;
};

TEST_F(WorkspaceApiTest, DraftsAreKeptPerKeyAndReadersDraftOnlyInTheirKbs) {
  const std::string admin = CreateKey(data_, {"--role", "admin"});
  const std::string alice = CreateKey(data_, {"--role", "reader", "--kb", "regs"});
  const std::string bob = CreateKey(data_, {"--role", "reader", "--kb", "regs"});
  const std::string carol = CreateKey(data_, {"--role", "reader", "--kb", "other"});
  auto server = StartServer(data_, "");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto a = ClientFor(server->port(), alice);
  auto b = ClientFor(server->port(), bob);
  auto c = ClientFor(server->port(), carol);
  auto root = ClientFor(server->port(), admin);

  auto drafted = PostJson(*a, "/api/draft", {{"kb", "regs"}, {"task", "petition-reply"}, {"topic", kTopic}});
  ASSERT_TRUE(drafted);
  ASSERT_EQ(drafted->status, 200) << Describe(drafted);
  json d = JsonOf(drafted);
  EXPECT_EQ(d["draft"]["sections"][0]["heading"], "敬啟者");
  EXPECT_EQ(PostJson(*c, "/api/draft", {{"kb", "regs"}, {"topic", kTopic}})->status, 403);

  json saved_draft = d["draft"];
  saved_draft["evidence"] = d["evidence"];
  auto saved = PostJson(*a, "/api/drafts", {{"kb", "regs"}, {"draft", saved_draft}});
  ASSERT_EQ(saved->status, 201) << Describe(saved);
  const int64_t id = JsonOf(saved)["id"];
  EXPECT_EQ(PostJson(*c, "/api/drafts", {{"kb", "regs"}, {"draft", saved_draft}})->status, 403);

  json mine = JsonOf(a->Get("/api/drafts"));
  ASSERT_EQ(mine["drafts"].size(), 1u) << mine.dump();
  EXPECT_EQ(mine["drafts"][0]["task"], "petition-reply");
  EXPECT_TRUE(JsonOf(b->Get("/api/drafts"))["drafts"].empty());
  const std::string path = "/api/drafts/" + std::to_string(id);
  EXPECT_EQ(b->Get(path)->status, 404);
  EXPECT_EQ(root->Get(path)->status, 404);  // per key, admins included
  EXPECT_EQ(b->Delete(path)->status, 404);
  auto reopened = a->Get(path);
  ASSERT_EQ(reopened->status, 200);
  EXPECT_EQ(JsonOf(reopened)["draft"]["sections"], saved_draft["sections"]);

  // Replacing it, then the export of what was saved.
  saved_draft["sections"][1]["body"] = "民眾反映通報時限不清楚。";
  EXPECT_EQ(PostJson(*a, "/api/drafts", {{"kb", "regs"}, {"id", id}, {"draft", saved_draft}})->status, 200);
  EXPECT_EQ(PostJson(*b, "/api/drafts", {{"kb", "regs"}, {"id", id}, {"draft", saved_draft}})->status, 404);
  auto file = PostJson(*a, "/api/draft/export", {{"format", "docx"}, {"draft", saved_draft}});
  ASSERT_EQ(file->status, 200) << Describe(file);
  EXPECT_EQ(file->get_header_value("Content-Type"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(file->body.substr(0, 2), "PK");
  EXPECT_EQ(PostJson(*a, "/api/draft/export", {{"format", "pdf"}, {"draft", saved_draft}})->status, 400);
  auto bad = PostJson(*a, "/api/draft/export", {{"format", "odt"}, {"draft", {{"title", "x"}, {"sections", 3}}}});
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(JsonOf(bad)["error"]["message"].get<std::string>().find("'sections'"), std::string::npos);

  EXPECT_EQ(a->Delete(path)->status, 200);
  EXPECT_EQ(a->Get(path)->status, 404);
}

TEST_F(WorkspaceApiTest, FeedbackIsStoredAndBecomesAQuestionSet) {
  const std::string admin = CreateKey(data_, {"--role", "admin"});
  const std::string reader = CreateKey(data_, {"--role", "reader", "--kb", "regs"});
  auto server = StartServer(data_, "");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto r = ClientFor(server->port(), reader);
  auto root = ClientFor(server->port(), admin);
  auto ask = PostJson(*r, "/api/ask", {{"kb", "regs"}, {"question", "資安事件應於知悉後多久內通報？"}});
  ASSERT_EQ(ask->status, 200);
  json answer = JsonOf(ask);
  ASSERT_FALSE(answer["citations"].empty()) << answer.dump();
  json up = {{"kb", "regs"},
             {"kind", "answer"},
             {"rating", 1},
             {"comment", "正確"},
             {"question", answer["question"]},
             {"answer", answer["answer"]},
             {"citations", answer["citations"]}};
  EXPECT_EQ(PostJson(*r, "/api/feedback", up)->status, 201);
  json down = up;
  down["rating"] = -1;
  down["question"] = "通報要找誰？";
  EXPECT_EQ(PostJson(*r, "/api/feedback", down)->status, 201);
  json wrong = up;
  wrong["rating"] = 5;
  EXPECT_EQ(PostJson(*r, "/api/feedback", wrong)->status, 400);
  wrong["rating"] = 1;
  wrong["kb"] = "other";
  EXPECT_EQ(PostJson(*r, "/api/feedback", wrong)->status, 403);

  EXPECT_EQ(r->Get("/api/feedback")->status, 403);
  json listed = JsonOf(root->Get("/api/feedback?kb=regs"));
  ASSERT_EQ(listed["feedback"].size(), 2u) << listed.dump();
  EXPECT_EQ(listed["feedback"][1]["comment"], "正確");
  EXPECT_EQ(listed["feedback"][1]["citations"], answer["citations"]);

  const auto queries = dir_ / "q.jsonl";
  CommandResult exported = RunWenyuan(
      {"--data", data_, "feedback", "export", "--format", "queries", "--kb", "regs", "--out", queries.string()});
  ASSERT_EQ(exported.exit_code, 0) << Describe(exported);
  EXPECT_NE(exported.err.find("1 questions written; 1 👎"), std::string::npos) << exported.err;
  json line = json::parse(ReadFile(queries));
  EXPECT_EQ(line["text"], "資安事件應於知悉後多久內通報？");
  ASSERT_FALSE(line["gold"].empty());
  CommandResult eval = RunWenyuan({"--data", data_, "eval", "--kb", "regs", "--queries", queries.string(), "--json"});
  ASSERT_EQ(eval.exit_code, 0) << Describe(eval);
  json metrics = json::parse(eval.out.substr(eval.out.find('{')));
  EXPECT_EQ(metrics["queries"], 1);
  EXPECT_EQ(metrics["recall@5"], 1.0) << metrics.dump();
}

TEST_F(WorkspaceApiTest, ConversationsArePerKeyAndFollowUpsKeepTheirContext) {
  const std::string alice = CreateKey(data_, {"--role", "reader", "--kb", "regs"});
  const std::string bob = CreateKey(data_, {"--role", "reader", "--kb", "regs"});
  auto server = StartServer(data_, "");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto a = ClientFor(server->port(), alice);
  auto b = ClientFor(server->port(), bob);
  auto created =
      PostJson(*a, "/api/conversations",
               {{"kb", "regs"}, {"question", "第一級資安事件多久內要通報？"}, {"answer", {{"answer", "…"}}}});
  ASSERT_EQ(created->status, 201) << Describe(created);
  const std::string path = "/api/conversations/" + std::to_string(JsonOf(created)["id"].get<int64_t>());
  EXPECT_EQ(PostJson(*a, path + "/turns", {{"question", "那第三級呢？"}, {"answer", {{"answer", "…"}}}})->status, 201);
  EXPECT_EQ(PostJson(*b, path + "/turns", {{"question", "x"}, {"answer", json::object()}})->status, 404);
  json c = JsonOf(a->Get(path));
  ASSERT_EQ(c["turns"].size(), 2u) << c.dump();
  EXPECT_EQ(c["turns"][1]["question"], "那第三級呢？");
  EXPECT_EQ(b->Get(path)->status, 404);
  EXPECT_EQ(JsonOf(a->Get("/api/conversations"))["conversations"].size(), 1u);
  EXPECT_EQ(a->Delete(path)->status, 200);
  EXPECT_EQ(a->Get(path)->status, 404);

  // /v1/chat/completions: a follow-up searched with the earlier turn, usage counted.
  json chat = {{"model", "regs"},
               {"messages", json::array({{{"role", "user"}, {"content", "第一級資安事件多久內要通報？"}},
                                         {{"role", "assistant"}, {"content", "一小時內。"}},
                                         {{"role", "user"}, {"content", "那第三級呢？"}}})}};
  auto reply = PostJson(*a, "/v1/chat/completions", chat);
  ASSERT_EQ(reply->status, 200) << Describe(reply);
  json r = JsonOf(reply);
  EXPECT_GT(r["usage"]["prompt_tokens"].get<int>(), 0) << r.dump();
  EXPECT_GT(r["usage"]["completion_tokens"].get<int>(), 0) << r.dump();
  EXPECT_EQ(r["usage"]["total_tokens"].get<int>(),
            r["usage"]["prompt_tokens"].get<int>() + r["usage"]["completion_tokens"].get<int>());
  EXPECT_FALSE(r["citations"].empty()) << r.dump();
  // /api/ask takes the same context as "history".
  auto follow = PostJson(*a, "/api/ask",
                         {{"kb", "regs"}, {"question", "那第三級呢？"}, {"history", {"第一級資安事件多久內要通報？"}}});
  ASSERT_EQ(follow->status, 200) << Describe(follow);
  EXPECT_TRUE(JsonOf(follow)["found"].get<bool>()) << Describe(follow);
  EXPECT_EQ(PostJson(*a, "/api/ask", {{"kb", "regs"}, {"question", "x"}, {"history", "no"}})->status, 400);
}

// The scripted model answers in Simplified Chinese, cites [1] and a [9]
// that names nothing, and adds a sentence with no citation.
TEST_F(WorkspaceApiTest, TheModelPathIsCheckedConvertedAndNarrowed) {
  std::atomic<int> calls{0};
  const std::string reply = "资安事件应于知悉后一小时内通报[1][9]。本案另有其他配套措施需要说明。";
  ScriptedServer model([&](httplib::Server& s) {
    s.Post("/v1/chat/completions", [&](const httplib::Request& req, httplib::Response& res) {
      ++calls;
      json body = json::parse(req.body);
      if (body.value("stream", false)) {
        std::string events;
        for (size_t i = 0; i < reply.size();) {
          size_t n = std::min<size_t>(7, reply.size() - i);
          while (i + n < reply.size() && (static_cast<unsigned char>(reply[i + n]) & 0xC0) == 0x80) ++n;
          events += "data: " + json{{"choices", {{{"delta", {{"content", reply.substr(i, n)}}}}}}}.dump() + "\n\n";
          i += n;
        }
        events += "data: " + json{{"choices", {{{"delta", json::object()}, {"finish_reason", "stop"}}}}}.dump() +
                  "\n\ndata: [DONE]\n\n";
        res.set_content(events, "text/event-stream");
        return;
      }
      res.set_content(json{{"choices", {{{"message", {{"content", reply}}}, {"finish_reason", "stop"}}}},
                           {"usage", {{"prompt_tokens", 321}, {"completion_tokens", 17}}}}
                          .dump(),
                      "application/json");
    });
  });
  auto server = StartServer(data_, "llm.endpoint = " + model.url() + "\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port());

  auto ask = PostJson(*client, "/api/ask", {{"kb", "regs"}, {"question", "資安事件應於知悉後多久內通報？"}});
  ASSERT_EQ(ask->status, 200) << Describe(ask);
  json a = JsonOf(ask);
  EXPECT_EQ(a["mode"], "llm") << a.dump();
  EXPECT_NE(a["answer"].get<std::string>().find("資安事件應於知悉後一小時內通報[1]"), std::string::npos) << a.dump();
  EXPECT_EQ(a["answer"].get<std::string>().find("[9]"), std::string::npos);
  EXPECT_EQ(a["removed_citations"], json::array({"[9]"}));
  ASSERT_EQ(a["unsupported_sentences"].size(), 1u) << a.dump();
  ASSERT_EQ(a["citations"].size(), 1u) << "only the cited passage is listed: " << a.dump();
  const json& cit = a["citations"][0];
  const size_t span = cit["end"].get<size_t>() - cit["start"].get<size_t>();
  EXPECT_GT(span, 0u);
  EXPECT_LT(span, 120u) << "the citation should cover the supporting sentence, not the passage: " << cit.dump();
  EXPECT_NE(cit["quote"].get<std::string>().find("通報"), std::string::npos) << cit.dump();
  ASSERT_FALSE(a["sentences"].empty());
  EXPECT_EQ(a["sentences"][0]["support"][0]["n"], 1);

  // Streamed: the invalid marker never reaches the reader.
  std::string streamed;
  httplib::Request req;
  req.method = "POST";
  req.path = "/api/ask";
  req.body = json{{"kb", "regs"}, {"question", "資安事件應於知悉後多久內通報？"}, {"stream", true}}.dump();
  req.set_header("Content-Type", "application/json");
  req.content_receiver = [&](const char* data, size_t len, uint64_t, uint64_t) {
    streamed.append(data, len);
    return true;
  };
  auto res = client->send(req);
  ASSERT_TRUE(res);
  const std::string tokens = streamed.substr(0, streamed.find("event: citations"));
  EXPECT_NE(tokens.find("event: token"), std::string::npos) << streamed;
  EXPECT_EQ(tokens.find("[9"), std::string::npos) << tokens;

  // Not found stays not found, and the model is not asked.
  const int before = calls.load();
  auto nothing = PostJson(*client, "/api/ask", {{"kb", "regs"}, {"question", "北辰市長的生日是哪一天？"}});
  ASSERT_EQ(nothing->status, 200);
  EXPECT_FALSE(JsonOf(nothing)["found"].get<bool>()) << Describe(nothing);
  EXPECT_EQ(calls.load(), before);

  // usage as the model reported it.
  auto chat =
      PostJson(*client, "/v1/chat/completions",
               {{"model", "regs"}, {"messages", {{{"role", "user"}, {"content", "資安事件應於知悉後多久內通報？"}}}}});
  ASSERT_EQ(chat->status, 200) << Describe(chat);
  json c = JsonOf(chat);
  EXPECT_EQ(c["usage"]["completion_tokens"], 17) << c.dump();
  EXPECT_GT(c["usage"]["prompt_tokens"].get<int>(), 0);
  EXPECT_EQ(c["citations"].size(), 1u);
}

}  // namespace workspace_api_test
}  // namespace wenyuan::testing
