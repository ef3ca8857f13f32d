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
  kStructured,  // HTML, DOCX, XLSX, PPTX: lines are real paragraphs
  kPlainText,   // .txt, .md, records: may be hard-wrapped
  kWebDump,     // crawled pages: hard-wrapped, full of navigation
  kPaged,       // PDF and OCR output: lines broken by page width
};

struct CleanedDocument {
  std::string text;                  // empty if the page failed
  std::vector<DroppedLine> dropped;  // boilerplate, with reasons
  RepairStats repairs;
  std::string failure;  // why the page is not worth indexing, or ""
};

CleanedDocument CleanDocument(std::string_view raw, SourceLayout layout, const SiteBoilerplate* site);

// A title for a document that came without one: its first short line that
// does not end a sentence (a heading), else the start of its first line.
std::string GuessTitle(std::string_view cleaned_text);

// "12 entities, 3 tags, ..." for the repairs that happened, or "".
std::string DescribeRepairs(const RepairStats& stats);

}  // namespace wenyuan::clean
