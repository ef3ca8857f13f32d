// StructureRules: line rules that recognise parts of a document by what
// they are, in any kind of document (web page, PDF report, plain text), and
// wherever they sit:
//   - a table of contents: entries with dot or middle-dot leaders and a
//     page number, chapter-numbered lines (壹、貳、參、一、二、第一章, 1.)
//     that end in a page number, and the 目錄 / 目次 heading over them;
//     a 目錄 heading over three or more numbered titles with no page
//     numbers, each printed again further down (a law's chapter list);
//   - copyright, reprint and disclaimer notices (版權聲明, 轉載, 著作權,
//     免責, 凡注明“來源…”, in both scripts), with the line a hard wrap cut
//     off them;
//   - lists of other articles' headlines (clean/headline_lists.h);
//   - "see also" lists at the end of authored documents;
//   - cover-page fields of a report (出國人員, 服務機關, 報告日期 …) at its
//     top: taken out of the text and returned as metadata.
// Every line these rules drop gets its reason; none of them drops prose.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "clean/page_line.h"
#include "clean/rights_notices.h"  // RightsNoticeReason, used by callers of this unit

namespace wenyuan::clean {

// (field name, value) pairs in the order they appear.
using DocumentFields = std::vector<std::pair<std::string, std::string>>;

// Sets a reason on each line of `lines` that one of the rules recognises
// (lines already dropped are left as they are) and appends the cover-page
// fields found to `fields`. In a document that is not a web page (whose
// related-article lists the web rules handle), a "see also" heading
// (另請參閱, 其他資源, 延伸閱讀) and the short lines listed under it go too.
void MarkDocumentStructure(std::vector<PageLine>& lines, DocumentFields* fields, bool web_page);

// The length (in code points) of a section number that opens `core`
// ("壹、", "一、", "（二）", "第三章 ", "1.2 "), or 0.
size_t SectionNumberLength(const std::u32string& core);

// A table-of-contents entry: leaders then a page number, or a numbered
// heading that ends in a page number. `strong` is set when it has leaders.
bool IsTocEntry(const std::u32string& core, bool* strong);

}  // namespace wenyuan::clean
