// AnswerFurniture: the furniture a Q&A page prints around its question and
// answers, recognised by its shape whatever the site, in both scripts,
// once the main text is found (clean/main_text_finder.h):
//   - an accepted-answer badge ("✓ 已被采纳", "已採納", "最佳答案");
//   - a row of sort tabs ("默认排序 时间排序", "按票數排序");
//   - a bare counter printed as a list item or beside an icon (a
//     poster's reputation "* 8.6k", "[star] 2");
//   - the buttons that invite an answer ("邀请回答", "撰寫回答");
//   - a comment under an answer, its author's name, a colon, the text and
//     a dot before its date ("小林：改好了，谢谢！ · 2026-11-28 17:31").
// An answer's own text, however short, has none of these shapes and stays.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The reason `line` is a Q&A page's furniture, or "".
std::string AnswerFurnitureReason(const PageLine& line);

// Marks the kept lines of `lines` that AnswerFurnitureReason names.
void MarkAnswerFurniture(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
