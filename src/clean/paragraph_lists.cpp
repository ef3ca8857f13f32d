#include "clean/paragraph_lists.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinItems = 2, kMaxItems = 12;
constexpr size_t kMaxItem = 40;    // one item of a typed list
constexpr size_t kMaxLeadIn = 40;  // the line that opens it
constexpr size_t kMinSentenceHan = 6;

bool IsRestorable(const PageLine& l) {
  return l.reason.empty() || l.reason == "menu or link list" || l.reason == "forum post furniture" ||
         l.reason == "outside the main text";
}

bool IsLeadIn(const PageLine& l) {
  if (!IsRestorable(l) || l.blank() || l.core.size() < 3 || l.core.size() > kMaxLeadIn) return false;
  const char32_t last = l.core.back();
  return (last == U'：' || last == ':') && CountHan(l.core) >= 2 && !HasSentenceEnd(l.core);
}

bool IsItem(const PageLine& l) { return !l.blank() && l.bullet && l.core.size() >= 2 && l.core.size() <= kMaxItem; }

// A kept sentence of the writer's.
bool IsKeptSentence(const PageLine& l) {
  return l.kept() && CountHan(l.core) >= kMinSentenceHan && HasSentenceEnd(l.core);
}

}  // namespace

void KeepParagraphLists(std::vector<PageLine>& lines) {
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!IsLeadIn(lines[i])) continue;
    size_t end = i + 1;
    while (end < lines.size() && IsItem(lines[end]) && !IsKeptSentence(lines[end]) && end - i <= kMaxItems) ++end;
    const size_t items = end - i - 1;
    if (items < kMinItems || items > kMaxItems) continue;
    const bool below = end < lines.size() && IsKeptSentence(lines[end]);
    const bool above = i > 0 && IsKeptSentence(lines[i - 1]);
    if (!below && !above) continue;
    // Items typed as a list: each behind a bullet ("- ", "• ").
    size_t bullets = 0;
    for (size_t k = i + 1; k < end; ++k) bullets += lines[k].bullet;
    if (bullets != items) continue;
    for (size_t k = i; k < end; ++k) lines[k].reason.clear();
    i = end - 1;
  }
}

}  // namespace wenyuan::clean
