// TableTextLayout: lays out the text of a document made of paragraphs and
// (possibly nested) tables as lines, the way the DOCX and PPTX readers show
// it. A paragraph outside any table is one line; a table row is one line
// with its non-empty cells joined by " | "; inside a cell, paragraphs and
// the lines of a table nested in that cell are joined by a space, so a
// nested table stays in its cell. Empty paragraphs and rows give no line.
// Not thread-safe (one reader call owns one layout).
#pragma once

#include <string>
#include <vector>

namespace wenyuan::ingest {

class TableTextLayout {
 public:
  // A finished paragraph, trimmed by the caller; an empty one is dropped.
  void AddParagraph(const std::string& paragraph);
  void StartRow() { rows_.emplace_back(); }
  // A cell of the innermost open row; ignored outside any row.
  void StartCell() {
    if (!rows_.empty()) rows_.back().emplace_back();
  }
  // Ends the innermost open row; ignored outside any row.
  void EndRow();
  // The lines so far, each ending in '\n'; leaves the layout empty.
  std::string Finish() { return std::move(out_); }

 private:
  // Puts a line into the innermost open cell, or else into the output.
  void Place(const std::string& line);

  std::string out_;
  std::vector<std::vector<std::string>> rows_;  // open rows, innermost last
};

}  // namespace wenyuan::ingest
