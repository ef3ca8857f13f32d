// CommentThreads: the furniture of a comment or reply area under a post,
// a note or a dataset page, recognised by its shape, in both scripts and
// wherever a site's template puts it; the comments' text is left alone:
//   - a comment heading or count ("意見與評論（4）", "共 186 則留言",
//     "1352 条评论") and sort tabs ("熱門 | 最新", "最热  最新  只看作者");
//   - a comment's header: a floor marker (B1, #3, 5樓, 原PO, 楼主, 作者), a
//     name or school, a date and time, a region ("B1 某大學 12月5日 10:41",
//     "某人 回覆 2025-10-06 10:02", "[avatar.jpg] 某人 作者"); one with no
//     floor marker only below a comment heading (a post's byline above the
//     comments is the post's);
//   - reaction and count rows ("❤️ 214 回覆", "♡ 8.6万 ☆ 4.2万 💬 1352",
//     "12-03 上海 ♡ 342 回复", "👍 12 檢舉"), deleted notices
//     ("此留言已被刪除。", "B3 已刪除"), hashtag rows ("#轉職 #自學"),
//     separators of box-drawing characters;
//   - an author card ("小红书号：123 IP属地：浙江" and the name right above
//     it), an image counter ("1/9") under a picture, a location tag
//     ("📍杭州·西湖") and a listing's topic with the post's age
//     ("工作 · 3小時前").
// Readers' comments under an article, a note, a video or a dataset page are
// dropped with their furniture (a knowledge base keeps what the page
// published); where the posts are the page's content (a thread: numbered
// floors "B1"/"#3"/"5樓", "楼主", a board's furniture) their bodies stay.
// Only for web pages (the caller decides). Pure functions, thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Reasons besides kForumFurniture: a separator and a row of sort tabs
// alone part the text where they stand (the main-text finder does not pass
// over them as it does over a thread's furniture).
inline constexpr char kSeparatorLine[] = "separator line";
inline constexpr char kSortTabs[] = "sort tabs";
// A reader's comment (or a reply to one) under a page that is no thread.
inline constexpr char kReadersComment[] = "readers' comment";

// Holds a word that names comments or replies (留言, 評論, 回覆, 討論, 迴響…).
bool IsCommentWord(std::u32string_view s);

// "────────", "=====": a line of rule characters only.
bool IsSeparatorLine(const std::u32string& core);

// "#轉職 #資料分析": a row of hashtags and nothing else.
bool IsHashtagRow(const std::u32string& core);

// "❤️ 214 回覆", "♡ 8.6万 ☆ 4.2万 💬 1352", "12-03 上海 ♡ 342 回复".
bool IsReactionRow(const std::u32string& core);

// A comment's header line; `in_comments`: below a comment heading, where a
// header needs no floor marker.
bool IsCommentHeader(const std::u32string& core, bool in_comments);

// True when the page's posts are its content: a floor-numbered header
// ("B1 …", "#3 …", "5樓 …", "楼主 …"), two or more headers numbered in
// order after the posters' names ("老周 #1 · 2026年12月03日", "小芸 2樓 …"),
// or a thread's furniture marked before.
bool IsThreadPage(const std::vector<PageLine>& lines);

// Marks the furniture above in `lines` (kForumFurniture for a thread's
// furniture, kSeparatorLine, kSortTabs); lines already dropped are left as
// they are.
void MarkCommentThreads(std::vector<PageLine>& lines);

// On a page that is no thread (IsThreadPage before the furniture was
// marked), the comments' bodies (kReadersComment): the lines right under a
// comment's header or name, up to its reaction row, a blank or another
// dropped line. Run after the main text is chosen, so that the comments
// do not move it.
void MarkCommentBodies(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
