#include "clean/link_lists.h"

#include <algorithm>
#include <iterator>

#include "clean/dates_and_bylines.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kBulletRun = 3;            // this many in a row, two of them bulleted, are a menu too
constexpr size_t kMaxIntroducedItems = 12;  // a list a sentence of the text introduces

// What a list of other articles lists: 新聞, 文章, 報道, 帖子 ….
constexpr std::string_view kArticleWords[] = {"聞",   "闻",   "文章", "報道", "报道", "報導", "消息", "資訊",
                                              "资讯", "帖子", "影片", "視頻", "视频", "公報", "公报", "公告"};

// "下列族群應特別留意：" over "* 停經後婦女": a sentence of the text that
// introduces the bulleted list below it (its paragraph, hard-wrapped or
// not, ends in a colon). Its items are the text's, however short.
bool IntroducesList(const std::vector<PageLine>& lines, size_t run_start) {
  constexpr size_t kMinSentence = 12;
  size_t k = run_start;
  while (k > 0 && lines[k - 1].blank()) --k;
  if (k == 0) return false;
  const PageLine& intro = lines[k - 1];
  if (!intro.reason.empty() || intro.bullet || intro.core.empty() || CountHan(intro.core) == 0 ||
      (intro.core.back() != U'：' && intro.core.back() != ':') || IsRelatedHeading(intro.core)) {
    return false;
  }
  // The paragraph's length: this line and the wrapped lines right above it.
  size_t chars = 0;
  for (size_t m = k - 1;; --m) {
    if (lines[m].blank() || !lines[m].reason.empty() || lines[m].bullet) break;
    chars += lines[m].core.size();
    if (m == 0 || chars >= kMinSentence) break;
  }
  return chars >= kMinSentence;
}

}  // namespace

bool IsListReason(const std::string& reason) {
  return reason == "menu or link list" || reason == "link text run together" || reason == "headline list" ||
         reason == "related-articles list";
}

// What a question or a ruling names as its own: its code, its settings,
// its log, its error, its screenshots, the articles of law it rests on.
constexpr std::string_view kOwnMatterWords[] = {"代码", "代碼", "程式碼", "源码", "源碼", "配置",
                                                "日志", "日誌", "报错",   "報錯", "截图", "截圖"};

// "相關法條", "引用法條", "参照条文": the laws a record cites, each a link
// to its article's page (a record's one-line field "相關法條：…" is longer).
static bool IsCitedLawsHeading(const std::u32string& line) {
  constexpr size_t kMaxCitedHeading = 8;
  std::u32string core = line;
  while (!core.empty() && (core.back() == U'：' || core.back() == ':')) core.pop_back();
  if (core.size() > kMaxCitedHeading) return false;
  const std::string s = EncodeUtf8(core);
  return StartsWithAny(s, {"相關", "相关", "引用", "參照", "参照", "援引", "適用", "适用", "參考", "参考", "所涉"}) &&
         (s.ends_with("法條") || s.ends_with("法条") || s.ends_with("條文") || s.ends_with("条文") ||
          s.ends_with("法規") || s.ends_with("法规") || s.ends_with("法令"));
}

