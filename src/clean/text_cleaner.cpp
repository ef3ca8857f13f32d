#include "clean/text_cleaner.h"

#include <string.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "clean/page_line.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxFieldLabel = 6;  // a field's label ("發布日期：") in code points

bool IsDroppedControl(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF; }

// Splits on \n, \r\n, \r and \f; drops control characters; trims each line.
// A tab becomes a space and a malformed byte U+FFFD; every other character
// is kept as it is, so runs of them are copied whole, not character by
// character.
std::vector<std::string> NormalisedLines(std::string_view raw) {
  std::vector<std::string> lines(1);
  size_t run = 0;  // where the run of characters kept as they are began
  for (size_t pos = 0; pos < raw.size();) {
    const size_t start = pos;
    const char32_t cp = utf8::DecodeNext(raw, pos);
    const bool malformed = cp == utf8::kReplacement && pos - start == 1;
    if (!malformed && cp != '\t' && !IsDroppedControl(cp)) continue;  // \n, \r, \f are controls too
    lines.back().append(raw, run, start - run);
    run = pos;
    if (cp == '\r' && pos < raw.size() && raw[pos] == '\n') continue;
    if (cp == '\n' || cp == '\r' || cp == '\f') {
      lines.emplace_back();
    } else if (cp == '\t') {
      lines.back() += ' ';
    } else if (malformed) {
      utf8::Append(lines.back(), cp);
    }
  }
  lines.back().append(raw, run, raw.size() - run);
  for (auto& line : lines) {
    const std::string_view kept = utf8::Trim(line);
    const size_t from = static_cast<size_t>(kept.data() - line.data());
    line.erase(from + kept.size());
    line.erase(0, from);
  }
  return lines;
}

char32_t LastCodePoint(std::string_view s) {
  size_t start = s.size();
  while (start > 0) {
    --start;
    if ((static_cast<unsigned char>(s[start]) & 0xC0) != 0x80) break;
  }
  size_t pos = start;
  return s.empty() ? 0 : utf8::DecodeNext(s, pos);
}

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : utf8::DecodeNext(s, pos);
}

bool EndsParagraph(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'：':
    case U'；':
    case U'」':
    case U'』':
    case U'!':
    case U'?':
    case U':':
    case U'.':
    case U';':
    case U'…':
      return true;
    default:
      return false;
  }
}

size_t DisplayWidth(std::string_view line) {
  size_t width = 0;
  for (size_t pos = 0; pos < line.size();) {
    char32_t c = utf8::DecodeNext(line, pos);
    width += (c >= 0x1100 && (utf8::IsHan(c) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFF60))) ? 2 : 1;
  }
  return width;
}

// The width lines are wrapped at: the 90th percentile of line widths, if
// enough lines come close to it to show a wrap at all; else 0.
// `widths`: of the non-empty lines, in order.
size_t WrapWidth(std::vector<size_t> widths) {
  if (widths.size() < 4) return 0;
  std::sort(widths.begin(), widths.end());
  size_t wrap = widths[widths.size() * 9 / 10];
  size_t near =
      static_cast<size_t>(std::count_if(widths.begin(), widths.end(), [&](size_t w) { return w * 10 >= wrap * 9; }));
  return (wrap >= 30 && near >= 3) ? wrap : 0;
}

// Other widths the text is wrapped at (a crawler wraps a page's boxes at
// different widths): narrower than `wrap` but at least 60 % of it, each
// shared by at least three lines within 4 % below it.
std::vector<size_t> OtherWrapWidths(std::vector<size_t> widths, size_t wrap) {
  constexpr size_t kMinLines = 3;
  std::sort(widths.begin(), widths.end(), std::greater<>());
  std::vector<size_t> out;
  for (size_t i = 0; i < widths.size(); ++i) {
    size_t w = widths[i];
    if (w * 100 >= wrap * 85 || w * 10 < wrap * 6) continue;
    if (!out.empty() && out.back() * 96 <= w * 100) continue;  // within the last band
    size_t n = 0;
    for (size_t k = i; k < widths.size() && widths[k] * 100 >= w * 96; ++k) ++n;
    if (n >= kMinLines) out.push_back(w);
  }
  return out;
}

enum class Fullness { kNo, kMainWidth, kOtherWidth };

