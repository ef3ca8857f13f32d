// Page furniture: the running headers, footers and page numbers that a PDF
// repeats on every page and that are not part of the document's prose.
// Only lines near a page's edges (the first and last few non-empty lines)
// are ever removed, and only when they are one of:
//  - a page number in an unmistakable form: "第 3 頁", "第3页，共10页",
//    "Page 3 of 10", "p. 3", "第三頁";
//  - a bare number ("3", "- 3 -", "(3)", "iii", "3 / 10") that goes up with
//    the page: its value minus the page's index is the same on at least two
//    pages and on at least a third of the pages with text;
//  - a line that, with digits normalised and white space ignored, sits near
//    the edge of most pages (more than half of the pages with text, and at
//    least three), and there either reads the same on most pages
//    ("北辰市政府 內部文件") or differs only by a number that rises with the
//    page ("機密等級：普通 第 2 頁", "2 – 年度報告"). Lines that differ by
//    other numbers ("第5條", "第9條") are content and stay.
// Everything else is kept as it was. Pure functions; no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::ingest {

struct PageFurnitureOptions {
  size_t edge_lines = 3;        // non-empty lines at the top and at the bottom
  size_t min_repeat_pages = 3;  // a repeated line must be on at least this many pages
};

struct PagesWithoutFurniture {
  std::vector<std::string> pages;  // same count and order as the input
  size_t removed_lines = 0;
};

// `pages` are the texts of consecutive pages (page 1 first), lines split by '\n'.
PagesWithoutFurniture RemovePageFurniture(const std::vector<std::string>& pages,
                                          const PageFurnitureOptions& options = {});

// What a single line says about page numbering.
struct PageNumberLine {
  bool explicit_form = false;  // 第3頁, Page 3 of 10: a page number wherever it is
  bool roman = false;          // iii
  long value = 0;              // the page number written
};
// The page number a line consists of, or nullopt if it holds anything else.
std::optional<PageNumberLine> ParsePageNumberLine(std::string_view line);

}  // namespace wenyuan::ingest
