#include "clean/author_cards.h"

#include <string>

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCardLines = 4, kMaxCardChars = 60;

// "(BUTTON) 关注   粉丝 1.2k", "追蹤作者", "+ Follow": a follow button.
bool IsFollowButton(const PageLine& l) {
  return l.raw.size() <= 3 * kMaxCardChars &&
         ContainsAny(l.raw, {"关注", "關注", "追蹤", "追踪", "Follow", "follow", "訂閱作者", "订阅作者"}) &&
         !HasSentenceEnd(l.core);
}

}  // namespace

void MarkAuthorCards(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    // An avatar alone on its line.
    if (!(lines[i].placeholder && lines[i].core.empty()) && lines[i].reason != "image placeholder") continue;
    size_t follow = lines.size();
    for (size_t k = i + 1, n = 0; k < lines.size() && n <= kMaxCardLines; ++k) {
      if (lines[k].blank()) continue;
      ++n;
      if (IsFollowButton(lines[k])) {
        follow = k;
        break;
      }
      if (lines[k].core.size() > kMaxCardChars || lines[k].placeholder || lines[k].reason == "image placeholder") break;
    }
    if (follow == lines.size() || follow == i + 1) continue;
    for (size_t k = i + 1; k < follow; ++k) {
      if (!lines[k].blank() && lines[k].reason.empty()) lines[k].reason = kAuthorCard;
    }
    i = follow;
  }
}

}  // namespace wenyuan::clean
