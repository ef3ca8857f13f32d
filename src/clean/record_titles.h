// RecordTitles: the title of a record page (a recipe, a product, a route,
// a course) and the one-sentence description under it, above the record's
// first fields, known by shape and place whatever the site's words, in both
// scripts. Where the main text begins with three "label：value" fields or
// more in a row ("口味：咸鲜", "工艺：炖", "耗时：两小时"), the lines left out
// above them (at most kMaxReach lines up, past pictures, buttons, counters
// and an author's card, up to a breadcrumb, a menu or the page's top) come
// back when the first is a title (short, no sentence punctuation, no link
// bar or bracket) and the rest, one or two, are sentences. Lines another
// rule dropped for what they are stay dropped. Pure functions,
// thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Keeps the lines above (clearing their reason) and gives back their
// indexes.
std::vector<size_t> KeepRecordTitles(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
