#include "clean/author_cards.h"

#include <algorithm>
#include <string>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCardLines = 4, kMaxCardChars = 60, kMaxFollowChars = 20;

// "(BUTTON) 关注   粉丝 1.2k", "追蹤作者", "+ Follow": a follow button.
bool IsFollowButton(const PageLine& l) {
  if (l.raw.size() > 3 * kMaxCardChars || HasSentenceEnd(l.core)) return false;
  if (!ContainsAny(l.raw, {"关注", "關注", "追蹤", "追踪", "Follow", "follow", "訂閱", "订阅"})) return false;
  // A button, or a short line that opens with the word ("+ 关注", "追蹤作者");
  // not a heading with a colon that opens with a noun ("關注組：…").
  std::string core;
  for (char32_t c : l.core) utf8::Append(core, c);
  return l.raw.find("(BUTTON)") != std::string_view::npos ||
         (l.core.size() <= kMaxFollowChars && l.core.find_first_of(U"：:") == std::u32string::npos &&
          StartsWithAny(
              core, {"关注", "關注", "追蹤", "追踪", "Follow", "+ 关注", "+关注", "+ 關注", "+關注", "訂閱", "订阅"}));
}

// "[头像]", "[作者頭像]", "[avatar]": an avatar's alt text in brackets.
bool IsAvatarLabel(const std::u32string& core) {
  constexpr size_t kMaxAvatarLabel = 12;
  if (core.size() < 3 || core.size() > kMaxAvatarLabel || core.front() != '[' || core.back() != ']') return false;
  std::string inner;
  for (size_t i = 1; i + 1 < core.size(); ++i) utf8::Append(inner, core[i]);
  return ContainsAny(inner, {"头像", "頭像", "大头贴", "大頭貼", "avatar", "Avatar", "AVATAR"});
}

// "个人资料", "博主簡介": a profile box's short heading.
bool IsProfileHeading(const PageLine& l) {
  constexpr size_t kMaxHeading = 6;
  if (!l.kept() || l.core.size() > kMaxHeading || HasSentencePunct(l.core)) return false;
  std::string core;
  for (char32_t c : l.core) utf8::Append(core, c);
  return ContainsAny(core, {"资料", "資料", "简介", "簡介", "档案", "檔案", "信息", "資訊"});
}

}  // namespace

bool IsProfileCounter(const std::u32string& core, bool* has_value) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 6, kMaxUnit = 2;
  const size_t colon = core.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon < kMinLabel || colon > kMaxLabel) return false;
  for (size_t i = 0; i < colon; ++i) {
    if (!utf8::IsHan(core[i])) return false;
  }
  std::string label;
  for (size_t i = 0; i < colon; ++i) utf8::Append(label, core[i]);
  if (!ContainsAny(label, {"积分", "積分", "访问", "訪問", "人气", "人氣", "粉丝", "粉絲", "关注", "關注", "等级",
                           "等級", "帖子", "主题", "主題", "回帖", "发帖", "發帖", "经验", "經驗", "威望", "博文",
                           "文章", "获赞", "獲讚", "访客", "訪客", "金笔", "金筆", "徽章", "勋章", "勳章", "排名"})) {
    return false;
  }
  size_t i = colon + 1;
  while (i < core.size() && utf8::IsSpace(core[i])) ++i;
  size_t digits = 0;
  while (i < core.size() && (IsAsciiDigit(core[i]) || ((core[i] == ',' || core[i] == '.') && digits > 0))) {
    digits += IsAsciiDigit(core[i]) ? 1 : 0;
    ++i;
  }
  const size_t unit = core.size() - i;
  if (unit > kMaxUnit || (digits == 0 && unit > 0)) return false;
  for (; i < core.size(); ++i) {
    if (!utf8::IsHan(core[i])) return false;
  }
  if (has_value != nullptr) *has_value = digits > 0;
  return true;
}

void MarkProfileCounters(std::vector<PageLine>& lines) {
  constexpr size_t kMinCounters = 3, kMinValues = 2;
  for (size_t i = 0; i < lines.size();) {
    size_t end = i, values = 0;
    for (bool value = false; end < lines.size() && !lines[end].blank() && IsProfileCounter(lines[end].core, &value);
         ++end) {
      values += value ? 1 : 0;
    }
    if (end - i < kMinCounters || values < kMinValues) {
      i = std::max(end, i + 1);
      continue;
    }
    for (size_t k = i; k < end; ++k) {
      if (lines[k].reason.empty()) lines[k].reason = kAuthorCard;
    }
    // The box's heading: the nearest kept line above, in the same block.
    for (size_t k = i; k > 0 && !lines[k - 1].blank(); --k) {
      if (!lines[k - 1].kept()) continue;
      if (IsProfileHeading(lines[k - 1])) lines[k - 1].reason = kAuthorCard;
      break;
    }
    i = end;
  }
}

void MarkAuthorCards(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    // An avatar alone on its line.
    if (!(lines[i].placeholder && lines[i].core.empty()) && lines[i].reason != "image placeholder" &&
        !IsAvatarLabel(lines[i].core)) {
      continue;
    }
    // An advert's slot ("[INS: :INS]") is no avatar.
    if (lines[i].raw.find("INS:") != std::string_view::npos) continue;
    size_t follow = lines.size();
    for (size_t k = i + 1, n = 0; k < lines.size() && n <= kMaxCardLines; ++k) {
      if (lines[k].blank()) continue;
      ++n;
      if (IsFollowButton(lines[k])) {
        follow = k;
        break;
      }
      // Another picture ends the card; a badge before a line of text
      // ("[V] 中国国家博物馆官方微博") is the card's own.
      // A byline row ("小鹿 发表于 2026-11-28") is the head's, below any card.
      if (lines[k].core.size() > kMaxCardChars || (lines[k].placeholder && lines[k].core.empty()) ||
          lines[k].reason == "image placeholder" ||
          ContainsAny(lines[k].raw, {"发表于", "發表於", "发布于", "發佈於", "發布於"})) {
        break;
      }
    }
    if (follow == lines.size() || follow == i + 1) continue;
    for (size_t k = i + 1; k < follow; ++k) {
      if (!lines[k].blank() && lines[k].reason.empty()) lines[k].reason = kAuthorCard;
    }
    i = follow;
  }
}

}  // namespace wenyuan::clean
