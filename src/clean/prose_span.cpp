#include "clean/prose_span.h"

#include <algorithm>

#include "clean/article_lines.h"
#include "clean/bbs_rules.h"
#include "clean/boilerplate_filter.h"
#include "clean/dates_and_bylines.h"
#include "clean/forum_rules.h"
#include "clean/record_closings.h"
#include "clean/spaced_tables.h"
#include "clean/structure_rules.h"
#include "clean/value_rows.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kMenuOrLinkList[] = "menu or link list";

constexpr long kDroppedLineCost = 15;  // a line a rule already dropped
constexpr long kShortLineCost = 8;     // a heading, a link to another article
constexpr long kAsciiLineCost = 2;     // code, a table row, a model name
constexpr long kTableLineWeight = 2;   // a data table's cell or an infobox field: the article's
constexpr long kSpacedRowWeight = 8;   // a whole row of a table in spaced columns (clean/spaced_tables.h)
constexpr long kIndexLineCost = 2;     // the article's own table of contents, between its lede and its sections
constexpr long kMinMainText = 60;      // content characters
constexpr size_t kMinTailProse = 40;   // characters of prose below the body that make it worth joining

bool IsAscii(const std::u32string& s) {
  return std::all_of(s.begin(), s.end(), [](char32_t c) { return c < 0x80; });
}

// The line ends a sentence ("…发展趋势等。", "…发展趋势等。^ [3]": an
// encyclopedia's reference marks after the full stop do not count).
bool EndsSentence(const std::u32string& core) {
  size_t end = core.size();
  for (;;) {
    while (end > 0 && (utf8::IsSpace(core[end - 1]) || core[end - 1] == '^')) --end;
    if (end == 0 || core[end - 1] != ']') break;
    size_t open = core.rfind('[', end - 1);
    if (open == std::u32string::npos || end - open > 6) break;
    bool digits = open + 2 < end;
    for (size_t k = open + 1; k + 1 < end; ++k) digits = digits && IsAsciiDigit(core[k]);
    if (!digits) break;
    end = open;
  }
  if (end == 0) return false;
  const char32_t last = core[end - 1];
  return last == U'。' || last == U'！' || last == U'？';
}

// Per line: prose, a part of a hard-wrapped paragraph whose next line
// (with no blank line between) is such a line, or the sentence end of one: "…行政總裁奧爾特曼（Sam" above
// "Altman）上周末遭無預警開除後，…".
std::vector<bool> ProseOrWrapped(const std::vector<PageLine>& lines) {
  constexpr size_t kMinWrappedChars = 20;
  std::vector<bool> prose(lines.size(), false);
  for (size_t i = lines.size(); i-- > 0;) {
    prose[i] = IsProse(lines[i]) || (lines[i].core.size() >= kMinWrappedChars && i + 1 < lines.size() &&
                                     lines[i + 1].reason.empty() && prose[i + 1]);
    // A full line of Han text over its sentence's short end ("…刊登於本府網站「專區"
    // over "」專區，供民眾參閱。"): one paragraph, neither half prose alone.
    if (!prose[i] && lines[i].reason.empty() && lines[i].core.size() >= kMinWrappedChars &&
        CountHan(lines[i].core) * 2 >= lines[i].core.size() && i + 1 < lines.size() && lines[i + 1].reason.empty() &&
        !lines[i + 1].bullet && EndsSentence(lines[i + 1].core) && HasSentencePunct(lines[i].core)) {
      prose[i] = true;
    }
  }
  // The tail of a wrapped paragraph: "發展進程。" right below prose.
  for (size_t i = 1; i < lines.size(); ++i) {
    const auto& c = lines[i].core;
    if (!prose[i] && lines[i].reason.empty() && !c.empty() && prose[i - 1] && !lines[i - 1].blank() &&
        EndsSentence(c)) {
      prose[i] = true;
    }
  }
  return prose;
}

