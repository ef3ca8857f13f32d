// ThreadEvents: the lines of a thread page (three posts' heads or more,
// each holding a stamp) that belong to no post, found by shape and by the
// posts' own repetition, in both scripts:
//   - the interface of a thread written in Han: the kept lines without a
//     Han character above the first post's text (the first Han line
//     ending a sentence or a clause, or with a Han line under it; a title
//     over a Latin line is none): a Latin menu, the search box's labels,
//     the repository bar and its counters ("Fork 318", "Star 5.8k"), the
//     opening post's "opened on … edited by …" line; a heading set flush
//     left in a text dump (a Latin title) stays;
//   - an event between two posts: a line of three words or more ending
//     with the date the posts' stamps end with ("… linked a pull request
//     … on Dec 6, 2025" where the stamps read "commented on Dec 4,
//     2025"), and the few kept lines right under it up to a dropped line
//     (the linked item's title and state).
// Run after the other post-boundary rules. Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets kForumFurniture (clean/forum_rules.h) on the kept lines above.
void MarkThreadEvents(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
