#include "llm/openai_protocol.h"

#include <gtest/gtest.h>

namespace wenyuan::llm {
namespace {

TEST(ChatRequestBody, CarriesMessagesSamplingAndStreamFlag) {
  GenerationOptions o;
  o.max_tokens = 64;
  o.temperature = 0.5;
  auto body = ChatRequestBody("taide", {{"system", "規則"}, {"user", "問題"}}, o, true);
  EXPECT_EQ(body["model"], "taide");
  ASSERT_EQ(body["messages"].size(), 2u);
  EXPECT_EQ(body["messages"][1]["role"], "user");
  EXPECT_EQ(body["messages"][1]["content"], "問題");
  EXPECT_EQ(body["max_tokens"], 64);
  EXPECT_DOUBLE_EQ(body["temperature"].get<double>(), 0.5);
  EXPECT_EQ(body["stream"], true);
  EXPECT_FALSE(ChatRequestBody("", {}, o, false).contains("model"));
}

TEST(ParseChatResponse, ReadsTheFirstChoiceAndUsage) {
  auto c = ParseChatResponse(R"({"choices":[{"message":{"role":"assistant","content":"答案[1]"},
      "finish_reason":"length"}],"usage":{"prompt_tokens":12,"completion_tokens":3}})");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->text, "答案[1]");
  EXPECT_EQ(c->finish_reason, "length");
  EXPECT_EQ(c->prompt_tokens, 12u);
  EXPECT_EQ(c->completion_tokens, 3u);
}

TEST(ParseChatResponse, RejectsMalformedAnswers) {
  EXPECT_FALSE(ParseChatResponse("not json").ok());
  EXPECT_FALSE(ParseChatResponse(R"({"choices":[]})").ok());
  EXPECT_FALSE(ParseChatResponse(R"({"choices":[{"text":"x"}]})").ok());
  auto err = ParseChatResponse(R"({"error":{"message":"model not loaded"}})");
  ASSERT_FALSE(err.ok());
  EXPECT_NE(err.status().message().find("model not loaded"), std::string::npos);
}

TEST(ParseChatStreamData, ReadsDeltasFinishAndDone) {
  auto d = ParseChatStreamData(R"({"choices":[{"delta":{"content":"資"},"finish_reason":null}]})");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->content, "資");
  EXPECT_FALSE(d->done);
  auto f = ParseChatStreamData(R"({"choices":[{"delta":{},"finish_reason":"stop"}]})");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->content, "");
  EXPECT_EQ(f->finish_reason, "stop");
  auto usage_only = ParseChatStreamData(R"({"choices":[],"usage":{"prompt_tokens":3}})");
  ASSERT_TRUE(usage_only.ok());
  EXPECT_EQ(usage_only->content, "");
  auto done = ParseChatStreamData("[DONE]");
  ASSERT_TRUE(done.ok());
  EXPECT_TRUE(done->done);
  EXPECT_FALSE(ParseChatStreamData("{oops").ok());
  EXPECT_FALSE(ParseChatStreamData(R"({"error":"overloaded"})").ok());
}

TEST(ParseEmbeddingsResponse, OrdersVectorsByIndex) {
  auto v = ParseEmbeddingsResponse(R"({"data":[{"index":1,"embedding":[3,4]},{"index":0,"embedding":[1,2]}]})", 2);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ((*v)[0], (std::vector<float>{1, 2}));
  EXPECT_EQ((*v)[1], (std::vector<float>{3, 4}));
}

TEST(ParseEmbeddingsResponse, RejectsWrongCountsSizesAndIndexes) {
  EXPECT_FALSE(ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":[1]}]})", 2).ok());
  EXPECT_FALSE(
      ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":[1]},{"index":1,"embedding":[1,2]}]})", 2).ok());
  EXPECT_FALSE(
      ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[2]}]})", 2).ok());
  EXPECT_FALSE(ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":[]}]})", 1).ok());
  EXPECT_FALSE(ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":["a"]}]})", 1).ok());
}

TEST(ErrorMessageFromBody, PrefersTheServersMessage) {
  EXPECT_EQ(ErrorMessageFromBody(R"({"error":{"message":"busy","code":503}})"), "busy");
  EXPECT_EQ(ErrorMessageFromBody(R"({"error":"bad key"})"), "bad key");
  EXPECT_EQ(ErrorMessageFromBody("<html>\nBad Gateway</html>"), "<html> Bad Gateway</html>");
}

}  // namespace
}  // namespace wenyuan::llm
