#include "clean/table_link_cells.h"

#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinRows = 3;
constexpr size_t kMinCells = 3;      // cells of a row, the link cell among them
constexpr size_t kMinLinkWords = 2;  // words of the link cell
constexpr size_t kMaxLinkWord = 6;   // characters of one link label
constexpr size_t kNone = static_cast<size_t>(-1);

struct Cells {
  size_t count = 0;
  size_t last_gap = kNone;  // byte offset where the gap before the last cell starts
  std::string_view last;    // the last cell
};

// The cells of `raw` parted by two ASCII spaces or more.
Cells SplitCells(std::string_view raw) {
  Cells out;
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
  size_t i = 0;
  while (i < raw.size() && raw[i] == ' ') ++i;
  if (i == raw.size()) return out;
  out.count = 1;
  size_t cell_start = i;
  while (i < raw.size()) {
    if (raw[i] != ' ') {
      ++i;
      continue;
    }
    size_t gap = i;
    while (i < raw.size() && raw[i] == ' ') ++i;
    if (i - gap >= 2 && i < raw.size()) {
      ++out.count;
      out.last_gap = gap;
      cell_start = i;
    }
  }
  out.last = raw.substr(cell_start);
  return out;
}

// "变动详情 股吧 行情": two short words or more, Han, no digit.
bool IsLinkCell(std::string_view cell) {
  size_t words = 0, chars = 0, han = 0;
  for (size_t pos = 0; pos < cell.size();) {
    const char32_t c = utf8::DecodeNext(cell, pos);
    if (c == ' ') {
      if (chars > 0) ++words;
      chars = 0;
      continue;
    }
    if (IsAsciiDigit(c) || (c >= U'\uFF10' && c <= U'\uFF19') || IsSentencePunct(c) || ++chars > kMaxLinkWord)
      return false;
    han += utf8::IsHan(c);
  }
  if (chars > 0) ++words;
  return words >= kMinLinkWords && han > 0;
}

bool IsRow(const PageLine& l, const Cells& c) { return l.kept() && !l.bullet && c.count >= kMinCells; }

void Cut(PageLine& l, size_t at) {
  PageLine cut = MakePageLine(l.raw.substr(0, at));
  l.raw = cut.raw;
  l.core = std::move(cut.core);
}

}  // namespace

void CutRepeatedLinkCells(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size();) {
    const Cells first = SplitCells(lines[i].raw);
    if (!IsRow(lines[i], first) || !IsLinkCell(first.last)) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < lines.size()) {
      const Cells c = SplitCells(lines[end].raw);
      if (!IsRow(lines[end], c) || c.count != first.count || c.last != first.last) break;
      ++end;
    }
    if (end - i >= kMinRows) {
      for (size_t k = i; k < end; ++k) Cut(lines[k], SplitCells(lines[k].raw).last_gap);
      if (i > 0 && lines[i - 1].kept()) {
        const Cells header = SplitCells(lines[i - 1].raw);
        if (header.count == first.count && !header.last.empty() && !IsAsciiDigit(header.last.front())) {
          Cut(lines[i - 1], header.last_gap);
        }
      }
    }
    i = end;
  }
}

}  // namespace wenyuan::clean
