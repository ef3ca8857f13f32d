#include "clean/structure_rules.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "clean/headline_lists.h"
#include "clean/main_text_finder.h"
#include "clean/page_line.h"
#include "clean/rights_notices.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxTocEntryChars = 60;
constexpr size_t kMinLeaders = 3;
constexpr size_t kTocWindow = 4;        // non-blank lines between two entries of one table
constexpr size_t kCoverZoneLines = 40;  // non-blank lines from the top where a cover page can be
constexpr size_t kMinCoverFields = 2;
constexpr size_t kMaxFieldValueLines = 8;

bool IsLeader(char32_t c) {
  return c == '.' || c == U'·' || c == U'…' || c == U'‧' || c == U'・' || c == U'．' || c == U'⋯' || c == U'•' ||
         c == U'∙' || c == U'─' || c == U'_';
}

bool IsChineseNumeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十百").find(c) != std::u32string_view::npos;
}

bool IsFormalNumeral(char32_t c) {
  return std::u32string_view(U"壹貳贰參叁参肆伍陸陆柒捌玖拾").find(c) != std::u32string_view::npos;
}

bool IsNumberMark(char32_t c) { return c == U'、' || c == U'．' || c == '.' || c == U'，' || c == ' ' || c == U'　'; }

// Where the page number at the end of `core` begins (1-3 digits or a
// small Roman numeral), or npos.
size_t TrailingPageNumber(const std::u32string& core) {
  size_t i = core.size();
  while (i > 0 && IsAsciiDigit(core[i - 1]) && core.size() - i < 3) --i;
  if (i < core.size() && (i == 0 || !IsAsciiDigit(core[i - 1]))) return i;
  i = core.size();
  while (i > 0 && std::u32string_view(U"ivxlIVXL").find(core[i - 1]) != std::u32string_view::npos &&
         core.size() - i < 5) {
    --i;
  }
  if (i < core.size() && i > 0 && (utf8::IsSpace(core[i - 1]) || IsLeader(core[i - 1]))) return i;
  return std::u32string::npos;
}

bool IsTocHeading(const std::u32string& core) {
  std::u32string s;
  for (char32_t c : core) {
    if (!utf8::IsSpace(c)) s += c;
  }
  return s == U"目錄" || s == U"目录" || s == U"目次" || s == U"Contents" || s == U"CONTENTS" ||
         s == U"TableofContents" || s == U"表目錄" || s == U"圖目錄" || s == U"表目录" || s == U"图目录";
}

// --- notices ---------------------------------------------------------------

bool AnyOf(const std::string& s, std::initializer_list<std::string_view> words) { return ContainsAny(s, words); }

// --- cover page ------------------------------------------------------------

// The field names of a report's cover page (出國報告, 研究報告), both scripts.
constexpr std::string_view kCoverFields[] = {
    "出國人員姓名", "出國人員", "出國人",   "出国人员", "出国人",   "服務機關", "服务机关", "服務單位", "服务单位",
    "職稱",         "职称",     "姓名",     "派赴國家", "派赴国家", "出國地點", "出国地点", "出國地區", "出國期間",
    "出国期间",     "出國日期", "出国日期", "報告日期", "报告日期", "出國類別", "出国类别", "計畫名稱", "计划名称",
    "報告名稱",     "报告名称", "主辦機關", "主办机关", "委託單位", "委托单位", "研究單位", "研究单位", "計畫主持人",
    "计划主持人",   "研究期間", "研究期间", "出版機關", "出版机关", "出版年月", "出訪人員", "出访人员", "出訪時間",
    "出访时间",     "出訪國家", "出访国家", "派出單位", "派出单位", "考察團組", "考察团组", "團組名稱", "团组名称",
    "團長",         "团长",     "培訓時間", "培训时间", "考察時間", "考察时间", "出國事由", "出国事由"};

// The name part of a cover line ("團　　長：…" → "團長：…"): white space
// inside the few characters before the first colon taken out.
std::u32string WithTightName(const std::u32string& core) {
  constexpr size_t kMaxNameSpan = 12;
  const size_t colon = core.find_first_of(U"：:");
  if (colon > kMaxNameSpan) return core;  // npos too
  std::u32string out;
  for (size_t i = 0; i < colon; ++i) {
    if (!utf8::IsSpace(core[i])) out += core[i];
  }
  return out + core.substr(colon);
}

