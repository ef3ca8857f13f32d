#include "server/access.h"

#include <gtest/gtest.h>

#include "server/api_context.h"
#include "server/api_keys.h"
#include "server/metrics.h"

namespace wenyuan::server {
namespace {

TEST(Access, RolesAndKbRights) {
  Principal reader{Role::kReader, 1, "wy_1", {"a"}, false, 0, ""};
  EXPECT_TRUE(reader.CanRead("a"));
  EXPECT_FALSE(reader.CanRead("b"));
  EXPECT_FALSE(reader.CanEdit("a"));
  Principal editor{Role::kEditor, 2, "wy_2", {"*"}, false, 0, ""};
  EXPECT_TRUE(editor.CanRead("anything"));
  EXPECT_TRUE(editor.CanEdit("anything"));
  EXPECT_FALSE(editor.admin());
  Principal admin{Role::kAdmin, 3, "wy_3", {}, false, 0, ""};
  EXPECT_TRUE(admin.CanEdit("x"));
  Principal nobody;
  EXPECT_FALSE(nobody.signed_in());
  EXPECT_FALSE(nobody.CanRead("a"));
}

TEST(Access, GrantsNeedKbsForEditorsAndReaders) {
  EXPECT_FALSE(ValidateKeyGrant(Role::kReader, {}).ok());
  EXPECT_TRUE(ValidateKeyGrant(Role::kReader, {"*"}).ok());
  EXPECT_TRUE(ValidateKeyGrant(Role::kEditor, {"a", "b-2"}).ok());
  EXPECT_FALSE(ValidateKeyGrant(Role::kEditor, {"../a"}).ok());
  EXPECT_TRUE(ValidateKeyGrant(Role::kAdmin, {}).ok());
  EXPECT_FALSE(ParseRole("root").ok());
  EXPECT_EQ(*ParseRole("editor"), Role::kEditor);
}

TEST(ApiKeys, ShapeAndHash) {
  auto a = RandomHex(20), b = RandomHex(20);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);
  const std::string key = "wy_" + *a;
  EXPECT_TRUE(LooksLikeApiKey(key));
  EXPECT_FALSE(LooksLikeApiKey("wy_" + a->substr(1)));
  EXPECT_FALSE(LooksLikeApiKey("xx_" + *a));
  EXPECT_EQ(ApiKeyPrefix(key).size(), 11u);
  EXPECT_EQ(HashApiKey(key).size(), 64u);
  EXPECT_EQ(HashApiKey(key).find(*a), std::string::npos);
}

TEST(JsonDepth, CountsNestingOutsideStrings) {
  EXPECT_FALSE(JsonNestsDeeperThan(R"({"a": [1, {"b": [2]}]})", 4));
  EXPECT_TRUE(JsonNestsDeeperThan(R"({"a": [1, {"b": [2]}]})", 3));
  EXPECT_FALSE(JsonNestsDeeperThan(R"({"a": "[[[[[[\"[[[["})", 1));
  EXPECT_TRUE(JsonNestsDeeperThan(std::string(100000, '['), 64));
}

TEST(Metrics, RendersCountersAndHistograms) {
  MetricsRegistry m;
  m.ObserveRequest("GET /api/search", 200, 0.003);
  m.ObserveRequest("GET /api/search", 200, 0.2);
  m.ObserveRequest("GET /api/search", 429, 0.0001);
  const std::string text = m.RenderHttp();
  EXPECT_NE(text.find("wenyuan_http_requests_total{route=\"GET /api/search\",status=\"200\"} 2\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("wenyuan_http_request_seconds_bucket{route=\"GET /api/search\",le=\"0.005\"} 2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("wenyuan_http_request_seconds_bucket{route=\"GET /api/search\",le=\"+Inf\"} 3\n"),
            std::string::npos)
      << text;
  EXPECT_NE(RenderFamily("x", "gauge", "h", {{{{"kb", "a\"b"}}, 1}}).find("x{kb=\"a\\\"b\"} 1\n"), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::server