bool IsRelatedHeading(const std::u32string& line) {
  std::u32string core = line;
  while (!core.empty() && (core.back() == U'：' || core.back() == ':')) core.pop_back();
  if (core.size() > 12 || HasSentencePunct(core)) return false;
  std::string s;
  for (char32_t ch : core) utf8::Append(s, ch);
  // "其他港聞", "更多要闻", "本類文章": other articles of the page's section;
  // "同期其他公報", "本期其他文章": of the same issue.
  constexpr size_t kMaxSectionListHeading = 8;
  constexpr size_t kIssueWord = 2;  // 同期, 本期
  const bool issue = StartsWithAny(s, {"同期", "本期"});
  if (issue) s.erase(0, kIssueWord * 3);  // three UTF-8 bytes a character
  if (core.size() - (issue ? kIssueWord : 0) <= kMaxSectionListHeading &&
      StartsWithAny(s, {"其他", "其它", "更多", "本類", "本类", "同類", "同类", "本欄", "本栏"}) &&
      std::any_of(std::begin(kArticleWords), std::end(kArticleWords),
                  [&](std::string_view w) { return s.ends_with(w); })) {
    return true;
  }
  if (IsCitedLawsHeading(line)) return true;
  // "相关代码": a heading of the page's own matter (a question's code), no
  // list of other pages.
  if (StartsWithAny(s, {"相關", "相关"}) && std::any_of(std::begin(kOwnMatterWords), std::end(kOwnMatterWords),
                                                        [&](std::string_view w) { return s.ends_with(w); })) {
    return false;
  }
  return ContainsAny(s, {"相關",     "相关",     "延伸閱讀", "延伸阅读", "推薦",     "推荐",     "熱門",
                         "热门",     "猜你喜歡", "猜你喜欢", "猜你想看", "更多新聞", "更多新闻", "其他新聞",
                         "最新文章", "也想看",   "也喜歡",   "也喜欢",   "閱讀更多", "阅读更多", "熱搜",
                         "热搜",     "关联问题", "關聯問題", "关联文章", "關聯文章", "Related",  "Recommended"});
}

void MarkMenuRuns(std::vector<PageLine>& lines) {
  // Runs of short lines (blank lines inside a run do not break it).
  for (size_t i = 0; i < lines.size();) {
    auto in_run = [&](const PageLine& l) {
      return l.reason.empty() && !l.table &&
             (IsShortLine(l.core) || (l.bullet && l.core.size() <= 25 && !HasSentencePunct(l.core)));
    };
    if (!in_run(lines[i])) {
      ++i;
      continue;
    }
    size_t j = i, count = 0, bullets = 0;
    std::vector<size_t> members;
    // Blank lines do not break a run, nor does a bulleted item another rule
    // took for a button ("* 編輯" among a page's tabs); a line dropped for
    // another reason does.
    auto bridges = [&](const PageLine& l) {
      return utf8::Trim(l.raw).empty() ||
             (l.bullet && (l.reason == "button or form label" || l.reason == "share widget"));
    };
    while (j < lines.size() && (in_run(lines[j]) || bridges(lines[j]))) {
      if (in_run(lines[j])) {
        members.push_back(j);
        ++count;
        bullets += lines[j].bullet;
      }
      ++j;
    }
    // A kept list whose earlier items have punctuation going on into items
    // with none ("* 腎性貧血、腎性骨病…" over "* 經皮腎穿刺活檢及病理診斷"): those
    // items are the list's tail, not a menu's first items.
    if (i > 0 && lines[i].bullet && lines[i - 1].bullet && lines[i - 1].reason.empty() && !lines[i - 1].table) {
      size_t lead = 0;
      while (lead < members.size() && lines[members[lead]].bullet &&
             (lead == 0 || members[lead] == members[lead - 1] + 1)) {
        ++lead;
      }
      members.erase(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(lead));
      count -= lead;
      bullets -= lead;
    }
    const bool listed_by_text = bullets == count && count <= kMaxIntroducedItems && IntroducesList(lines, i);
    if (!listed_by_text && (count >= kMenuRun || (count >= kBulletRun && bullets >= 2))) {
      for (size_t m : members) lines[m].reason = "menu or link list";
    }
    i = j;
  }
}

// From line `from` on: a short indented line alone on its line (a blank
// above it) that repeats one of the bulleted tab items `items`.
static void MarkIndentedTabLabels(std::vector<PageLine>& lines, size_t from, const std::vector<std::u32string>& items) {
  constexpr size_t kMaxLabel = 6;
  for (size_t i = std::max<size_t>(from, 1); i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.reason.empty() || l.blank() || l.bullet || l.core.size() > kMaxLabel || !lines[i - 1].blank() ||
        l.raw.empty() || l.raw.front() != ' ' || CountHan(l.core) != l.core.size()) {
      continue;
    }
    if (std::find(items.begin(), items.end(), l.core) != items.end()) l.reason = "current tab label";
  }
}

