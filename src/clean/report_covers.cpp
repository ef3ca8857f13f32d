#include "clean/report_covers.h"

#include <set>
#include <string>
#include <string_view>

#include "clean/running_heads.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCoverLine = 40;
constexpr char kOutside[] = "outside the main text";
constexpr char kTableOfContents[] = "table of contents";

bool IsCoverLine(const PageLine& l) {
  if (l.blank() || l.bullet || l.placeholder || (!l.kept() && l.reason != kOutside)) return false;
  return CountHan(l.core) >= 2 && l.core.size() <= kMaxCoverLine && !HasSentenceEnd(l.core);
}

bool EndsWithAnyOf(std::u32string_view s, std::initializer_list<std::u32string_view> ends) {
  for (std::u32string_view e : ends) {
    if (s.ends_with(e)) return true;
  }
  return false;
}

}  // namespace

bool NamesReportKind(const std::u32string& core) {
  std::u32string_view s = utf8::Trim(std::u32string_view(core));
  // A kind followed by its class in brackets: "…出國報告（出國類別：考察）".
  if (s.ends_with(U"）") || s.ends_with(U")")) {
    const size_t open = s.find_last_of(U"（(");
    if (open != std::u32string_view::npos && open > 0) s = utf8::Trim(s.substr(0, open));
  }
  return EndsWithAnyOf(s, {U"報告", U"报告", U"報告書", U"报告书", U"摘要", U"白皮書", U"白皮书", U"年報", U"年报",
                           U"計畫書", U"计划书"});
}

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
  std::set<std::u32string> kept_cores;
  for (const PageLine& l : lines) {
    if (l.kept()) kept_cores.insert(WithoutSpaces(l.core));
  }
  std::vector<size_t> out;
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
        if (!IsCoverLine(lines[k]) || lines[k].kept() || kept_cores.count(WithoutSpaces(lines[k].core))) continue;
        lines[k].reason.clear();
        out.push_back(k);
      }
    }
    begin = end;
  }
  return out;
}

}  // namespace wenyuan::clean
