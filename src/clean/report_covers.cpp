#include "clean/report_covers.h"

#include <set>
#include <string>
#include <string_view>

#include "clean/dates_and_bylines.h"
#include "clean/running_heads.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCoverLine = 40;
constexpr char kOutside[] = "outside the main text";
constexpr char kTableOfContents[] = "table of contents";

bool IsCoverLine(const PageLine& l) {
  if (l.blank() || l.bullet || l.placeholder || (!l.kept() && l.reason != kOutside)) return false;
  return CountHan(l.core) >= 2 && l.core.size() <= kMaxCoverLine && !HasSentenceEnd(l.core) &&
         l.core.find_first_of(U">›»") == std::u32string::npos;  // no crumb
}

bool EndsWithAnyOf(std::u32string_view s, std::initializer_list<std::u32string_view> ends) {
  for (std::u32string_view e : ends) {
    if (s.ends_with(e)) return true;
  }
  return false;
}

}  // namespace

bool NamesReportKind(const std::u32string& core) {
  // A cover spaces its title out ("政 府 工 作 报 告").
  const std::u32string unspaced = WithoutSpaces(core);
  std::u32string_view s = unspaced;
  // A kind followed by its class in brackets: "…出國報告（出國類別：考察）".
  if (s.ends_with(U"）") || s.ends_with(U")")) {
    const size_t open = s.find_last_of(U"（(");
    if (open != std::u32string_view::npos && open > 0) s = utf8::Trim(s.substr(0, open));
  }
  return EndsWithAnyOf(s, {U"報告", U"报告", U"報告書", U"报告书", U"摘要", U"白皮書", U"白皮书", U"年報", U"年报",
                           U"計畫書", U"计划书", U"施政計畫", U"施政计划", U"工作計畫", U"工作计划"});
}

namespace {

// A line the page's head may be: short, Han, no sentence in it, no
// bullet, crumb or field.
bool IsHeadlineShaped(const PageLine& l) {
  constexpr size_t kMaxHeadline = 60, kMinHan = 4;
  return !l.blank() && !l.bullet && l.core.size() <= kMaxHeadline && CountHan(l.core) >= kMinHan &&
         !HasSentencePunct(l.core) && l.core.find_first_of(U">›：:|") == std::u32string::npos;
}

// Stops the search for the page's head: the site's menus and crumbs, or
// kept prose.
bool EndsHeadSearch(const PageLine& l) {
  return l.reason == "menu or link list" || l.reason == "breadcrumb" || l.reason == "category path" ||
         (l.kept() && HasSentenceEnd(l.core));
}

// The page's headline and its date row over the converted document (see
// the header); returns the lines given back.
std::vector<size_t> KeepPageHeadOverReport(std::vector<PageLine>& lines, size_t first_mark) {
  for (size_t k = first_mark; k-- > 0;) {
    const PageLine& d = lines[k];
    if (d.blank()) continue;
    if (EndsHeadSearch(d)) return {};
    if (d.reason != kOutside || d.bullet || !IsFieldRow(d.core) || !IsDateLine(d.core)) continue;
    size_t h = k;  // the headline: the next line up, one blank line at most between
    for (size_t blanks = 0; h-- > 0 && lines[h].blank() && blanks < 1;) ++blanks;
    if (h >= k || lines[h].blank() || !IsHeadlineShaped(lines[h]) ||
        !(lines[h].kept() || lines[h].reason == kOutside)) {
      return {};
    }
    std::vector<size_t> out;
    for (size_t i : {h, k}) {
      if (lines[i].kept()) continue;
      lines[i].reason.clear();
      out.push_back(i);
    }
    return out;
  }
  return {};
}

// The cover's copy of the page's kept headline, whole or in part
// ("115年度施政計畫" under "客家委員會115年度施政計畫").
bool CopiesKeptHeadline(const std::u32string& cover, const std::vector<std::u32string>& headlines) {
  constexpr size_t kMinCopy = 4;
  if (cover.size() < kMinCopy) return false;
  for (const std::u32string& h : headlines) {
    if (h.find(cover) != std::u32string::npos) return true;
  }
  return false;
}

}  // namespace

// A line a cover's run goes on past: a blank, the cover's copy of the
// title that the running header rule took, the cover's picture.
bool InCoverRun(const PageLine& l) {
  return l.blank() || l.reason == kRunningHead || (l.placeholder && l.core.empty()) || l.reason == "image placeholder";
}

std::vector<size_t> KeepReportCovers(std::vector<PageLine>& lines) {
  // The marks of a converted document (a table of contents, a page number
  // the header rules took); the cover stands above the first.
  size_t first_mark = lines.size();
  for (size_t i = 0; i < lines.size() && first_mark == lines.size(); ++i) {
    const std::string& r = lines[i].reason;
    if (r == kTableOfContents || ((r == kRunningHead || r == kPageNumber) && !PageNumberOfLine(lines[i]).empty())) {
      first_mark = i;
    }
  }
  if (first_mark == lines.size()) return {};
  std::vector<size_t> out = KeepPageHeadOverReport(lines, first_mark);
  std::set<std::u32string> kept_cores;
  std::vector<std::u32string> headlines;  // kept lines a headline's shape
  for (const PageLine& l : lines) {
    if (!l.kept()) continue;
    kept_cores.insert(WithoutSpaces(l.core));
    if (IsHeadlineShaped(l)) headlines.push_back(WithoutSpaces(l.core));
  }
  for (size_t begin = 0; begin < first_mark;) {
    if (!IsCoverLine(lines[begin])) {
      ++begin;
      continue;
    }
    size_t end = begin + 1;  // one past the run's last cover line
    for (size_t k = begin + 1; k < first_mark && (InCoverRun(lines[k]) || IsCoverLine(lines[k])); ++k) {
      if (IsCoverLine(lines[k])) end = k + 1;
    }
    // The report's text below it, past the cover page's number ("- I -").
    size_t after = NextNonBlank(lines, end);
    while (after < lines.size() && !PageNumberOfLine(lines[after]).empty()) after = NextNonBlank(lines, after + 1);
    const bool opens_report = after < lines.size() && (lines[after].kept() || lines[after].reason == kTableOfContents);
    // The cover opens with the line naming the report's kind: short lines
    // above it (the page's headline and publisher line, a note on the
    // conversion) are the page's, not the report's.
    size_t cover = end;
    bool dropped = false;
    for (size_t k = begin; k < end; ++k) {
      if (!IsCoverLine(lines[k])) continue;
      if (cover == end && NamesReportKind(lines[k].core)) cover = k;
      dropped = dropped || (cover < end && !lines[k].kept());
    }
    if (opens_report && cover < end && dropped) {
      for (size_t k = cover; k < end; ++k) {
        const std::u32string unspaced = WithoutSpaces(lines[k].core);
        if (!IsCoverLine(lines[k]) || lines[k].kept() || kept_cores.count(unspaced) ||
            CopiesKeptHeadline(unspaced, headlines)) {
          continue;
        }
        lines[k].reason.clear();
        out.push_back(k);
      }
    }
    begin = end;
  }
  return out;
}

}  // namespace wenyuan::clean