// "出國人員：王小明" → ("出國人員", "王小明"); the name alone gives an empty
// value (it may stand on the line above its value).
bool SplitCoverField(const std::u32string& raw_core, std::string* name, std::string* value) {
  constexpr size_t kMaxQualifier = 6;
  const std::u32string core = WithTightName(raw_core);
  const std::string s = EncodeUtf8(core);
  for (std::string_view field : kCoverFields) {
    if (!s.starts_with(field)) continue;
    size_t name_end = utf8::CodePointCount(field);
    // A qualified or combined name: "派赴國家/地區：", "姓名職稱：".
    if (name_end < core.size() && !utf8::IsSpace(core[name_end]) && core[name_end] != U'：' && core[name_end] != ':') {
      const size_t colon = core.find_first_of(U"：:", name_end);
      if (colon == std::u32string::npos || colon - name_end > kMaxQualifier) continue;  // "姓名學" is not 姓名
      const bool qualifier = std::all_of(
          core.begin() + static_cast<long>(name_end), core.begin() + static_cast<long>(colon), [](char32_t c) {
            return utf8::IsHan(c) || c == '/' || c == U'／' || c == U'（' || c == U'）' || c == '(' || c == ')';
          });
      if (!qualifier) continue;
      name_end = colon;
    }
    std::u32string rest = core.substr(name_end);
    size_t i = 0;
    while (i < rest.size() && (utf8::IsSpace(rest[i]) || rest[i] == U'：' || rest[i] == ':')) ++i;
    if (i == 0 && !rest.empty()) continue;
    *name = EncodeUtf8(core.substr(0, name_end));
    *value = EncodeUtf8(rest.substr(i));
    return utf8::CodePointCount(*value) <= 80;
  }
  return false;
}

// A table of contents with no page numbers (a law's 目录 over its chapter
// titles): the heading and a run of three or more numbered titles right
// under it, each printed again further down as a line of its own.
void MarkTitleOnlyToc(std::vector<PageLine>& lines) {
  constexpr size_t kMinEntries = 3;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !IsTocHeading(lines[i].core)) continue;
    std::vector<size_t> entries;
    size_t k = NextNonBlank(lines, i + 1);
    for (; k < lines.size() && !lines[k].blank(); ++k) {
      const std::u32string& c = lines[k].core;
      if (SectionNumberLength(c) == 0 || c.size() > kMaxTocEntryChars || HasSentenceEnd(c)) break;
      entries.push_back(k);
    }
    if (entries.size() < kMinEntries) continue;
    const size_t end = k;
    bool repeated = true;
    for (size_t e : entries) {
      const std::u32string title = WithoutSpaces(lines[e].core);
      bool found = false;
      for (size_t j = end; j < lines.size() && !found; ++j) found = WithoutSpaces(lines[j].core) == title;
      repeated = repeated && found;
    }
    if (!repeated) continue;
    if (lines[i].reason.empty()) lines[i].reason = "table of contents";
    for (size_t e : entries) {
      if (lines[e].reason.empty()) lines[e].reason = "table of contents";
    }
  }
}

