#include "clean/record_rows.h"

#include <algorithm>
#include <string_view>

#include "clean/listing_fields.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";
constexpr char kButton[] = "button or form field";
constexpr size_t kMaxRow = 40;                  // characters of a row
constexpr size_t kMinCells = 2, kMaxCells = 6;  // cells of a row
constexpr size_t kMaxCell = 12;
constexpr size_t kMinLabel = 2, kMaxLabel = 6;  // Han characters of a leading label
constexpr size_t kMinBlock = 4, kMinRows = 3;
constexpr size_t kMaxHeading = 10;

// The row's cells (split at white space).
std::vector<std::u32string_view> Cells(const std::u32string& core) { return SpaceSeparatedWords(core); }

// No row: a link, a bar, a list's arrow, a notice's mark.
bool HasLinkMarks(const std::u32string& core) { return core.find_first_of(U"|｜>»›<©@[]【】") != std::u32string::npos; }

// A sentence's punctuation: Chinese, or Latin before a space ("112.0平米"
// and "1,204" are numbers).
bool HasSentenceMark(const std::u32string& core) {
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (std::u32string_view(U"。！？；，、").find(c) != std::u32string_view::npos) return true;
    if (std::u32string_view(U".,;!?").find(c) != std::u32string_view::npos &&
        (i + 1 == core.size() || core[i + 1] == U' ')) {
      return true;
    }
  }
  return false;
}

// Two to six short cells with no sentence in them.
bool IsWeakRow(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxRow || HasSentenceMark(core) || HasLinkMarks(core)) return false;
  const auto cells = Cells(core);
  if (cells.size() < kMinCells || cells.size() > kMaxCells) return false;
  for (std::u32string_view cell : cells) {
    if (cell.size() > kMaxCell) return false;
  }
  return true;
}

bool IsHanLabel(std::u32string_view cell) {
  if (cell.size() < kMinLabel || cell.size() > kMaxLabel) return false;
  for (char32_t c : cell) {
    if (!utf8::IsHan(c)) return false;
  }
  return true;
}

// "二手房 新房 租房 小区": a row of link labels, three or more cells each a
// bare word ("小区名称 棕北小区" is a label and its value).
bool AllBareWords(const std::vector<std::u32string_view>& cells) {
  if (cells.size() < 3) return false;
  for (std::u32string_view cell : cells) {
    if (!IsHanLabel(cell)) return false;
  }
  return true;
}

// "小区名称 棕北小区 (BUTTON) 地图": where the line is a row before a
// button, the row's length; else 0.
size_t RowBeforeButton(const PageLine& l) {
  const size_t at = l.raw.find("(BUTTON)");
  if (at == std::string_view::npos) return 0;
  size_t end = at;
  while (end > 0 && (l.raw[end - 1] == ' ' || l.raw[end - 1] == '\t')) --end;
  const std::u32string core = DecodeUtf32(utf8::Trim(l.raw.substr(0, end)));
  return IsRecordRow(core) ? end : 0;
}

// "草皮營位 6x8米 6人 NT$ 900 NT$ 1,200 (BUTTON) 預訂": where the line is a
// table's row (three cells or more, a number among them, no sentence, no
// link) before a button, the row's length; else 0.
size_t TableRowBeforeButton(const PageLine& l) {
  constexpr size_t kMinTableCells = 3, kMaxTableRow = 60;
  const size_t at = l.raw.find("(BUTTON)");
  if (at == std::string_view::npos) return 0;
  size_t end = at;
  while (end > 0 && (l.raw[end - 1] == ' ' || l.raw[end - 1] == '\t')) --end;
  const std::u32string core = DecodeUtf32(utf8::Trim(l.raw.substr(0, end)));
  const bool number = std::any_of(core.begin(), core.end(), [](char32_t c) { return IsAsciiDigit(c); });
  const bool row = core.size() <= kMaxTableRow && Cells(core).size() >= kMinTableCells && number &&
                   !HasSentenceMark(core) && !HasLinkMarks(core);
  return row ? end : 0;
}

// A line that may stand in a record's block: left out as a short line, or
// a row with a button after it.
bool MayBeInBlock(const PageLine& l) {
  if (l.blank() || l.bullet) return false;
  if (l.reason == kOutside || l.reason.empty()) return true;
  return l.reason == kButton && RowBeforeButton(l) > 0;
}

