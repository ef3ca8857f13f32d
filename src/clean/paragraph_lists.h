// ParagraphLists: a list a writer typed inside a paragraph block, kept with
// it: a lead-in line ending with a colon ("分享埋我見過嘅題目：", "需要准备的材料:"),
// two to twelve short items right under it, each behind a dash or a
// bullet, and, in the same block (no blank line between), a kept sentence right
// under the last item or right above the lead-in. A post's or an
// article's own list, which the menu rules take for a link list by its
// short lines; a side box's "熱門話題：" list stands apart from any
// sentence and stays dropped. Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

void KeepParagraphLists(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