void MarkToc(std::vector<PageLine>& lines) {
  std::vector<size_t> entries;
  std::vector<bool> strong(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty() || lines[i].blank()) continue;
    bool s = false;
    if (IsTocEntry(lines[i].core, &s)) {
      entries.push_back(i);
      strong[i] = s;
    }
  }
  // An entry counts when it has leaders or another entry is near it.
  auto non_blank_between = [&](size_t a, size_t b) {
    size_t n = 0;
    for (size_t k = a + 1; k < b; ++k) n += !lines[k].blank();
    return n;
  };
  // The number after a gap at the end of a line ("參、心得　　8" -> 8), or -1.
  auto page_number = [](const std::u32string& c) -> long {
    size_t d = c.size();
    while (d > 0 && IsAsciiDigit(c[d - 1])) --d;
    if (d == c.size() || d == 0 || !utf8::IsSpace(c[d - 1]) || c.size() - d > 4) return -1;
    return std::stol(EncodeUtf8(c.substr(d)));
  };
  std::vector<size_t> confirmed;
  for (size_t k = 0; k < entries.size(); ++k) {
    bool near = (k > 0 && non_blank_between(entries[k - 1], entries[k]) < kTocWindow) ||
                (k + 1 < entries.size() && non_blank_between(entries[k], entries[k + 1]) < kTocWindow);
    if (strong[entries[k]] || near) confirmed.push_back(entries[k]);
  }
  // A run of entries with no leaders is a table only if its numbers rise
  // as pages do: a course list's credits ("1、內科訓練（一年）　　10",
  // "2、精神科實習　　5") or a table's counts go up and down.
  std::vector<size_t> rising;
  for (size_t a = 0; a < confirmed.size();) {
    size_t b = a + 1;
    while (b < confirmed.size() && non_blank_between(confirmed[b - 1], confirmed[b]) < kTocWindow) ++b;
    bool leaders = false, falls = false;
    for (size_t k = a; k < b; ++k) {
      leaders = leaders || strong[confirmed[k]];
      falls = falls || (k > a && page_number(lines[confirmed[k]].core) < page_number(lines[confirmed[k - 1]].core));
    }
    if (leaders || !falls) rising.insert(rising.end(), confirmed.begin() + a, confirmed.begin() + b);
    a = b;
  }
  confirmed = std::move(rising);
  for (size_t k = 0; k < confirmed.size(); ++k) {
    size_t i = confirmed[k];
    lines[i].reason = "table of contents";
    // Numbered headings between two entries (an entry whose page number
    // went to the next line) belong to the table.
    if (k + 1 < confirmed.size() && non_blank_between(i, confirmed[k + 1]) < kTocWindow) {
      for (size_t j = i + 1; j < confirmed[k + 1]; ++j) {
        const auto& c = lines[j].core;
        if (lines[j].reason.empty() && !lines[j].blank() && c.size() <= kMaxTocEntryChars && !HasSentenceEnd(c)) {
          lines[j].reason = "table of contents";
        }
      }
    }
  }
  // Right under the table's last entry, lines that go on with its page
  // numbers ("參考文獻 105", "附錄 問卷 119" after "第五章 結論與建議 97"):
  // short, no sentence, a page number not below the one before.
  for (size_t k = 0; k < confirmed.size(); ++k) {
    if (k + 1 < confirmed.size() && confirmed[k + 1] == confirmed[k] + 1) continue;
    long last = page_number(lines[confirmed[k]].core);
    for (size_t j = confirmed[k] + 1; last >= 0 && j < lines.size(); ++j) {
      const PageLine& l = lines[j];
      if (l.blank() || !l.reason.empty() || l.core.size() > kMaxTocEntryChars || HasSentencePunct(l.core)) break;
      const long page = page_number(l.core);
      if (page < last) break;
      lines[j].reason = "table of contents";
      last = page;
    }
  }
  // The heading over a table.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty() || !IsTocHeading(lines[i].core)) continue;
    for (size_t j = i + 1, seen = 0; j < lines.size() && seen < 3; ++j) {
      if (lines[j].blank()) continue;
      ++seen;
      if (lines[j].reason == "table of contents") {
        lines[i].reason = "table of contents";
        break;
      }
    }
  }
}

bool IsNoticeReason(const std::string& reason) {
  return reason == "copyright notice" || reason == "reprint notice" || reason == "disclaimer notice";
}

// The numbered clauses under a site's notice heading at `heading`
// ("大众网版权声明：" over "1、凡本网注明…", "2、…"): the items, with the lines
// their hard wrap cut, up to the next blank line, when the first speaks of
// the site itself (本網, 本站, 本報 …). They are the notice's, though an
// item of rules elsewhere keeps its words about rights. Returns the last
// line marked.
size_t MarkNumberedClauses(std::vector<PageLine>& lines, size_t heading, const std::string& reason) {
  constexpr size_t kMaxClauseLines = 12;
  size_t first = heading + 1;
  while (first < lines.size() && lines[first].blank()) ++first;
  if (first >= lines.size() || !IsArticleOrItemOfRules(lines[first].core) ||
      !ContainsAny(lines[first].CoreUtf8(), {"本網", "本网", "本站", "本報", "本报", "本平台", "本刊", "本公司"})) {
    return heading;
  }
  size_t last = heading;
  for (size_t j = first; j < lines.size() && j - first < kMaxClauseLines && !lines[j].blank(); ++j) {
    if (lines[j].reason.empty() || IsNoticeReason(lines[j].reason)) lines[j].reason = reason;
    last = j;
  }
  return last;
}

