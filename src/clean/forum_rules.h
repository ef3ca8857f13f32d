// ForumRules: the furniture of a forum thread's posts, recognised by what
// it is, in both scripts and wherever a board's template puts it:
//   - post headers: "发表于 2023-4-2 21:15", "#2 2023-10-02 15:03",
//     "3楼 2023-07-21 12:26", floor names (楼主, 沙发, 板凳, 5#), "只看该作者",
//     "来自Android客户端", edit notes ("本帖最后由 … 编辑", "（已編輯）",
//     "本文於 2024-04-26 09:02 最後編輯"); a Q&A site's answer headers
//     ("8,631 人赞同了该回答", "编辑于 2024-03-02 23:18・IP 属地北京"), and a
//     post's time on a line of its own beside its header or card (a column
//     article's approval count, "1,284 人赞同了该文章", is the article's: it
//     counts no post);
//   - headers made of labelled fields ("作者：… 时间：2026-11-28 21:30:45")
//     where the page prints two or more (one is an article's byline);
//   - quoted excerpts of earlier posts (clean/forum_quotes.h: "… wrote:" /
//     "… 寫道：" and the lines under it, a line ending "(恕刪)", a one-line
//     quotation "引用 某人：“…”", and the quoted post set deeper than
//     such a header under it), topic-tag rows over a
//     question ("职场 程序员 裁员", "NAS PostgreSQL 备份"; not a spaced
//     table's header over a row of as many cells), counters, pagers,
//     "查看全部 N 个回答", the reply count ("8 条回复 • 2026-12-05 12:31:07"),
//     a floor's bare number on the line under its header, a floor's
//     one-line comments ending in the floor and time ("name：… B3 12-05 22:10");
//   - the author's card: rank and level (中级会员, "Lv.3 加入 2019-06"),
//     profile counters (积分, 帖子, 主题, 文章數 and their numbers, "註冊時間
//     2016-09-02"), and the name
//     (one or two short lines) standing right above such a line;
//   - a post's action row ("回复 支持 反对 举报", "回覆 引言 按讚 (12) 檢舉",
//     "赞同 8631 ​ 1,024 条评论 ​ 分享 ​ 收藏"); on a forum page an action
//     row taken for a share widget, an avatar and an advert block between
//     posts become the thread's furniture, so they do not part its posts;
//   - signatures: a short line that is not a sentence, standing between a
//     post's text and its action row or the next post's header (not a
//     line set right under the post's lines, as the poster writes them,
//     with no full stop above it and no bar, colon or decoration in it, nor
//     a post's one line under its vote row "[正] 35 [負] 2"), any such
//     line the page repeats under several posts, and the short lines under
//     a mail-style "--" separator up to a blank line.
// What the page prints under the reply box's prompt that follows the last
// post ("登录后才能回复": a register box, hot topics) is furniture too.
// The thread's title and the posts' text are left alone. Also the rules a
// site prints over its comment area ("TNL 網路沙龍守則", "留言須知" and the
// paragraphs under them). Only for web pages (the caller decides). Pure
// functions, thread-safe.
#pragma once

#include <vector>

#include "clean/forum_post_headers.h"
#include "clean/page_line.h"

namespace wenyuan::clean {

// The reason the rules below give; the main-text finder passes over such
// lines between posts as it does over buttons.
inline constexpr char kForumFurniture[] = "forum post furniture";

// Sets kForumFurniture on the furniture lines of `lines` (lines already
// dropped are left as they are). Does nothing on a page with fewer than
// two post headers: without posts there is no forum.
void MarkForumFurniture(std::vector<PageLine>& lines);

inline constexpr char kCommentGuidelines[] = "comment guidelines";

// Sets kCommentGuidelines on a comment area's rules: a short heading that
// names rules (守則, 公約, 須知, 規範) of commenting or discussion (留言,
// 評論, 討論, 沙龍, 社群), and the lines under it up to the next line
// another rule dropped (the comment form's field, a separator).
void MarkCommentGuidelines(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
