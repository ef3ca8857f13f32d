// CommentChrome: what a thread or a comment area prints around every
// comment, found by the page's own repetition and by shape, in any
// engine's words and in both scripts:
//   - action rows: a run of short items (a list of one-word links, or one
//     line of three short words or more: "permalink embed save report
//     reply", "回复 引用 举报", "Reply Share Report") whose items come back
//     in three runs or more with a sentence between them; a run sharing two
//     items with those (the post's own "87 comments share save hide") goes
//     too. Counts are read as one shape ("赞 (86)" is "赞 (0)"). A run
//     of a line over edit and listen links only ("政策背景" over "编辑",
//     "播报"; "歷史沿革" over "編輯") is an entry's section heading: the
//     links go, the heading stays;
//   - vote-and-age headers: a short line saying how long ago something was
//     posted ("[–]某人 58 points 8 hours ago", "某人 · 12赞 · 3小时前",
//     "submitted 9 hours ago by u/x", "2 天前 回复"), where three such
//     lines or more each stand over a comment's text;
//   - where either fired: the comment count and sort row ("all 87
//     comments", "共 12 条评论", "sorted by: best", "排序：最热"), a bare
//     vote count between dropped lines ("132" between the arrows) and a
//     link's domain in brackets on its own line ("(self.somewhere)",
//     "(example.com)").
// A body sentence that says "3 hours ago" is no header (it is long or ends
// a sentence); a list repeated once, or whose repeats have no text between
// them (a table's column), is no action row. Run late, after the keeping
// rules. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Holds how long ago: "8 hours ago", "a day ago", "just now", "3小时前",
// "2 天前", "剛剛".
bool HasRelativeAge(const std::u32string& core);
// A short line with how long ago and no sentence: a post's or comment's
// header, by its shape alone.
bool IsAgeHeaderShape(const std::u32string& core);
// "all 87 comments", "87 comments", "共 12 条评论", "sorted by: best",
// "排序：最热": a comment area's count or sort row.
bool IsCommentCountOrSort(const std::u32string& core);

void MarkCommentChrome(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
