#include "clean/inline_furniture.h"

#include <algorithm>
#include <cctype>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCounterChars = 30;
constexpr size_t kMaxAdvertLines = 3;
constexpr size_t kMaxAdvertLineChars = 80;
constexpr size_t kMaxReadAlsoChars = 80;

bool IsNumberChar(char32_t c) { return IsAsciiDigit(c) || c == ',' || c == '.'; }

}  // namespace

bool IsStandaloneCounter(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxCounterChars) return false;
  const std::u32string s = WithoutSpaces(core);
  // The number: at the end ("點閱次數：1287") or at the start ("1,024 次瀏覽").
  size_t end = s.size();
  for (std::u32string_view unit : {U"萬", U"万", U"k", U"K", U"次", U"人次"}) {
    if (end > unit.size() && std::u32string_view(s).substr(0, end).ends_with(unit) &&
        IsAsciiDigit(s[end - unit.size() - 1])) {
      end -= unit.size();
      break;
    }
  }
  size_t digits_end = end;
  while (digits_end > 0 && IsNumberChar(s[digits_end - 1])) --digits_end;
  std::u32string label;
  if (digits_end < end && IsAsciiDigit(s[end - 1])) {
    label = s.substr(0, digits_end);
  } else {
    size_t k = 0;
    while (k < s.size() && IsNumberChar(s[k])) ++k;
    if (k == 0 || !IsAsciiDigit(s[0])) return false;
    label = s.substr(k);
  }
  while (!label.empty() && (label.back() == U'：' || label.back() == ':')) label.pop_back();
  if (label.empty()) return false;
  for (std::u32string_view l :
       {U"瀏覽人次", U"浏览人次", U"點閱人次", U"点阅人次", U"點閱次數", U"点阅次数", U"點閱數", U"点阅数",
        U"點閱",     U"点阅",     U"瀏覽次數", U"浏览次数", U"瀏覽數",   U"浏览数",   U"瀏覽量", U"浏览量",
        U"瀏覽",     U"浏览",     U"閱讀次數", U"阅读次数", U"閱讀數",   U"阅读数",   U"閱讀量", U"阅读量",
        U"閱讀",     U"阅读",     U"點擊次數", U"点击次数", U"點擊數",   U"点击数",   U"點擊量", U"点击量",
        U"點擊",     U"点击",     U"觀看次數", U"观看次数", U"人氣",     U"人气",     U"被瀏覽", U"被浏览",
        U"關注者",   U"关注者",   U"追蹤者",   U"追踪者",   U"訪問量",   U"访问量",   U"次瀏覽", U"次浏览",
        U"次閱讀",   U"次阅读",   U"次觀看",   U"次观看",   U"人瀏覽",   U"人浏览",   U"人閱讀", U"人阅读",
        U"人關注",   U"人关注",   U"Views",    U"views"}) {
    if (label == l) return true;
  }
  return false;
}

bool IsCountsRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 64, kMaxSegment = 16;
  if (core.size() > kMaxRow || HasSentenceEnd(core)) return false;
  size_t segments = 0;
  std::u32string seg;
  auto counts = [&] {
    std::u32string s = WithoutSpaces(seg);
    seg.clear();
    if (s.empty()) return true;
    if (s.size() > kMaxSegment) return false;
    if (std::none_of(s.begin(), s.end(), [](char32_t c) { return IsAsciiDigit(c); })) {
      // An action beside the counts ("打印", "喜欢▼", "举报"): no count of
      // its own, and not counted.
      while (!s.empty() && (s.back() == U'▼' || s.back() == U'▾')) s.pop_back();
      static constexpr std::u32string_view kActions[] = {U"打印", U"列印", U"举报", U"舉報", U"檢舉", U"检举",
                                                         U"喜欢", U"喜歡", U"分享", U"收藏", U"转载", U"轉載"};
      return std::find(std::begin(kActions), std::end(kActions), s) != std::end(kActions);
    }
    ++segments;
    for (std::u32string_view w :
         {U"收藏", U"赞",   U"讚",   U"喜欢", U"喜歡", U"关注", U"關注", U"评论",  U"評論",  U"留言",  U"回复",
          U"回覆", U"分享", U"转发", U"轉發", U"阅读", U"閱讀", U"浏览", U"瀏覽",  U"点击",  U"點擊",  U"观看",
          U"觀看", U"點閱", U"点阅", U"人气", U"人氣", U"转载", U"轉載", U"Views", U"views", U"likes", U"Likes"}) {
      if (s.find(w) != std::u32string::npos) return true;
    }
    return false;
  };
  for (char32_t c : core) {
    if (c == U'·' || c == U'•' || c == U'|' || c == U'｜' || c == U'/' || c == U'／' || c == U'、' || c == U'┆' ||
        c == U'¦') {
      if (!counts()) return false;
    } else {
      seg += c;
    }
  }
  return counts() && segments >= 2;
}

