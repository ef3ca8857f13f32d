#include "clean/page_widgets.h"

#include <algorithm>
#include <string_view>

#include "clean/line_shape_words.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxWidgetLine = 60;

bool IsBar(char32_t c) { return c == '|' || c == U'｜'; }

// "[相關股票] 01987 … [即時報價] [加入我的組合]": three bracketed link
// labels or more with little text between.
bool IsBracketLabelRow(std::string_view raw) {
  const std::u32string s(utf8::Trim(DecodeUtf32(raw)));
  if (s.size() > kMaxWidgetLine || HasSentencePunct(s)) return false;
  size_t labels = 0;
  size_t outside = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') {
      const size_t close = s.find(']', i);
      if (close == std::u32string::npos) return false;
      const std::u32string inner = s.substr(i + 1, close - i - 1);
      if (inner.empty() || inner.size() > 8 || CountHan(inner) == 0 || inner.find('.') != std::u32string::npos) {
        return false;
      }
      ++labels;
      i = close;
    } else if (!utf8::IsSpace(s[i])) {
      ++outside;
    }
  }
  return labels >= 3 && outside <= 16;
}

// "( ) 有幫助  ( ) 幫助不大": radio buttons, two or more.
bool IsRadioRow(std::string_view raw) {
  size_t n = 0;
  for (size_t at = 0; (at = raw.find("( )", at)) != std::string_view::npos; at += 3) ++n;
  for (size_t at = 0; (at = raw.find("(*)", at)) != std::string_view::npos; at += 3) ++n;
  return n >= 2;
}

// "阅读 4.6万 分享至： 微信 微博 QQ空间 复制链接": a read count and a share
// row, or a share row alone.
bool IsShareRowWithCount(const std::u32string& core) {
  if (core.size() > kMaxWidgetLine) return false;
  size_t at = std::u32string::npos;
  for (std::u32string_view w : {U"分享至", U"分享到", U"分享"}) at = std::min(at, core.find(w));
  if (at == std::u32string::npos) return false;
  const std::u32string_view before = utf8::Trim(std::u32string_view(core).substr(0, at));
  if (!before.empty() && !(StartsWithAnyOf(before, {U"阅读", U"閱讀", U"浏览", U"瀏覽", U"点击", U"點擊"}) &&
                           before.size() <= 14 && std::any_of(before.begin(), before.end(), utf8::IsDecimalDigit))) {
    return false;
  }
  std::u32string_view after = std::u32string_view(core).substr(at);
  after.remove_prefix(after.starts_with(U"分享至") || after.starts_with(U"分享到") ? 3 : 2);
  if (!after.empty() && IsColon(after.front())) after.remove_prefix(1);
  size_t platforms = 0;
  for (std::u32string_view w : SpaceSeparatedWords(after)) {
    if (!StartsWithAnyOf(w, {U"微信",    U"微博", U"QQ",       U"复制",     U"複製", U"Facebook", U"LINE",  U"Line",
                             U"Twitter", U"X",    U"Telegram", U"WhatsApp", U"豆瓣", U"朋友圈",   U"Plurk", U"Email",
                             U"電郵",    U"邮件", U"郵件",     U"小红书",   U"抖音", U"Threads"})) {
      return false;
    }
    ++platforms;
  }
  return platforms >= 2;
}

// "此主题已被删除。只有拥有主题管理权限的用户可以查看。": a forum's notice.
bool IsRemovedNotice(const std::u32string& core) {
  if (core.size() > 50) return false;
  std::u32string_view s = core;
  if (!StartsWithAnyOf(s, {U"此", U"该", U"該", U"本"})) return false;
  s.remove_prefix(1);
  if (!StartsWithAnyOf(s, {U"主题", U"主題", U"帖子", U"帖", U"贴子", U"回复", U"回覆", U"内容", U"內容", U"楼层",
                           U"樓層", U"评论", U"評論", U"留言"})) {
    return false;
  }
  return ContainsAnyOf(s, {U"已被删除", U"已被刪除", U"已被屏蔽", U"已被隐藏", U"已被隱藏", U"已删除", U"已刪除"});
}

