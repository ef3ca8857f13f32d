#include "clean/forum_user_cards.h"

#include <string>

#include "clean/dates_and_bylines.h"
#include "clean/forum_rules.h"
#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCardChars = 48;
constexpr size_t kMaxSignatureLines = 4;
constexpr size_t kMaxSignatureChars = 80;

bool IsRuleChar(char32_t c) {
  return c == U'─' || c == U'━' || c == U'-' || c == U'—' || c == U'=' || c == U'_' || c == U'~' || c == U'*' ||
         c == U'═' || c == U'·' || c == U'【' || c == U'】' || c == U'[' || c == U']';
}

// "─────", "=====": a floor's separator.
bool IsFloorSeparator(const std::u32string& core) {
  if (core.size() < 3) return false;
  for (char32_t c : core) {
    if (!IsRuleChar(c) && !utf8::IsSpace(c)) return false;
  }
  return true;
}

// "─ 簽名檔 ─", "签名档", "-- Signature --": the marker over a signature.
bool IsSignatureMarker(const std::u32string& core) {
  std::u32string s;
  for (char32_t c : core) {
    if (!IsRuleChar(c) && !utf8::IsSpace(c)) s += c;
  }
  for (std::u32string_view w :
       {U"簽名檔", U"签名档", U"簽名", U"签名", U"個性簽名", U"个性签名", U"Signature", U"signature", U"SIGNATURE"}) {
    if (s == w) return true;
  }
  return false;
}

bool IsCountToken(const std::u32string& t) {
  if (t == U"-" || t == U"--" || t == U"－" || t == U"—") return true;
  size_t digits = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const char32_t c = t[i];
    if (IsAsciiDigit(c)) {
      ++digits;
    } else if (c == ',' || c == '.' || ((c == 'k' || c == 'K' || c == U'萬' || c == U'万') && i + 1 == t.size())) {
      continue;
    } else {
      return false;
    }
  }
  return digits > 0;
}

bool IsCountLabel(const std::u32string& t) {
  // "[thumb-up]", "[讚]": a button's picture standing for its label.
  constexpr size_t kMaxPictureName = 16;
  if (t.size() >= 3 && t.size() <= kMaxPictureName + 2 && t.front() == U'[' && t.back() == U']') {
    return t.find_first_of(U"[]", 1) == t.size() - 1;
  }
  if (t.empty() || t.size() > 4) return false;
  for (char32_t c : t) {
    if (IsAsciiDigit(c) || IsSentencePunct(c) || c == '-' || c == U'：' || c == ':') return false;
  }
  return true;
}

// "2026-12-02 21:47:10  編輯": a floor's time, with the floor's action words.
bool IsFloorTimeLine(const std::u32string& core) {
  if (core.size() > kMaxCardChars) return false;
  std::u32string rest = core;
  bool trimmed = true;
  while (trimmed) {
    trimmed = false;
    while (!rest.empty() && utf8::IsSpace(rest.back())) rest.pop_back();
    for (std::u32string_view w : {U"編輯", U"编辑", U"檢舉", U"举报", U"檢舉", U"回覆", U"回复", U"引用", U"修改",
                                  U"刪除", U"删除", U"|", U"｜"}) {
      if (rest.size() > w.size() && rest.ends_with(w)) {
        rest.resize(rest.size() - w.size());
        trimmed = true;
      }
    }
  }
  if (rest.empty() || !IsAsciiDigit(rest.front())) return false;
  return IsDateLine(rest) && !HasSentenceEnd(rest);
}

// "貓飯研究員 (nekomeshi)": a poster's name beside the account's handle.
bool IsNameWithHandle(const std::u32string& core) {
  if (core.size() > 32 || HasSentenceEnd(core)) return false;
  const char32_t close = core.empty() ? 0 : core.back();
  if (close != ')' && close != U'）') return false;
  const size_t open = core.find_last_of(close == ')' ? U'(' : U'（');
  if (open == std::u32string::npos || open == 0 || core.size() - open < 4) return false;
  for (size_t i = open + 1; i + 1 < core.size(); ++i) {
    const char32_t c = core[i];
    const bool handle = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '_' || c == '.' ||
                        c == '-' || c == '@';
    if (!handle) return false;
  }
  return true;
}

bool IsBoardNotice(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  for (std::u32string_view w : {U"板務公告", U"板务公告", U"版務公告", U"版务公告", U"看板公告", U"板規", U"板规",
                                U"版規", U"版规", U"發文規範", U"发帖规范", U"發文須知", U"发帖须知"}) {
    if (s.starts_with(w) && s.size() > w.size() && (s[w.size()] == U'：' || s[w.size()] == ':')) return true;
  }
  return false;
}

bool IsOtherThreadsHeading(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  for (std::u32string_view w :
       {U"其他討論串", U"其他讨论串", U"相關討論串", U"相关讨论串", U"相關主題", U"相关主题",     U"其他主題",
        U"其他主题",   U"熱門討論串", U"热门讨论串", U"熱門主題",   U"热门主题", U"推薦討論串",   U"推荐讨论串",
        U"本板熱門",   U"本版热门",   U"相關帖子",   U"相关帖子",   U"其他帖子", U"看板其他文章", U"同板其他文章"}) {
    if (s == w) return true;
  }
  return false;
}

