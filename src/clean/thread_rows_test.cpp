// The thread-row shapes on rows written for this test, in both scripts, and
// on lines of a post's text that look like them.
#include "clean/thread_rows.h"

#include <gtest/gtest.h>

#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

bool TagRow(std::string_view line) { return IsTagRow(DecodeUtf32(line)); }
bool ReplyCount(std::string_view line) { return IsReplyCount(DecodeUtf32(line)); }

TEST(ThreadRows, TagRowsWithLatinAndHanTags) {
  EXPECT_TRUE(TagRow("职场 程序员 裁员 中年危机"));
  EXPECT_TRUE(TagRow("NAS   PostgreSQL   备份"));
  EXPECT_TRUE(TagRow("筆電   SSD   Windows   開機"));
  EXPECT_FALSE(TagRow("docker compose up -d"));  // no Han tag
  EXPECT_FALSE(TagRow("好 的 A"));               // one-character tags
  EXPECT_FALSE(TagRow("我 昨天 買了，很好用"));
}

TEST(ThreadRows, ReplyCounts) {
  EXPECT_TRUE(ReplyCount("8 条回复    •    2026-12-05 12:31:07 +08:00"));
  EXPECT_TRUE(ReplyCount("共 23 則回應"));
  EXPECT_TRUE(ReplyCount("5 則回覆"));
  EXPECT_FALSE(ReplyCount("8 条回复都说要先备份"));
  EXPECT_FALSE(ReplyCount("条回复"));
  EXPECT_FALSE(ReplyCount("8 条回复 • 昨天有人说"));
}

}  // namespace
}  // namespace wenyuan::clean
