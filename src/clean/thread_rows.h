// ThreadRows: rows a forum thread prints around its posts that are neither
// a post's header nor its text, by their shape, in both scripts: a topic's
// tag row ("职场 程序员 裁员", "NAS PostgreSQL 备份"), its summary, the
// range of posts shown and the column header over them (a bbPress topic's
// "正在查看 7 个帖子 - 1 到 7 (总计 7)" over "作者 帖子"), the reply count with
// the last reply's time ("8 条回复 • 2026-12-05 12:31:07"), a board's name
// over its counters ("考研吧" over "关注：4,218,337 贴子：86,512,004"), a
// level badge under a poster's name ("考研吧 11"), and the notice of a floor
// the board folded away. ForumRules (clean/forum_rules.h) marks them on a
// page it found to be a thread. Pure functions, thread-safe.
#pragma once

#include <string>

namespace wenyuan::clean {

// "职场 程序员 裁员 中年危机", "NAS PostgreSQL 备份": three to ten short tags
// side by side, no punctuation, with Han tags among them.
bool IsTagRow(const std::u32string& core);
// "8 条回复 • 2026-12-05 12:31:07 +08:00", "共 23 則回應".
bool IsReplyCount(const std::u32string& core);
// "该话题包含6个回复，有4个参与者，最后一次更新是由 某人 于 2 天前。": a
// topic's summary, its count of replies with its voices or its last update.
bool IsTopicSummary(const std::u32string& core);
// "阿泽Zed · 2026年12月03日 · 最后由 老周 回复于 2026年12月05日 · 1286 次阅读",
// "樓主 小林 | 2026-12-03 | 瀏覽 2,318 | 最後回覆 12-05": the topic's line of
// who started it when, how often it was read and its last reply (a byline
// with a view count and no last reply is none).
bool IsTopicInfoRow(const std::u32string& core);
// "阿泽Zed · 2026年12月03日 · 最后由 老周 回复于 2026年12月05日 · 1286 次阅读",
// "樓主 小林 | 2026-12-03 | 瀏覽 2,318 | 最後回覆 12-05": the topic's line of
// who started it when, how often it was read and its last reply (a byline
// with a view count and no last reply is none).
bool IsTopicInfoRow(const std::u32string& core);
// "正在查看 7 个帖子 - 1 到 7 (总计 7)", "显示第 1 至 20 条回复，共 35 条": which
// of the thread's posts the page shows, of how many.
bool IsPostRangeRow(const std::u32string& core);
// "作者 帖子", "作者 内容": the column header over a thread's posts.
bool IsPostColumnHeader(const std::u32string& core);
// "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼".
bool IsFoldedFloorNotice(const std::u32string& core);
// "考研吧 11": a short word and a level number.
bool IsLevelBadge(const std::u32string& core);
// "考研吧", "攝影版", "育儿论坛": a board's name.
bool IsBoardName(const std::u32string& core);
// "关注：4,218,337 贴子：86,512,004": a board's counters.
bool IsBoardCounters(const std::u32string& core);

}  // namespace wenyuan::clean