void MarkNotices(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty() && lines[i].reason != "copyright notice") continue;
    std::string reason = RightsNoticeReason(lines[i].core);
    if (reason.empty()) continue;
    lines[i].reason = reason;
    if (!NoticeHeadingReason(lines[i].core).empty()) {
      i = MarkNumberedClauses(lines, i, reason);
      continue;
    }
    // A notice the crawler's hard wrap cut: the next lines, with no blank
    // line between, that do not start a new item, while the line above
    // each runs to the wrap (a full line of Han text, or 60 characters)
    // without ending its sentence.
    constexpr size_t kMinWrappedHan = 30, kMinWrapped = 60, kMaxWrapLines = 6;
    for (size_t j = i + 1; j < lines.size() && j - i <= kMaxWrapLines; ++j) {
      const auto& c = lines[j - 1].core;
      if (lines[j].blank() || c.empty() || c.back() == U'。' || lines[j].core.size() > 120 || lines[j].bullet) break;
      const auto& next = lines[j].core;
      if (next.empty() || !(next.front() == U'，' || next.front() == U'。' || c.size() >= kMinWrapped ||
                            CountHan(c) >= kMinWrappedHan)) {
        break;
      }
      if (lines[j].reason.empty() || lines[j].reason == reason || IsNoticeReason(lines[j].reason)) {
        lines[j].reason = reason;
      }
    }
  }
}

// The kind of report a cover names, not its title: "出國報告（出國類別：參訪）",
// "行政院及所屬各機關出國報告", "（出國類別：考察）", "因公出国（境）培训总结报告".
// A title names the trip ("赴韓國參訪…報告") and is not one of these.
bool IsReportKindLine(const std::u32string& core) {
  constexpr size_t kMaxKindChars = 24;
  std::u32string rest;
  bool category = false;
  for (size_t i = 0; i < core.size(); ++i) {
    if (core[i] == U'（' || core[i] == '(') {
      const size_t close = core.find_first_of(U"）)", i);
      const std::string inner = close == std::u32string::npos ? "" : EncodeUtf8(core.substr(i + 1, close - i - 1));
      if (AnyOf(inner, {"類別", "类别"})) {
        category = true;
        i = close;
        continue;
      }
    }
    if (!utf8::IsSpace(core[i])) rest += core[i];
  }
  if (rest.empty()) return category;
  const std::string s = EncodeUtf8(rest);
  return rest.size() <= kMaxKindChars && AnyOf(s, {"出國", "出国", "出訪", "出访", "出境"}) &&
         !AnyOf(s, {"赴", "至", "於", "于"}) &&
         (s.ends_with("報告") || s.ends_with("报告") || s.ends_with("報告書") || s.ends_with("报告书"));
}

// A short line that is neither a sentence nor a field: one more value of
// the field above it.
bool IsFieldValueContinuation(const PageLine& l) {
  constexpr size_t kMaxValueChars = 20;
  std::string name, value;
  return l.reason.empty() && !l.core.empty() && l.core.size() <= kMaxValueChars && !HasSentencePunct(l.core) &&
         !SplitCoverField(l.core, &name, &value);
}

