// PostBoundaries: what a forum thread prints at each post boundary, found by
// the page's own repetition, not by an engine's words, in both scripts. A
// thread is a run of posts, each a head (short lines: the poster's name,
// a badge, a stamp, "#n", counters) over a body, maybe a foot (buttons,
// counters, a signature). Where the other forum rules (clean/forum_posts.h,
// clean/forum_rules.h) marked part of each boundary, the rest of it goes:
//   - posts parted by full-width rules (a page without scripts: a rule, the
//     poster's name alone, the body), the names found as the short line
//     after each rule, the first post's name by the names' shape, where a
//     name comes back (a poster replies);
//   - in a boundary (the lines between two posts' bodies) holding the
//     thread's furniture, the short lines of a block (no blank between)
//     that holds a line dropped already: a name over its card, a badge, an
//     avatar's letter, a counter beside the buttons;
//   - a short line between two posts' bodies that begins with the words of
//     two furniture lines or has the shape of two, whole or after its
//     first word (the poster's name): "讚 Reactions: …", "1 条回复 最后回复
//     …", "老陈 2026 年 11 月 30 日 09:11 4" where the others' handles are
//     Latin;
//   - a signature: up to three short lines right under a rule ("----",
//     "____", a mail's "-- "), under a post's body or its action row and
//     over the boundary's furniture;
//   - a mail-style quoted line ("> …") repeating earlier text
//     (clean/mail_quotes.h);
//   - the lines under the last post's foot (clean/thread_tail.h);
//   - a Latin interface above a Han thread's first post, events between
//     posts (clean/thread_events.h);
//   - a quotation: a line naming a poster the furniture names, with a
//     colon after a word ("某人 說：", "lvxiaobu 写了: ↑ …", "@某人 在 …
//     中说：") or taken for a post's stamp ("小魚 發表於 …"), over lines
//     that repeat an earlier post however wrapped (or, cut short with an
//     ellipsis, a later one: an accepted answer's excerpt), the quoted
//     lines, a short line cut with an ellipsis and a short toggle right
//     under them ("點擊展開…", "在原文中查看 ↓"); and a line that is a
//     name and then an earlier post's words;
//   - the board's lines around the thread's title: between the title (the
//     unindented line over the first post) and the first post's head
//     (counters, the starter line, a notice), and a few above the title
//     (a loading notice, a breadcrumb printing the title again).
// Only on a thread page (three posts' heads or more that hold furniture
// over a body).
// Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets kForumFurniture (clean/forum_rules.h) on the lines above among the
// lines still kept. Run once the main text is found (the lines it left
// out are no post's), so that the marks do not move it.
void MarkPostBoundaries(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
