#include "clean/counted_lists.h"

#include <string>
#include <string_view>

#include "clean/record_item_lists.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeading = 60;
constexpr size_t kMaxItem = 30;
constexpr size_t kMinItems = 3;
constexpr size_t kMaxItems = 500;

// Measure words of things a record enumerates: stops, items, departments,
// rows, places, people, kinds, sessions.
constexpr std::u32string_view kMeasureWords = U"站個个項项科條条處处家所間间名位種种件款門门座棟栋班場场筆笔類类區区";

size_t DigitValue(char32_t c) {
  if (c >= U'0' && c <= U'9') return c - U'0';
  if (c >= U'０' && c <= U'９') return c - U'０';
  return 10;
}

// The number an item starts with ("12. 塔湾" → 12, with its text after
// it in `text`), 0 if it starts with none.
size_t ItemNumber(const std::u32string& core, std::u32string_view* text) {
  size_t value = 0, i = 0;
  for (; i < core.size() && i < 3 && DigitValue(core[i]) < 10; ++i) value = value * 10 + DigitValue(core[i]);
  if (i == 0 || i + 1 >= core.size() || (core[i] != U'.' && core[i] != U'、' && core[i] != U'．')) return 0;
  *text = utf8::Trim(std::u32string_view(core).substr(i + 1));
  return text->empty() ? 0 : value;
}

bool IsShortItemText(std::u32string_view text) {
  return !text.empty() && text.size() <= kMaxItem && !HasSentenceEnd(std::u32string(text));
}

// The end of the N items from `from` (blank lines between them allowed),
// or `from` if there are not exactly N of them.
size_t CountedItemsEnd(const std::vector<PageLine>& lines, size_t from, size_t n) {
  const size_t first = NextNonBlank(lines, from);
  if (first >= lines.size()) return from;
  const bool bulleted = lines[first].bullet;
  size_t seen = 0, end = from;
  for (size_t k = first; k < lines.size(); k = NextNonBlank(lines, k + 1)) {
    const PageLine& l = lines[k];
    std::u32string_view text;
    const size_t number = bulleted ? 0 : ItemNumber(l.core, &text);
    const bool item = ReclaimableForRecord(l) &&
                      (bulleted ? l.bullet && IsShortItemText(l.core) : number == seen + 1 && IsShortItemText(text));
    if (!item) break;
    if (++seen > n) return from;  // more items than the heading says
    end = k + 1;
  }
  return seen == n ? end : from;
}

}  // namespace

size_t StatedCount(const std::u32string& core) {
  for (size_t at = core.find(U'共'); at != std::u32string::npos; at = core.find(U'共', at + 1)) {
    size_t value = 0, i = at + 1;
    for (; i < core.size() && i <= at + 3 && DigitValue(core[i]) < 10; ++i) value = value * 10 + DigitValue(core[i]);
    if (i > at + 1 && i < core.size() && kMeasureWords.find(core[i]) != std::u32string_view::npos) return value;
  }
  return 0;
}

std::vector<size_t> KeepCountedLists(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  for (size_t h = 1; h < lines.size(); ++h) {
    const PageLine& heading = lines[h];
    if (heading.blank() || heading.bullet || !ReclaimableForRecord(heading) || heading.core.size() > kMaxHeading)
      continue;
    const size_t n = StatedCount(heading.core);
    if (n < kMinItems || n > kMaxItems) continue;
    size_t above = h;
    while (above > 0 && lines[above - 1].blank()) --above;
    if (above == 0 || !lines[above - 1].kept()) continue;
    const size_t end = CountedItemsEnd(lines, h + 1, n);
    if (end == h + 1) continue;
    for (size_t k = h; k < end; ++k) {
      if (lines[k].blank() || lines[k].kept()) continue;
      lines[k].reason.clear();
      out.push_back(k);
    }
    h = end - 1;
  }
  return out;
}

}  // namespace wenyuan::clean
