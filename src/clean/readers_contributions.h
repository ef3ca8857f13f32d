// ReadersContributions: what users add under a page that is no thread
// (a recipe, a product, an article), found by repetition within the page,
// not by a site's words, in both scripts:
//   - posted works or tips: blocks of a picture or a name, a short line
//     or two of text (60 characters or fewer), and a row of the stamp and
//     counters the comment rules took for a thread's furniture ("01-14
//     18:52 ♡ 12"), two blocks or more closed by rows of one shape; and the count heading right over the first block
//     when the page printed its words earlier ("215 人做过这道菜" under the rating's "8.7 综合评分 215 人做过这道菜");
//   - a chain of comments and replies on one line each, under a dropped
//     line: "name：text" lines and a reply "name 回复 name：text" that
//     names the poster of another line of the run ("阿杰同学：…" and
//     "厨房里的阿雪 回复 阿杰同学：…"). An interview's "記者：…" lines name
//     no one after a word, and stay.
// Run with the readers' comment rules (clean/comment_threads.h), only on a
// page that is no thread. Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets kReadersComment (clean/comment_threads.h) on the kept lines above.
void MarkReadersContributions(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
