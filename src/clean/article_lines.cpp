#include "clean/article_lines.h"

#include <algorithm>
#include <cctype>

#include "clean/dates_and_bylines.h"
#include "clean/forum_rules.h"
#include "clean/headline_lists.h"
#include "clean/link_lists.h"
#include "clean/media_widgets.h"
#include "clean/promotion_rules.h"
#include "clean/summary_boxes.h"
#include "util/utf8.h"

namespace wenyuan::clean {

bool IsWidgetReason(const std::string& reason) {
  return reason == "button or form field" || reason == "button or form label" || reason == "share widget" ||
         reason == "image placeholder" || reason == "bullet without text" || reason == kForumFurniture ||
         reason == "category path" || reason == "current tab label" || reason == kCountedTabs ||
         reason == kSummaryBox || IsMediaWidgetReason(reason);
}

bool EndsHead(const std::string& reason) {
  return reason == "copyright notice" || reason == "reprint notice" || reason == "disclaimer notice" ||
         reason == "table of contents" || reason == "headline list" || reason == "link text run together" ||
         reason == "repeated on many pages of the site" || reason == "breadcrumb" || reason == "cookie notice" ||
         reason == "consent notice" || reason == "site licence or contact footer" || reason == kRepeatedHeadlineList ||
         reason == kCoursePromotion;
}

bool HasNavigationWord(const std::u32string& core) {
  std::string s;
  for (char32_t ch : core) utf8::Append(s, ch);
  return ContainsAny(s,
                     {"回到", "返回", "Back", "back",   "分類",   "分类", "Categor", "標籤",   "标签", "Tags", "評論",
                      "评论", "留言", "分享", "上一篇", "下一篇", "訂閱", "订阅",    "首頁",   "首页", "登入", "登录",
                      "閱讀", "阅读", "點擊", "点击",   "瀏覽",   "浏览", "下一页",  "下一頁", "尾页", "尾頁"});
}

std::vector<std::u32string> WordFeatures(const std::u32string& s) {
  std::vector<std::u32string> out;
  std::u32string word;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (utf8::IsHan(c)) {
      if (i + 1 < s.size() && utf8::IsHan(s[i + 1])) out.push_back(s.substr(i, 2));
    }
    bool alnum = c < 0x80 && (std::isalnum(static_cast<int>(c)) != 0);
    if (alnum) word += static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    if (!alnum || i + 1 == s.size()) {
      if (word.size() >= 2) out.push_back(word);
      word.clear();
    }
  }
  return out;
}

double ShareInBody(const std::u32string& line, const std::unordered_set<std::u32string>& body, size_t* shared) {
  auto features = WordFeatures(line);
  if (features.empty()) return 0;
  size_t n = 0;
  for (const auto& f : features) n += body.count(f);
  *shared = n;
  return static_cast<double>(n) / static_cast<double>(features.size());
}

bool LooksLikeHeadline(const PageLine& l) {
  // A banner for the site's app is no headline either.
  if (EndsHead(l.reason) || IsWidgetReason(l.reason) || l.reason == "app promotion") return false;
  const auto& c = l.core;
  if (c.size() < 5 || c.size() > 80 || CountHan(c) < 4) return false;
  if (c.back() == U'：' || c.back() == ':' || c.back() == U'。') return false;
  return !IsDateLine(c) && !IsBylineLine(c) && !HasNavigationWord(c);
}

bool IsCategoryTag(const PageLine& l) {
  bool bracketed = false;
  return l.bullet && IsSectionName(l.core, &bracketed) && bracketed;
}

bool LooksLikeName(const PageLine& l) {
  return !l.core.empty() && !IsCategoryTag(l) && l.reason != "section label" && l.core.size() <= 16 &&
         CountHan(l.core) >= 1 && !HasSentencePunct(l.core) && !HasNavigationWord(l.core) &&
         !IsWidgetReason(l.reason) && !EndsHead(l.reason);
}

bool LooksLikeSectionHeading(const PageLine& l) {
  const auto& c = l.core;
  if (!l.reason.empty() || c.empty() || c.size() > 20 || CountHan(c) < 2 || HasNavigationWord(c)) return false;
  return std::none_of(c.begin(), c.end(), [](char32_t ch) { return ch == U'。' || ch == U'！' || ch == U'？'; });
}