// "學經歷 | 研究領域 | 期刊論文 | …": four tabs or more, each a few Han
// characters.
bool IsTabBar(const std::u32string& core) {
  if (core.size() > kMaxWidgetLine) return false;
  size_t cells = 0;
  std::u32string_view rest = core;
  while (true) {
    const size_t bar = std::find_if(rest.begin(), rest.end(), IsBar) - rest.begin();
    const std::u32string_view cell = utf8::Trim(rest.substr(0, bar));
    if (cell.size() < 2 || cell.size() > 6 || !std::all_of(cell.begin(), cell.end(), utf8::IsHan)) return false;
    ++cells;
    if (bar == rest.size()) break;
    rest.remove_prefix(bar + 1);
  }
  return cells >= 4;
}

std::vector<std::u32string> TabCells(const std::u32string& core) {
  std::vector<std::u32string> cells;
  std::u32string_view rest = core;
  while (true) {
    const size_t bar = std::find_if(rest.begin(), rest.end(), IsBar) - rest.begin();
    cells.emplace_back(utf8::Trim(rest.substr(0, bar)));
    if (bar == rest.size()) return cells;
    rest.remove_prefix(bar + 1);
  }
}

// Below a tab bar, a heading alone on its line that a tab names, over a
// kept line, is the section the tab opens: the page's own heading, whatever
// rule took it for a repeated label.
void KeepHeadingsTheTabsName(std::vector<PageLine>& lines, size_t bar) {
  const std::vector<std::u32string> cells = TabCells(lines[bar].core);
  for (size_t k = bar + 1; k < lines.size(); ++k) {
    PageLine& l = lines[k];
    if (l.blank() || l.reason.empty() || l.bullet || std::find(cells.begin(), cells.end(), l.core) == cells.end()) {
      continue;
    }
    const size_t next = NextNonBlank(lines, k + 1);
    if (next < lines.size() && lines[next].kept()) l.reason.clear();
  }
}

// The line under `i` is a row of a table spaced into cells, one with a
// digit: `i` is its header, not tabs.
bool HeadsSpacedRows(const std::vector<PageLine>& lines, size_t i) {
  const size_t next = NextNonBlank(lines, i + 1);
  if (next >= lines.size()) return false;
  const PageLine& row = lines[next];
  return SpaceSeparatedWords(row.core).size() >= 3 &&
         std::any_of(row.core.begin(), row.core.end(), utf8::IsDecimalDigit);
}

bool HasBar(const PageLine& l) { return std::any_of(l.core.begin(), l.core.end(), IsBar); }

}  // namespace

void MarkArticleWidgets(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.kept()) continue;
    if (IsBracketLabelRow(l.raw) || IsShareRowWithCount(l.core) || IsRemovedNotice(l.core)) {
      l.reason = kArticleWidget;
    } else if (i + 1 < lines.size() && IsRadioRow(lines[i + 1].raw) && l.core.size() <= kMaxWidgetLine &&
               (l.core.ends_with(U"？") || l.core.ends_with(U"?"))) {
      l.reason = kArticleWidget;  // a poll's question
    } else if (!l.table && IsTabBar(l.core) && !HeadsSpacedRows(lines, i)) {
      const size_t before = i == 0 ? 0 : i - 1;
      const size_t after = NextNonBlank(lines, i + 1);
      const bool barred_above = i > 0 && !lines[before].blank() && HasBar(lines[before]);
      const bool barred_below = after < lines.size() && HasBar(lines[after]);
      if (!barred_above && !barred_below) {
        l.reason = kArticleWidget;
        KeepHeadingsTheTabsName(lines, i);
      }
    }
  }
}

}  // namespace wenyuan::clean
