// RecordBlocks: parts of a record page (an app's or a game's store page,
// a standings table, a meeting's minutes) that the main-text finder
// (clean/main_text_finder.h) left out for their short lines, known by the
// shape of their lines and their place on the page whatever the site's
// words, in both scripts:
//   - a definition list below the kept main text: four labels or more at
//     one indent, each over its value printed deeper ("大小" over
//     "          186.4 MB", "相容性" over a device and its note, each
//     deeper again, "价格" over numbered items), no blank line between;
//     its lines come back, with a short heading right above it ("資訊");
//   - groups of specification rows between two kept lines: two groups or
//     more, each a short heading ending in a colon ("最低配備：",
//     "推荐配置：") over three bulleted items or more, at least half of
//     them "label： value" rows; the groups come back, with the short
//     section heading over them ("系統需求") and a heading ending in a colon
//     right above the next kept line ("支援的語言：", over its table), while
//     short tab labels among them ("Windows", "macOS") stay dropped;
//   - the head of a record block: where a block of lines (no blank line
//     between) holds three kept lines or more, two in three of them fields
//     ("時　　間：…") or rows of spaced cells, the lines of the block above
//     its last kept line that were left out come back when each is a field,
//     a row of cells (the table's header) or the block's first line reading
//     as a title (no sentence end, no bar); then a title block right above
//     it (one blank line between, one or two lines: the title, and a line
//     with a number, "統計至 2026/05/17") comes back too;
//   - people's cards right below the kept text: a short heading over two
//     cards or more, each a picture, a name and a title ("周文涛" over
//     "教授"); the names and titles come back with the heading, the
//     pictures stay dropped; one card alone (an author's box) stays out;
//   - the page's headline: its first line printed at the margin, no
//     sentence, right over the page's first kept line, also at the margin;
//   - a release's notes below the kept text: a date alone, a version line
//     ("版本 5.3.0", "v3.2.0") and the changes up to a blank line (one blank
//     line may part them from the version); each release comes back once
//     (a history that prints the newest release again keeps that copy
//     dropped), with the heading over the first release of a run (the
//     nearest line above it at a smaller indent, within two lines, else the
//     line right above).
// Lines another rule dropped for what they are (a button, a picture, a
// breadcrumb, a footer) stay dropped. Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Applies the rules above to `lines`, whose kept lines are the main text.
// Returns the lines that come back (each starts a paragraph of its own).
std::vector<size_t> KeepRecordBlocks(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