void MarkCurrentTabLabels(std::vector<PageLine>& lines) {
  constexpr size_t kMaxLabel = 10;
  std::vector<std::u32string> items;  // menu items seen so far
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank()) continue;
    if (l.reason == "menu or link list" && l.bullet) {
      items.push_back(l.core);
      continue;
    }
    if (l.reason == "menu or link list") {
      // "所有條文 | 沿革 | 立法歷程": a row of tabs.
      std::u32string item;
      for (size_t k = 0; k <= l.core.size(); ++k) {
        if (k < l.core.size() && l.core[k] != '|' && l.core[k] != U'｜') {
          if (!utf8::IsSpace(l.core[k]) || !item.empty()) item += l.core[k];
          continue;
        }
        while (!item.empty() && utf8::IsSpace(item.back())) item.pop_back();
        if (!item.empty()) items.push_back(item);
        item.clear();
      }
      continue;
    }
    // The page's text has begun: a heading below it that a menu also names
    // is the article's, unless it is indented like the page's boxes, where
    // a dump prints the site's labels (a heading stands at the margin):
    // "楼盘动态" over its box, an item of the page's tabs.
    if (l.reason.empty() && l.core.find_first_of(U"。！？") != std::u32string::npos) {
      MarkIndentedTabLabels(lines, i, items);
      return;
    }
    // "活動公告 / 長青學苑": the post's categories, the first a menu's item.
    if (l.reason.empty() && !l.bullet && l.core.size() <= 3 * kMaxLabel && !HasSentencePunct(l.core)) {
      const size_t slash = l.core.find_first_of(U"/／");
      if (slash != std::u32string::npos && slash > 0) {
        std::u32string first = l.core.substr(0, slash);
        while (!first.empty() && utf8::IsSpace(first.back())) first.pop_back();
        if (std::find(items.begin(), items.end(), first) != items.end()) {
          l.reason = "current tab label";
          continue;
        }
      }
    }
    if (!l.reason.empty() || l.bullet || l.core.size() > kMaxLabel || HasSentencePunct(l.core)) continue;
    // A heading right over its issue date ("豪雨特報" then "發布時間：…") is
    // the page's own, whatever menu names it too.
    size_t next = i + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    if (next < lines.size() && lines[next].reason.empty() && IsDateLine(lines[next].core)) continue;
    if (std::find(items.begin(), items.end(), l.core) != items.end()) l.reason = "current tab label";
  }
}

namespace {

// "3. 邊走邊吃", "三、管制時段", "（二）注意事項": a heading numbered as the
// body's sections are.
bool IsNumberedHeading(const std::u32string& core) {
  size_t i = 0;
  while (i < core.size() && IsAsciiDigit(core[i])) ++i;
  // "1.8k阅读" is a count, not a heading: a number's point has digits after it.
  if (i > 0 && i + 1 < core.size() && (core[i] == '.' || core[i] == U'、' || core[i] == U'．') &&
      !IsAsciiDigit(core[i + 1])) {
    return true;
  }
  i = 0;
  while (i < core.size() && std::u32string_view(U"一二三四五六七八九十").find(core[i]) != std::u32string_view::npos)
    ++i;
  return i > 0 && i < core.size() && core[i] == U'、';
}

}  // namespace