// Prose, or a short line that ends as a sentence does ("知乎：无忌。").
bool IsSentenceLine(const PageLine& l) {
  if (!l.reason.empty() || l.core.empty()) return false;
  if (IsProse(l)) return true;
  return EndsSentence(l.core);
}

// The value of a section number ("九、" → 9, "10." → 10, "十二、" → 12),
// with whether it is written in Han numerals; 0 when none.
size_t SectionNumberValue(const std::u32string& core, bool* han) {
  const size_t length = SectionNumberLength(core);
  if (length == 0) return 0;
  const std::u32string_view digits = U"〇一二三四五六七八九";
  size_t value = 0, tens = 0;
  *han = !IsAsciiDigit(core[0]);
  for (size_t i = 0; i < length; ++i) {
    const char32_t c = core[i];
    if (IsAsciiDigit(c)) {
      value = value * 10 + static_cast<size_t>(c - '0');
    } else if (c == U'十') {
      tens = (value == 0 ? 1 : value) * 10;
      value = 0;
    } else if (const size_t d = digits.find(c); d != std::u32string_view::npos) {
      value = value * 10 + d;
    } else if (c == U'、' || c == '.' || c == U'．' || utf8::IsSpace(c)) {
      break;
    } else {
      return 0;  // 第三章, （二）: not counted here
    }
  }
  return tens + value;
}

}  // namespace

ProseSpan BestProseSpan(const std::vector<PageLine>& lines) {
  const std::vector<bool> prose = ProseOrWrapped(lines);
  const std::vector<bool> record = RecordRowBlocks(lines);
  const std::vector<bool> spaced = SpacedTableRows(lines);
  long best = 0, run = 0;
  ProseSpan span;
  size_t run_begin = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    // Posts' furniture (a forum's, a BBS article's header) does not part them.
    if (l.blank() || l.reason == kForumFurniture || l.reason == kBbsFurniture) continue;
    // A block of a record's rows ("14/8℃", "到 08:41", clean/value_rows.h)
    // is content: its value rows weigh as a data table's cells, its other
    // rows nothing, even where a rule took the block for a menu.
    long w = record[i] && (l.reason.empty() || l.reason == kMenuOrLinkList)
                 ? (IsValueRow(l.core) ? kTableLineWeight : 0)
             : l.reason == "table of contents" ? -kIndexLineCost
             : !l.reason.empty()               ? -kDroppedLineCost
             : prose[i] || l.form_row          ? static_cast<long>(l.core.size())
             : spaced[i]                       ? kSpacedRowWeight
             : l.table                         ? kTableLineWeight
             : IsAscii(l.core)                 ? -kAsciiLineCost
                                               : -kShortLineCost;
    if (run <= 0) {
      run = 0;
      run_begin = i;
    }
    run += w;
    if (run > best) {
      best = run;
      span = {run_begin, i + 1};
    }
  }
  if (best < kMinMainText) return {};
  return span;
}

size_t ExtendBodyDown(const std::vector<PageLine>& lines, size_t end, std::vector<size_t>& kept) {
  for (;;) {
    size_t i = end, gap_lines = 0;
    std::vector<size_t> code;
    while (i < lines.size() && gap_lines <= kMaxTailGap) {
      const PageLine& l = lines[i];
      if (l.blank()) {
        ++i;
        continue;
      }
      if (IsSentenceLine(l)) break;
      bool in_article_list = l.reason == "related-articles list";
      bool code_line = (l.reason.empty() || l.reason == "menu or link list") && IsAscii(l.core);
      if (!in_article_list && !code_line) return end;
      if (code_line) code.push_back(i);
      ++gap_lines;
      ++i;
    }
    if (i >= lines.size() || gap_lines > kMaxTailGap) return end;
    size_t prose_end = i, prose_chars = 0, prose_lines = 0;
    while (prose_end < lines.size() && (lines[prose_end].blank() || IsSentenceLine(lines[prose_end]))) {
      if (!lines[prose_end].blank()) {
        prose_chars += lines[prose_end].core.size();
        ++prose_lines;
      }
      ++prose_end;
    }
    if (prose_lines < 2 || prose_chars < kMinTailProse) return end;
    kept.insert(kept.end(), code.begin(), code.end());
    end = prose_end;
  }
}

