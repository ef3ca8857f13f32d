// CommentFloors: readers' comments under a post that a page numbers as
// floors ("1樓 阿珠 2026-12-05 21:40", "#2 訪客 12/05 22:15", "3F Jerry
// 2026-12-06 07:48"), known by their shape and place, in both scripts and
// never by a site's words. A forum numbers its posts from the opener, so
// floor 1 is the thread's own first post; a blog, a news site or a note
// numbers its readers' comments on their own, under the article and under
// a heading that names the comments ("留言列表 (17)", "評論（5）", "共 12 条
// 评论", "Comments (8)"). Where such a heading stands below three prose
// lines or more, with no floor above it, and right under it (past a short
// line or two such as the comment button) a run of three floors or more
// numbered one by one (1, 2, 3 … or counting down) opens, the heading, the
// lines between it and the run and every floor's header and text go, with
// the author's replies among them ("小綠 於 2026-12-05 22:02 回覆：" and its
// text), up to the blank line after the last floor's text.
// So do three comments or more with no number right under such a heading
// (sort tabs between allowed), each its name, one to a few lines of text
// and a stamp row that closes it: a date, maybe a region, the reply link
// ("12-02 · 江苏 回复 56", "2026/11/20 · 回覆 3").
// Dcard-style floors ("B1", "B2") under a post, and a heading with sort
// tabs ("共 86 則留言 熱門 | 最新"), are left to the thread rules, which keep
// such posts as the page's content (tests/fixtures/clean/README.md). The
// rule runs before the thread rules, which then count no floor it took.
// Only for web pages (the caller decides). Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "1樓", "2楼", "#3", "4F", "5#", "第6樓": the number of the floor that
// opens `core`, followed by a space or the line's end; 0 where none.
size_t CommentFloorNumber(const std::u32string& core);

// "留言列表 (17)", "評論（5）", "共 12 条评论", "Comments (8)", "3 則回應":
// a comment area's heading, with or without a count, no sort tabs.
bool IsCommentSectionHeading(const std::u32string& core);

// Marks kReadersComment (clean/comment_threads.h) on the lines above, not
// yet dropped; returns how many floors it took (0 where the page has no
// such run).
size_t MarkCommentFloorsUnderPost(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
