// SectionIndex: an article's own table of contents on a web page, the
// list of its section headings (an encyclopedia entry's "目录", a blog
// post's outline) that the page prints above or beside the text. It is
// recognised by what it lists, not by its place: at least three list
// items in a row ("1. 1设立背景", "▪品德素质方面", "* 二、Lora作用") whose
// text, numbering aside, stands elsewhere on the page as a heading of its
// own. The items, and a "目录" / "目錄" / "Contents" label right
// above them, are dropped as "table of contents". Pure functions,
// thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "1. 1设立背景" → "设立背景", "▪品德素质方面" → "品德素质方面": an entry's
// text without its numbering, markers and spaces.
std::u32string WithoutNumbering(const std::u32string& core);

// Marks every section index in `lines` (only lines still kept).
void MarkSectionIndex(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
