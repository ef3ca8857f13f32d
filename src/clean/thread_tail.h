// ThreadTail: what a thread page prints under its last post, found by the
// posts' own repetition, not by an engine's words. Each post's head holds
// a stamp (the poster's date, two numbers and a word: "Jan. 9, 2026 8:16 a.m.",
// "commented on Dec 4, 2025", "2026-11-30 09:11"), and each post's foot a
// line shaped like the other posts' feet (buttons, counters, reactions).
// Under the last post's foot no post follows (no head): the lines there
// are the board's (a reply form and its sign-in sentence, the newer and
// older threads, the issue tracker's closing events and sidebar, the
// sign-up prompt), in both scripts; unless they hold a Han paragraph (a
// line of 30 Han characters or more) or more than four sentences: an
// article under a side box of latest replies.
// Only on a thread page: three posts' heads or more holding the stamp's
// shape over a body. Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets kForumFurniture (clean/forum_rules.h) on the kept lines under the
// last post's foot. Run after the other post-boundary rules, once the
// main text is found.
void MarkThreadTail(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
