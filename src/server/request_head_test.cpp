#include "server/request_head.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

TEST(RequestHeadTest, FindsTheEndOfTheHeadWithCrlfOrLf) {
  EXPECT_EQ(FindHeadEnd("GET / HTTP/1.1\r\nHost: x\r\n"), std::string_view::npos);
  const std::string crlf = "GET / HTTP/1.1\r\nHost: x\r\n\r\nBODY";
  EXPECT_EQ(FindHeadEnd(crlf), crlf.find("BODY"));
  const std::string lf = "GET / HTTP/1.1\nHost: x\n\nBODY";
  EXPECT_EQ(FindHeadEnd(lf), lf.find("BODY"));
}

TEST(RequestHeadTest, ReadsMethodTargetFieldsAndFraming) {
  const std::string text =
      "POST /api/search?kb=a HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\nExpect: 100-continue\r\n\r\n";
  ParsedRequestHead p = ParseRequestHead(text);
  ASSERT_TRUE(p.ok()) << p.error;
  EXPECT_EQ(p.head.method, "POST");
  EXPECT_EQ(p.head.target, "/api/search?kb=a");
  EXPECT_EQ(p.head.content_length, 12u);
  EXPECT_TRUE(p.head.keep_alive);
  EXPECT_TRUE(p.head.expects_continue);
  EXPECT_FALSE(ParseRequestHead("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").head.keep_alive);
  EXPECT_FALSE(ParseRequestHead("GET / HTTP/1.0\r\n\r\n").head.keep_alive);
}

TEST(RequestHeadTest, RefusesWhatCouldBeFramedTwoWays) {
  struct Case {
    std::string head;
    int status;
  };
  for (const Case& c : std::vector<Case>{{"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400},
                                         {"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400},
                                         {"GET / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", 400},
                                         {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 411},
                                         {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
                                         {"GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400},
                                         {"GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", 400},
                                         {"GET / HTTP/1.1\rHost: x\r\n\r\n", 400},
                                         {"GET /a b HTTP/1.1\r\n\r\n", 400},
                                         {"GET / HTTP/2.0\r\n\r\n", 505},
                                         {"GET /\r\n\r\n", 400},
                                         {"G(T / HTTP/1.1\r\n\r\n", 400},
                                         {"GET / HTTP/1.1\r\nExpect: magic\r\n\r\n", 417},
                                         {"", 400}}) {
    EXPECT_EQ(ParseRequestHead(c.head).error_status, c.status) << c.head;
  }
  std::string many = "GET / HTTP/1.1\r\n";
  for (int i = 0; i < 101; ++i) many += "X-" + std::to_string(i) + ": 1\r\n";
  EXPECT_EQ(ParseRequestHead(many + "\r\n").error_status, 431);
}

TEST(RequestHeadTest, AHeadAtTheFieldLimitForwardsWithAtMostThreeMoreFields) {
  std::string full = "POST /x HTTP/1.1\r\n";
  for (int i = 0; i < 100; ++i) full += "X-" + std::to_string(i) + ": 1\r\n";
  const ParsedRequestHead p = ParseRequestHead(full + "\r\n");
  ASSERT_TRUE(p.ok()) << p.error;
  const std::string out = ForwardedHead(p.head, "192.0.2.1");
  EXPECT_EQ(ParseRequestHead(out).error_status, 431);  // the added fields pass the client's limit
  const ParsedRequestHead again = ParseRequestHead(out, p.head.fields.size() + kForwardedFieldsAdded);
  ASSERT_TRUE(again.ok()) << again.error;
  EXPECT_EQ(again.head.fields.size(), 103u);
}

TEST(RequestHeadTest, ForwardedHeadDropsHopFieldsAndAnyForgedPeer) {
  ParsedRequestHead p = ParseRequestHead(
      "POST /x HTTP/1.1\r\nHost: h\r\nx-wenyuan-peer: 203.0.113.9\r\nConnection: keep-alive\r\n"
      "Expect: 100-continue\r\nContent-Length: 3\r\nAuthorization: Bearer k\r\n\r\n");
  ASSERT_TRUE(p.ok()) << p.error;
  const std::string out = ForwardedHead(p.head, "192.0.2.1");
  EXPECT_EQ(out,
            "POST /x HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer k\r\nContent-Length: 3\r\n"
            "Connection: close\r\nX-Wenyuan-Peer: 192.0.2.1\r\n\r\n");
}

}  // namespace
}  // namespace wenyuan::server