// "户型分间", "基本信息": a short heading of Han characters alone.
bool IsHeading(const PageLine& l) {
  return !l.blank() && !l.bullet && l.core.size() >= 2 && l.core.size() <= kMaxHeading &&
         CountHan(l.core) == l.core.size();
}

bool IsSoft(const std::string& reason) {
  return reason == kOutside || reason == "menu or link list" || reason == "current tab label";
}

// Gives back the headings over a block that starts at `first`: one right
// above it, and one more right above a kept group heading (a heading over
// headings).
void KeepHeadingsAbove(std::vector<PageLine>& lines, size_t first, std::vector<size_t>& paragraphs) {
  size_t k = first;
  for (int climbs = 0; climbs < 2; ++climbs) {
    size_t above = k;
    while (above > 0 && lines[above - 1].blank()) --above;
    if (above == 0) return;
    PageLine& h = lines[above - 1];
    if (!IsHeading(h)) return;
    if (!h.reason.empty()) {
      if (!IsSoft(h.reason)) return;
      h.reason.clear();
      paragraphs.push_back(above - 1);
    }
    k = above - 1;
  }
}

// Six "label value" fields or more kept in a block (at most two other
// lines between two of them): a record the main text holds already.
bool HasKeptFieldBlock(const std::vector<PageLine>& lines) {
  constexpr size_t kMinFields = 6, kMaxGap = 2;
  size_t fields = 0, gap = 0;
  for (const PageLine& l : lines) {
    if (l.blank()) continue;
    if (l.reason.empty() && IsListingField(l.core)) {
      fields = gap > kMaxGap ? 1 : fields + 1;
      gap = 0;
      if (fields >= kMinFields) return true;
    } else {
      ++gap;
    }
  }
  return false;
}

// "百公里耗电量(kWh/100km) 13.9", "电池类型                磷酸铁锂电池": a spec
// table's row as lynx spaces it, a label and one to five values parted by
// two spaces or more, no sentence, no link.
bool IsSpacedRow(const PageLine& l) {
  constexpr size_t kMaxSpacedCell = 24;
  const std::u32string core = DecodeUtf32(utf8::Trim(l.raw));
  if (core.empty() || core.size() > 2 * kMaxRow || HasSentenceMark(core) || HasLinkMarks(core)) return false;
  size_t cells = 0, cell = 0;
  for (size_t i = 0; i <= core.size(); ++i) {
    const bool gap = i == core.size() || (core[i] == U' ' && i + 1 < core.size() && core[i + 1] == U' ');
    if (!gap) {
      ++cell;
      continue;
    }
    if (cell > 0) {
      if (cell > kMaxSpacedCell) return false;
      ++cells;
    }
    cell = 0;
    while (i + 1 < core.size() && core[i + 1] == U' ') ++i;
  }
  return cells >= kMinCells && cells <= kMaxCells && utf8::IsHan(core.front());
}

// A record's "label value" row: led by a short Han label ("材質 316不鏽鋼",
// "產地 台灣"), a spec table's row, or a label with its unit and a value
// parted by one space ("百公里耗电量(kWh/100km) 13.9").
bool IsLabelValueRow(const PageLine& l) {
  constexpr size_t kMaxUnitLabel = 24;
  if (l.blank() || l.bullet) return false;
  if (IsWeakRow(l.core) && IsHanLabel(Cells(l.core).front()) && !AllBareWords(Cells(l.core))) return true;
  if (IsSpacedRow(l)) return true;
  const auto cells = Cells(l.core);
  return cells.size() == 2 && cells[0].size() <= kMaxUnitLabel && cells[1].size() <= kMaxCell &&
         utf8::IsHan(cells[0].front()) && cells[0].find(U'(') != std::u32string_view::npos &&
         !HasSentenceMark(l.core) && !HasLinkMarks(l.core);
}

// "电池/充电", "基本参数": a spec table's group heading, short, no space.
bool IsGroupHeading(const PageLine& l) {
  if (l.blank() || l.bullet || l.core.size() < 2 || l.core.size() > kMaxHeading) return false;
  for (char32_t c : l.core) {
    if (!utf8::IsHan(c) && c != U'/' && c != U'／') return false;
  }
  return true;
}

bool HasDigit(const std::u32string& core) {
  for (char32_t c : core) {
    if (IsAsciiDigit(c)) return true;
  }
  return false;
}

