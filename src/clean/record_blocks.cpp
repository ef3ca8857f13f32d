#include "clean/record_blocks.h"

#include <algorithm>
#include <string_view>

#include "clean/line_shape_words.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxLabel = 12;       // a definition's label or a field's label, in characters
constexpr size_t kMinDeeper = 3;       // a value sits this much deeper than its label
constexpr size_t kMinDefinitions = 4;  // labels over values in a definition list
constexpr size_t kMaxHeading = 16;     // a group's or a section's heading
constexpr size_t kMinGroups = 2;       // specification groups between kept lines
constexpr size_t kMinGroupItems = 3;   // items under a group's heading
constexpr size_t kMinKeptInBlock = 3;  // kept lines of a record block
constexpr size_t kMinTitle = 4;        // a record's title, in characters
constexpr size_t kMaxTitle = 50;
constexpr size_t kMaxTitleBlock = 2;  // lines of the title block over a record block
constexpr size_t kMinCells = 3;       // cells of a table's row
constexpr size_t kMinCards = 2;       // people's cards under a heading
constexpr size_t kMaxCardLine = 8;    // a card's name or title
constexpr size_t kMaxVersionLine = 16;
constexpr size_t kMaxChangeLine = 80;  // a line of a release's notes

// Reasons that say a line was only left out, not what it is.
bool LeftOut(const PageLine& l) {
  return !l.blank() && EqualsAny(l.reason, {"outside the main text", "menu or link list", "copyright notice",
                                            "headline list printed again", "related-articles list"});
}

size_t Indent(std::string_view raw) {
  size_t n = 0;
  while (n < raw.size() && raw[n] == ' ') ++n;
  return n;
}

size_t NonSpaceChars(const std::u32string& s) {
  size_t n = 0;
  for (char32_t c : s) n += !(utf8::IsSpace(c) || c == U'\u3000');
  return n;
}

bool AnyKeptBefore(const std::vector<PageLine>& lines, size_t i) {
  for (size_t k = 0; k < i; ++k) {
    if (lines[k].kept()) return true;
  }
  return false;
}

// "提供者", "年齡分級", "Copyright": a short label, no sentence punctuation.
bool IsShortLabel(const PageLine& l) {
  if (l.blank() || l.bullet) return false;
  const size_t chars = NonSpaceChars(l.core);
  return chars >= 1 && chars <= kMaxLabel && !HasSentencePunct(l.core);
}

// "作業系統： Windows 10", "時　　間：中華民國…": a label of at most
// kMaxLabel characters, a colon and a value.
bool IsColonField(const std::u32string& core) {
  size_t label = 0;
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (c == U'：' || c == ':') {
      return label >= 1 && NonSpaceChars(core.substr(i + 1)) >= 1;
    }
    if (utf8::IsSpace(c) || c == U'\u3000') continue;
    if (IsSentencePunct(c) || ++label > kMaxLabel) return false;
  }
  return false;
}

// "排名 球隊    出賽 勝-和-敗   勝率": kMinCells cells or more parted by
// gaps of two spaces or more (an ideographic space counts as two).
bool IsCellRow(const std::u32string& core) { return SpacedCells(core) >= kMinCells && !HasSentenceEnd(core); }

// "最低配備：", "推荐配置:": a group's heading, short and ending in a colon.
bool IsGroupHeading(const PageLine& l) {
  if (l.blank() || l.bullet || l.core.empty()) return false;
  const char32_t last = l.core.back();
  return (last == U'：' || last == ':') && NonSpaceChars(l.core) <= kMaxHeading;
}

// "系統需求", "資訊": a section's heading, short, no punctuation, no colon.
bool IsSectionHeading(const PageLine& l) {
  if (l.blank() || l.bullet) return false;
  const size_t chars = NonSpaceChars(l.core);
  if (chars < 2 || chars > kMaxLabel || HasSentencePunct(l.core)) return false;
  return l.core.find(U'：') == std::u32string::npos && l.core.find(U':') == std::u32string::npos;
}

// A record's title: a line of kMinTitle to kMaxTitle characters, no
// sentence end, no bar or link marker, not a list item.
bool IsTitleLike(const PageLine& l) {
  if (l.blank() || l.bullet || l.placeholder) return false;
  const size_t chars = NonSpaceChars(l.core);
  if (chars < kMinTitle || chars > kMaxTitle || HasSentenceEnd(l.core)) return false;
  for (char32_t c : l.core) {
    if (c == U'|' || c == U'｜' || c == U'>' || c == U'[' || c == U'，' || c == U',') return false;
  }
  // "以作者查詢… 、勘誤回報 、…": link labels run together.
  if (std::count(l.core.begin(), l.core.end(), U'、') >= 2) return false;
  return CountHan(l.core) >= 2;
}

