// RecordFields: the field rows of a record page (a bill, a case, a
// dataset's detail page) around the main text, in both scripts, once the
// main text is found (clean/main_text_finder.h):
//   - a field that prints the headline a second time ("議案名稱  本院委員…
//     請審議案。", its value wrapped onto indented lines under it) is
//     dropped, as a repeated headline is; a letter's subject ("主旨：…",
//     "事由：…") is the letter's own line and stays;
//   - a short heading right above a data table in the main text ("審議進度"
//     over "日期  會期  狀態"), which a link list above it made look like
//     one of its items, stays with its table;
//   - rows of personal names right below the main text, each under its
//     label ("提案人" then "陳怡君　林志遠　張美玲", "連署人：黃淑芬　周明輝",
//     "出席委員", "列席人员"), stay: they are the record's own;
//   - a publication's catalogue fields in a block of "label：value" lines
//     with a catalogue number among them ("ISBN：…", "GPN：…", "頁數：246頁",
//     "定價：…", "委託單位：…") go, with a short "出版品資訊" heading over the
//     block; its author and date fields (研究主持人, 出版日期) stay. A
//     catalogue record laid out in spaced columns ("ISBN   978-…") is the
//     page's content and is left alone;
//   - a book's table of contents right below a product page's description
//     ("目錄" over "第一章 …", "推薦序 …", "結語 …", three chapters or more)
//     and the details block under it with its ISBN ("詳細資料" over
//     "ISBN：…", "規格：…") stay: they describe the product.
//   - a government site's disclosure box over a notice ("索 引 号：…",
//     "名    称：…", "文    号：…", three rows or more) whose title and
//     number rows the notice prints again right below it goes whole, as a
//     repeated headline does; a box whose number only the box prints stays.
// Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kRepeatedHeadlineField[] = "headline repeated as a field";
inline constexpr char kCatalogueField[] = "publication catalogue field";
inline constexpr char kRepeatedMetadataBox[] = "metadata box repeated by the document";

// "陳怡君　林志遠　張美玲": at least two personal names (two to four Han
// characters each) separated by white space, nothing else.
bool IsNameRow(const std::u32string& core);

// "提案人", "連署人：", "出席委員", "列席人员": a label for a row of people.
bool IsPeopleLabel(const std::u32string& core);

// Applies the rules above to `lines`, whose kept lines are the main
// text.
void MarkRecordFields(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
