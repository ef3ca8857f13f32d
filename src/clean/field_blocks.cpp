#include "clean/field_blocks.h"

#include <string>
#include <string_view>

#include "clean/article_lines.h"
#include "clean/dates_and_bylines.h"
#include "clean/link_lists.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";

bool IsOutside(const PageLine& l) { return !l.blank() && l.reason == kOutside; }

// 一 … 十 as 1 … 10, or 0.
size_t HanNumeral(char32_t c) {
  constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";
  const size_t at = kNumerals.find(c);
  return at == std::u32string_view::npos ? 0 : at + 1;
}

// The number of an item that opens with "（一）", "(2)", "3." or "四、"; 0
// when `core` opens no numbered item.
size_t ItemNumber(const std::u32string& core) {
  if (core.size() < 3) return 0;
  size_t i = 0;
  const bool bracket = core[0] == U'（' || core[0] == U'(';
  if (bracket) ++i;
  size_t number = 0;
  if (const size_t han = HanNumeral(core[i]); han != 0) {
    number = han;
    ++i;
  } else {
    while (i < core.size() && IsAsciiDigit(core[i]) && number < 100) number = number * 10 + (core[i++] - U'0');
  }
  if (number == 0 || i >= core.size()) return 0;
  const char32_t close = core[i];
  if (bracket) return close == U'）' || close == U')' ? number : 0;
  return close == U'、' || (close == U'.' && i + 1 < core.size() && !IsAsciiDigit(core[i + 1])) ? number : 0;
}

// Numbered items, from one, right under the kept line at `intro` that ends
// with a colon.
void KeepIntroducedItems(std::vector<PageLine>& lines, size_t intro) {
  constexpr size_t kMinItems = 2;
  std::vector<size_t> restore;
  size_t expected = 1;
  for (size_t k = NextNonBlank(lines, intro + 1); k < lines.size(); k = NextNonBlank(lines, k)) {
    if (ItemNumber(lines[k].core) != expected || !(IsOutside(lines[k]) || lines[k].kept())) break;
    ++expected;
    // The item's line and those its text wraps onto.
    do {
      if (IsOutside(lines[k])) restore.push_back(k);
      ++k;
    } while (k < lines.size() && !lines[k].blank() && ItemNumber(lines[k].core) == 0 &&
             (IsOutside(lines[k]) || lines[k].kept()));
  }
  if (expected - 1 < kMinItems) return;
  for (size_t k : restore) lines[k].reason.clear();
}

// "出发时间：2026年11月": a short field whose label is two to six Han
// characters and names no contact, counter, credit or tag.
bool IsFactField(const std::u32string& core) {
  constexpr size_t kMaxField = 24, kMinLabel = 2, kMaxLabel = 6;
  if (core.size() > kMaxField || HasSentenceEnd(core)) return false;
  const size_t colon = core.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon < kMinLabel || colon > kMaxLabel || colon + 1 >= core.size()) return false;
  for (size_t i = 0; i < colon; ++i) {
    if (!utf8::IsHan(core[i])) return false;
  }
  const std::string label = EncodeUtf8(core.substr(0, colon));
  return !ContainsAny(label,
                      {"电话", "電話", "地址", "传真", "傳真", "邮箱", "郵箱", "信箱", "邮件", "郵件", "热线", "熱線",
                       "客服", "微信", "浏览", "瀏覽", "阅读", "閱讀", "点击", "點擊", "点赞", "評論", "评论", "收藏",
                       "分享", "人气", "人氣", "编辑", "編輯", "责编", "責編", "校对", "校對", "审核", "審核", "标签",
                       "標籤", "关键", "關鍵", "分类", "分類", "字号", "字號", "字体", "字體"});
}

// "小鹿 发表于 2026-11-28", "2026-02-14", "撰文：阿哲": a head's byline or date.
bool IsBylineOrDate(const PageLine& l) {
  return IsBylineLine(l.core) || IsDateLine(l.core) || IsFieldRow(l.core) ||
         ContainsAny(EncodeUtf8(l.core), {"发表于", "發表於", "发布于", "發佈於", "發布於"});
}

// True when the first line above `box` that is no button or picture is a
// byline or date line: the box is an authored page's, not a profile's or
// a case record's fields under a site's menu.
bool UnderByline(const std::vector<PageLine>& lines, size_t box) {
  for (size_t k = box; k-- > 0;) {
    if (lines[k].blank() || IsWidgetReason(lines[k].reason)) continue;
    return IsBylineOrDate(lines[k]);
  }
  return false;
}