// The rows of a record whose part the main text kept (two "label value"
// rows or more together) that go on beyond it, left out as short lines or
// menus: below it on the next lines (a group heading among them: the spec
// table's next group), above it over blank lines and up to two lines the
// other rules dropped for what they are (a stock counter, the breadcrumb
// printed as a category). One of them at least holds a number.
void KeepRowsAroundKeptRows(std::vector<PageLine>& lines, std::vector<size_t>& paragraphs) {
  constexpr size_t kMinAnchor = 2, kMinGiven = 2, kMaxSkipped = 2;
  auto restorable = [&](const PageLine& l) { return IsSoft(l.reason) && IsLabelValueRow(l); };
  auto give_back = [&](const std::vector<size_t>& found) {
    bool number = false;
    for (size_t k : found) number |= HasDigit(lines[k].core);
    if (found.size() < kMinGiven || !number) return;
    for (size_t k : found) {
      lines[k].reason.clear();
      paragraphs.push_back(k);
    }
  };
  auto kept_row = [&](size_t k) { return k < lines.size() && lines[k].reason.empty() && IsLabelValueRow(lines[k]); };
  for (size_t i = 0; i < lines.size();) {
    // Kept rows together; a line another rule dropped for what it is may
    // stand between two ("庫存 2186").
    size_t end = i, anchor = 0;
    while (kept_row(end) || (end > i && end < lines.size() && !lines[end].blank() && !lines[end].reason.empty() &&
                             !IsSoft(lines[end].reason) && kept_row(end + 1))) {
      anchor += kept_row(end);
      ++end;
    }
    if (anchor < kMinAnchor) {
      i = end == i ? i + 1 : end;
      continue;
    }
    // Below: the next lines, with no blank line between.
    std::vector<size_t> below;
    for (size_t k = end; k < lines.size() && !lines[k].blank(); ++k) {
      if (restorable(lines[k]) ||
          (IsSoft(lines[k].reason) && IsGroupHeading(lines[k]) && k + 1 < lines.size() && restorable(lines[k + 1]))) {
        below.push_back(k);
      } else {
        break;
      }
    }
    give_back(below);
    // Above: over blank lines and a few lines dropped for what they are.
    std::vector<size_t> above;
    size_t skipped = 0;
    for (size_t k = i; k > 0;) {
      const PageLine& l = lines[--k];
      if (l.blank()) continue;
      if (restorable(l)) {
        above.push_back(k);
      } else if (!l.reason.empty() && !IsSoft(l.reason) && ++skipped <= kMaxSkipped) {
        continue;
      } else {
        break;
      }
    }
    give_back(above);
    i = end;
  }
}

}  // namespace

bool IsRecordRow(const std::u32string& core) {
  if (!IsWeakRow(core)) return false;
  const auto cells = Cells(core);
  bool number = false;
  for (char32_t c : core) number |= IsAsciiDigit(c);
  if (number) return true;
  return IsHanLabel(cells.front()) && !AllBareWords(cells);
}

std::vector<size_t> KeepRecordRows(std::vector<PageLine>& lines, const std::vector<size_t>& record) {
  std::vector<size_t> paragraphs;
  // Where the listing rule found no block (it knows its own block's ends).
  if (record.empty()) KeepRowsAroundKeptRows(lines, paragraphs);
  if (record.empty() && !HasKeptFieldBlock(lines)) return paragraphs;
  // A heading over the record's first group heading ("基本信息" over "基本属性").
  for (size_t k : record) {
    if (IsHeading(lines[k])) {
      KeepHeadingsAbove(lines, k, paragraphs);
      break;
    }
  }
  for (size_t i = 0; i < lines.size();) {
    if (!MayBeInBlock(lines[i]) && !(lines[i].reason == kOutside && IsHeading(lines[i]))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && (MayBeInBlock(lines[end]) || IsHeading(lines[end]))) ++end;
    size_t rows = 0, weak = 0, dropped = 0;
    for (size_t k = i; k < end; ++k) {
      const PageLine& l = lines[k];
      const bool button = l.reason == kButton;
      rows += button || IsRecordRow(l.core);
      weak += button || IsWeakRow(l.core);
      dropped += !l.reason.empty();
    }
    const size_t n = end - i;
    if (n >= kMinBlock && rows >= kMinRows && weak * 3 >= n * 2 && dropped > 0) {
      for (size_t k = i; k < end; ++k) {
        PageLine& l = lines[k];
        const bool heading = k == i && IsHeading(l) && !IsWeakRow(l.core);
        if (l.reason == kButton) {
          l.raw = l.raw.substr(0, RowBeforeButton(l));
          l.core = DecodeUtf32(utf8::Trim(l.raw));
          l.reason.clear();
        } else if (l.reason == kOutside && (heading || IsWeakRow(l.core))) {
          l.reason.clear();
        } else {
          continue;
        }
        paragraphs.push_back(k);  // a row is a paragraph of its own
      }
      KeepHeadingsAbove(lines, i, paragraphs);
    }
    i = end == i ? i + 1 : end;
  }
  return paragraphs;
}

