// ProseSpan: where an article's body lies among a web page's lines, for the
// main-text finder (clean/main_text_finder.h). The body is the stretch whose
// prose outweighs what is not prose (the maximum-sum run of lines: prose
// lines, with the parts of hard-wrapped paragraphs, weigh their length,
// a block of record rows (clean/value_rows.h) as a data table does, a row
// of a table in spaced columns (clean/spaced_tables.h) as much as a short
// line costs, every other line a fixed cost); it then loses another article appended
// below the page's own, and takes back the prose that an in-article list or
// a code sample cut off and a last numbered section made of links. Pure
// functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Lines [begin, end) of a page; empty when begin == end.
struct ProseSpan {
  size_t begin = 0, end = 0;
};

// Non-blank lines between the body and prose (or photo captions) below it.
constexpr size_t kMaxTailGap = 30;

// The body: the best run of prose, or an empty span when the page has no
// real stretch of prose (under 60 characters of it).
ProseSpan BestProseSpan(const std::vector<PageLine>& lines);

// Another article appended below the page's own (a sponsored story an
// endless page loads next): its headline printed twice in a row, as a
// page prints a headline (the heading and the picture's title), with a
// date just above. The body ends before that date. The page's own
// headline (`title_key`) does not count.
ProseSpan WithoutAppendedArticle(const std::vector<PageLine>& lines, ProseSpan body, const std::string& title_key);

// Prose below the body that an in-article list ("相关阅读" inside the
// article) or a code sample cut off: the gap may hold only such lines, and
// what follows must be real prose. Returns the new end of the body and adds
// the gap's code lines to `kept`.
size_t ExtendBodyDown(const std::vector<PageLine>& lines, size_t end, std::vector<size_t>& kept);

// The body's last paragraph hard-wrapped past the end found ("…Epidemiology
// of" over "osteoporosis and fragility fractures. Retrieved from" over its
// URL): lines right under it, no blank line between, that no rule dropped,
// while the line above ends no sentence. Returns the new end of the body.
size_t ExtendOverWrappedTail(const std::vector<PageLine>& lines, size_t end);

// A page's update stamp with its counter right below the body, or between
// the kept headline and the body ("更新日期：2024/03/14　點閱次數：18452"),
// is the article's own date line
// when nothing above it on the page gives the article a date (no date line
// in the head nor among the body's short lines): its reason is cleared and
// its index added to `kept`. Where the article has a date of its own (a
// release's 發布日期 above), the stamp stays the page's.
void KeepUpdateStampAsDate(std::vector<PageLine>& lines, ProseSpan body, std::vector<size_t>& kept);

// The text's first numbered section right above the body, whose next
// section opens the body or is kept with its head ("一、项目编号：…" over
// "二、项目名称：…"), which the prose search left out for being one short
// line: its index.
std::optional<size_t> FirstNumberedSectionAbove(const std::vector<PageLine>& lines, ProseSpan body,
                                                const std::vector<size_t>& kept);

// An article's last section below its body, when it is made of links or
// short lines ("十、资源下载汇总" over "…网盘资源汇总：pan.quark.cn/…"): its
// heading carries the number after the body's last numbered heading. The
// section runs to the first line another rule dropped. Returns the new end
// of the body.
size_t ExtendToLastNumberedSection(const std::vector<PageLine>& lines, ProseSpan body);

// A last section below the body, set like the body's own headings: a
// heading flush left (the dump's <h2>, where the body has two or more such
// headings) over a numbered or bulleted list of short items that ends at
// a blank line ("参与贡献" over "1. Fork 本仓库", "2. 新建 Feat_xxx 分支").
// Returns the new end of the body.
size_t ExtendToLastHeadedSection(const std::vector<PageLine>& lines, ProseSpan body);

// A record's last sections below the body, labelled as the body labels its
// sections ("【有效期】24个月", "【批准文号】…" under a body of "【成份】…",
// "【用法用量】…"; three or more such labels in the body, the same
// bracket): each a line, blank lines between, or a label alone over
// labelled fields ("【生产企业】" over "企业名称：…"). The run ends at the
// first line that is neither or that a rule dropped. Returns the new end of
// the body.
size_t ExtendToBracketedSections(const std::vector<PageLine>& lines, ProseSpan body);

}  // namespace wenyuan::clean