// Takes the cover-page fields found from line `from` on; false when too
// few are there (nothing is taken then).
bool TakeCoverFields(std::vector<PageLine>& lines, DocumentFields* fields, size_t from) {
  struct Found {
    size_t line, value_line;
    std::string name, value;
  };
  std::vector<Found> found;
  std::vector<size_t> kind_lines;
  size_t seen = 0;
  for (size_t i = from; i < lines.size() && seen < kCoverZoneLines; ++i) {
    if (lines[i].blank()) continue;
    ++seen;
    if (!lines[i].reason.empty()) continue;
    if (IsProse(lines[i])) break;  // the cover is above the first paragraph
    std::string name, value;
    size_t value_line = i;
    if (!SplitCoverField(lines[i].core, &name, &value)) {
      // A spaced name the PDF's text layer broke in two ("團" / "長：…").
      const size_t j = NextNonBlank(lines, i + 1);
      if (lines[i].core.size() > 2 || CountHan(lines[i].core) != lines[i].core.size() || j >= lines.size() ||
          !lines[j].reason.empty() || !SplitCoverField(lines[i].core + lines[j].core, &name, &value) || value.empty()) {
        if (IsReportKindLine(lines[i].core)) kind_lines.push_back(i);
        continue;
      }
      value_line = j;
    }
    if (value.empty()) {
      // The value on the next line ("報告日期" / "113年9月30日").
      size_t j = i + 1;
      while (j < lines.size() && lines[j].blank()) ++j;
      std::string n2, v2;
      if (j < lines.size() && lines[j].reason.empty() && !SplitCoverField(lines[j].core, &n2, &v2) &&
          lines[j].core.size() <= 40 && !IsProse(lines[j])) {
        value = EncodeUtf8(lines[j].core);
        value_line = j;
      }
    }
    if (value.empty()) continue;
    // Further values of the field, one a line ("出國人員：黃俊傑 副局長" /
    // "蔡淑芬 正工程司" / "吳冠宇 幫工程司"), when another field follows them.
    std::vector<size_t> more;
    size_t next = NextNonBlank(lines, value_line + 1);
    while (next < lines.size() && more.size() < kMaxFieldValueLines && IsFieldValueContinuation(lines[next])) {
      more.push_back(next);
      next = NextNonBlank(lines, next + 1);
    }
    std::string next_name, next_value;
    if (!more.empty() && next < lines.size() && lines[next].reason.empty() &&
        SplitCoverField(lines[next].core, &next_name, &next_value)) {
      for (size_t k : more) value += "、" + EncodeUtf8(lines[k].core);
      value_line = more.back();
    }
    found.push_back({i, value_line, name, value});
    i = value_line;
  }
  if (found.size() < kMinCoverFields) return false;
  for (size_t k : kind_lines) lines[k].reason = "cover-page label";
  for (const auto& f : found) {
    for (size_t k = f.line; k <= f.value_line; ++k) {
      if (!lines[k].blank()) lines[k].reason = "cover-page field (kept as metadata)";
    }
    fields->emplace_back(f.name, f.value);
  }
  return true;
}

// "另請參閱" / "其他資源" / "延伸閱讀" standing alone, and the short lines
// listed under it up to two blank lines or a sentence: links to other pages,
// at the end of an article or a manual page.
void MarkSeeAlso(std::vector<PageLine>& lines) {
  constexpr size_t kMaxItemChars = 40;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty()) continue;
    // Compared as code points: no copy or encoding of every line's core.
    static constexpr std::u32string_view kHeadings[] = {U"另請參閱", U"另请参阅", U"其他資源", U"其他资源",
                                                        U"延伸閱讀", U"延伸阅读", U"相關閱讀", U"相关阅读",
                                                        U"相關文章", U"相关文章", U"See also", U"Additional resources"};
    std::u32string_view c = lines[i].core;
    while (!c.empty() && (c.back() == U'：' || c.back() == ':')) c.remove_suffix(1);
    if (std::find(std::begin(kHeadings), std::end(kHeadings), c) == std::end(kHeadings)) continue;
    size_t j = i + 1;
    std::vector<size_t> items;
    // Items may stand a blank line apart (Markdown); two blank lines end
    // the list.
    for (size_t blanks = 0; j < lines.size() && blanks < 2; ++j) {
      if (lines[j].blank()) {
        ++blanks;
        continue;
      }
      if (lines[j].core.size() > kMaxItemChars || HasSentenceEnd(lines[j].core)) break;
      blanks = 0;
      items.push_back(j);
    }
    if (items.empty()) continue;
    lines[i].reason = "related-articles list";
    for (size_t k : items) {
      if (lines[k].reason.empty()) lines[k].reason = "related-articles list";
    }
  }
}

}  // namespace

