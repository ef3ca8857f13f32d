#include "clean/record_rows.h"

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

}  // namespace wenyuan::clean
