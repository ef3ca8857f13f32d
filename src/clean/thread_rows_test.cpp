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

// A topic's summary, the range of posts a page shows and the column
// header over them, as bbPress-like engines print them in both scripts;
// a post's sentences that count replies, and a byline, are none.
TEST(ThreadRows, ATopicsSummaryRangeAndColumnHeader) {
  const auto summary = [](std::string_view l) { return IsTopicSummary(DecodeUtf32(l)); };
  const auto range = [](std::string_view l) { return IsPostRangeRow(DecodeUtf32(l)); };
  const auto header = [](std::string_view l) { return IsPostColumnHeader(DecodeUtf32(l)); };
  EXPECT_TRUE(summary("本主題有 12 則回覆，5 位參與者，最後更新由 阿明 於 3 小時前。"));
  EXPECT_TRUE(summary("该话题包含3个回复，有2个参与者，最后一次更新是由 小王 于 1 周前。"));
  EXPECT_FALSE(summary("我看了3个回复，都说要先烘料。"));
  EXPECT_TRUE(range("正在查看 15 个帖子 - 1 到 15 (总计 15)"));
  EXPECT_TRUE(range("目前顯示 第 1 至 20 篇，共 36 篇"));
  EXPECT_FALSE(range("第1到3个帖子说得对，共有两种办法。"));
  EXPECT_FALSE(range("2026-12-01 到 2026-12-03"));
  EXPECT_TRUE(header("作者 帖子"));
  EXPECT_TRUE(header("作者  內容"));
  EXPECT_FALSE(header("作者 王小明"));
  EXPECT_FALSE(header("帖子 作者"));
}

TEST(ThreadRows, ATopicsInfoRowWithItsReadCountAndLastReply) {
  const auto info = [](std::string_view l) { return IsTopicInfoRow(DecodeUtf32(l)); };
  EXPECT_TRUE(info("樓主 小林 | 2026-12-03 | 瀏覽 2,318 | 最後回覆 12-05"));
  EXPECT_TRUE(info("[avatar] 某人 · 2026年12月03日 · 最后由 老周 回复于 2026年12月05日 · 1286 次阅读"));
  // An article's byline with its view count stays a byline.
  EXPECT_FALSE(info("2026-12-03 · 來源：本報 · 閱讀 2318"));
  EXPECT_FALSE(info("最后由他回复于12月5日，大家读了1286次才明白。"));
}

}  // namespace
}  // namespace wenyuan::clean
