// OpenAiClient and OpenAiEmbedder against real HTTP servers on 127.0.0.1:
// a real llama-server with a tiny random model (chat whole and streamed,
// embeddings), a port where nothing listens, and a scripted httplib server
// that fails on purpose (5xx then success, 400, too slow) to exercise the
// retry policy and the timeouts.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

#include "llm/openai_client.h"
#include "llm_test_support.h"
#include "vector/openai_embedder.h"

namespace wenyuan::testing {
namespace {

using namespace std::chrono_literals;

llm::EndpointConfig Endpoint(const std::string& url) {
  llm::EndpointConfig c;
  c.url = url;
  c.timeout = 60s;
  c.retry.initial_backoff = 10ms;
  c.retry.max_backoff = 50ms;
  return c;
}

const std::vector<llm::ChatMessage> kChat = {{"system", "只根據資料回答。"}, {"user", "資安事件多久內要通報？"}};

llm::GenerationOptions Short(size_t tokens) {
  llm::GenerationOptions o;
  o.max_tokens = tokens;
  return o;
}

class LlamaServerClientTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!kHaveLlamaServer) return;
    std::string error;
    auto model = TinyModelPath(true, &error);
    ASSERT_FALSE(model.empty()) << error;
    chat_ = std::make_unique<LlamaServer>(model, std::vector<std::string>{});
    embed_ = std::make_unique<LlamaServer>(model, std::vector<std::string>{"--embeddings", "--pooling", "mean"});
  }
  static void TearDownTestSuite() {
    chat_.reset();
    embed_.reset();
  }
  void SetUp() override {
    if (!kHaveLlamaServer) GTEST_SKIP() << "built without llama.cpp (WENYUAN_LLAMA=OFF)";
    ASSERT_TRUE(chat_->ready()) << chat_->log();
    ASSERT_TRUE(embed_->ready()) << embed_->log();
  }
  static std::unique_ptr<LlamaServer> chat_;
  static std::unique_ptr<LlamaServer> embed_;
};
std::unique_ptr<LlamaServer> LlamaServerClientTest::chat_;
std::unique_ptr<LlamaServer> LlamaServerClientTest::embed_;

TEST_F(LlamaServerClientTest, ChatCompletionWhole) {
  auto client = llm::OpenAiClient::Create(Endpoint(chat_->url() + "/v1"));
  ASSERT_TRUE(client.ok());
  auto c = client->Chat(kChat, Short(8), nullptr);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_GT(c->completion_tokens, 0u);
  EXPECT_LE(c->completion_tokens, 8u);
  EXPECT_GT(c->prompt_tokens, 10u);
  EXPECT_TRUE(c->finish_reason == "length" || c->finish_reason == "stop") << c->finish_reason;
}

TEST_F(LlamaServerClientTest, ChatCompletionStreamsPiecesThatMakeTheWholeText) {
  auto client = llm::OpenAiClient::Create(Endpoint(chat_->url()));
  ASSERT_TRUE(client.ok());
  std::vector<std::string> pieces;
  auto c = client->Chat(kChat, Short(12), [&](std::string_view p) {
    pieces.emplace_back(p);
    return true;
  });
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_GE(pieces.size(), 2u);
  std::string joined;
  for (const auto& p : pieces) joined += p;
  EXPECT_EQ(joined, c->text);
  EXPECT_TRUE(c->finish_reason == "length" || c->finish_reason == "stop") << c->finish_reason;
}

TEST_F(LlamaServerClientTest, StreamingStopsWhenTheCallbackSaysSo) {
  auto client = llm::OpenAiClient::Create(Endpoint(chat_->url()));
  ASSERT_TRUE(client.ok());
  size_t calls = 0;
  auto c = client->Chat(kChat, Short(40), [&](std::string_view) { return ++calls < 2; });
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(calls, 2u);
  EXPECT_EQ(c->finish_reason, "cancelled");
}

TEST_F(LlamaServerClientTest, EmbeddingsAreNormalisedAndDeterministic) {
  auto embedder = vector::OpenAiEmbedder::Create(Endpoint(embed_->url()), 2);
  ASSERT_TRUE(embedder.ok()) << embedder.status().ToString();
  EXPECT_EQ((*embedder)->dimensions(), 64u);  // the tiny model's width
  EXPECT_EQ((*embedder)->name(), "openai:" + embed_->url());
  auto v = (*embedder)->Embed({"資通安全事件通報", "個人資料保護", "資通安全事件通報"});
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  ASSERT_EQ(v->size(), 3u);
  for (const auto& x : *v) {
    ASSERT_EQ(x.size(), 64u);
    double norm = 0;
    for (float f : x) norm += double(f) * f;
    EXPECT_NEAR(std::sqrt(norm), 1.0, 1e-4);
  }
  EXPECT_NE((*v)[0], (*v)[1]);
  for (size_t i = 0; i < 64; ++i) EXPECT_NEAR((*v)[0][i], (*v)[2][i], 1e-5);
}

TEST(OpenAiClient, AServerThatIsDownGivesAClearErrorAfterRetries) {
  const int port = FreePort();
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  auto client = llm::OpenAiClient::Create(Endpoint(url));
  ASSERT_TRUE(client.ok());
  auto c = client->Chat(kChat, Short(4), nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kIOError);
  EXPECT_EQ(c.status().message(), "language model at " + url + " unreachable: could not connect (3 tries)");
  auto e = client->Embed({"x"});
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("unreachable"), std::string::npos);
}