size_t SectionNumberLength(const std::u32string& c) {
  if (c.empty()) return 0;
  size_t i = 0;
  // 第三章, 第1節
  if (c[0] == U'第') {
    i = 1;
    while (i < c.size() && (IsChineseNumeral(c[i]) || IsFormalNumeral(c[i]) || IsAsciiDigit(c[i]))) ++i;
    if (i > 1 && i < c.size() && std::u32string_view(U"章節节篇部條条款編编").find(c[i]) != std::u32string_view::npos) {
      ++i;
      while (i < c.size() && utf8::IsSpace(c[i])) ++i;
      return i;
    }
    return 0;
  }
  // （一）, (1)
  if (c[0] == U'（' || c[0] == '(') {
    i = 1;
    while (i < c.size() && (IsChineseNumeral(c[i]) || IsAsciiDigit(c[i]))) ++i;
    if (i > 1 && i < c.size() && (c[i] == U'）' || c[i] == ')')) return i + 1;
    return 0;
  }
  // 壹、 一、 貳 (formal numerals may stand with a space)
  if (IsFormalNumeral(c[0]) || IsChineseNumeral(c[0])) {
    while (i < c.size() && i < 3 && (IsFormalNumeral(c[i]) || IsChineseNumeral(c[i]))) ++i;
    if (i < c.size() && (c[i] == U'、' || c[i] == U'．' || (IsFormalNumeral(c[0]) && (IsNumberMark(c[i]))))) {
      ++i;
      while (i < c.size() && (utf8::IsSpace(c[i]) || c[i] == U'、')) ++i;
      return i;
    }
    return 0;
  }
  // "1、", "1．", "1.前言", "1. 前言", "1.2 背景" (not "1.5億", not "3 個")
  if (IsAsciiDigit(c[0])) {
    while (i < c.size() && i < 8 && (IsAsciiDigit(c[i]) || (c[i] == '.' && IsAsciiDigit(c[i - 1])))) ++i;
    const bool dotted = c.substr(0, i).find(U'.') != std::u32string::npos;
    const bool ends_dot = c[i - 1] == '.';
    if (i < c.size() && (c[i] == U'、' || c[i] == U'．')) {
      ++i;
    } else if (i < c.size() && ends_dot && (utf8::IsSpace(c[i]) || utf8::IsHan(c[i]))) {
      // "1.前言"
    } else if (!(i < c.size() && dotted && utf8::IsSpace(c[i]))) {
      return 0;
    }
    while (i < c.size() && utf8::IsSpace(c[i])) ++i;
    return i < c.size() ? i : 0;
  }
  return 0;
}

bool IsTocEntry(const std::u32string& core, bool* strong) {
  *strong = false;
  if (core.empty() || core.size() > kMaxTocEntryChars + 40) return false;
  size_t page = TrailingPageNumber(core);
  if (page == std::u32string::npos) return false;
  size_t i = page;
  while (i > 0 && utf8::IsSpace(core[i - 1])) --i;
  size_t leaders = 0;
  while (i > 0 && (IsLeader(core[i - 1]) || utf8::IsSpace(core[i - 1]))) {
    leaders += IsLeader(core[i - 1]) ? (core[i - 1] == U'…' || core[i - 1] == U'⋯' ? 2 : 1) : 0;
    --i;
  }
  if (leaders >= kMinLeaders) {
    *strong = true;
    return true;  // leaders and a page number: nothing else looks so
  }
  // A numbered heading, short, no sentence, a gap, then the page number.
  if (core.size() > kMaxTocEntryChars || HasSentenceEnd(core) || page == 0 || !utf8::IsSpace(core[page - 1])) {
    return false;
  }
  return SectionNumberLength(core) > 0 && i > SectionNumberLength(core);
}

void MarkDocumentStructure(std::vector<PageLine>& lines, DocumentFields* fields, bool web_page) {
  MarkToc(lines);
  MarkTitleOnlyToc(lines);
  if (!web_page) MarkSeeAlso(lines);  // a web page's lists have their own rule
  MarkNotices(lines);
  MarkHeadlineLists(lines, web_page);
  if (!fields) return;
  // On a web page, a report converted to text below the record's own rows
  // has its cover where its kind line stands ("出國報告（出國類別：研習）");
  // the record's rows above it are the page's, not the cover.
  if (web_page) {
    for (size_t i = 1; i < lines.size(); ++i) {
      if (lines[i].kept() && IsReportKindLine(lines[i].core)) {
        if (TakeCoverFields(lines, fields, i)) return;
        break;
      }
    }
  }
  TakeCoverFields(lines, fields, 0);
}

}  // namespace wenyuan::clean
