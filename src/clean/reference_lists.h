// ReferenceLists: an encyclopedia's list of cited sources under its
// article, recognised over several lines by the dates its items carry.
// Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Marks "reference list" on an encyclopedia's list of cited sources: its
// items carry the date the source was read ("[引用日期2024-03-02]",
// "检索日期", "访问日期", "原始內容存檔") or begin with a wiki note's
// back-link caret ("1. ^ …"); the items between two such (one the crawl
// cut short) and the heading above them (参考资料, 參考文獻, 注释 …) go
// with them. A reference list without such dates (an article's own reading
// list) is left alone.
void MarkReferenceLists(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
