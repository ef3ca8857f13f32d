#include "clean/author_cards.h"

#include <string>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCardLines = 4, kMaxCardChars = 60, kMaxFollowChars = 20;

// "(BUTTON) 关注   粉丝 1.2k", "追蹤作者", "+ Follow": a follow button.
bool IsFollowButton(const PageLine& l) {
  if (l.raw.size() > 3 * kMaxCardChars || HasSentenceEnd(l.core)) return false;
  if (!ContainsAny(l.raw, {"关注", "關注", "追蹤", "追踪", "Follow", "follow", "訂閱", "订阅"})) return false;
  // A button, or a short line that opens with the word ("+ 关注", "追蹤作者").
  std::string core;
  for (char32_t c : l.core) utf8::Append(core, c);
  return l.raw.find("(BUTTON)") != std::string_view::npos ||
         (l.core.size() <= kMaxFollowChars && StartsWithAny(core, {"关注", "關注", "追蹤", "追踪", "Follow", "+ 关注",
                                                                   "+关注", "+ 關注", "+關注", "訂閱", "订阅"}));
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