namespace {

// The end of the block of non-blank lines that starts at `from`.
size_t BlockEnd(const std::vector<PageLine>& lines, size_t from) {
  size_t end = from;
  while (end < lines.size() && !utf8::Trim(lines[end].raw).empty()) ++end;
  return end;
}

// A paragraph hard-wrapped over two lines or more from `from`: full lines
// broken inside a sentence, the last one ending it.
bool IsWrappedParagraph(const std::vector<PageLine>& lines, size_t from) {
  constexpr size_t kMinFullLine = 30;
  const size_t end = BlockEnd(lines, from);
  if (end - from < 2) return false;
  for (size_t k = from; k < end; ++k) {
    const std::u32string& core = lines[k].core;
    if (lines[k].bullet || core.empty() || CountHan(core) == 0) return false;
    const bool last = k + 1 == end;
    const bool ends = HasSentenceEnd(core.substr(core.size() - 1));
    if (last ? !ends : (core.size() < kMinFullLine || ends)) return false;
  }
  return true;
}

// A line alone in its block with a wrapped paragraph right under it; or
// a short heading, no sentence in it, set right over the paragraph's
// lines in one block (two lines of prose or more, the first a full line:
// "有街坊指晚上最危險" over "居於附近屋苑的陳太表示，…").
bool IsHeadingOverParagraph(const std::vector<PageLine>& lines, size_t from) {
  constexpr size_t kMaxHeading = 30, kMinFullLine = 30;
  const size_t end = BlockEnd(lines, from);
  if (end >= from + 3) {
    const PageLine& h = lines[from];
    const PageLine& first = lines[from + 1];
    const PageLine& second = lines[from + 2];
    return !h.bullet && h.core.size() <= kMaxHeading && CountHan(h.core) >= 2 && !HasSentencePunct(h.core) &&
           !first.bullet && !second.bullet && first.core.size() >= kMinFullLine && IsProse(first) &&
           CountHan(second.core) > 0;
  }
  if (end != from + 1) return false;
  size_t next = end;
  while (next < lines.size() && utf8::Trim(lines[next].raw).empty()) ++next;
  return next < lines.size() && IsWrappedParagraph(lines, next);
}

}  // namespace

void MarkRelatedLists(std::vector<PageLine>& lines) {
  // "Related articles" headings and the titles listed under them.
  for (size_t i = 0; i < lines.size(); ++i) {
    // A heading a menu run took with the list's first, short items: the
    // longer titles right under them (no sentence or field mark, "2.0"
    // allowed) are the list's too ("相關資料集" over
    // "* 新北市自行車道路線資訊" and "* 臺北市YouBike2.0臺北市公共自行車即時資訊").
    if (lines[i].reason == "menu or link list" && !lines[i].bullet && !lines[i].table &&
        IsRelatedHeading(lines[i].core)) {
      size_t j = i + 1;
      while (j < lines.size() && lines[j].bullet && lines[j].reason == "menu or link list") ++j;
      if (j == i + 1) continue;
      for (; j < lines.size() && lines[j].bullet && !lines[j].table && lines[j].reason.empty() &&
             lines[j].core.find_first_of(U"。！？；，：,;:") == std::u32string::npos;
           ++j) {
        lines[j].reason = "related-articles list";
      }
      continue;
    }
    if (!lines[i].reason.empty() || lines[i].table || !IsRelatedHeading(lines[i].core)) continue;
    lines[i].reason = "related-articles list";
    const bool cited = IsCitedLawsHeading(lines[i].core);
    bool listed = false;  // a list item seen: the list ends where its items end
    for (size_t j = i + 1; j < lines.size(); ++j) {
      const auto& core = lines[j].core;
      if (utf8::Trim(lines[j].raw).empty()) continue;
      // An item may be a title that ends in a full stop (a gazette's "修正「…」
      // 第八條條文。"): one sentence on a bulleted line, no comma in it, no
      // picture beside it (a gallery's caption).
      const bool titled_item = lines[j].bullet && !lines[j].placeholder &&
                               core.find_first_of(U"。！？；，") == core.size() - 1 && core.size() > 1;
      if (core.size() > 60 || (!core.empty() && core.back() == U'。' && !titled_item)) break;
      // The body going on under the list: a paragraph hard-wrapped over
      // several lines, or a sub-heading over one, after a blank line.
      if (!lines[j].bullet && utf8::Trim(lines[j - 1].raw).empty() &&
          (IsWrappedParagraph(lines, j) || IsHeadingOverParagraph(lines, j))) {
        break;
      }
      // Past the list's items, a line alone in its block over a long
      // paragraph ("凌晨四點開爐　菠蘿油每日賣五百個" over "福榮冰室於…"):
      // the body's sub-heading, the body going on.
      if (listed && !lines[j].bullet && utf8::Trim(lines[j - 1].raw).empty() && BlockEnd(lines, j) == j + 1) {
        size_t next = j + 1;
        while (next < lines.size() && utf8::Trim(lines[next].raw).empty()) ++next;
        constexpr size_t kLongParagraph = 60;
        if (next < lines.size() && !lines[next].bullet && lines[next].core.size() > kLongParagraph &&
            IsProse(lines[next])) {
          break;
        }
      }
      // A list put inside an article's body: the body's next heading or
      // paragraph ("3. 邊走邊吃…" under the items) is no item of it.
      if (listed && !lines[j].bullet && lines[j].reason.empty() && IsNumberedHeading(core)) break;
      // Cited laws over a blank line: the record goes on under the list.
      if (cited && listed && !lines[j].bullet && utf8::Trim(lines[j - 1].raw).empty()) break;
      listed = listed || lines[j].bullet;
      if (lines[j].reason.empty() && !lines[j].table) lines[j].reason = "related-articles list";
    }
  }
}