bool IsReadAlsoLink(const std::u32string& core) {
  if (core.size() > kMaxReadAlsoChars) return false;
  for (std::u32string_view label :
       {U"延伸閱讀",     U"延伸阅读", U"相關閱讀", U"相关阅读", U"推薦閱讀", U"推荐阅读",  U"相關新聞",
        U"相关新闻",     U"相關報道", U"相关报道", U"相關報導", U"相关报导", U"延伸閱讀",  U"你可能也喜歡",
        U"你可能也喜欢", U"猜你喜歡", U"猜你喜欢", U"同場加映", U"同场加映", U"Read more", U"Read also",
        U"更多新聞",     U"更多新闻", U"更多報導", U"更多报道", U"看更多",   U"延伸新聞",  U"延伸新闻",
        U"相關法條",     U"相关法条", U"相關條文", U"相关条文", U"相關法規", U"相关法规"}) {
    if (!core.starts_with(label)) continue;
    size_t i = label.size();
    while (i < core.size() && utf8::IsSpace(core[i])) ++i;
    if (i >= core.size() || (core[i] != U'：' && core[i] != ':' && core[i] != U'｜' && core[i] != '|')) return false;
    std::u32string rest = core.substr(i + 1);
    const std::u32string s = WithoutSpaces(rest);
    if (s.size() < 4) return false;  // a heading over a list: another rule's
    // A headline, not a sentence that goes on.
    return std::none_of(s.begin(), s.end(), [](char32_t c) { return c == U'。' || c == U'；'; });
  }
  return false;
}

namespace {

// "贊助廣告", "广告 [INS: :INS]", "[Advertisement]", "Sponsored": an advert's label.
bool IsAdvertLabel(const PageLine& l) {
  std::u32string s;
  for (char32_t c : WithoutSpaces(DecodeUtf32(l.raw))) {
    if (c != '[' && c != ']' && c != U'【' && c != U'】' && c != '(' && c != ')' && c != U'（' && c != U'）') s += c;
  }
  for (std::u32string_view ins : {U"INS::INS", U"INS:"}) {
    if (const size_t at = s.find(ins); at != std::u32string::npos) s.erase(at, ins.size());
  }
  for (std::u32string_view label :
       {U"廣告", U"广告", U"贊助廣告", U"赞助广告", U"贊助", U"赞助", U"推廣", U"推广", U"贊助內容", U"赞助内容",
        U"推廣內容", U"推广内容", U"Advertisement", U"ADVERTISEMENT", U"Sponsored", U"AD", U"Ad"}) {
    if (s == label) return true;
  }
  return false;
}

}  // namespace

bool IsLabelledAdvertLine(const std::u32string& core) {
  constexpr size_t kMinText = 4, kMaxAdvert = 60;
  // "贊助 ｜ 本週雞腿排 8 折，點我看優惠", "广告：…": an advert's label and a
  // bar or colon before its text, on one short line that is no sentence.
  for (std::u32string_view label : {U"贊助", U"赞助", U"廣告", U"广告", U"Sponsored"}) {
    if (core.size() > kMaxAdvert || !std::u32string_view(core).starts_with(label)) continue;
    size_t i = label.size();
    while (i < core.size() && utf8::IsSpace(core[i])) ++i;
    if (i >= core.size() || std::u32string_view(U"｜|：:").find(core[i]) == std::u32string_view::npos) continue;
    const std::u32string text = core.substr(i + 1);
    if (CountHan(text) >= kMinText && text.find(U'。') == std::u32string::npos) return true;
  }
  for (std::u32string_view label :
       {U"[廣告]", U"[广告]", U"【廣告】", U"【广告】", U"［廣告］", U"［广告］", U"(廣告)", U"(广告)", U"（廣告）",
        U"（广告）", U"[AD]", U"[Ad]", U"[贊助]", U"[赞助]", U"【贊助】", U"【赞助】", U"[Sponsored]"}) {
    if (std::u32string_view(core).starts_with(label) && CountHan(core.substr(label.size())) >= kMinText) return true;
  }
  return false;
}

