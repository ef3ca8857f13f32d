// BbsRules: the furniture of a bulletin-board (BBS) article as its web
// mirrors print it (PTT and its mirrors, 水木, 批踢踢 …), recognised by its
// shape, in both scripts:
//   - the article header's poster, board and relaying-site lines ("作者
//     slowcat (慢貓)", "看板  Tech_Job", "发信人: …", "信区: …", "发信站: 水木社区
//     (Thu Dec  3 08:41:17 2026), 站内") when they stand in a header of at
//     least three such fields with a board among them, the board possibly
//     named on the poster's line ("发信人: 某人 (昵称), 信区: Bicycle", "作者
//     kuo0717 (小郭) 看板 home-sale"); the title and time fields are the
//     article's and stay;
//   - a board breadcrumb ("看板 Tech_Job › [請益] …");
//   - a push / boo counter row ("推 38  噓 2  → 17   瀏覽 5,921");
//   - the site's lines under the signature ("※ 發信站: …", "※ 文章網址: …",
//     "※ 編輯: …", "※ 引述…"), and the signature itself: up to four lines
//     between a lone "--" and such a line (or a second "--" right over it);
//   - the lines a reply quotes (": …", "> …") right under the line that
//     introduces them ("※ 引述《某人》之銘言：", "【 在 某人 的大作中提到: 】");
//   - pushes, the board's comments: "推 user: text  03/12 21:36",
//     "→ user: …", "噓 user: …".
// Only for web pages (the caller decides). Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kBbsFurniture[] = "BBS article furniture";
inline constexpr char kBbsPush[] = "BBS push (comment)";

// "推 javaman77: 金融業…  03/12 21:36": a push, a boo or an arrow comment.
bool IsBbsPush(const std::u32string& core);

// "※ 發信站: 批踢踢實業坊(ptt.cc)", "※ 文章网址: https://…".
bool IsBbsSiteLine(const std::u32string& core);

// Sets kBbsFurniture / kBbsPush on kept lines of `lines`.
void MarkBbsFurniture(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
