// AnswerFurniture: the furniture a Q&A page prints around its question and
// answers, recognised by its shape whatever the site, in both scripts,
// once the main text is found (clean/main_text_finder.h):
//   - an accepted-answer badge ("✓ 已被采纳", "已採納", "最佳答案", "最佳解答");
//   - a row of sort tabs ("默认排序 时间排序", "按票數排序");
//   - a bare counter printed as a list item or beside an icon (a
//     poster's reputation "* 8.6k", "[star] 2");
//   - the buttons that invite an answer ("邀请回答", "撰寫回答");
//   - a comment under an answer, its author's name, a colon, the text and
//     a dot before its date ("小林：改好了，谢谢！ · 2026-11-28 17:31"); or
//     under a bare comment label ("评论", "評論 (1)"), a header of a name
//     and a date or an age right below it, and one to three short lines of
//     text up to a blank or dropped line, with the comments right after it
//     (each a header and its text, no blank line between);
//   - an answer count ("3 個解答", "共12个回答") and the bare label over
//     what the asker added ("更新：", "问题补充：");
//   - the row naming who voted for an answer ("赞同来自: 小雪 、 阿桃 等 48 人")
//     and the answerer's header right above it (name and signature, no
//     sentence ended); where two answers or more carry such rows, an
//     answer's prose between that row and its date line ("… 发布") that the
//     main-text finder left out comes back, and the question's topic tags on the page's first kept line, right over the
//     question ("多肉养护  冬季养护  景天科");
//   - the asker's line ("某人 提问于 2026-01-09 21:14", "陳小姐 發問於 3 天前")
//     and an answer count with its sort row beside it ("4 个回答    按票数
//     排序 | 按时间排序"); on a page with either, each answer's head (its
//     name and a bio over a bare date between blank lines, two answers or
//     more so headed), the comments right under an answer's reaction row
//     ("西瓜不是瓜：请问…？", two or more) and the tags under the question;
//   - where a page prints two or more, an answer's header, its poster (or
//     the category) and how long ago it was written behind a dot ("陳師傅
//     · 5 年前", "匿名使用者 發問時間： 家居與園藝 · 5 年前"), and a row of
//     bare reaction counts ("0 0 0").
// An answer's own text, however short, has none of these shapes and stays.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The reason `line` is a Q&A page's furniture, or "".
std::string AnswerFurnitureReason(const PageLine& line);

// "陳師傅 陳師傅 · 5 年前", "家居與園藝 · 3小時前": a few words, a dot and
// how long ago; a byline's role words (记者, 来源, 作者 …) make it none.
bool IsDottedAgeHeader(const std::u32string& core);

// "赞同来自: 小雪 、 阿桃 等 48 人", "贊同來自：1 人": who voted for an answer.
bool IsVotersRow(const std::u32string& core);

// Marks the kept lines of `lines` that AnswerFurnitureReason names.
void MarkAnswerFurniture(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