void MarkDroppedListHeadings(std::vector<PageLine>& lines) {
  constexpr size_t kMaxHeading = 10, kMinItems = 2;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const PageLine& h = lines[i];
    if (!h.reason.empty() || h.blank() || h.bullet || h.table || h.core.size() > kMaxHeading ||
        HasSentencePunct(h.core) || CountHan(h.core) != WithoutSpaces(h.core).size()) {
      continue;
    }
    // A table of contents' heading ("目　　录", "目次") over its entries,
    // bulleted or not.
    const std::u32string bare = WithoutSpaces(h.core);
    const bool contents = bare == U"目录" || bare == U"目錄" || bare == U"目次";
    size_t k = i + 1, items = 0;
    for (; k < lines.size() && (lines[k].bullet || contents) && !lines[k].blank() && !lines[k].reason.empty(); ++k) {
      ++items;
    }
    // The list ends at a blank line, the page's end or a dropped line
    // ("查看更多 >>"); a kept line right under it is the text going on.
    const bool list_ends = k == lines.size() || lines[k].blank() || (!lines[k].bullet && !lines[k].reason.empty());
    if (items >= kMinItems && list_ends) lines[i].reason = "menu or link list";
  }
}

void MarkCountedListHeadings(std::vector<PageLine>& lines) {
  constexpr size_t kMaxHeading = 24, kMinItems = 2;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& h = lines[i];
    if (!h.reason.empty() || h.blank() || h.bullet || h.core.size() > kMaxHeading) continue;
    // "…（3）", "… (12)": the count closes the line.
    const std::u32string& c = h.core;
    const char32_t close = c.back();
    if (close != U'）' && close != ')') continue;
    const size_t open = c.find_last_of(close == U'）' ? U'（' : U'(');
    if (open == std::u32string::npos || open == 0 || open + 2 > c.size() - 1) continue;
    bool count = true;
    for (size_t k = open + 1; k + 1 < c.size(); ++k) count = count && IsAsciiDigit(c[k]);
    if (!count || HasSentencePunct(c.substr(0, open)) || CountHan(c.substr(0, open)) < 2) continue;
    size_t items = 0, k = i + 1;
    while (k < lines.size() && lines[k].blank()) ++k;
    for (; k < lines.size() && lines[k].bullet && !lines[k].reason.empty(); ++k) ++items;
    const bool list_ends = k == lines.size() || !lines[k].bullet;
    if (items >= kMinItems && list_ends) lines[i].reason = "menu or link list";
  }
}

