#include "clean/record_titles.h"

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxReach = 12;         // lines above the first field
constexpr size_t kMinFields = 3;         // fields in a row that open the main text
constexpr size_t kMaxTitle = 30;         // a title, in characters
constexpr size_t kMaxDescription = 150;  // a description sentence, in characters
constexpr size_t kMaxLeftOut = 3;        // the title and up to two sentences

bool LeftOut(const PageLine& l) { return !l.blank() && l.reason == "outside the main text"; }

bool IsTitle(const PageLine& l) {
  return !l.bullet && l.core.size() <= kMaxTitle && CountHan(l.core) >= 2 && !HasSentencePunct(l.core) &&
         l.core.find_first_of(U"|｜[]【】>：:") == std::u32string::npos;
}

bool IsDescription(const PageLine& l) {
  return !l.bullet && l.core.size() <= kMaxDescription && HasSentenceEnd(l.core) &&
         l.core.find_first_of(U"|｜[]") == std::u32string::npos;
}

// A line that closes the page's head from above: a breadcrumb, a menu, a
// link list.
bool ClosesFromAbove(const PageLine& l) {
  return l.reason == "breadcrumb" || l.reason == "menu or link list" || l.reason == "category path";
}

}  // namespace

std::vector<size_t> KeepRecordTitles(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  size_t first = 0;
  while (first < lines.size() && !lines[first].kept()) ++first;
  if (first == lines.size()) return out;
  for (size_t k = first; k < first + kMinFields; ++k) {
    if (k >= lines.size() || !lines[k].kept() || !IsShortLabelField(lines[k].core)) return out;
  }
  std::vector<size_t> left_out;  // bottom to top
  size_t i = first;
  for (size_t seen = 0; i > 0 && seen < kMaxReach; ++seen) {
    const PageLine& l = lines[i - 1];
    if (ClosesFromAbove(l) || l.kept()) break;
    if (LeftOut(l)) {
      if (left_out.size() == kMaxLeftOut) return out;
      left_out.push_back(i - 1);
    }
    --i;
  }
  if (i > 0 && !(ClosesFromAbove(lines[i - 1]))) return out;  // reached no top
  if (left_out.empty() || !IsTitle(lines[left_out.back()])) return out;
  for (size_t k = 0; k + 1 < left_out.size(); ++k) {
    if (!IsDescription(lines[left_out[k]])) return out;
  }
  for (size_t k : left_out) {
    lines[k].reason.clear();
    out.push_back(k);
  }
  return out;
}

}  // namespace wenyuan::clean
