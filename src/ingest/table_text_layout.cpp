#include "ingest/table_text_layout.h"

namespace wenyuan::ingest {

void TableTextLayout::AddParagraph(const std::string& paragraph) {
  if (!paragraph.empty()) Place(paragraph);
}

void TableTextLayout::EndRow() {
  if (rows_.empty()) return;
  std::string line;
  for (const auto& cell : rows_.back()) {
    if (cell.empty()) continue;
    if (!line.empty()) line += " | ";
    line += cell;
  }
  rows_.pop_back();
  if (!line.empty()) Place(line);  // a table inside a cell stays in that cell
}

void TableTextLayout::Place(const std::string& line) {
  if (!rows_.empty() && !rows_.back().empty()) {
    std::string& cell = rows_.back().back();
    if (!cell.empty()) cell += ' ';
    cell += line;
    return;
  }
  out_ += line;
  out_ += '\n';
}

}  // namespace wenyuan::ingest
