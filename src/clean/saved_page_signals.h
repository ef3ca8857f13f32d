// SavedPageSignals: whether a text that did not come as a web page (a
// text file, a record of a JSONL or `key: value` export, an HTML file's
// text) reads as one, by the furniture only a page has, and which of the
// lines many records of one file share are that file's chrome. A gazette's
// tables printed one cell a line, a manual's Markdown, a regulation's
// words about permits and notices are a document's, not a page's.
// Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Three furniture lines or more: a menu run, a related list's heading, a
// forum post's header, a row of link cells, bullets and pictures for an
// HTML file's text; for a text file, lynx's indented list markers, a
// picture's file name in brackets or a rule's reason, of two kinds at
// least (a form's fields and buttons are one kind).
bool ReadsAsSavedWebPage(const std::vector<PageLine>& lines, bool html);

// A line many records of one file share that is the export's chrome
// ("Top", "<!-- INFO END -->", "[!include [banner](…)]"): no Han
// character, a letter or digit.
bool IsRecordCollectionChrome(const PageLine& l);

}  // namespace wenyuan::clean
