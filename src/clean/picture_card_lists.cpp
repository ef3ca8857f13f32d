#include "clean/picture_card_lists.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeadingChars = 10;
constexpr size_t kMaxCardChars = 40;
constexpr size_t kMinCards = 3;
constexpr char kRelatedList[] = "related-articles list";  // clean/link_lists.h

bool IsCard(const PageLine& l) {
  return !l.blank() && l.bullet && l.placeholder && l.core.size() <= kMaxCardChars && !HasSentenceEnd(l.core) &&
         SpaceSeparatedWords(l.core).size() >= 2;
}

}  // namespace

void MarkPictureCardLists(std::vector<PageLine>& lines) {
  bool text_above = false;
  for (size_t h = 0; h + 1 < lines.size(); ++h) {
    const PageLine& heading = lines[h];
    if (!heading.kept() || heading.bullet || heading.core.size() > kMaxHeadingChars || HasSentencePunct(heading.core) ||
        !text_above) {
      text_above = text_above || heading.kept();
      continue;
    }
    size_t end = h + 1;
    while (end < lines.size() && IsCard(lines[end])) ++end;
    if (end - h - 1 < kMinCards) {
      text_above = true;
      continue;
    }
    for (size_t k = h; k < end; ++k) {
      if (lines[k].kept()) lines[k].reason = kRelatedList;
    }
    h = end - 1;
  }
}

}  // namespace wenyuan::clean
