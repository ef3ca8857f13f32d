// UserReviews: users' reviews and comments on a record page (a hotel, a
// film, a product, a place), known by their shape whatever the site's
// words, in both scripts, and dropped like readers' comments under an
// article; and a widget's label over nothing but its form:
//   - a raters' summary alone (in a record's head: "4.8分 超棒 | 2,345条
//     点评"): the users' rating; with a field beside it ("4.7分 4,826条评价
//     人均：¥128") it is a shop's record line and stays;
//   - a rated-reviews section: a kept line that opens with a score and
//     counts the raters ("8.7 很棒 （依據326則住客評分）", "4.5 分 · 218 則評價"),
//     with two review headers or more under it that carry a date ("小安 |
//     2026/11 | 情侶旅行"): the line, the heading right over it, and what
//     follows up to the page's next heading at the margin or list;
//   - on a page whose record field rows ("作者: …", three or more) stand
//     above it, a heading with a count in brackets ("短评 (1,024)", "问大家
//     (23)") over two dated review headers or users' questions ("问：…")
//     or more: the section up to the next heading at the margin or list
//     (not where the forum rules took those headers for a thread's post
//     headers: replies to a post are posts);
//   - a raters' summary printed over two or three short lines, a block of
//     its own ("书友评分" over "8.6" over "2,318人评价"): the users' rating;
//   - signed comments: two lines or more together, each a remark signed
//     in brackets at its end with a name and a date ("泥灘的畫面太美。 (Lumi
//     2026/11/28 影展場)"), with the heading right over them;
//   - a widget's label: a short label opening a block whose other lines
//     are all buttons and form fields, a field among them ("本片時刻表" over
//     "請選擇地區： [台北市___]" and "(BUTTON) 查詢時刻"; a headline over its
//     print and share buttons is none).
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kUserReview[] = "users' review or comment";

// "8.7 很棒 （依據326則住客評分）": opens with a score (a decimal number
// up to 10, or with 分 or /5, /10) and counts raters or reviews.
bool IsRatersSummary(const std::u32string& core);

// "(Lumi 2026/11/28 影展場)" at the end of a remark: a name and a date in
// brackets.
bool HasSignatureAtEnd(const std::u32string& core);

// Marks kUserReview on the reviews, comments and widget labels above, on
// kept lines.
void MarkUserReviews(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
