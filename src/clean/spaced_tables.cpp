#include "clean/spaced_tables.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "clean/link_lists.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinRows = 3;
constexpr size_t kMinCells = 3;
constexpr size_t kMinGap = 2;        // columns of white space between two cells
constexpr size_t kMinTimedRows = 5;  // a day's schedule: time and item, no other value

struct Cell {
  size_t begin = 0, end = 0;  // display columns, end excluded
  bool value = false;         // holds a number or a mark
  bool mark = false;          // is a mark alone ("—" for a row with nothing there)
  std::u32string text;
  size_t chars = 0;  // characters before the cell: its column where each counts as one
};

}  // namespace

size_t DisplayColumns(char32_t c) {
  if (c >= 0xFF61 && c <= 0xFFDC) return 1;  // half-width forms
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                 (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
                 (c >= 0x20000 && c <= 0x3FFFD)
             ? 2
             : 1;
}

namespace {

bool IsMark(char32_t c) { return std::u32string_view(U"✔✓✗✘×○●◎△▲▼◯—－-–/").find(c) != std::u32string_view::npos; }

bool IsMarkCell(std::u32string_view text) { return !text.empty() && std::all_of(text.begin(), text.end(), IsMark); }

// A cell's text holds a value: a digit, or is a mark alone. An age
// ("2周前", "5 個月前", "3 days ago") is a listing's stamp, not a value.
bool IsValueCell(std::u32string_view text) {
  if (text.ends_with(U"前") || text.ends_with(U"ago")) return false;
  if (std::any_of(text.begin(), text.end(), [](char32_t c) { return utf8::IsDecimalDigit(c); })) return true;
  return IsMarkCell(text);
}

// The cells of a line cut at gaps of two columns or more (an ideographic
// space is two columns); none for a list item, a picture, a link bar.
std::vector<Cell> CellsOf(const PageLine& l) {
  if (l.bullet || l.placeholder || l.blank() || l.raw.find(" | ") != std::string_view::npos) return {};
  std::vector<Cell> cells;
  std::u32string text;
  size_t column = 0, gap = 0, chars = 0, begin_chars = 0;
  auto close = [&](size_t at) {
    if (text.empty()) return;
    cells.push_back({at, column - gap, IsValueCell(text), IsMarkCell(text), text, begin_chars});
    text.clear();
  };
  size_t begin = 0;
  for (size_t pos = 0; pos < l.raw.size();) {
    const char32_t c = utf8::DecodeNext(l.raw, pos);
    const size_t w = c == '\t' ? kMinGap : DisplayColumns(c);
    ++chars;
    if (c == ' ' || c == '\t' || c == U'\u3000') {
      gap += w;
      column += w;
      continue;
    }
    if (gap >= kMinGap || text.empty()) {
      close(begin);
      begin = column;
      begin_chars = chars - 1;
    } else if (gap > 0) {
      text += ' ';
    }
    gap = 0;
    text += c;
    column += w;
  }
  // `column` ran past the trailing blanks: the last cell ends at its text.
  if (!text.empty()) cells.push_back({begin, column - gap, IsValueCell(text), IsMarkCell(text), text, begin_chars});
  return cells;
}

// Rows [begin, end) of `rows` fall into the same columns; `values` gets,
// per column (from 1), how many rows hold a value there.
bool Aligned(const std::vector<std::vector<Cell>>& rows, size_t begin, size_t end, std::vector<size_t>* values) {
  size_t width = 0;
  for (size_t r = begin; r < end; ++r) width = std::max(width, rows[r].back().end);
  std::vector<bool> used(width, false);
  for (size_t r = begin; r < end; ++r) {
    for (const Cell& c : rows[r]) std::fill(used.begin() + c.begin, used.begin() + c.end, true);
  }
  // Column number at each display column (the count of blank bands before it).
  std::vector<size_t> column_at(width, 0);
  size_t columns = 0;
  for (size_t x = 0; x < width; ++x) {
    if (used[x] && (x == 0 || !used[x - 1])) ++columns;
    column_at[x] = columns;
  }
  values->assign(columns + 1, 0);
  size_t most_cells = 0;
  for (size_t r = begin; r < end; ++r) {
    size_t last = 0, cells = 0;
    const Cell* previous = nullptr;
    for (const Cell& c : rows[r]) {
      const size_t col = column_at[c.begin];
      // Two cells in one column: no table, unless one is a mark alone
      // ("—     無公開行程" where other rows print "09:00 主持市政會議").
      if (col == last && !(c.mark || (previous != nullptr && previous->mark))) return false;
      if (col != last) {
        ++cells;
        (*values)[col] += c.value;
      }
      last = col;
      previous = &c;
    }
    most_cells = std::max(most_cells, cells);
  }
  return columns == most_cells;
}

// One column past the first holds values on most of the `n` rows (the
// header aside).
bool HasValueColumn(const std::vector<size_t>& values, size_t n) {
  for (size_t col = 2; col < values.size(); ++col) {
    if (values[col] >= 2 && values[col] * 3 >= (n - 1) * 2) return true;
  }
  return false;
}

// The minutes past midnight of a time of day ("6:30", "06:30", "06:30-07:00"
// by its start), or -1.
int TimeOfDay(std::u32string_view t) {
  const size_t colon = t.find(U':');
  if (colon == std::u32string_view::npos || colon == 0 || colon > 2 || t.size() < colon + 3) return -1;
  int hours = 0, minutes = 0;
  for (size_t k = 0; k < colon; ++k) {
    if (!utf8::IsDecimalDigit(t[k])) return -1;
    hours = hours * 10 + static_cast<int>(t[k] - U'0');
  }
  for (size_t k = colon + 1; k < colon + 3; ++k) {
    if (!utf8::IsDecimalDigit(t[k])) return -1;
    minutes = minutes * 10 + static_cast<int>(t[k] - U'0');
  }
  const std::u32string_view rest = t.substr(colon + 3);
  if (!rest.empty() && rest.find_first_of(U"-–~～至") != 0) return -1;
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : -1;
}

// A day's schedule in two spaced columns ("06:00   粵語長片" over "07:00
// 澳門早晨 [直播]"): five rows or more, each a time of day and an item,
// the times in order (once past midnight at most: a broadcast day), with
// the header right above if it has two cells and no value. A news feed's
// times run backwards, newest first, and are no schedule; stamps from 0:00
// with no header are a video's chapters.
void MarkTimedRows(const std::vector<PageLine>& lines, std::vector<bool>& out) {
  std::vector<std::vector<Cell>> rows(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    rows[i] = CellsOf(lines[i]);
    if (rows[i].size() != 2) rows[i].clear();
  }
  std::vector<size_t> values;
  for (size_t s = 0; s < lines.size();) {
    size_t e = s, wraps = 0;
    int last = -1;
    for (; e < lines.size() && !rows[e].empty(); ++e) {
      const int t = TimeOfDay(rows[e][0].text);
      if (t < 0 || (last >= 0 && t < last && ++wraps > 1)) break;
      if (!Aligned(rows, s, e + 1, &values)) break;
      last = t;
    }
    if (e - s < kMinTimedRows) {
      s = std::max(e, s + 1);
      continue;
    }
    size_t from = s;
    if (s > 0 && !rows[s - 1].empty() && !rows[s - 1][0].value && !rows[s - 1][1].value &&
        Aligned(rows, s - 1, e, &values)) {
      from = s - 1;
    }
    // Stamps from 0:00 with no header over them: a video's chapters.
    if (from == s && TimeOfDay(rows[s][0].text) == 0) {
      s = e;
      continue;
    }
    bool related = false;
    for (size_t k = from, seen = 0; k > 0 && seen < 2 && !related;) {
      --k;
      if (lines[k].blank()) continue;
      ++seen;
      related = IsRelatedHeading(lines[k].core);
    }
    if (!related) std::fill(out.begin() + static_cast<long>(from), out.begin() + static_cast<long>(e), true);
    s = e;
  }
}

// A table whose page aligned its columns by hand: a header of names (three
// or more cells, no value) over rows whose cells start within a few columns
// of a header cell each, in order; a cell that runs over the next header
// cells' starts stands for them too ("上午9時30分 DCCJ 3127/2025" under
// "時間" and "案件編號", the page joined them with one space). Rows run to a
// blank line. A page that prints the same header over several sections'
// rows (a court's cause list, a clinic's rota per department) is one table.
// Display columns a hand-aligned cell strays from its header's: a few, and
// more far from the margin. A page that counted each Chinese character as
// one column aligned its cells by characters: they may match so instead.
constexpr size_t kMaxDrift = 6, kDriftPerColumn = 8;

struct HeadedBlock {
  size_t header = 0, end = 0;  // the header line and the end of its rows
  std::vector<size_t> values;  // per header column, rows holding a value there
};

size_t Distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

bool IsHeaderRow(const std::vector<Cell>& cells) {
  return cells.size() >= kMinCells &&
         std::none_of(cells.begin(), cells.end(), [](const Cell& c) { return c.value || c.mark; });
}

// The header columns `row` covers, counted into `values`; false when a cell
// starts near no header cell or out of order. Columns are counted one way
// over the whole row: on the screen, or one a character.
bool CoveredAs(const std::vector<Cell>& header, const std::vector<Cell>& row, bool by_chars,
               std::vector<size_t>& values) {
  auto begin = [by_chars](const Cell& c) { return by_chars ? c.chars : c.begin; };
  auto end = [by_chars](const Cell& c) { return by_chars ? c.chars + c.text.size() : c.end; };
  size_t next = 0, covered = 0;
  for (const Cell& c : row) {
    size_t col = header.size(), best = SIZE_MAX;
    for (size_t k = next; k < header.size(); ++k) {
      const size_t d = Distance(begin(c), begin(header[k]));
      if (d < best && d <= std::max(kMaxDrift, begin(header[k]) / kDriftPerColumn)) best = d, col = k;
    }
    if (col == header.size()) return false;
    // A cell that runs over the next header cells' starts stands for them.
    for (next = col; next < header.size() && (next == col || begin(header[next]) + kMaxDrift < end(c)); ++next) {
      values[next] += c.value;
      ++covered;
    }
  }
  return covered + 1 >= header.size();
}

bool UnderHeader(const std::vector<Cell>& header, const std::vector<Cell>& row, std::vector<size_t>& values) {
  for (bool by_chars : {false, true}) {
    std::vector<size_t> counted(values.size(), 0);
    if (!CoveredAs(header, row, by_chars, counted)) continue;
    for (size_t k = 0; k < values.size(); ++k) values[k] += counted[k];
    return true;
  }
  return false;
}

void MarkHeadedRows(const std::vector<PageLine>& lines, const std::vector<std::vector<Cell>>& rows,
                    std::vector<bool>& out) {
  std::vector<HeadedBlock> blocks;
  for (size_t h = 0; h + 1 < lines.size(); ++h) {
    if (!IsHeaderRow(rows[h])) continue;
    HeadedBlock b{h, h + 1, std::vector<size_t>(rows[h].size(), 0)};
    while (b.end < lines.size() && !rows[b.end].empty() && UnderHeader(rows[h], rows[b.end], b.values)) ++b.end;
    if (b.end > h + 1) blocks.push_back(std::move(b));
  }
  for (const HeadedBlock& b : blocks) {
    // Rows and values over every block under the same header.
    size_t n = 0;
    std::vector<size_t> values(b.values.size(), 0);
    for (const HeadedBlock& o : blocks) {
      if (lines[o.header].core != lines[b.header].core) continue;
      n += o.end - o.header - 1;
      for (size_t k = 0; k < values.size(); ++k) values[k] += o.values[k];
    }
    bool related = false;
    for (size_t k = b.header, seen = 0; k > 0 && seen < 2 && !related;) {
      --k;
      if (lines[k].blank()) continue;
      ++seen;
      related = IsRelatedHeading(lines[k].core);
    }
    bool valued = false;
    for (size_t k = 1; k < values.size(); ++k) valued = valued || (values[k] >= 2 && values[k] * 3 >= n * 2);
    if (n >= 2 && valued && !related) {
      std::fill(out.begin() + static_cast<long>(b.header), out.begin() + static_cast<long>(b.end), true);
    }
  }
}

}  // namespace

std::vector<bool> SpacedTableRows(const std::vector<PageLine>& lines) {
  std::vector<bool> out(lines.size(), false);
  std::vector<std::vector<Cell>> rows(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    rows[i] = CellsOf(lines[i]);
    if (rows[i].size() < kMinCells) rows[i].clear();
  }
  for (size_t s = 0; s < lines.size();) {
    // The longest run of aligned rows from s.
    size_t e = s;
    std::vector<size_t> values, next;
    while (e < lines.size() && !rows[e].empty() && Aligned(rows, s, e + 1, &next)) {
      values.swap(next);
      ++e;
    }
    // Under a "related" heading ("相關主題" over "主題  回覆  瀏覽"), the
    // rows are other items with their counts, a list of links (the
    // heading right above the rows, or above their header line).
    bool related = false;
    for (size_t k = s, seen = 0; k > 0 && seen < 2 && !related;) {
      --k;
      if (lines[k].blank()) continue;
      ++seen;
      related = IsRelatedHeading(lines[k].core);
    }
    if (e - s >= kMinRows && HasValueColumn(values, e - s)) {
      if (!related) std::fill(out.begin() + static_cast<long>(s), out.begin() + static_cast<long>(e), true);
      s = e;
    } else {
      ++s;
    }
  }
  MarkTimedRows(lines, out);
  MarkHeadedRows(lines, rows, out);
  return out;
}

void MarkSpacedTables(std::vector<PageLine>& lines) {
  const std::vector<bool> rows = SpacedTableRows(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (rows[i]) lines[i].table = true;
  }
}

std::optional<size_t> TableLegendBelow(const std::vector<PageLine>& lines, size_t end) {
  constexpr size_t kMaxMark = 6, kMinMarks = 2, kRowsScanned = 120;
  size_t i = end;
  while (i < lines.size() && lines[i].blank()) ++i;
  if (i >= lines.size() || lines[i].bullet ||
      (!lines[i].reason.empty() && lines[i].reason != "outside the main text")) {
    return std::nullopt;
  }
  // The marks in brackets on the line, brackets included.
  std::vector<std::u32string> marks;
  const std::u32string& c = lines[i].core;
  for (size_t k = 0; k < c.size(); ++k) {
    const size_t close = std::u32string_view(U"[【（(").find(c[k]);
    if (close == std::u32string_view::npos) continue;
    const size_t e = c.find(U"]】）)"[close], k + 1);
    if (e == std::u32string::npos || e - k - 1 == 0 || e - k - 1 > kMaxMark) continue;
    marks.push_back(c.substr(k, e - k + 1));
    k = e;
  }
  size_t shown = 0;
  for (const std::u32string& m : marks) {
    for (size_t r = end; r > 0 && end - r < kRowsScanned;) {
      --r;
      if (lines[r].table && lines[r].core.find(m) != std::u32string::npos) {
        ++shown;
        break;
      }
    }
  }
  if (shown < kMinMarks) return std::nullopt;
  return i;
}

}  // namespace wenyuan::clean