// "1. 首頁": an item of a numbered list, its number (the 1-based place it
// has), or 0 where `core` is none; `text` gets the item's text.
static size_t NumberedItem(const std::u32string& core, std::u32string* text) {
  constexpr size_t kMaxItem = 20;
  size_t digits = 0;
  while (digits < core.size() && IsAsciiDigit(core[digits])) ++digits;
  if (digits == 0 || digits > 2 || digits + 1 >= core.size() || (core[digits] != '.' && core[digits] != U'．')) {
    return 0;
  }
  size_t at = digits + 1;
  while (at < core.size() && utf8::IsSpace(core[at])) ++at;
  *text = core.substr(at);
  if (text->empty() || text->size() > kMaxItem || HasSentencePunct(*text)) return 0;
  size_t n = 0;
  for (size_t i = 0; i < digits; ++i) n = n * 10 + static_cast<size_t>(core[i] - '0');
  return n;
}

void MarkNumberedBreadcrumbs(std::vector<PageLine>& lines) {
  constexpr size_t kMinItems = 2;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::u32string text;
    if (lines[i].blank() || NumberedItem(lines[i].core, &text) != 1) continue;
    const std::string home = EncodeUtf8(WithoutSpaces(text));
    if (!EqualsAny(home,
                   {"首頁", "首页", "主頁", "主页", "網站首頁", "网站首页", "回首頁", "回首页", "Home", "HOME"})) {
      continue;
    }
    // The items that follow, numbered on from 1, each on its own line.
    size_t end = i + 1, expected = 2;
    while (end < lines.size() && !lines[end].blank() && NumberedItem(lines[end].core, &text) == expected) {
      ++end;
      ++expected;
    }
    if (end - i < kMinItems) continue;
    for (size_t k = i; k < end; ++k) {
      if (lines[k].reason.empty() || IsListReason(lines[k].reason)) lines[k].reason = "breadcrumb";
    }
    i = end - 1;
  }
}

// "基本信息 68", "Issues 5": a tab's label (two to eight characters, no
// punctuation) and the count of what it holds, from `at`; the position
// after the count, or npos.
static size_t CountedLabelEnd(const std::u32string& core, size_t at) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 8, kMaxDigits = 6;
  while (at < core.size() && (utf8::IsSpace(core[at]) || core[at] == U'｜' || core[at] == '|')) ++at;
  size_t label = at;
  while (label < core.size() && !utf8::IsSpace(core[label]) && !IsAsciiDigit(core[label])) ++label;
  std::u32string name = core.substr(at, label - at);
  // "三居(3)": the count in brackets right after the label.
  const bool bracketed = !name.empty() && (name.back() == '(' || name.back() == U'（');
  if (bracketed) name.pop_back();
  if (name.size() < kMinLabel || name.size() > kMaxLabel || HasSentencePunct(name) || CountHan(name) < kMinLabel) {
    return std::u32string::npos;
  }
  while (label < core.size() && utf8::IsSpace(core[label])) ++label;
  size_t digits = 0;
  while (label + digits < core.size() && IsAsciiDigit(core[label + digits])) ++digits;
  if (digits == 0 || digits > kMaxDigits) return std::u32string::npos;
  if (!bracketed) return label + digits;
  const size_t close = label + digits;
  if (close >= core.size() || (core[close] != ')' && core[close] != U'）')) return std::u32string::npos;
  return close + 1;
}

// Pairs of a label and its count that make up all of `core`, or 0. One
// pair may carry a note in brackets after its count ("行政处罚 1 （2024-03-12
// …）").
static size_t CountedLabels(const std::u32string& core) {
  size_t pairs = 0;
  for (size_t at = 0; at < core.size();) {
    const size_t end = CountedLabelEnd(core, at);
    if (end == std::u32string::npos) return 0;
    ++pairs;
    at = end;
    while (at < core.size() && (utf8::IsSpace(core[at]) || core[at] == U'｜' || core[at] == '|')) ++at;
    if (pairs == 1 && at < core.size() && (core[at] == U'（' || core[at] == '(') &&
        (core.back() == U'）' || core.back() == ')')) {
      return 1;
    }
  }
  return pairs;
}