Fullness LineFullness(size_t width, size_t wrap, const std::vector<size_t>& others) {
  if (wrap == 0) return Fullness::kNo;
  if (width * 100 >= wrap * 85) return Fullness::kMainWidth;
  bool near = std::any_of(others.begin(), others.end(), [&](size_t w) { return width <= w && width * 100 >= w * 96; });
  return near ? Fullness::kOtherWidth : Fullness::kNo;
}

// Chinese cut inside a sentence: a Han character or a comma before the
// break, a Han character or CJK punctuation after it.
bool CutInsideChinese(char32_t a, char32_t b) {
  bool before = utf8::IsHan(a) || a == U'，' || a == U'、';
  bool after = utf8::IsHan(b) || (b >= 0x3000 && b <= 0x303F) || (b >= 0xFF01 && b <= 0xFF1F);
  return before && after;
}

// The ASCII letters and digits that end `s` / begin `s`.
std::string TrailingWord(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && utf8::IsAsciiAlnum(static_cast<unsigned char>(s[i - 1]))) --i;
  return std::string(s.substr(i));
}
std::string LeadingWord(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && utf8::IsAsciiAlnum(static_cast<unsigned char>(s[i]))) ++i;
  return std::string(s.substr(0, i));
}

bool StartsNumberedSection(std::string_view line) {
  return SectionNumberLength(DecodeUtf32(utf8::SliceCodePoints(line, 0, 12))) > 0;
}

// "壹、前言", "第二章 研究方法", "1.2 背景": a numbered heading, which
// stands as its own paragraph in paged text.
bool IsNumberedHeading(std::string_view line) {
  constexpr size_t kMaxHeadingChars = 30;
  std::u32string s = DecodeUtf32(line);
  return s.size() <= kMaxHeadingChars && SectionNumberLength(s) > 0 &&
         !HasSentencePunct(s.substr(SectionNumberLength(s)));
}

// The first word of a line: up to its first space. A crawler wraps at
// spaces, so a long run of Chinese with no space in it is one word to it.
std::string_view FirstWord(std::string_view line) { return line.substr(0, line.find(' ')); }

// The last "（" of `last_line` is left open, and `line` closes it ("）")
// before it opens another.
bool OpensBracketTheNextCloses(std::string_view last_line, std::string_view line) {
  const size_t open = last_line.rfind("（");
  if (open == std::string_view::npos || last_line.find("）", open) != std::string_view::npos) return false;
  const size_t close = line.find("）");
  return close != std::string_view::npos && line.substr(0, close).find("（") == std::string_view::npos;
}

// "…驶出。新华社记者 唐奕 摄", "（明報記者攝）": a picture's caption closed by
// its photographer's credit, a paragraph of its own.
bool EndsWithPhotoCredit(std::string_view paragraph) {
  for (std::string_view credit : {" 摄", " 攝", "記者攝）", "记者摄）", "記者攝)", "记者摄)"}) {
    if (paragraph.ends_with(credit)) return true;
  }
  return false;
}

// A break the crawler made short of the wrap width because the next line's
// first word would not have fitted: the line reaches half the width, holds
// sentence punctuation (prose, not a heading), ends inside a sentence, and
// it plus that word pass the width. "…發現GenAI可以滿足…的技能。在列" +
// "出的34.6%的工作中，…". Or the next line is a sentence's last word and
// its full stop ("…解決業務問" + "題。").
bool ForcedBreak(std::string_view last_line, std::string_view line, size_t wrap) {
  constexpr size_t kMaxTailChars = 4;
  if (wrap == 0) return false;
  const size_t width = DisplayWidth(last_line);
  // A break inside brackets the line opened, which the next line closes
  // before it opens any ("（记者 周海燕" + "罗文博）记者5日…", the names parted
  // by a space): the next word did not fit, however short the line.
  if (OpensBracketTheNextCloses(last_line, line) && width + 1 + DisplayWidth(FirstWord(line)) > wrap &&
      CutInsideChinese(LastCodePoint(last_line), FirstCodePoint(line))) {
    return true;
  }
  // Or the next line is only a sentence's last word ("問" + "題。").
  const size_t line_chars = utf8::CodePointCount(line);
  const bool tail = line_chars <= kMaxTailChars && EndsParagraph(LastCodePoint(line)) && LastCodePoint(line) != U'：';
  if (width * 2 < wrap || (!tail && width + 1 + DisplayWidth(FirstWord(line)) <= wrap)) return false;
  if (!CutInsideChinese(LastCodePoint(last_line), FirstCodePoint(line))) return false;
  // A numbered item ("（一）推動…") starts a line of its own, but for a
  // list of articles going on past an enumeration comma ("…第十六條、" +
  // "第二十條、…").
  const bool list_goes_on = last_line.ends_with("、") && !last_line.substr(0, last_line.size() - 3).ends_with("。");
  if (StartsNumberedSection(line) && !list_goes_on) return false;
  // A labelled field ("發布日期：2026-08-11") starts a line of its own.
  const size_t colon = utf8::SliceCodePoints(line, 0, kMaxFieldLabel + 1).find("：");
  if (colon != std::string::npos && colon > 0) return false;
  const std::u32string s = DecodeUtf32(last_line);
  return std::any_of(s.begin(), s.end(), [](char32_t c) { return c == U'，' || c == U'。' || c == U'；'; });
}

