#include "clean/summary_boxes.h"

#include <string>
#include <string_view>

#include "clean/line_shape_words.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinRows = 4;
constexpr size_t kMaxLabel = 10;
constexpr size_t kMinValue = 2;

// "公告概要：": a short label and its colon, nothing else.
bool IsBareLabel(const PageLine& l) {
  const std::u32string& c = l.core;
  return !l.bullet && c.size() >= 3 && c.size() <= kMaxLabel + 1 && IsColon(c.back()) && CountHan(c) + 1 == c.size();
}

// The value of a spaced row ("采购单位    鄱湖县人民医院" → "鄱湖县人民医院"):
// a label of Han characters, a space, then the value's first word; "" when
// the line is no such row.
std::u32string RowValue(const PageLine& l) {
  const std::u32string& c = l.core;
  if (l.bullet || HasSentenceEnd(c)) return {};
  size_t k = 0;
  while (k < c.size() && utf8::IsHan(c[k])) ++k;
  if (k == 0 || k > kMaxLabel || k == c.size() || !utf8::IsSpace(c[k])) return {};
  while (k < c.size() && utf8::IsSpace(c[k])) ++k;
  size_t end = k;
  while (end < c.size() && !utf8::IsSpace(c[end])) ++end;
  if (end - k < kMinValue) return {};
  return c.substr(k, end - k);
}

}  // namespace

void MarkSummaryBoxes(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    size_t end = i;
    std::vector<std::u32string> values;
    while (end < lines.size() && lines[end].kept()) {
      if (IsBareLabel(lines[end])) {
        ++end;
        continue;
      }
      std::u32string value = RowValue(lines[end]);
      if (value.empty()) break;
      values.push_back(std::move(value));
      ++end;
    }
    if (values.size() < kMinRows || (end < lines.size() && lines[end].kept())) {
      i = end;
      continue;
    }
    // The kept text below the box, without its spaces.
    std::u32string below;
    for (size_t k = end; k < lines.size(); ++k) {
      if (lines[k].kept()) below += WithoutSpaces(lines[k].core);
    }
    size_t repeated = 0;
    for (const std::u32string& v : values) repeated += below.find(v) != std::u32string::npos ? 1 : 0;
    if (3 * repeated >= 2 * values.size()) {
      for (size_t k = i; k < end; ++k) lines[k].reason = kSummaryBox;
    }
    i = end;
  }
}

}  // namespace wenyuan::clean
