#include "clean/dated_lists.h"

#include <optional>

#include "clean/article_lines.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";
constexpr size_t kMinItems = 2, kMaxItems = 12, kMaxItem = 60, kMaxHeading = 8;

// A four-digit year (19xx or 20xx) not inside a longer number.
bool HasYear(const std::u32string& c) {
  for (size_t i = 0; i + 4 <= c.size(); ++i) {
    if (i > 0 && IsAsciiDigit(c[i - 1])) continue;
    if (!((c[i] == '1' && c[i + 1] == '9') || (c[i] == '2' && c[i + 1] == '0'))) continue;
    if (IsAsciiDigit(c[i + 2]) && IsAsciiDigit(c[i + 3]) && (i + 4 == c.size() || !IsAsciiDigit(c[i + 4]))) return true;
  }
  return false;
}

bool IsDatedItem(const PageLine& l) {
  return l.bullet && l.reason == kOutside && l.core.size() <= kMaxItem && !HasSentenceEnd(l.core) && HasYear(l.core) &&
         l.core.find_first_of(U"|｜") == std::u32string::npos;
}

}  // namespace

std::vector<size_t> KeepDatedListsBetweenKeptText(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsDatedItem(lines[i])) continue;
    size_t end = i;
    std::vector<size_t> items;
    while (end < lines.size() && (lines[end].blank() || IsDatedItem(lines[end]))) {
      if (!lines[end].blank()) items.push_back(end);
      ++end;
    }
    // Its heading: a short line of its own right above, left out too.
    size_t top = i;
    while (top > 0 && lines[top - 1].blank()) --top;
    std::optional<size_t> heading;
    if (top > 0) {
      const PageLine& h = lines[top - 1];
      if (!h.bullet && h.reason == kOutside && h.core.size() <= kMaxHeading && CountHan(h.core) >= 2 &&
          !HasSentencePunct(h.core)) {
        heading = top - 1;
        --top;
        while (top > 0 && lines[top - 1].blank()) --top;
      }
    }
    size_t below = end;
    while (below < lines.size() && (lines[below].blank() || IsWidgetReason(lines[below].reason))) ++below;
    const bool between = top > 0 && lines[top - 1].kept() && below < lines.size() && lines[below].kept();
    if (between && items.size() >= kMinItems && items.size() <= kMaxItems) {
      if (heading) items.insert(items.begin(), *heading);
      for (size_t k : items) {
        lines[k].reason.clear();
        out.push_back(k);
      }
    }
    i = end;
  }
  return out;
}

}  // namespace wenyuan::clean