// "電話：2951 3680": a line that opens with a field's label, two Han
// characters or more and a full-width colon.
bool OpensWithFieldLabel(std::string_view line) {
  constexpr size_t kMinLabel = 2;
  const std::u32string head = DecodeUtf32(utf8::SliceCodePoints(line, 0, kMaxFieldLabel + 1));
  const size_t colon = head.find(U'：');
  return colon != std::u32string::npos && colon >= kMinLabel &&
         std::all_of(head.begin(), head.begin() + static_cast<long>(colon), utf8::IsHan);
}

// "摘要", "前言", "心得" over a paragraph: a line of a few Han characters
// above a long one. A wrapped paragraph's first line is full, so such a
// line is a heading, not the start of the paragraph below it.
bool IsWordHeading(std::string_view paragraph, std::string_view next_line) {
  constexpr size_t kMaxHeadingChars = 6, kMinNextChars = 20;
  const std::u32string s = DecodeUtf32(paragraph);
  return !s.empty() && s.size() <= kMaxHeadingChars && std::all_of(s.begin(), s.end(), utf8::IsHan) &&
         utf8::CodePointCount(next_line) >= kMinNextChars;
}

// The text's distinct runs of ASCII letters and digits, each followed by a
// space. A word of ASCII letters and digits is in the text exactly where it
// is in one of these runs (no other byte of UTF-8 is one of those letters),
// and most of a Chinese text is not in them. Each run is listed once: a
// search asks only whether the word is there, and a long text repeats its
// numbers and words (each search scans all the runs).
std::string AsciiAlnumRuns(std::string_view raw) {
  std::string runs;
  std::unordered_set<std::string_view> listed;
  for (size_t i = 0; i < raw.size();) {
    if (!utf8::IsAsciiAlnum(static_cast<unsigned char>(raw[i]))) {
      ++i;
      continue;
    }
    const size_t from = i;
    while (i < raw.size() && utf8::IsAsciiAlnum(static_cast<unsigned char>(raw[i]))) ++i;
    if (!listed.insert(raw.substr(from, i - from)).second) continue;
    runs.append(raw, from, i - from);
    runs.push_back(' ');
  }
  return runs;
}

// "全票     2026/11/01 12:00 ~ 2026/12/27 17:00     TWD$1,200": a row of a
// table laid out in spaced columns (two gaps of three spaces or more
// between its cells), however wide: no wrapped prose. So is a row of a
// day's schedule, a time of day and a gap ("06:00   粵語長片：…").
bool IsSpacedRow(std::string_view line) {
  constexpr size_t kMinGap = 3, kMinGaps = 2;
  size_t i = 0, gaps = 0, run = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::string_view rest = line.substr(i);
  const size_t colon = rest.find(':');
  if ((colon == 1 || colon == 2) && rest.size() > colon + 6 && rest.substr(colon + 3, kMinGap) == "   " &&
      std::all_of(rest.begin(), rest.begin() + static_cast<long>(colon + 3),
                  [](char c) { return c == ':' || (c >= '0' && c <= '9'); })) {
    return true;
  }
  for (; i < line.size(); ++i) {
    if (line[i] == ' ') {
      ++run;
      continue;
    }
    gaps += run >= kMinGap;
    run = 0;
  }
  return gaps >= kMinGaps;
}

}  // namespace