size_t ExtendOverWrappedTail(const std::vector<PageLine>& lines, size_t end) {
  constexpr size_t kMaxTailLines = 4, kMinWrappedColumns = 48;
  // A line wrapped at the page's width runs near the full line; a short
  // line ("【纠错】" under the last paragraph) was not wrapped into the next.
  auto ends_sentence = [](const std::u32string& c) {
    size_t columns = 0;
    for (char32_t ch : c) columns += ch < 0x1100 ? 1 : 2;
    return c.empty() || columns < kMinWrappedColumns ||
           std::u32string_view(U"。！？!?」』”；】]）").find(c.back()) != std::u32string_view::npos;
  };
  for (size_t n = 0; n < kMaxTailLines && end > 0 && end < lines.size(); ++n, ++end) {
    const PageLine &above = lines[end - 1], &l = lines[end];
    if (above.blank() || !above.reason.empty() || above.table || ends_sentence(above.core) || l.blank() ||
        !l.reason.empty() || l.bullet || l.core.starts_with(U"【") || l.core.starts_with(U"[")) {
      break;
    }
  }
  return end;
}

void KeepUpdateStampAsDate(std::vector<PageLine>& lines, ProseSpan body, std::vector<size_t>& kept) {
  constexpr size_t kMaxDatedLine = 40;
  size_t i = body.end;
  while (i < lines.size() && lines[i].blank()) ++i;
  if (i >= lines.size() || lines[i].reason != "page update stamp") {
    // Or between the kept headline and the body, the head's only dated line.
    const auto top = std::min_element(kept.begin(), kept.end());
    i = lines.size();
    for (size_t k = top == kept.end() ? body.begin : *top + 1; k < body.begin; ++k) {
      if (lines[k].reason == "page update stamp") i = k;
    }
    if (i >= lines.size()) return;
  }
  for (size_t k : kept) {
    if (k < lines.size() && IsDateLine(lines[k].core)) return;
  }
  for (size_t k = body.begin; k < body.end; ++k) {
    if (lines[k].reason.empty() && lines[k].core.size() <= kMaxDatedLine && IsDateLine(lines[k].core)) return;
  }
  lines[i].reason.clear();
  kept.push_back(i);
}

ProseSpan WithoutAppendedArticle(const std::vector<PageLine>& lines, ProseSpan body, const std::string& title_key) {
  constexpr size_t kMinBodyLines = 10, kDateWindow = 3, kMinHeadline = 6, kMaxHeadline = 80;
  size_t seen = 0;
  for (size_t i = body.begin; i + 1 < body.end; ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    if (++seen < kMinBodyLines) continue;
    const PageLine& next = lines[i + 1];
    if (!l.reason.empty() || next.core != l.core || l.core.size() < kMinHeadline || l.core.size() > kMaxHeadline ||
        CountHan(l.core) < 4 || l.core.find(U'。') != std::u32string::npos) {
      continue;
    }
    if (!title_key.empty() && NormaliseLineKey(l.raw) == title_key) continue;
    for (size_t k = i, n = 0; k > body.begin && n < kDateWindow;) {
      --k;
      if (lines[k].blank()) continue;
      ++n;
      if (IsDateLine(lines[k].core)) return {body.begin, k};
    }
  }
  return body;
}

