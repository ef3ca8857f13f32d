// Lists of other articles' headlines, recognised by their shape wherever
// they sit on a page: a run of headline-shaped lines (short, no sentence
// punctuation) right under a copyright or reprint notice or another dropped
// list, or each carrying a date (or how long ago it was posted, "3天前"); and the lines under a section name (a
// bracketed one, "【熱門專題】", "[人才故事]", or a bare one over a bulleted
// list that follows another list or repeats the page's lines). An article's
// own sub-heading over its bullet points is neither, nor is an event's list
// of sessions, each opening with a date, its weekday and a time of day
// ("2026/12/20(日) 14:30 某劇院 小劇場"), nor a law's history, each line a
// date and what was done to the law ("2015年11月1日 施行"), nor a printed
// form's bracketed fields ("【地址】", "【工程類別】□新建"). Part of the
// structure rules (clean/structure_rules.h). Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets the reason "headline list" on every line of such a list (lines
// already dropped are left as they are, and they end a run). In a document
// that is no web page (a record, a law, a report: `web_page` false) a run
// of dated lines is a list only with each date after its headline (lines
// opening with a date are a law's history or a schedule there), and a bare
// name over bullet points is a section of the text, and a bracketed name
// over headlines must say they are other articles ("【延伸閱讀】", not
// "【修正前】"); a run under a notice is a list wherever it stands.
void MarkHeadlineLists(std::vector<PageLine>& lines, bool web_page);

// A section name over a list: "【熱門專題】", "[人才故事]", "〔往期回顧〕"
// (bracketed: `*bracketed` is set), or a bare short name ("人才故事",
// "科技") with no punctuation.
bool IsSectionName(const std::u32string& core, bool* bracketed);

}  // namespace wenyuan::clean
