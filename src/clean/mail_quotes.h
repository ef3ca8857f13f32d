// MailQuotes: the marks a mail archive's thread (or a board that quotes
// mail-style) prints in its messages, found by repetition within the page:
// a quoted line, behind "> " (or ">> "), whose words the page printed
// earlier, however wrapped: the reply repeats its parent's text. (The
// signature under the mail delimiter "--" is clean/post_boundaries.h's.)
// Only on a thread page (the caller decides). Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets kForumFurniture (clean/forum_rules.h) on the quoted lines above
// among the lines still kept.
void MarkMailQuotes(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