std::vector<size_t> KeepButtonedTableRows(std::vector<PageLine>& lines) {
  constexpr size_t kMinHeaderCells = 3, kMinButtonedRows = 2;
  std::vector<size_t> rows;
  for (size_t i = 1; i < lines.size(); ++i) {
    PageLine& above = lines[i - 1];
    // The table's header, kept or left out as short words ("房型 床型 早餐 价格").
    const bool header_out = above.reason == kOutside && !HasSentenceMark(above.core) && !HasLinkMarks(above.core);
    if (above.blank() || (!above.reason.empty() && !header_out) || above.bullet ||
        Cells(above.core).size() < kMinHeaderCells) {
      continue;
    }
    size_t end = i;
    while (end < lines.size() && lines[end].reason == kButton && !lines[end].bullet &&
           TableRowBeforeButton(lines[end]) > 0) {
      ++end;
    }
    if (end - i < kMinButtonedRows) continue;
    if (header_out) {
      above.reason.clear();
      rows.push_back(i - 1);
    }
    for (size_t k = i; k < end; ++k) {
      PageLine& l = lines[k];
      l.raw = l.raw.substr(0, TableRowBeforeButton(l));
      l.core = DecodeUtf32(utf8::Trim(l.raw));
      l.reason.clear();
      rows.push_back(k);
    }
    i = end;
  }
  return rows;
}

namespace {

// Columns a dump gives `s`: two for a Han or full-width character.
size_t Columns(std::u32string_view s) {
  size_t width = 0;
  for (char32_t c : s)
    width += (utf8::IsHan(c) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFF60)) ? 2 : 1;
  return width;
}

// The column where a "label:   value" row's value starts (two spaces or
// more after the label's colon, a label of at most 12 characters); 0 when
// the line is no such row.
size_t ValueColumn(const PageLine& l) {
  constexpr size_t kMaxFieldLabel = 12;
  const std::u32string raw = DecodeUtf32(l.raw);
  const size_t colon = raw.find_first_of(U":：");
  if (colon == std::u32string::npos) return 0;
  size_t label = 0;
  while (label < colon && utf8::IsSpace(raw[label])) ++label;
  if (colon == label || colon - label > kMaxFieldLabel) return 0;
  size_t value = colon + 1;
  while (value < raw.size() && raw[value] == U' ') ++value;
  if (value >= raw.size() || value - colon < 3) return 0;
  return Columns(std::u32string_view(raw).substr(0, value));
}

size_t Indent(std::string_view raw) {
  size_t n = 0;
  while (n < raw.size() && raw[n] == ' ') ++n;
  return n;
}

}  // namespace

void KeepRowsTakenForFooters(std::vector<PageLine>& lines) {
  for (size_t i = 1; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    const PageLine& above = lines[i - 1];
    // "售楼处地址  …": a short Han label, two spaces or more, a value.
    auto label_gap = [](const PageLine& row) {
      const std::u32string core = DecodeUtf32(utf8::Trim(row.raw));
      size_t label = 0;
      while (label < core.size() && utf8::IsHan(core[label])) ++label;
      return label >= kMinLabel && label <= kMaxLabel + 1 && label + 2 < core.size() && core[label] == U' ' &&
             core[label + 1] == U' ' && !HasSentenceMark(core);
    };
    if (l.reason == "site licence or contact footer" && !above.blank() && above.reason.empty() && !l.bullet &&
        label_gap(above) && label_gap(l)) {
      l.reason.clear();
    }
  }
}

void KeepWrappedFieldValues(std::vector<PageLine>& lines) {
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank() || !lines[i].reason.empty()) continue;
    const size_t column = ValueColumn(lines[i]);
    if (column == 0) continue;
    for (size_t k = i + 1; k < lines.size() && !lines[k].blank() && Indent(lines[k].raw) == column; ++k) {
      if (lines[k].reason == kOutside) lines[k].reason.clear();
      i = k;
    }
  }
}

}  // namespace wenyuan::clean
