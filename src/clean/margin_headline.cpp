#include "clean/margin_headline.h"

#include "clean/article_lines.h"
#include "clean/dates_and_bylines.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kWindow = 24;  // non-blank lines scanned above the body
constexpr size_t kMinHeading = 4, kMaxHeading = 40;

bool AtMargin(const PageLine& l, size_t min_han = kMinHeading) {
  if (l.blank() || l.bullet || l.placeholder || l.raw.empty() || l.raw.front() == ' ' || l.raw.front() == '\t') {
    return false;
  }
  const std::u32string& c = l.core;
  if (c.size() < min_han || c.size() > kMaxHeading || CountHan(c) < min_han || HasSentenceEnd(c)) return false;
  if (c.find_first_of(U"|｜") != std::u32string::npos || c.back() == U'：' || c.back() == ':' || HasNavigationWord(c)) {
    return false;  // "回到首頁": a link back, no title
  }
  return l.reason.empty() || l.reason == "menu or link list" || l.reason == "current tab label";
}

}  // namespace

std::optional<size_t> MarginHeadlineAbove(const std::vector<PageLine>& lines, size_t body) {
  // Only where the page indents its text does the margin mark a heading.
  if (body >= lines.size() || lines[body].raw.empty() || lines[body].raw.front() != ' ') return std::nullopt;
  for (size_t i = body, seen = 0; i > 0 && seen < kWindow;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    ++seen;
    if (EndsHead(l.reason)) return std::nullopt;
    if (AtMargin(l)) return i;
  }
  return std::nullopt;
}

std::optional<size_t> MarginTitleOverDatedHeading(const std::vector<PageLine>& lines, size_t heading) {
  constexpr size_t kMinTitle = 2;
  if (heading >= lines.size() || !IsDateLine(lines[heading].core)) return std::nullopt;
  for (size_t i = heading, seen = 0; i > 0 && seen < kWindow;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    ++seen;
    if (EndsHead(l.reason)) return std::nullopt;
    if (AtMargin(l, kMinTitle)) return IsDateLine(l.core) ? std::nullopt : std::optional<size_t>(i);
  }
  return std::nullopt;
}

}  // namespace wenyuan::clean