bool IsFrameAddress(std::string_view raw) {
  std::string_view s = utf8::Trim(raw);
  for (std::string_view mark : {"IFRAME:", "iframe:"}) {
    if (!s.starts_with(mark)) continue;
    s = utf8::Trim(s.substr(mark.size()));
    return !s.empty() && s.find(' ') == std::string_view::npos &&
           (s.starts_with("http") || s.starts_with("//") || s.find('.') != std::string_view::npos);
  }
  return false;
}

bool IsMarkedReminderHeading(const std::u32string& core) {
  constexpr size_t kMaxHeading = 20;
  std::u32string_view c = core;
  if (c.empty() || c.size() > kMaxHeading ||
      std::u32string_view(U"★☆※◆■▲●✪✦➤👉📢🔔").find(c.front()) == std::u32string_view::npos) {
    return false;
  }
  c.remove_prefix(1);
  if (!c.ends_with(U"：") && !c.ends_with(U":")) return false;
  c.remove_suffix(1);
  while (!c.empty() && utf8::IsSpace(c.front())) c.remove_prefix(1);
  for (std::u32string_view verb : {U"提醒您", U"提醒你", U"提醒大家", U"關心您", U"关心您"}) {
    if (c.ends_with(verb) && c.size() > verb.size()) return true;
  }
  return false;
}

void MarkInlineFurniture(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank()) continue;
    if (IsFrameAddress(l.raw)) l.reason = kFrameAddress;
    if (l.reason.empty() && IsMarkedReminderHeading(l.core)) {
      // The heading and the reminder's short lines under it, up to a blank line.
      constexpr size_t kMaxReminderLines = 2, kMaxReminderChars = 60;
      size_t end = i + 1;
      while (end < lines.size() && end - i <= kMaxReminderLines && !lines[end].blank() &&
             lines[end].core.size() <= kMaxReminderChars) {
        ++end;
      }
      if (end - i <= kMaxReminderLines && (end == lines.size() || lines[end].blank())) {
        for (size_t k = i; k < end; ++k) lines[k].reason = kSiteReminder;
        i = end - 1;
        continue;
      }
    }
    if (l.reason.empty() && (IsStandaloneCounter(l.core) || IsCountsRow(l.core))) l.reason = kStandaloneCounter;
    if (l.reason.empty() && IsReadAlsoLink(l.core)) l.reason = kReadAlsoLink;
    if (l.reason.empty() && IsLabelledAdvertLine(l.core)) l.reason = kAdvertBlock;
    if (!IsAdvertLabel(l)) continue;
    // The label, and the advert's lines right under it (no blank line
    // between): a picture, a slogan, a call to action.
    size_t end = i + 1;
    while (end < lines.size() && end - i <= kMaxAdvertLines && !lines[end].blank() &&
           lines[end].core.size() <= kMaxAdvertLineChars) {
      ++end;
    }
    if (end < lines.size() && !lines[end].blank() && end - i > kMaxAdvertLines) {
      // No end (the body goes on under it): the label and the banner
      // pictures right under it are the advert, the text is not.
      l.reason = kAdvertBlock;
      for (end = i + 1; end < lines.size() && lines[end].placeholder && lines[end].core.empty(); ++end) {
        if (lines[end].reason.empty()) lines[end].reason = kAdvertBlock;
      }
      i = end - 1;
      continue;
    }
    for (size_t k = i; k < end; ++k) {
      if (lines[k].reason.empty() || k == i) lines[k].reason = kAdvertBlock;
    }
    i = end - 1;
  }
}

std::string WithoutTrailingToggle(std::string_view line) {
  constexpr size_t kMinRest = 6;
  std::string_view rest = utf8::Trim(line);
  // An icon font's glyph prints as one ASCII letter after the word.
  if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest.back())) &&
      (rest.size() < 2 || !std::isalpha(static_cast<unsigned char>(rest[rest.size() - 2])))) {
    rest.remove_suffix(1);
  }
  for (std::string_view toggle : {"收起全文", "展开全文", "展開全文", "收合全文", "收起", "收合", "展开", "展開"}) {
    if (!rest.ends_with(toggle)) continue;
    std::string_view before = rest.substr(0, rest.size() - toggle.size());
    if (before.empty() || (before.back() != ' ' && !before.ends_with("\u3000"))) break;
    before = utf8::Trim(before);
    if (utf8::CodePointCount(before) < kMinRest) break;
    return std::string(before);
  }
  return std::string(line);
}

}  // namespace wenyuan::clean
