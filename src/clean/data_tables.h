// DataTables: the data tables and infoboxes of an article, which a text
// dump prints one cell a line. Their cells are short and unpunctuated, as
// a menu's links are, but they are the article's content: a table with a
// caption (the dump's "CAPTION: …" line, then its cells up to the next
// blank line), and an infobox beside the article's text (at least three
// "field / value" pairs: a short label, its value on the next line
// indented deeper, one blank line at most between pairs), and a form
// printed a field and its value a row ("機關名稱          臺中市政府…", at
// least three rows, in blocks under section names). A navigation
// table or link grid has neither a caption nor such pairs, and stays a
// menu. Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets `table` on the caption and cells of every captioned table and on
// the fields and values of every infobox in `lines`.
void MarkDataTables(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