bool IsLabelledCredit(const std::u32string& core) {
  constexpr size_t kMaxCredit = 160;
  if (core.size() > kMaxCredit) return false;
  for (std::u32string_view label :
       {U"撰文", U"作者", U"文", U"記者", U"记者", U"撰稿", U"譯者", U"译者", U"審稿", U"审稿", U"審訂", U"审订",
        U"審定", U"审定", U"審閱", U"审阅", U"核稿", U"審校", U"审校", U"校訂", U"校订", U"整理", U"口述", U"採訪",
        U"采访", U"攝影", U"摄影", U"插畫", U"插画", U"繪圖", U"绘图",
        // A video's credits under its description.
        U"BGM", U"配乐", U"配樂", U"背景音乐", U"背景音樂", U"剪辑", U"剪輯"}) {
    if (!core.starts_with(label)) continue;
    size_t i = label.size();
    while (i < core.size() && utf8::IsSpace(core[i])) ++i;
    if (i < core.size() && (core[i] == U'：' || core[i] == ':')) return true;
  }
  return false;
}

bool IsEditorCredit(const std::u32string& core) {
  std::u32string_view c = core;
  if (!c.empty() && (c.front() == U'【' || c.front() == U'[' || c.front() == U'（' || c.front() == '('))
    c.remove_prefix(1);
  for (std::u32string_view label : {U"責任編輯", U"责任编辑", U"編輯", U"编辑"}) {
    if (c.starts_with(label)) return true;
  }
  // "記者：… 攝影：… 編輯：…": the credits block under a story.
  return IsCreditsBlockWithEditor(core);
}

bool IsTitleOverCaption(const PageLine& l, const PageLine& next) {
  constexpr size_t kMinTitle = 6, kMaxTitle = 30;
  const auto& t = l.core;
  if (!l.reason.empty() || l.bullet || t.size() < kMinTitle || t.size() > kMaxTitle || HasSentencePunct(t) ||
      !next.reason.empty() || next.core.size() <= t.size()) {
    return false;
  }
  size_t same = 0;
  for (size_t i = 0; i < t.size(); ++i) same += t[i] == next.core[i];
  const char32_t after = next.core[t.size()];
  const bool goes_on =
      utf8::IsSpace(after) || std::u32string_view(U"，、：:（(,").find(after) != std::u32string_view::npos;
  return goes_on && same * 10 >= t.size() * 8;
}

std::optional<size_t> EntryTitleAbove(const std::vector<PageLine>& lines, size_t body_begin, size_t body_end) {
  constexpr size_t kMinTitle = 3, kMinTitleHan = 2, kMaxTitle = 16, kWindow = 30;
  size_t first = body_begin;
  while (first < body_end && lines[first].blank()) ++first;
  if (first >= body_end) return std::nullopt;
  const std::u32string& opening = lines[first].core;
  for (size_t i = first, scanned = 0; i > 0 && scanned < kWindow;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank() || IsWidgetReason(l.reason)) continue;
    if (EndsHead(l.reason)) break;
    ++scanned;
    const std::u32string& t = l.core;
    // A project's or a product's Latin name ("dongfang-segmenter") is a
    // title as a Han one is.
    const bool latin_name = std::all_of(t.begin(), t.end(), [](char32_t c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '-' || c == '_' || c == '.';
    });
    constexpr size_t kMaxLatinTitle = 32;
    if (l.bullet || t.size() < kMinTitle || t.size() > (latin_name ? kMaxLatinTitle : kMaxTitle) ||
        (CountHan(t) < kMinTitleHan && !latin_name) || HasSentencePunct(t) ||
        !(l.reason.empty() || l.reason == "menu or link list") || opening.size() <= t.size() + 1 ||
        !opening.starts_with(t)) {
      continue;
    }
    // The title and then a verb or a gloss: "北辰溪是…", "北辰溪（…）",
    // "北辰溪，…"; a Latin name with a space before it ("dongfang-segmenter 是…").
    size_t at = t.size();
    while (latin_name && at + 1 < opening.size() && utf8::IsSpace(opening[at])) ++at;
    if (latin_name && at == t.size() && IsAsciiDigit(opening[at])) continue;
    const char32_t after = opening[at];
    if (std::u32string_view(U"是為为（(，,位").find(after) != std::u32string_view::npos) return i;
  }
  return std::nullopt;
}

}  // namespace wenyuan::clean