bool HasDigit(const std::u32string& s) {
  for (char32_t c : s) {
    if (IsAsciiDigit(c)) return true;
  }
  return false;
}

void Restore(std::vector<PageLine>& lines, size_t i, std::vector<size_t>* out) {
  lines[i].reason.clear();
  out->push_back(i);
}

// The definition list that starts at `i` (labels at i's indent, each over
// deeper lines); returns its end (one past its last line), or i if none.
size_t DefinitionListEnd(const std::vector<PageLine>& lines, size_t i, size_t* labels) {
  const size_t indent = Indent(lines[i].raw);
  size_t k = i;
  *labels = 0;
  while (k < lines.size() && !lines[k].blank()) {
    const size_t at = Indent(lines[k].raw);
    if (at < indent) break;
    if (at == indent) {
      if (!IsShortLabel(lines[k]) || k + 1 >= lines.size() || lines[k + 1].blank() ||
          Indent(lines[k + 1].raw) < indent + kMinDeeper) {
        break;
      }
      ++*labels;
    }
    ++k;
  }
  // A list ends with a value, not a label.
  while (k > i && Indent(lines[k - 1].raw) == indent) --k;
  return k;
}

void KeepDefinitionLists(std::vector<PageLine>& lines, std::vector<size_t>* out) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsShortLabel(lines[i]) || !LeftOut(lines[i])) continue;
    size_t labels = 0;
    const size_t end = DefinitionListEnd(lines, i, &labels);
    if (labels < kMinDefinitions) continue;
    size_t left_out = 0, dropped_otherwise = 0;
    for (size_t k = i; k < end; ++k) {
      if (LeftOut(lines[k])) {
        ++left_out;
      } else if (!lines[k].kept()) {
        ++dropped_otherwise;
      }
    }
    if (left_out * 2 < end - i || dropped_otherwise * 4 > end - i || !AnyKeptBefore(lines, i)) {
      i = end;
      continue;
    }
    for (size_t k = i; k < end; ++k) {
      if (LeftOut(lines[k])) Restore(lines, k, out);
    }
    // Its heading: a short line right above it, one blank line between at most.
    size_t h = i;
    while (h > 0 && lines[h - 1].blank() && i - h < 2) --h;
    if (h > 0 && i - h <= 1 && IsSectionHeading(lines[h - 1]) && LeftOut(lines[h - 1]) &&
        Indent(lines[h - 1].raw) <= Indent(lines[i].raw)) {
      Restore(lines, h - 1, out);
    }
    i = end;
  }
}

// Between kept lines `above` and `below`: specification groups.
void KeepSpecGroupsBetween(std::vector<PageLine>& lines, size_t above, size_t below, std::vector<size_t>* out) {
  std::vector<size_t> keep;
  size_t groups = 0;
  size_t first = NextNonBlank(lines, above + 1);
  if (first >= below) return;
  size_t last = below;
  while (last > first && lines[last - 1].blank()) --last;
  --last;  // the last non-blank line of the span
  for (size_t i = first; i < below; ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    if (!LeftOut(l)) return;
    if (IsGroupHeading(l)) {
      size_t items = 0, fields = 0, k = i + 1;
      for (; k < below && lines[k].bullet && !lines[k].blank(); ++k) {
        if (!LeftOut(lines[k])) return;
        ++items;
        fields += IsColonField(lines[k].core);
      }
      if (items >= kMinGroupItems && fields * 2 >= items) {
        ++groups;
        for (size_t g = i; g < k; ++g) keep.push_back(g);
        i = k - 1;
        continue;
      }
      if (items == 0 && i == last) {  // the heading of the kept lines below
        keep.push_back(i);
        continue;
      }
      return;
    }
    if (i == first && IsSectionHeading(l)) {
      keep.push_back(i);
      continue;
    }
    if (!IsShortLabel(l) || IsColonField(l.core)) return;  // a tab label, else the span is no spec
  }
  if (groups < kMinGroups) return;
  for (size_t k : keep) Restore(lines, k, out);
}