TEST(OpenAiClient, RejectsEndpointsThatAreNotHttp) {
  EXPECT_FALSE(llm::OpenAiClient::Create(Endpoint("127.0.0.1:8080")).ok());
  EXPECT_FALSE(llm::OpenAiClient::Create(Endpoint("ftp://host/")).ok());
  EXPECT_TRUE(llm::OpenAiClient::Create(Endpoint("https://models.example:443/v1/")).ok());
}

const char kChatAnswer[] =
    R"({"choices":[{"message":{"role":"assistant","content":"應於一小時內通報[1]。"},"finish_reason":"stop"}]})";

TEST(OpenAiClient, RetriesServerErrorsWithBackOffThenSucceeds) {
  std::atomic<int> calls{0};
  ScriptedServer server([&](httplib::Server& s) {
    s.Post("/v1/chat/completions", [&](const httplib::Request& req, httplib::Response& res) {
      EXPECT_EQ(req.get_header_value("Authorization"), "Bearer secret");
      if (++calls < 3) {
        res.status = calls == 1 ? 503 : 429;
        res.set_content(R"({"error":{"message":"busy"}})", "application/json");
        return;
      }
      res.set_content(kChatAnswer, "application/json");
    });
  });
  auto endpoint = Endpoint(server.url());
  endpoint.api_key = "secret";
  auto client = llm::OpenAiClient::Create(endpoint);
  ASSERT_TRUE(client.ok());
  auto c = client->Chat(kChat, Short(4), nullptr);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->text, "應於一小時內通報[1]。");
  EXPECT_EQ(calls.load(), 3);
}

TEST(OpenAiClient, GivesUpAfterMaxAttemptsNamingTheStatus) {
  std::atomic<int> calls{0};
  ScriptedServer server([&](httplib::Server& s) {
    s.Post("/v1/chat/completions", [&](const httplib::Request&, httplib::Response& res) {
      ++calls;
      res.status = 502;
      res.set_content(R"({"error":{"message":"upstream down"}})", "application/json");
    });
  });
  auto client = llm::OpenAiClient::Create(Endpoint(server.url()));
  ASSERT_TRUE(client.ok());
  auto c = client->Chat(kChat, Short(4), nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(calls.load(), 3);
  EXPECT_EQ(c.status().message(), "language model at " + server.url() +
                                      " answered HTTP 502 on /v1/chat/completions: upstream down (3 tries)");
}

TEST(OpenAiClient, DoesNotRetryAClientError) {
  std::atomic<int> calls{0};
  ScriptedServer server([&](httplib::Server& s) {
    s.Post("/v1/chat/completions", [&](const httplib::Request&, httplib::Response& res) {
      ++calls;
      res.status = 400;
      res.set_content(R"({"error":{"message":"context too long"}})", "application/json");
    });
  });
  auto client = llm::OpenAiClient::Create(Endpoint(server.url()));
  ASSERT_TRUE(client.ok());
  // Streamed requests report the error body the same way.
  auto c = client->Chat(kChat, Short(4), [](std::string_view) { return true; });
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(calls.load(), 1);
  EXPECT_NE(c.status().message().find("HTTP 400"), std::string::npos) << c.status().message();
  EXPECT_NE(c.status().message().find("context too long"), std::string::npos);
}

TEST(OpenAiClient, ASlowServerTimesOut) {
  ScriptedServer server([&](httplib::Server& s) {
    s.Post("/v1/chat/completions", [&](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(1500ms);
      res.set_content(kChatAnswer, "application/json");
    });
  });
  auto endpoint = Endpoint(server.url());
  endpoint.timeout = 300ms;
  auto client = llm::OpenAiClient::Create(endpoint);
  ASSERT_TRUE(client.ok());
  auto c = client->Chat(kChat, Short(4), nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kTimeout) << c.status().ToString();
}

TEST(OpenAiClient, ParsesAStreamCutIntoOddChunks) {
  ScriptedServer server([&](httplib::Server& s) {
    s.Post("/v1/chat/completions", [&](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("text/event-stream", [](size_t, httplib::DataSink& sink) {
        const std::string stream =
            "data: {\"choices\":[{\"delta\":{\"content\":\"應於\"}}]}\n\n"
            ": keep-alive\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"一小時內\"}}]}\r\n\r\n"
            "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            "data: [DONE]\n\n";
        for (size_t i = 0; i < stream.size(); i += 7)
          sink.write(stream.data() + i, std::min<size_t>(7, stream.size() - i));
        sink.done();
        return true;
      });
    });
  });
  auto client = llm::OpenAiClient::Create(Endpoint(server.url()));
  ASSERT_TRUE(client.ok());
  std::vector<std::string> pieces;
  auto c = client->Chat(kChat, Short(4), [&](std::string_view p) {
    pieces.emplace_back(p);
    return true;
  });
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(pieces, (std::vector<std::string>{"應於", "一小時內"}));
  EXPECT_EQ(c->text, "應於一小時內");
  EXPECT_EQ(c->finish_reason, "stop");
}

}  // namespace
}  // namespace wenyuan::testing