bool IsCardLine(const PageLine& l) {
  return IsForumLevelLine(l.core) || IsVoteCounterRow(l.raw) || IsNameWithHandle(l.core) || IsFloorTimeLine(l.core) ||
         l.reason == kForumFurniture;
}

// "级别:学徒", "頭銜：版主", "用户组：注册会员", "身份: 用户" (spaces taken
// out): a poster's rank or standing, its label, a colon and a short name.
bool IsRankLine(const std::u32string& s) {
  constexpr size_t kMaxRank = 8;
  for (std::u32string_view label : {U"级别", U"級別", U"头衔", U"頭銜", U"用户组", U"用戶組", U"会员组", U"會員組",
                                    U"身份", U"称号", U"稱號", U"等级", U"等級"}) {
    if (!s.starts_with(label) || s.size() <= label.size() + 1) continue;
    if (s[label.size()] != U':' && s[label.size()] != U'：') return false;
    const std::u32string rank = s.substr(label.size() + 1);
    return rank.size() <= kMaxRank && !HasSentencePunct(rank);
  }
  return false;
}

}  // namespace

bool IsForumLevelLine(const std::u32string& core) {
  if (core.size() > kMaxCardChars || HasSentenceEnd(core)) return false;
  const std::u32string s = WithoutSpaces(core);
  if (IsRankLine(s)) return true;
  size_t i = 0;
  if (s.size() >= 2 && (s[0] == 'L' || s[0] == 'l') && (s[1] == 'V' || s[1] == 'v')) {
    i = 2;
  } else if (s.starts_with(U"等級") || s.starts_with(U"等级")) {
    i = 2;
  } else {
    return false;
  }
  if (i < s.size() && (s[i] == '.' || s[i] == ':' || s[i] == U'：')) ++i;
  return i < s.size() && IsAsciiDigit(s[i]);
}

bool IsVoteCounterRow(std::string_view raw) {
  const std::u32string text = DecodeUtf32(raw);
  if (text.size() > kMaxCardChars) return false;
  std::vector<std::u32string> tokens;
  std::u32string token;
  for (char32_t c : text) {
    if (utf8::IsSpace(c)) {
      if (!token.empty()) tokens.push_back(std::move(token));
      token.clear();
    } else {
      token += c;
    }
  }
  if (!token.empty()) tokens.push_back(std::move(token));
  if (tokens.size() < 4 || tokens.size() % 2 != 0) return false;
  for (size_t i = 0; i < tokens.size(); i += 2) {
    if (!IsCountLabel(tokens[i]) || !IsCountToken(tokens[i + 1])) return false;
  }
  return true;
}

void MarkForumUserCards(std::vector<PageLine>& lines) {
  size_t floors = 0;
  for (const auto& l : lines) {
    if (!l.blank() && IsForumPostHeader(l.core)) ++floors;
  }
  if (floors < 2) return;
  auto next_shown = [&](size_t i) {
    for (size_t k = i + 1; k < lines.size(); ++k) {
      if (!lines[k].blank()) return k;
    }
    return lines.size();
  };
  auto prev_shown = [&](size_t i) {
    for (size_t k = i; k-- > 0;) {
      if (!lines[k].blank()) return k;
    }
    return lines.size();
  };
  // Level lines and counter rows first: the name and time lines are known by
  // standing beside them.
  for (auto& l : lines) {
    if (l.reason.empty() && !l.blank() && (IsForumLevelLine(l.core) || IsVoteCounterRow(l.raw))) {
      l.reason = kForumFurniture;
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.reason.empty() || l.blank()) continue;
    const size_t next = next_shown(i), prev = prev_shown(i);
    const bool beside_card = (next < lines.size() && IsCardLine(lines[next]) && !lines[next].reason.empty()) ||
                             (prev < lines.size() && IsCardLine(lines[prev]) && !lines[prev].reason.empty());
    if ((IsNameWithHandle(l.core) || IsFloorTimeLine(l.core)) && beside_card) l.reason = kForumFurniture;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (IsSignatureMarker(lines[i].core)) {
      if (lines[i].reason.empty()) lines[i].reason = kForumFurniture;
      size_t taken = 0;
      for (size_t k = i + 1; k < lines.size() && taken < kMaxSignatureLines; ++k) {
        PageLine& s = lines[k];
        if (s.blank()) continue;
        if (IsFloorSeparator(s.core) || IsForumPostHeader(s.core) || s.core.size() > kMaxSignatureChars) break;
        ++taken;
        if (s.reason.empty()) s.reason = kForumFurniture;
      }
      continue;
    }
    if (!lines[i].reason.empty()) continue;
    if (IsBoardNotice(lines[i].core)) {
      lines[i].reason = kForumFurniture;
    } else if (IsOtherThreadsHeading(lines[i].core)) {
      lines[i].reason = kForumFurniture;
      for (size_t k = i + 1; k < lines.size() && (lines[k].blank() || lines[k].bullet); ++k) {
        if (!lines[k].blank() && lines[k].reason.empty()) lines[k].reason = kForumFurniture;
      }
    }
  }
}

}  // namespace wenyuan::clean
