#include "clean/field_runs.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "clean/article_lines.h"
#include "clean/line_shape_words.h"
#include "clean/record_closings.h"
#include "clean/spaced_tables.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";
constexpr size_t kMaxLabel = 12;
constexpr size_t kMinHanFields = 3;
constexpr size_t kMinKept = 2;
constexpr size_t kNone = static_cast<size_t>(-1);

// The display column where a field's value starts ("   學歷： 國立…" → 10),
// or kNone when the line is no "label：value" field (a label of up to
// twelve characters, not counting a qualifier in brackets).
size_t ValueColumn(std::string_view raw) {
  constexpr size_t kMaxLabelChars = 30;  // with a qualifier in brackets
  size_t column = 0, label = 0, chars = 0, bracket = 0, pos = 0;
  bool in_label = false;
  while (pos < raw.size()) {
    const char32_t c = utf8::DecodeNext(raw, pos);
    if (c == U'：' || c == ':') {
      if (label == 0 || bracket > 0) return kNone;  // a time in brackets ("（07:00發車）") is no label's colon
      column += DisplayColumns(c);
      // The value: the first character past the blanks after the colon.
      while (pos < raw.size()) {
        const size_t before = pos;
        const char32_t v = utf8::DecodeNext(raw, pos);
        if (v != ' ' && v != U'\u3000') {
          pos = before;
          break;
        }
        column += DisplayColumns(v);
      }
      return pos < raw.size() ? column : kNone;
    }
    if (c == ' ' || c == U'\u3000') {
      if (in_label && c == ' ' && pos < raw.size() && raw[pos] == ' ') return kNone;  // a gap: cells, no label
    } else {
      // A qualifier in brackets does not lengthen the label
      // ("學費（2027/2028學年）：").
      if (c == U'（' || c == '(') {
        ++bracket;
      } else if ((c == U'）' || c == ')') && bracket > 0) {
        --bracket;
      } else if (IsSentencePunct(c) || (bracket == 0 && ++label > kMaxLabel) || ++chars > kMaxLabelChars) {
        return kNone;
      }
      in_label = true;
    }
    column += DisplayColumns(c);
  }
  return kNone;
}

size_t Indent(std::string_view raw) {
  size_t n = 0;
  while (n < raw.size() && raw[n] == ' ') ++n;
  return n;
}

// Where the block [i, end) opens with a short heading, no field nor
// sentence, over a row of buttons, the line after the buttons; over the
// fields themselves ("課程資料" over "所屬學院：…"), the line after it;
// else `i`.
size_t FieldsUnderHeading(const std::vector<PageLine>& lines, size_t i, size_t end) {
  constexpr size_t kMaxHeading = 20;
  const PageLine& h = lines[i];
  if (end - i < 3 || h.bullet || h.core.empty() || h.core.size() > kMaxHeading || HasSentenceEnd(h.core) ||
      ValueColumn(h.raw) != kNone || (!h.reason.empty() && h.reason != kOutside)) {
    return i;
  }
  if (!IsWidgetReason(lines[i + 1].reason)) {
    return !lines[i + 1].bullet && !HasSentencePunct(h.core) && ValueColumn(lines[i + 1].raw) != kNone ? i + 1 : i;
  }
  size_t k = i + 1;
  while (k < end && IsWidgetReason(lines[k].reason)) ++k;
  return k;
}

// The line at `end` is the text's own phone line ("咨询电话：…　投诉电话：…",
// "服務專線：…") right under its last sentence, with no blank line between.
bool ContactLineUnderSentence(const std::vector<PageLine>& lines, size_t end) {
  const PageLine& last = lines[end - 1];
  const PageLine& next = lines[end];
  if (!last.kept() || !HasSentenceEnd(last.core) || next.blank() || next.bullet ||
      (!next.reason.empty() && next.reason != kOutside) || ValueColumn(next.raw) == kNone) {
    return false;
  }
  const size_t colon = next.core.find_first_of(U"：:");
  const std::u32string_view label = std::u32string_view(next.core).substr(0, colon);
  return ContainsAnyOf(label, {U"電話", U"电话", U"熱線", U"热线", U"專線", U"专线"}) &&
         std::any_of(next.core.begin() + colon, next.core.end(), [](char32_t c) { return utf8::IsDecimalDigit(c); });
}

}  // namespace

std::vector<size_t> KeepWholeFieldRuns(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < lines.size() && !lines[end].blank()) ++end;
    // The record's heading over a row of its buttons ("路線 27B" over
    // "(BUTTON) 加入我的最愛 (BUTTON) 列印本頁"), then the fields.
    const size_t start = FieldsUnderHeading(lines, i, end);
    // Every line a field or a value's wrapped line; the first a field.
    bool shaped = true;
    size_t han_fields = 0, kept = 0, outside = 0, value_column = kNone;
    for (size_t k = start; k < end && shaped; ++k) {
      const PageLine& l = lines[k];
      // A government site's disclosure box, whose issuer, date and number
      // the head rules keep alone (clean/record_closings.h), stays so.
      if ((!l.reason.empty() && l.reason != kOutside) || IsDocumentField(l.core)) shaped = false;
      kept += l.reason.empty();
      outside += l.reason == kOutside;
      if (l.bullet) {
        shaped = false;
      } else if (const size_t column = ValueColumn(l.raw); column != kNone) {
        value_column = column;
        han_fields += IsLabelledField(l.core);
      } else if (value_column == kNone || Indent(l.raw) != value_column) {
        shaped = false;
      }
    }
    if (shaped && han_fields >= kMinHanFields && kept >= kMinKept && outside > 0) {
      for (size_t k = i; k < end; ++k) {
        if (lines[k].reason != kOutside || (k > i && k < start)) continue;
        lines[k].reason.clear();
        out.push_back(k);
      }
    }
    i = end;
  }
  return out;
}

size_t FieldTailEnd(const std::vector<PageLine>& lines, size_t end) {
  if (end == 0 || end >= lines.size() || lines[end - 1].blank()) return end;
  if (ValueColumn(lines[end - 1].raw) == kNone && !ContactLineUnderSentence(lines, end)) return end;
  size_t k = end;
  while (k < lines.size() && !lines[k].blank() && !lines[k].bullet &&
         (lines[k].reason.empty() || lines[k].reason == kOutside) && ValueColumn(lines[k].raw) != kNone) {
    ++k;
  }
  return k;
}

}  // namespace wenyuan::clean