// The head over a facts box at `box` that no kept line precedes: the
// byline or date line right above it (buttons and pictures aside) and the
// headline over that, as the main-text finder would have kept them had
// the box not stood between them and the body.
void KeepHeadAbove(std::vector<PageLine>& lines, size_t box) {
  constexpr size_t kMinHeadline = 8, kMaxHeadline = 64;
  for (size_t k = 0; k < box; ++k) {
    if (lines[k].kept()) return;
  }
  bool byline = false;
  for (size_t k = box; k-- > 0;) {
    PageLine& l = lines[k];
    if (l.blank() || IsWidgetReason(l.reason)) continue;
    if (!IsOutside(l) || l.bullet) return;
    if (!byline && IsBylineOrDate(l)) {
      byline = true;
      l.reason.clear();
      continue;
    }
    if (byline && l.core.size() >= kMinHeadline && l.core.size() <= kMaxHeadline && !HasSentenceEnd(l.core)) {
      l.reason.clear();
    }
    return;
  }
}

// A facts box above the body's first paragraph.
void KeepFactsBox(std::vector<PageLine>& lines) {
  constexpr size_t kMinFields = 3, kMaxDistance = 40, kMinParagraph = 30;
  size_t body = 0;
  while (body < lines.size() &&
         !(lines[body].kept() && lines[body].core.size() >= kMinParagraph && HasSentenceEnd(lines[body].core))) {
    ++body;
  }
  if (body == lines.size()) return;
  for (size_t i = 0; i < body;) {
    size_t j = i;
    while (j < body && IsOutside(lines[j]) && IsFactField(lines[j].core)) ++j;
    if (j - i >= kMinFields && body - j <= kMaxDistance && UnderByline(lines, i)) {
      for (size_t k = i; k < j; ++k) lines[k].reason.clear();
      KeepHeadAbove(lines, i);
    }
    i = j > i ? j : i + 1;
  }
}

// The index of the page's last kept line, or lines.size() when none is kept.
size_t LastKept(const std::vector<PageLine>& lines) {
  for (size_t k = lines.size(); k-- > 0;) {
    if (lines[k].kept()) return k;
  }
  return lines.size();
}

// "主辦單位：…　協辦單位：…": the organisers line right under the body's
// last kept line, with the line its text wraps onto.
void KeepOrganisersBelow(std::vector<PageLine>& lines) {
  constexpr size_t kMinWrapped = 30;
  const size_t last = LastKept(lines);
  if (last == lines.size()) return;
  size_t k = NextNonBlank(lines, last + 1);
  if (k >= lines.size() || !IsOutside(lines[k])) return;
  const std::string text = EncodeUtf8(lines[k].core);
  if (!StartsWithAny(text, {"主辦單位：", "主办单位：", "主辦機關：", "主办机关：", "指導單位：", "指导单位："}))
    return;
  lines[k].reason.clear();
  while (k + 1 < lines.size() && IsOutside(lines[k + 1]) && lines[k].core.size() >= kMinWrapped &&
         !HasSentenceEnd(lines[k].core)) {
    lines[++k].reason.clear();
  }
}

// "（作者系中国社会科学院研究员）", "(作者為台大社工系教授)": the author's
// note in brackets right under the body's last kept line.
bool IsAuthorNote(const std::u32string& core) {
  constexpr size_t kMaxNote = 80;
  if (core.size() < 5 || core.size() > kMaxNote) return false;
  const bool full = core.front() == U'（' && core.back() == U'）';
  const bool half = core.front() == '(' && core.back() == ')';
  if (!full && !half) return false;
  const std::u32string inner = core.substr(1, core.size() - 2);
  if (inner.find_first_of(U"()（）。") != std::u32string::npos) return false;
  for (std::u32string_view opening :
       {U"作者系", U"作者為", U"作者为", U"作者是", U"作者單位", U"作者单位", U"作者：", U"作者:", U"本文作者"}) {
    if (std::u32string_view(inner).starts_with(opening)) return true;
  }
  return false;
}

void KeepAuthorNoteBelow(std::vector<PageLine>& lines) {
  const size_t last = LastKept(lines);
  if (last == lines.size()) return;
  const size_t k = NextNonBlank(lines, last + 1);
  if (k < lines.size() && IsOutside(lines[k]) && IsAuthorNote(lines[k].core)) lines[k].reason.clear();
}

// "份量" over "3 人份", "時間" over "25 分鐘": a short label of Han
// characters over its value, a number with its unit.
bool IsStackedLabel(const PageLine& l) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 4;
  if (l.blank() || l.core.size() < kMinLabel || l.core.size() > kMaxLabel) return false;
  for (char32_t c : l.core) {
    if (!utf8::IsHan(c)) return false;
  }
  return true;
}

bool IsStackedValue(const PageLine& l) {
  constexpr size_t kMaxValue = 12;
  if (l.blank() || l.core.size() > kMaxValue || HasSentencePunct(l.core)) return false;
  bool digit = false, han = false;
  for (char32_t c : l.core) {
    digit = digit || IsAsciiDigit(c);
    han = han || utf8::IsHan(c);
  }
  return digit && han;  // a number and its unit
}

