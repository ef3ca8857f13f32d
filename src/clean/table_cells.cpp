#include "clean/table_cells.h"

#include <algorithm>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {

std::vector<std::string_view> TableCells(std::string_view line) {
  constexpr std::string_view kSeparator = " | ";
  std::vector<std::string_view> cells;
  for (size_t from = 0;;) {
    const size_t at = line.find(kSeparator, from);
    cells.push_back(utf8::Trim(line.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from)));
    if (at == std::string_view::npos) break;
    from = at + kSeparator.size();
  }
  return cells;
}

bool IsShortCellRow(std::string_view line) {
  constexpr size_t kMinCells = 3, kMaxCellChars = 8;
  const auto cells = TableCells(line);
  return cells.size() >= kMinCells && std::all_of(cells.begin(), cells.end(), [](std::string_view cell) {
           const std::u32string c = DecodeUtf32(cell);
           return !c.empty() && c.size() <= kMaxCellChars && !HasSentencePunct(c);
         });
}

}  // namespace wenyuan::clean