namespace {

// The last section's own items right under the body, with no blank line
// between: numbered in the other kind than the body's headings ("九、…联系。"
// over "1.采购人信息", "2.采购代理机构信息") with their fields ("名　称：…",
// "电　话：…"). Returns the end past them (`end` where there are none).
size_t AfterLastSectionsItems(const std::vector<PageLine>& lines, size_t end, bool han) {
  constexpr size_t kMaxItem = 60, kMaxLabel = 8;
  size_t k = end, numbered = 0;
  for (; k < lines.size(); ++k) {
    const PageLine& l = lines[k];
    if (l.blank() || !l.reason.empty() || l.bullet || l.core.size() > kMaxItem) break;
    bool h = false;
    if (SectionNumberValue(l.core, &h) > 0) {
      if (h == han) break;  // the next section's heading
      ++numbered;
      continue;
    }
    // "（1）", "(一)": an item in brackets.
    const size_t close = l.core.find_first_of(U")）");
    if ((l.core.front() == '(' || l.core.front() == U'（') && close != std::u32string::npos && close >= 2 &&
        close <= 4 &&
        std::all_of(l.core.begin() + 1, l.core.begin() + static_cast<std::ptrdiff_t>(close), [](char32_t c) {
          return IsAsciiDigit(c) || std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
        })) {
      ++numbered;
      continue;
    }
    const size_t colon = l.core.find_first_of(U"：:");
    if (colon == std::u32string::npos || colon == 0 || colon > kMaxLabel || colon + 1 == l.core.size()) break;
  }
  return numbered > 0 ? k : end;
}

}  // namespace

std::optional<size_t> FirstNumberedSectionAbove(const std::vector<PageLine>& lines, ProseSpan body,
                                                const std::vector<size_t>& kept) {
  constexpr size_t kMaxLine = 80;
  for (size_t i = 0; i < body.begin; ++i) {
    const PageLine& a = lines[i];
    bool ha = false, hb = false;
    if (!a.kept() || a.bullet || a.core.size() > kMaxLine || SectionNumberValue(a.core, &ha) != 1) continue;
    size_t next = i + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    if (next >= lines.size() || lines[next].bullet || SectionNumberValue(lines[next].core, &hb) != 2 || ha != hb) {
      continue;
    }
    // The second section is the text's: in the body or kept with its head.
    if (next >= body.begin || std::find(kept.begin(), kept.end(), next) != kept.end()) return i;
  }
  return std::nullopt;
}

size_t ExtendToLastNumberedSection(const std::vector<PageLine>& lines, ProseSpan body) {
  constexpr size_t kMaxHeading = 30;
  size_t last = 0;
  bool han = false;
  for (size_t i = body.begin; i < body.end; ++i) {
    const PageLine& l = lines[i];
    bool h = false;
    if (l.reason.empty() && !l.bullet && l.core.size() <= kMaxHeading) {
      if (const size_t v = SectionNumberValue(l.core, &h); v > 0) {
        last = v;
        han = h;
      }
    }
  }
  if (last == 0) return body.end;
  body.end = AfterLastSectionsItems(lines, body.end, han);
  // Past a few lines of the last section's end (list items, a picture),
  // but not past the page's chrome.
  constexpr size_t kMaxLinesBetween = 6;
  size_t next = body.end, between = 0;
  for (; next < lines.size() && between <= kMaxLinesBetween; ++next) {
    const PageLine& l = lines[next];
    if (l.blank()) continue;
    bool numbered = false;
    if (l.reason.empty() && !l.bullet && SectionNumberValue(l.core, &numbered) > 0) break;
    if (EndsHead(l.reason)) return body.end;
    ++between;
  }
  if (between > kMaxLinesBetween) return body.end;
  if (next >= lines.size()) return body.end;
  const PageLine& heading = lines[next];
  bool h = false;
  if (!heading.reason.empty() || heading.bullet || heading.core.size() > kMaxHeading ||
      SectionNumberValue(heading.core, &h) != last + 1 || h != han) {
    return body.end;
  }
  // Its items name a resource: a label and a colon, a number, a link
  // ("…网盘资源汇总：pan.quark.cn/…", "1、arxiv.org/pdf/2010.11…"); an
  // author's card below them ("avatar", "猛猿 创作等级LV.3") is not one.
  auto is_item = [](const PageLine& l) {
    const std::u32string& c = l.core;
    return l.reason.empty() && (c.find_first_of(U"：:/") != std::u32string::npos || SectionNumberLength(c) > 0);
  };
  size_t end = next + 1;
  while (end < lines.size() && (lines[end].blank() || is_item(lines[end]))) ++end;
  while (end > next + 1 && lines[end - 1].blank()) --end;
  return end;
}