void KeepSpecGroups(std::vector<PageLine>& lines, std::vector<size_t>* out) {
  size_t above = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    if (above != lines.size() && i > above + 1) KeepSpecGroupsBetween(lines, above, i, out);
    above = i;
  }
}

bool IsRecordLine(const PageLine& l) { return IsColonField(l.core) || IsCellRow(l.core); }

// The title block right above block [begin, …): one blank line between,
// one or two lines left out, the first a title, the second with a number.
void KeepTitleBlockAbove(std::vector<PageLine>& lines, size_t begin, std::vector<size_t>* out) {
  if (begin < 2 || !lines[begin - 1].blank() || lines[begin - 2].blank()) return;
  size_t top = begin - 1;
  while (top > 0 && !lines[top - 1].blank()) --top;
  if (begin - 1 - top > kMaxTitleBlock || (top > 0 && !lines[top - 1].blank())) return;
  for (size_t k = top; k + 1 < begin; ++k) {
    if (lines[k].reason != "outside the main text") return;
  }
  if (!IsTitleLike(lines[top])) return;
  if (top + 2 < begin && !HasDigit(lines[top + 1].core)) return;
  for (size_t k = top; k + 1 < begin; ++k) Restore(lines, k, out);
}

void KeepRecordBlockHeads(std::vector<PageLine>& lines, std::vector<size_t>* out) {
  for (size_t begin = 0; begin < lines.size();) {
    if (lines[begin].blank()) {
      ++begin;
      continue;
    }
    size_t end = begin;
    while (end < lines.size() && !lines[end].blank()) ++end;
    size_t kept = 0, record = 0, last_kept = end;
    for (size_t k = begin; k < end; ++k) {
      if (!lines[k].kept()) continue;
      ++kept;
      record += IsRecordLine(lines[k]);
      last_kept = k;
    }
    if (kept >= kMinKeptInBlock && record * 3 >= kept * 2) {
      bool changed = false, kept_above = false;
      for (size_t k = begin; k < last_kept; ++k) {
        if (lines[k].kept()) kept_above = true;
        // A long title with no punctuation reads as link labels run
        // together; over a block of fields it is the record's title.
        const bool run_together = k == begin && lines[k].reason == "link text run together";
        if (lines[k].reason != "outside the main text" && !run_together) continue;
        // A title over the block, a field between two kept ones (a box of
        // fields over the block is the site's), a header over kept cells.
        const bool title = k == begin && IsTitleLike(lines[k]) && !IsColonField(lines[k].core);
        const bool field = kept_above && IsColonField(lines[k].core);
        const bool header = IsCellRow(lines[k].core) && !IsColonField(lines[k].core) && lines[k + 1].kept() &&
                            IsCellRow(lines[k + 1].core);
        if (title || field || header) {
          Restore(lines, k, out);
          changed = true;
        }
      }
      if (changed && lines[begin].kept()) KeepTitleBlockAbove(lines, begin, out);
    }
    begin = end;
  }
}

// "周文涛", "副教授": a card's short line, no digit, no punctuation.
bool IsCardLine(const PageLine& l) {
  if (l.blank() || l.bullet || l.placeholder || HasDigit(l.core) || HasSentencePunct(l.core)) return false;
  const size_t chars = NonSpaceChars(l.core);
  return chars >= 2 && chars <= kMaxCardLine && CountHan(l.core) * 2 >= chars;
}

// Right below the kept text: a short heading over cards of people, each a
// picture, a name and a title ("[photo]" "周文涛" "教授"), no blank line
// between the cards.
void KeepPeopleCards(std::vector<PageLine>& lines, std::vector<size_t>* out) {
  for (size_t h = 1; h < lines.size(); ++h) {
    if (!IsSectionHeading(lines[h]) || !LeftOut(lines[h]) || !lines[h - 1].blank()) continue;
    size_t above = h - 1;
    while (above > 0 && lines[above].blank()) --above;
    if (!lines[above].kept()) continue;
    size_t k = NextNonBlank(lines, h + 1), cards = 0;
    std::vector<size_t> text;
    while (k + 2 < lines.size() && IsPictureOnly(lines[k]) && IsCardLine(lines[k + 1]) && IsCardLine(lines[k + 2])) {
      text.push_back(k + 1);
      text.push_back(k + 2);
      ++cards;
      k += 3;
    }
    if (cards < kMinCards || (k < lines.size() && !lines[k].blank())) continue;
    Restore(lines, h, out);
    for (size_t t : text) {
      if (LeftOut(lines[t])) Restore(lines, t, out);
    }
  }
}