// Two or more label-over-value pairs that the main-text finder left out
// between two of its kept lines (a recipe's 份量 and 時間 between its
// description and its ingredients) are the document's own.
void KeepStackedFields(std::vector<PageLine>& lines) {
  constexpr size_t kMinPairs = 2;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    size_t end = i;
    while (end + 1 < lines.size() && IsStackedLabel(lines[end]) && IsStackedValue(lines[end + 1])) end += 2;
    if ((end - i) / 2 < kMinPairs) continue;
    size_t above = i, below = end;
    while (above > 0 && lines[above - 1].blank()) --above;
    while (below < lines.size() && lines[below].blank()) ++below;
    if (above > 0 && below < lines.size() && lines[above - 1].kept() && lines[below].kept()) {
      for (size_t k = i; k < end; ++k) lines[k].reason.clear();
    }
    i = end - 1;
  }
}

// A short list of items, two or more of them bulleted (and the short
// headings around it, none a "related" heading), that the menu
// rule took, standing between a kept paragraph of the body and a kept line
// below it (a how-to's "工具/原料" with its items over "方法/步骤" and the
// steps): the article's own list, not a menu.
void KeepListsBetweenParagraphs(std::vector<PageLine>& lines) {
  constexpr size_t kMaxItems = 12, kMaxItem = 30;
  const std::string menu = "menu or link list";
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].reason != menu) continue;
    size_t end = i, items = 0, bullets = 0;
    bool short_items = true;
    while (end < lines.size() && (lines[end].blank() || lines[end].reason == menu)) {
      if (!lines[end].blank()) {
        ++items;
        bullets += lines[end].bullet;
        // "相關閱讀" over its links: a related list, not the article's.
        short_items = short_items && !(!lines[end].bullet && IsRelatedHeading(lines[end].core));
        const std::u32string& c = lines[end].core;
        short_items = short_items && c.size() <= kMaxItem && c.find_first_of(U"|｜") == std::u32string::npos;
      }
      ++end;
    }
    size_t above = i;
    while (above > 0 && lines[above - 1].blank()) --above;
    const bool prose_above = above > 0 && lines[above - 1].kept() && HasSentenceEnd(lines[above - 1].core);
    if (prose_above && end < lines.size() && lines[end].kept() && bullets >= 2 && items <= kMaxItems && short_items) {
      for (size_t k = i; k < end; ++k) {
        if (!lines[k].blank()) lines[k].reason.clear();
      }
    }
    i = end;
  }
}

// "* 2026/12/27(日) 19:30 ~ 21:30", "* 某音樂廳 / 某區某路98號", "* 主辦單位：…":
// an event's when, where and who as a short bulleted list right under the
// page's first kept line (its title; buttons beside the items aside), the
// first item a date: the event's byline.
void KeepEventFactsUnderTheTitle(std::vector<PageLine>& lines) {
  constexpr size_t kMaxItems = 4, kMaxItem = 60;
  size_t title = 0;
  while (title < lines.size() && !lines[title].kept()) ++title;
  if (title == lines.size()) return;
  std::vector<size_t> items;
  for (size_t k = title + 1; k < lines.size(); ++k) {
    if (lines[k].blank() || (!lines[k].reason.empty() && !IsOutside(lines[k]) && !lines[k].bullet)) continue;
    if (!IsOutside(lines[k]) || !lines[k].bullet || lines[k].core.size() > kMaxItem || HasSentenceEnd(lines[k].core)) {
      break;
    }
    items.push_back(k);
  }
  if (items.size() < 2 || items.size() > kMaxItems) return;
  const std::u32string& first = lines[items.front()].core;
  if (first.empty() || !IsAsciiDigit(first.front()) || !IsDateLine(first.substr(0, first.find(U' ')))) return;
  for (size_t k : items) lines[k].reason.clear();
}

// "* 領取綜合社會保障援助的人士及獲醫療費用減免的病人可獲豁免收費": a long
// item with no punctuation, which the line rules took for link labels run
// together, right under a kept item of the same bulleted list: the list's.
void KeepLongItemsOfKeptLists(std::vector<PageLine>& lines) {
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!lines[i].bullet || lines[i].reason != "link text run together") continue;
    size_t above = i;
    while (above > 0 && lines[above - 1].blank()) --above;
    if (above > 0 && lines[above - 1].kept() && lines[above - 1].bullet) lines[i].reason.clear();
  }
}
}  // namespace

void KeepFieldBlocks(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || lines[i].core.empty()) continue;
    const char32_t last = lines[i].core.back();
    if (last == U'：' || last == U':') KeepIntroducedItems(lines, i);
  }
  KeepFactsBox(lines);
  KeepEventFactsUnderTheTitle(lines);
  KeepOrganisersBelow(lines);
  KeepAuthorNoteBelow(lines);
  KeepStackedFields(lines);
  KeepListsBetweenParagraphs(lines);
  KeepLongItemsOfKeptLists(lines);
}

}  // namespace wenyuan::clean