// "户型介绍  全部(5) …" -> "全部(5) …": the row after a leading label of
// Han characters parted from it by two spaces or more; empty if none.
static std::u32string AfterTabsLabel(const std::u32string& core) {
  constexpr size_t kMaxTabsLabel = 6;
  size_t end = 0;
  while (end < core.size() && utf8::IsHan(core[end])) ++end;
  if (end < 2 || end > kMaxTabsLabel || end + 2 >= core.size() || !utf8::IsSpace(core[end]) ||
      !utf8::IsSpace(core[end + 1])) {
    return {};
  }
  return core.substr(end);
}

// "概况    交通    门票    开放时间    位置    点评 (3286)    问答 (214)": a
// row of five or more short tab labels parted by wide gaps, two or more of
// them counting in brackets what they hold.
static bool IsTabRowWithBracketedCounts(const std::u32string& core) {
  constexpr size_t kMinLabels = 5, kMinCounted = 2, kMaxLabel = 6;
  std::vector<std::u32string> labels;
  std::u32string cur;
  size_t spaces = 0;
  for (char32_t c : core + U"  ") {
    if (utf8::IsSpace(c) || c == U'\u3000') {
      ++spaces;
      continue;
    }
    if (spaces >= 2 && !cur.empty()) {
      labels.push_back(cur);
      cur.clear();
    }
    if (spaces == 1 && !cur.empty()) cur += U' ';
    spaces = 0;
    cur += c;
  }
  if (!cur.empty()) labels.push_back(cur);
  if (labels.size() < kMinLabels) return false;
  size_t counted = 0;
  for (const std::u32string& label : labels) {
    std::u32string name = label;
    const size_t open = label.find_first_of(U"（(");
    if (open != std::u32string::npos && open > 0 && (label.back() == U'）' || label.back() == ')')) {
      const std::u32string inner = label.substr(open + 1, label.size() - open - 2);
      if (inner.empty() ||
          !std::all_of(inner.begin(), inner.end(), [](char32_t c) { return utf8::IsDecimalDigit(c) || c == ','; })) {
        return false;
      }
      ++counted;
      name = label.substr(0, open);
    }
    name = WithoutSpaces(name);
    if (name.empty() || name.size() > kMaxLabel || HasSentencePunct(name) || CountHan(name) == 0) return false;
  }
  return counted >= kMinCounted;
}

void MarkCountedTabs(std::vector<PageLine>& lines) {
  constexpr size_t kMinTabs = 3;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !lines[i].reason.empty() || lines[i].table) continue;
    // A row of them on one line ("自身风险 0   周边风险 12   历史风险 2"),
    // maybe under the tabs' label ("户型介绍  全部(5)  三居(3)  四居(2)").
    if (CountedLabels(lines[i].core) >= kMinTabs || CountedLabels(AfterTabsLabel(lines[i].core)) >= kMinTabs ||
        IsTabRowWithBracketedCounts(lines[i].core)) {
      lines[i].reason = kCountedTabs;
      continue;
    }
    // A list of them, one a line ("* 基本信息 68", "* 司法风险 5" …).
    size_t end = i;
    while (end < lines.size() && lines[end].bullet && lines[end].reason.empty() &&
           CountedLabels(lines[end].core) == 1) {
      ++end;
    }
    if (end - i >= kMinTabs) {
      for (size_t k = i; k < end; ++k) lines[k].reason = kCountedTabs;
      // The list's own label with its count, right above it ("经营风险 3").
      if (i > 0 && !lines[i - 1].bullet && lines[i - 1].reason.empty() && CountedLabels(lines[i - 1].core) == 1 &&
          lines[i - 1].core.find_first_of(U"（(") == std::u32string::npos) {
        lines[i - 1].reason = kCountedTabs;
      }
      i = end - 1;
    }
  }
}

}  // namespace wenyuan::clean
