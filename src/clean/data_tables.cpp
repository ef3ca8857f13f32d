#include "clean/data_tables.h"

#include "clean/spaced_tables.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxTableLines = 600;  // a caption's table ends at a blank line, or here
constexpr size_t kMaxFieldChars = 8;    // "中文名", "主管部门", "类    别"
constexpr size_t kMaxValueChars = 120;
constexpr size_t kMinFieldIndent = 3;  // the value sits this much deeper than its field
constexpr size_t kMinPairs = 3;
constexpr size_t kProseReach = 3;  // non-blank lines between an infobox and the article's text

size_t Indent(std::string_view raw) {
  size_t n = 0;
  while (n < raw.size() && (raw[n] == ' ' || raw[n] == '\t')) ++n;
  return n;
}

bool StartsWithCaption(const std::u32string& core) { return core.starts_with(U"CAPTION:"); }

// "中文名", "类    别": a field's label, short, with Han and no punctuation.
bool IsFieldLabel(const PageLine& l) {
  if (l.bullet || l.blank()) return false;
  size_t chars = 0;
  for (char32_t c : l.core) chars += !utf8::IsSpace(c);
  return chars >= 2 && chars <= kMaxFieldChars && CountHan(l.core) >= 1 && !HasSentencePunct(l.core);
}

// The line after `field` is its value: indented deeper, not a list item.
bool IsFieldValue(const PageLine& field, const PageLine& value) {
  return !value.blank() && !value.bullet && !value.core.empty() && value.core.size() <= kMaxValueChars &&
         Indent(value.raw) >= Indent(field.raw) + kMinFieldIndent;
}

// Is there a line of prose within kProseReach non-blank lines of [begin, end)?
bool BesideProse(const std::vector<PageLine>& lines, size_t begin, size_t end) {
  for (size_t i = begin, seen = 0; i > 0 && seen < kProseReach;) {
    --i;
    if (lines[i].blank()) continue;
    ++seen;
    if (IsProse(lines[i])) return true;
  }
  for (size_t i = end, seen = 0; i < lines.size() && seen < kProseReach; ++i) {
    if (lines[i].blank()) continue;
    ++seen;
    if (IsProse(lines[i])) return true;
  }
  return false;
}

void MarkCaptionedTables(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!StartsWithCaption(lines[i].core)) continue;
    lines[i].table = true;
    size_t j = NextNonBlank(lines, i + 1);
    for (size_t n = 0; j < lines.size() && !lines[j].blank() && n < kMaxTableLines; ++j, ++n) lines[j].table = true;
    i = j;
  }
}

void MarkInfoboxes(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size();) {
    // The pairs from i on: field, value, at most one blank line, field, …
    std::vector<size_t> members;
    size_t k = i, pairs = 0;
    while (k + 1 < lines.size() && IsFieldLabel(lines[k]) && IsFieldValue(lines[k], lines[k + 1])) {
      members.push_back(k);
      members.push_back(k + 1);
      ++pairs;
      size_t next = k + 2;
      if (next < lines.size() && lines[next].blank()) ++next;
      k = next;
    }
    if (pairs >= kMinPairs && BesideProse(lines, i, members.back() + 1)) {
      for (size_t m : members) lines[m].table = true;
      i = members.back() + 1;
    } else {
      ++i;
    }
  }
}

// "機關代碼          3.80.20.10", "聯絡人            黃先生": a form's field
// and its value on one row, a gap of two spaces or more between them; the
// label short, with Han and no punctuation. Returns false for other lines.
// A line the menu rules took for a list may be one.
bool KeptOrListed(const PageLine& l) { return l.reason.empty() || l.reason == "menu or link list"; }

// "屆    期   第11屆…" → "屆期   第11屆…": a label spread over its column,
// one Han character a piece, drawn together; other lines as they are.
std::u32string WithSpreadLabelJoined(const std::u32string& c) {
  constexpr size_t kMaxSpreadLabel = 4;
  auto is_gap = [](char32_t ch) { return utf8::IsSpace(ch) || ch == U'\u3000'; };
  std::u32string label;
  size_t i = 0;
  while (i < c.size() && label.size() < kMaxSpreadLabel && utf8::IsHan(c[i]) &&
         (i + 1 >= c.size() || is_gap(c[i + 1]))) {
    label += c[i++];
    size_t next = i;
    while (next < c.size() && is_gap(c[next])) ++next;
    // The label ends where a piece longer than one character follows.
    if (next >= c.size() || next + 1 >= c.size() || !utf8::IsHan(c[next]) || !is_gap(c[next + 1])) break;
    i = next;
  }
  size_t value = i;
  while (value < c.size() && is_gap(c[value])) ++value;
  if (label.size() < 2 || c.size() - value < 2) return c;  // "上    中    下": no value
  return label + c.substr(i);
}

bool IsFieldRow(const PageLine& l) {
  constexpr size_t kMinGap = 2;
  if (l.bullet || l.blank() || !KeptOrListed(l) || l.core.size() > kMaxValueChars + kMaxFieldChars) return false;
  const std::u32string c = WithSpreadLabelJoined(l.core);
  size_t gap = 0, label_end = 0;
  for (size_t i = 0; i < c.size(); ++i) {
    const bool space = utf8::IsSpace(c[i]) || c[i] == U'\u3000';
    if (!space) {
      if (gap >= kMinGap) break;
      gap = 0;
      label_end = i + 1;
      continue;
    }
    gap += c[i] == U'\u3000' ? kMinGap : 1;  // an ideographic space is as wide as two
  }
  if (label_end == 0 || label_end >= c.size() || gap < kMinGap) return false;
  const std::u32string label = c.substr(0, label_end);
  if (label.size() < 2 || label.size() > kMaxFieldChars || CountHan(label) < 2 || HasSentencePunct(label)) return false;
  for (char32_t ch : label) {
    if (utf8::IsSpace(ch) || ch == ':' || ch == U'：' || ch == '|' || ch == U'｜') return false;
  }
  return c.find(U'|') == std::u32string::npos;
}

// "機關資料" over a block of field rows: the section's name.
bool IsSectionName(const PageLine& l) {
  return !l.bullet && !l.blank() && KeptOrListed(l) && l.core.size() >= 2 && l.core.size() <= kMaxFieldChars &&
         CountHan(l.core) == l.core.size() && !HasSentencePunct(l.core);
}

// A form printed field by field (a tender notice, a registration record):
// at least three field rows, in blocks under section names, one blank
// line at most between blocks.
void MarkFieldRowBlocks(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size();) {
    std::vector<size_t> members;
    size_t rows = 0, k = i, end = i;
    while (k < lines.size()) {
      if (IsFieldRow(lines[k])) {
        ++rows;
      } else if (!IsSectionName(lines[k]) || k + 1 >= lines.size() || !IsFieldRow(lines[k + 1])) {
        break;
      }
      members.push_back(k);
      end = ++k;
      if (k < lines.size() && lines[k].blank()) ++k;
    }
    if (rows >= kMinPairs) {
      for (size_t m : members) {
        lines[m].table = true;
        lines[m].form_row = IsFieldRow(lines[m]);
      }
      i = end;
    } else {
      ++i;
    }
  }
}

}  // namespace

void MarkDataTables(std::vector<PageLine>& lines) {
  MarkCaptionedTables(lines);
  MarkInfoboxes(lines);
  MarkFieldRowBlocks(lines);
  MarkSpacedTables(lines);
}

}  // namespace wenyuan::clean