// The page's headline: its first line at the margin (where a dump prints
// headings) with text below it, when the line right under it (one blank
// line between at most) is the first kept line of the page.
void KeepMarginHeadline(std::vector<PageLine>& lines, std::vector<size_t>* out) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kept()) return;
    if (lines[i].blank() || Indent(lines[i].raw) != 0 || lines[i].reason != "outside the main text") continue;
    const size_t next = NextNonBlank(lines, i + 1);
    if (next >= lines.size() || next > i + 2 || !lines[next].kept() || Indent(lines[next].raw) != 0) return;
    if (IsTitleLike(lines[i]) && !IsColonField(lines[i].core)) Restore(lines, i, out);
    return;
  }
}

// "2026年11月28日", "2026/11/28", "2026-11-28": a date alone.
bool IsDateOnly(const std::u32string& core) {
  const std::u32string c = WithoutSpaces(core);
  size_t digits = 0, seps = 0;
  for (char32_t ch : c) {
    if (IsAsciiDigit(ch)) {
      ++digits;
    } else if (ch == U'年' || ch == U'月' || ch == U'日' || ch == U'/' || ch == U'-' || ch == U'.') {
      ++seps;
    } else {
      return false;
    }
  }
  return digits >= 6 && seps >= 2;
}

// "版本 5.3.0", "Version 2.1", "v1.4.2": a version's number and at most a
// short word before it.
bool IsVersionLine(const std::u32string& core) {
  const std::u32string c = WithoutSpaces(core);
  if (c.size() > kMaxVersionLine) return false;
  size_t dot = c.find(U'.');
  return dot != std::u32string::npos && dot > 0 && dot + 1 < c.size() && IsAsciiDigit(c[dot - 1]) &&
         IsAsciiDigit(c[dot + 1]) && IsAsciiDigit(c.back());
}

// A release's notes: a date alone, its version, then the changes up to a
// blank line, on a page whose text was kept above them. Each release
// comes back with the heading over the first of a run; a release printed
// again (its version seen above) stays dropped.
void KeepReleaseNotes(std::vector<PageLine>& lines, std::vector<size_t>* out) {
  std::vector<std::u32string> versions;
  bool run = false;  // the previous block was a release
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    // The changes may stand one blank line below the version.
    const size_t changes = lines[i + 2].blank() ? i + 3 : i + 2;
    if (!IsDateOnly(lines[i].core) || !IsVersionLine(lines[i + 1].core) || changes >= lines.size() ||
        lines[changes].blank() || !AnyKeptBefore(lines, i)) {
      run = false;
      continue;
    }
    size_t end = changes;
    while (end < lines.size() && !lines[end].blank() && NonSpaceChars(lines[end].core) <= kMaxChangeLine) ++end;
    if (end < lines.size() && !lines[end].blank()) continue;  // a long line: no release's notes
    const std::u32string version = WithoutSpaces(lines[i + 1].core);
    const bool again = std::find(versions.begin(), versions.end(), version) != versions.end();
    versions.push_back(version);
    if (!again) {
      for (size_t k = i; k < end; ++k) {
        if (LeftOut(lines[k]) || lines[k].reason == "share widget") Restore(lines, k, out);
      }
    }
    if (!run) {
      // The heading over the run: the nearest line above at a smaller
      // indent within two lines, else the line right above.
      size_t heading = lines.size();
      for (size_t k = i, seen = 0; k > 0 && seen < 2;) {
        --k;
        if (lines[k].blank()) continue;
        ++seen;
        if (seen == 1 && IsSectionHeading(lines[k])) heading = k;
        if (Indent(lines[k].raw) < Indent(lines[i].raw) && IsSectionHeading(lines[k])) {
          heading = k;
          break;
        }
      }
      if (heading < lines.size() && LeftOut(lines[heading])) Restore(lines, heading, out);
    }
    run = true;
    i = end;
  }
}

}  // namespace

std::vector<size_t> KeepRecordBlocks(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  KeepDefinitionLists(lines, &out);
  KeepSpecGroups(lines, &out);
  KeepRecordBlockHeads(lines, &out);
  KeepPeopleCards(lines, &out);
  KeepMarginHeadline(lines, &out);
  KeepReleaseNotes(lines, &out);
  return out;
}

}  // namespace wenyuan::clean