std::string CleanText(std::string_view raw, const CleanOptions& options) {
  std::vector<std::string> lines = NormalisedLines(raw);
  // Each line's display width, measured once (0 for an empty line).
  std::vector<size_t> line_widths(lines.size());
  std::vector<size_t> widths;  // of the non-empty lines
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    line_widths[i] = DisplayWidth(lines[i]);
    widths.push_back(line_widths[i]);
  }
  const size_t wrap = options.join_full_lines ? WrapWidth(widths) : 0;
  const std::vector<size_t> other_wraps = wrap ? OtherWrapWidths(std::move(widths), wrap) : std::vector<size_t>{};
  std::vector<std::string> paragraphs;
  bool block_open = false;  // the last paragraph may take the next line
  bool last_full = false;   // the last line reached the wrap width
  bool last_other = false;  // ...one of the narrower wrap widths only
  bool after_blank = false;
  std::string last_line;                  // the last non-empty line as it stood
  std::optional<std::string> alnum_runs;  // AsciiAlnumRuns(raw), made where first needed
  for (size_t line_index = 0; line_index < lines.size(); ++line_index) {
    std::string& line = lines[line_index];
    if (line.empty()) {
      // A full line cut in the middle of a word ("…仍然局" / "限於…") goes on
      // past one blank line the crawler put there; anything else ends.
      bool cut_word =
          wrap > 0 && last_full && !after_blank && !paragraphs.empty() && utf8::IsHan(LastCodePoint(paragraphs.back()));
      if (!cut_word) block_open = false;
      after_blank = true;
      continue;
    }
    if (after_blank && block_open && !utf8::IsHan(FirstCodePoint(line))) block_open = false;
    after_blank = false;
    const Fullness fullness = LineFullness(line_widths[line_index], wrap, other_wraps);
    // A table's spaced row neither goes on into the next line nor takes
    // the one above it.
    const bool spaced_row = wrap > 0 && IsSpacedRow(line);
    // Nor does a field take the field above it ("地址：…" over "電話：…"):
    // two fields, however wide the first.
    const bool field_under_field = wrap > 0 && OpensWithFieldLabel(last_line) && OpensWithFieldLabel(line);
    // A line as wide as a narrower box of the page goes on only where the
    // break cuts Chinese text: a headline printed twice is not one line.
    const bool may_join = !spaced_row && !field_under_field &&
                          (options.join_wrapped_lines ||
                           (wrap > 0 && last_full &&
                            (!last_other || (!paragraphs.empty() && CutInsideChinese(LastCodePoint(paragraphs.back()),
                                                                                     FirstCodePoint(line))))) ||
                           ForcedBreak(last_line, line, wrap));
    last_line = line;
    last_full = fullness != Fullness::kNo && !spaced_row;
    last_other = fullness == Fullness::kOtherWidth;
    // In paged text a numbered section starts a paragraph, and a numbered
    // heading takes no following line: structure, not wrapped prose.
    const bool structure_break =
        options.join_wrapped_lines && !paragraphs.empty() &&
        (StartsNumberedSection(line) || IsNumberedHeading(paragraphs.back()) || IsWordHeading(paragraphs.back(), line));
    if (may_join && block_open && !paragraphs.empty() && !structure_break && !EndsWithPhotoCredit(paragraphs.back())) {
      std::string& prev = paragraphs.back();
      char32_t a = LastCodePoint(prev);
      char32_t b = FirstCodePoint(line);
      if (!EndsParagraph(a)) {
        if (wrap > 0 && utf8::IsAsciiAlnum(a) && utf8::IsAsciiAlnum(b)) {
          // A word cut by the wrap comes back whole if the text knows it.
          std::string whole = TrailingWord(prev) + LeadingWord(line);
          // Looked up in the text's letter and digit runs, which hold it
          // wherever the text does (memmem, not find: this runs once per
          // such break, and find's first-byte scan is slow on digits).
          if (!alnum_runs) alnum_runs = AsciiAlnumRuns(raw);
          bool known = ::memmem(alnum_runs->data(), alnum_runs->size(), whole.data(), whole.size()) != nullptr;
          if (!known) prev += ' ';
          prev += line;
          continue;
        }
        // Latin text rejoins with a space ("apples,\noranges"); Han text and
        // a word hyphenated at the line end rejoin with none.
        bool tight = utf8::IsHan(a) || utf8::IsHan(b) || a == '-' || a >= 0x80 || b >= 0x80;
        if (!tight) prev += ' ';
        prev += line;
        continue;
      }
    }
    paragraphs.push_back(std::move(line));
    block_open = true;
  }
  std::string out;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i) out += '\n';
    out += paragraphs[i];
  }
  return out;
}

}  // namespace wenyuan::clean
