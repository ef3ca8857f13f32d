// LineFurniture: one line of a web page judged on its own, without its
// neighbours: button and form labels, image placeholders and file names,
// end marks (- 完 -), share and print widgets, app promotions, previous/next
// links, a site's footers (clean/site_footer_rules.h), copyright, licence
// and cookie notices, breadcrumbs, a row of short links, and link text run
// together into one long unpunctuated line. Each verdict is a reason that
// `wenyuan clean --explain` prints. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// A single line's verdict, or "" to keep it (as far as this rule knows).
// `core` is the line without bullets and placeholders (PageLine::core);
// `placeholder`: the line had an image placeholder.
std::string LineFurnitureReason(std::string_view line, const std::u32string& core, bool placeholder);

// A widget in one cell of a table row: dropped from the row, the rest kept.
bool IsWidgetCellReason(const std::string& reason);

// "類別     內政及族群", "分类：社会新闻", "栏目: 通知公告", "章別：法規命令":
// the section of the site (or of a gazette) a record is filed under, one
// field on its own line.
bool IsCategoryField(const std::u32string& core);

// "卷期：第032卷 第231期 …", "公报日期：2026年12月4日": the issue of a gazette
// or journal an entry is filed in, one field on its own line: the
// periodical's index of the entry, not its text.
bool IsIssueField(const std::u32string& core);

// Marks "category path" on such fields that the main text kept (run after
// it is chosen: the field still holds a record's field block together).
void MarkCategoryFields(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