size_t ExtendToLastHeadedSection(const std::vector<PageLine>& lines, ProseSpan body) {
  constexpr size_t kMaxHeading = 20, kMaxItem = 60, kMinHeadings = 2, kMinItems = 2;
  // A heading set flush left, as the dump prints a page's <h2>, over the
  // indented text.
  auto flush_heading = [&](const PageLine& l) {
    return !l.blank() && l.reason.empty() && !l.bullet && !l.raw.empty() && !utf8::IsSpace(l.raw.front()) &&
           l.core.size() <= kMaxHeading && !HasSentencePunct(l.core) && CountHan(l.core) >= 2;
  };
  size_t headings = 0;
  for (size_t i = body.begin; i < body.end; ++i) headings += flush_heading(lines[i]);
  if (headings < kMinHeadings) return body.end;
  size_t h = body.end;
  while (h < lines.size() && lines[h].blank()) ++h;
  if (h >= lines.size() || !flush_heading(lines[h])) return body.end;
  size_t k = h + 1;
  while (k < lines.size() && lines[k].blank()) ++k;
  // Its list: numbered or bulleted items, one a line, up to a blank line.
  size_t items = 0;
  for (; k < lines.size() && !lines[k].blank(); ++k) {
    const PageLine& l = lines[k];
    if (!l.reason.empty() || l.core.size() > kMaxItem || (!l.bullet && SectionNumberLength(l.core) == 0)) {
      return body.end;
    }
    ++items;
  }
  return items >= kMinItems ? k : body.end;
}

namespace {

// The bracketed label a line opens with ("【有效期】24个月" → "【", "〔用法〕"
// → "〔"): its opening bracket, or 0 when none (a label of one to ten
// characters).
char32_t OpeningLabel(const PageLine& l) {
  constexpr size_t kMaxLabel = 10;
  if (l.bullet || l.core.empty()) return 0;
  const size_t open = std::u32string_view(U"【〔［〖[").find(l.core[0]);
  if (open == std::u32string_view::npos) return 0;
  const size_t close = l.core.find(U"】〕］〗]"[open]);
  return close != std::u32string::npos && close >= 2 && close <= kMaxLabel + 1 ? l.core[0] : 0;
}

}  // namespace

size_t ExtendToBracketedSections(const std::vector<PageLine>& lines, ProseSpan body) {
  constexpr size_t kMinSections = 3, kMaxItem = 80;
  std::u32string opens;
  for (size_t i = body.begin; i < body.end; ++i) {
    if (lines[i].reason.empty() && OpeningLabel(lines[i]) != 0) opens += OpeningLabel(lines[i]);
  }
  if (opens.size() < kMinSections) return body.end;
  const char32_t bracket = opens.back();
  if (std::count(opens.begin(), opens.end(), bracket) < static_cast<long>(kMinSections)) return body.end;
  size_t end = body.end;
  for (size_t i = body.end; i < lines.size();) {
    while (i < lines.size() && lines[i].blank()) ++i;
    if (i >= lines.size() || !lines[i].reason.empty() || OpeningLabel(lines[i]) != bracket) break;
    const size_t close = lines[i].core.find_first_of(U"】〕］〗]");
    size_t k = i + 1;
    if (close + 1 == lines[i].core.size()) {
      // A label alone heads the fields right under it ("【生产企业】" over
      // "企业名称：…"); with none, it is no section of the record.
      while (k < lines.size() && lines[k].reason.empty() && !lines[k].bullet && lines[k].core.size() <= kMaxItem &&
             OpeningLabel(lines[k]) == 0 && IsLabelledField(lines[k].core)) {
        ++k;
      }
      if (k == i + 1) break;
    }
    end = k;
    i = k;
  }
  return end;
}

}  // namespace wenyuan::clean
