// CommentBlocks: comments, reviews and answers a page prints as a run of
// blocks of one shape, known by that shape and its repetition, in both
// scripts, never by a site's words. A block is a header line (a name, a
// masked name or an avatar, stars, a level, and a date or time: "陳**
// ★★★★☆ 2026-11-25 已驗證購買", "[avatar.png] J.L. 2026-12-05 21:14"), a
// few lines of text, and, closing it, a reaction row ("讚好 (0) 回覆 檢舉",
// "有用 (BUTTON)", "赞同 (87) 反对 (1) 评论 (3) 举报"):
//   - under an article or a record (no thread, no Q&A page), three such
//     blocks or more in a run, with short texts, are readers' comments or
//     users' reviews: their headers and texts go (the blocks an older rule
//     took in part included), and the reply of the shop or the author
//     right after the run ("商戶回覆：…", "作者回复：…");
//   - on a Q&A page (an answer count "其他回答 (3)" or an accepted-answer
//     badge), the blocks are answers: their texts stay (those an older
//     rule took for comments are kept again) while the headers, the
//     reaction rows and the answer count go.
// An article's own dated byline over its long text makes no run. Pure
// functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "陳** ★★★★☆ 2026-11-25 已驗證購買": a short line with a date or time
// and no sentence.
bool IsBlockHeaderShape(const std::u32string& core);

// "讚好 (0) 回覆 檢舉", "有用 (BUTTON)": reaction words and counts only.
bool IsBlockReactionRow(const std::u32string& core);

// "其他回答 (3)", "全部回答", "共 5 個回答": a Q&A page's answer count.
bool IsAnswerCountHeading(const std::u32string& core);

// "报错的那一行用二进制看一下？ – 林小满 2026年10月12日 23:02": a comment
// printed on one line and signed at its end (a dash, a name, a stamp), as
// Q&A sites print the comments under a question or an answer; what it says
// has a sentence's punctuation or opens with the "@name" it answers.
bool IsSignedComment(const std::u32string& core);

// "2,316 ●3 ●14 ●29": a user's reputation and badge counts.
bool IsReputationRow(const std::u32string& core);

// Sets kReadersComment on signed comments (two on the page or more: one
// alone may be a quotation's attribution) and kForumFurniture on
// reputation rows; lines already dropped are left as they are.
void MarkSignedComments(std::vector<PageLine>& lines);

inline constexpr char kQuotedExcerpt[] = "quoted excerpt of an earlier line";

// Marks kQuotedExcerpt on a kept line that cuts an earlier line of the page
// short with an ellipsis ("做開呢行講句，五隻窗…運走垃圾..." under "原帖由 …
// 發表"): a post's quotation of an earlier post, on any page.
void MarkRepeatedExcerpts(std::vector<PageLine>& lines);

// Marks the blocks as above (and the excerpts: MarkRepeatedExcerpts);
// `thread_page`: the page is a forum thread, whose posts the forum rules
// handle (no block is marked then).
void MarkCommentBlocks(std::vector<PageLine>& lines, bool thread_page);

}  // namespace wenyuan::clean
