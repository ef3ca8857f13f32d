// ReportCovers: the cover of a report whose text a page serves (a PDF
// converted to text inside the page: an Ombudsman's investigation, a trip
// report, a commissioned study), kept as the report's head. The cover is
// the run of short lines, no sentence in any, right above the report's
// first kept text or its table of contents, from the line that names the
// report's kind (…報告, …摘要, …白皮書, …施政計畫, spaced out or not:
// "政 府 工 作 报 告"): the kind and title, the fields
// (檔案編號：…, 服務機關：…, a name under 姓名職稱), the date. Short lines
// above that one (the page's headline and publisher line, a note on the
// conversion) are the page's. The main-text finder leaves a cover outside
// the text, for its lines are short and far from prose. Only on a page
// that holds the marks of a converted document below the cover: a table
// of contents, a running header or a run of page numbers. A line of the run that
// repeats a line kept elsewhere (the page's headline printed again on
// the cover, whole or in part: "115年度施政計畫" under the headline
// "客家委員會115年度施政計畫") stays out; lines with no Han (an English name
// under a letterhead) and list items end the run. The page's own head
// above the converted document comes back with it: the nearest row of
// labelled fields with a date above the first mark ("發布日期：…　點閱次數：…"),
// past dropped widgets, attachments and the cover, and the headline-shaped
// line right over it; a menu, a crumb or kept prose between ends the
// search. In both scripts. Pure, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// A line that names a report's kind: "主動調查報告", "執行摘要",
// "高雄市政府所屬機關出國報告".
bool NamesReportKind(const std::u32string& core);

// Clears "outside the main text" on such covers' lines; returns them.
std::vector<size_t> KeepReportCovers(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
