// DocumentCleaner: the whole cleaning pipeline for one extracted document:
// repair (entities, tags, pinyin, U+FFFD, full-width letters, segmentation
// spaces) → boilerplate filter (with the batch's SiteBoilerplate) → layout
// (hard-wrapped lines joined, one paragraph per line) → failed-page check.
// It reports every dropped line with its reason and counts every repair, so
// nothing is lost silently (`wenyuan clean --explain`). Stateless.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/boilerplate_filter.h"
#include "clean/text_repair.h"

namespace wenyuan::clean {

// How the text was laid out by whatever produced it.
enum class SourceLayout {
  kStructured,  // DOCX, XLSX, PPTX: lines are real paragraphs
  kWebPage,     // HTML: real paragraphs, with a site's chrome around the article when
                // it has a page's furniture (menus, buttons, share widgets, notices)
  kPlainText,   // .txt, .md, records: may be hard-wrapped
  kWebDump,     // crawled pages: hard-wrapped, full of navigation
  kPaged,       // PDF and OCR output: lines broken by page width
};

struct CleanedDocument {
  std::string text;                  // empty if the page failed
  std::vector<DroppedLine> dropped;  // boilerplate, with reasons
  RepairStats repairs;
  std::string failure;  // why the page is not worth indexing, or ""
  // Cover-page fields (出國人員, 報告日期 …) taken out of the text.
  DocumentFields fields;
};

// `title` is the title the reader found (an HTML page's <h1>), if any: on a
// web page the article starts below the line that repeats it.
CleanedDocument CleanDocument(std::string_view raw, SourceLayout layout, const SiteBoilerplate* site,
                              std::string_view title = {});

// A title for a document that came without one: its first short line that
// does not end a sentence (a heading), else the start of its first line.
std::string GuessTitle(std::string_view cleaned_text);

// The document's title from its structure: the subject of an official
// letter (主旨：…, without the closing formula 請查照), a 標題 / 題目 field,
// and `reader_title` (the first heading, the <title> less the site's name)
// unless it is a letterhead (an agency's name, with or without the kind of
// document: "北辰市政府資訊服務處　人民陳情案件回覆"), else GuessTitle. A
// 標題 field comes first; the reader's title comes before 主旨 when it is
// a heading (`reader_title_is_heading`), after it when it is only the
// first line of a plain text.
std::string ChooseTitle(std::string_view reader_title, bool reader_title_is_heading, std::string_view cleaned_text);

// True for a letterhead line: an agency's name, optionally followed by the
// kind of document (函, 公告, 新聞稿, 人民陳情案件回覆 …), and nothing else.
bool IsLetterhead(std::string_view line);

// "12 entities, 3 tags, ..." for the repairs that happened, or "".
std::string DescribeRepairs(const RepairStats& stats);

}  // namespace wenyuan::clean
