#include "server/response_head.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

TEST(ResponseHeadTest, KeepsTheClientConnectionWhenTheReplyFramesItself) {
  auto r = RewriteResponseHead("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n", true, false);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->keep_alive);
  EXPECT_EQ(r->head, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n");
  auto chunked =
      RewriteResponseHead("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", true, false);
  ASSERT_TRUE(chunked);
  EXPECT_TRUE(chunked->keep_alive);
  auto head = RewriteResponseHead("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n", true, false);
  ASSERT_TRUE(head);
  EXPECT_TRUE(head->keep_alive);
}

TEST(ResponseHeadTest, ClosesWhenTheReplyEndsAtCloseOrTheClientAsked) {
  auto unframed = RewriteResponseHead("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n", true, false);
  ASSERT_TRUE(unframed);
  EXPECT_FALSE(unframed->keep_alive);
  EXPECT_EQ(unframed->head, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
  auto asked = RewriteResponseHead("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", false, false);
  ASSERT_TRUE(asked);
  EXPECT_FALSE(asked->keep_alive);
  EXPECT_FALSE(RewriteResponseHead("SSH-2.0\r\n\r\n", true, false));
  EXPECT_FALSE(RewriteResponseHead("HTTP/1.1 2x0 OK\r\n\r\n", true, false));
}

}  // namespace
}  // namespace wenyuan::server
