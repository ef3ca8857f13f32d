// ReviewReplies: what a review, blog or article page prints around the
// author's text that is the readers', in both scripts:
//   - a spoiler warning above a review ("这篇书评可能有关键情节透露",
//     "本文含有劇透", "This review may contain spoilers");
//   - the replies under it: a heading ("回应", "網友留言", "全部评论 (3)")
//     followed by replies, each a header of a name and a date and time
//     ("蓝鲸 2024-02-18 09:12:33 上海", or the name on the line above the
//     date and time), its text and its buttons
//     ("(BUTTON) 回应 (BUTTON) 赞 12"). The heading and every reply are
//     dropped; a heading with no reply header right below it is left
//     alone (a forum thread's "回复" button over a post is no heading).
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "这篇书评可能有关键情节透露": a spoiler warning, or "".
std::string SpoilerWarningReason(const std::u32string& core);

// Marks a replies heading and the replies under it "readers' replies".
void MarkReplySections(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
