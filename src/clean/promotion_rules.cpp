#include "clean/promotion_rules.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "clean/boilerplate_filter.h"
#include "clean/dates_and_bylines.h"
#include "clean/page_line.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinListItems = 3;
constexpr size_t kMaxSeparatorsBetweenItems = 3;  // an item number, a picture, its caption's placeholder
constexpr size_t kMinItemChars = 6, kMaxItemChars = 60;
constexpr size_t kMaxListTitleChars = 40;
constexpr size_t kMaxMarkerChars = 6;
constexpr double kLinkShare = 0.5;  // of a link's words that a listed headline has
constexpr size_t kMinLinkSharedWords = 4;
constexpr size_t kMaxCallToActionChars = 40;
constexpr size_t kMaxOfferChars = 30;
constexpr size_t kMaxHeadingChars = 30;
constexpr size_t kMaxCollectionHeadingChars = 16;
constexpr size_t kMaxCardTitleChars = 40;
constexpr size_t kMinCards = 2;

// "2", "01 »", "13»", "»": an item's number or arrow in a list of links.
bool IsItemMarker(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxMarkerChars) return false;
  bool mark = false;
  for (char32_t c : core) {
    const bool arrow = std::u32string_view(U"»›>〉→").find(c) != std::u32string_view::npos;
    if (!IsAsciiDigit(c) && !arrow && !utf8::IsSpace(c)) return false;
    mark = mark || arrow || IsAsciiDigit(c);
  }
  return mark;
}

// What may stand between the items of a list: blank lines, item numbers,
// pictures and lines another rule dropped.
bool IsSeparator(const PageLine& l) { return l.blank() || !l.reason.empty() || IsItemMarker(l.core); }

// Short, with Han, no sentence end: a headline as a list prints it
// ("AI幫你顧小孩！育兒神器「CuboAi」在意外前先發警示，不必每秒緊盯了").
bool HasHeadlineShape(const PageLine& l) {
  const auto& c = l.core;
  if (!l.reason.empty() || l.table || c.size() < kMinItemChars || c.size() > kMaxItemChars || CountHan(c) < 4) {
    return false;
  }
  if (c.find_first_of(U"。；") != std::u32string::npos) return false;
  const char32_t last = c.back();
  return last != U'：' && last != ':' && last != U'，' && last != ',' && last != U'、';
}

bool IsKeptProse(const PageLine& l) { return l.reason.empty() && IsProse(l); }

// A line that heads a paragraph (a sub-heading, the headline): the line
// below it is prose, or the short first line of a hard-wrapped paragraph
// ("随着 AI" over a full line of prose). With `skip_dropped`, pictures and
// lines other rules dropped between them do not count.
bool HeadsProse(const std::vector<PageLine>& lines, size_t i, bool skip_dropped = false) {
  constexpr size_t kFullLine = 40;
  size_t next = NextNonBlank(lines, i + 1);
  while (skip_dropped && next < lines.size() && IsSeparator(lines[next])) next = NextNonBlank(lines, next + 1);
  if (next >= lines.size() || IsItemMarker(lines[next].core) || !lines[next].reason.empty()) return false;
  if (IsProse(lines[next])) return true;
  return next + 1 < lines.size() && IsKeptProse(lines[next + 1]) && lines[next + 1].core.size() >= kFullLine;
}

// The end of a paragraph: prose, or its last wrapped line ("是台灣軟實力的最佳代表。").
bool EndsParagraph(const PageLine& l) {
  if (!l.reason.empty() || l.core.empty()) return false;
  const char32_t last = l.core.back();
  return IsProse(l) || last == U'。' || last == U'！' || last == U'？';
}

// Han bigrams and Latin words: what a link shares with the headline it
// points to.
std::set<std::u32string> Words(const std::u32string& s) {
  std::set<std::u32string> out;
  std::u32string word;
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (utf8::IsHan(c) && i + 1 < s.size() && utf8::IsHan(s[i + 1])) out.insert(s.substr(i, 2));
    const bool alnum = c < 0x80 && std::isalnum(static_cast<int>(c)) != 0;
    if (alnum) word += static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    if (!alnum || i + 1 == s.size()) {
      if (word.size() >= 2) out.insert(word);
      word.clear();
    }
  }
  return out;
}

// Lists of other articles' headlines that the page prints more than once.
// Returns the cores of their items.
std::vector<std::u32string> MarkRepeatedHeadlineLists(std::vector<PageLine>& lines, const std::string& title_key) {
  std::map<std::u32string, size_t> printed;  // a line's core -> how often the page has it
  for (const auto& l : lines) {
    if (!l.blank()) ++printed[l.core];
  }
  auto is_item = [&](size_t i) {
    return HasHeadlineShape(lines[i]) && !HeadsProse(lines, i) &&
           (title_key.empty() || NormaliseLineKey(lines[i].raw) != title_key);
  };
  std::vector<std::u32string> items_found;
  for (size_t i = 0; i < lines.size();) {
    if (!is_item(i)) {
      ++i;
      continue;
    }
    std::vector<size_t> run = {i};
    std::set<std::u32string> in_run = {lines[i].core};
    size_t j = i + 1, separators = 0;
    while (j < lines.size()) {
      if (lines[j].blank()) {
        ++j;
        continue;
      }
      if (IsSeparator(lines[j])) {
        if (++separators > kMaxSeparatorsBetweenItems) break;
        ++j;
        continue;
      }
      // A list names each article once: a second mention starts another list.
      if (!is_item(j) || in_run.count(lines[j].core)) break;
      run.push_back(j);
      in_run.insert(lines[j].core);
      separators = 0;
      ++j;
    }
    const size_t repeated = static_cast<size_t>(
        std::count_if(run.begin(), run.end(), [&](size_t k) { return printed[lines[k].core] > 1; }));
    if (run.size() < kMinListItems || repeated < kMinListItems || repeated * 2 < run.size()) {
      i = run.back() + 1;
      continue;
    }
    // The item numbers and arrows between the items (and after the last)
    // go with them.
    for (size_t k = run.front(); k < j; ++k) {
      if (lines[k].reason.empty() && (in_run.count(lines[k].core) || IsItemMarker(lines[k].core))) {
        lines[k].reason = kRepeatedHeadlineList;
      }
    }
    for (size_t k : run) items_found.push_back(lines[k].core);
    // The list's title right above it ("專題報導｜下個十年看AI…", "專題列表").
    size_t above = run.front();
    while (above > 0) {
      --above;
      if (!IsSeparator(lines[above])) break;
    }
    const PageLine& t = lines[above];
    if (above < run.front() && t.reason.empty() && !t.core.empty() && t.core.size() <= kMaxListTitleChars &&
        !HasSentenceEnd(t.core) && !IsDateLine(t.core) && !IsBylineLine(t.core) && !IsProse(t)) {
      lines[above].reason = kRepeatedHeadlineList;
    }
    i = run.back() + 1;
  }
  return items_found;
}

// A link under a paragraph to one of the listed articles: its headline or
// a shorter wording of it.
void MarkLinksToListedArticles(std::vector<PageLine>& lines, const std::vector<std::u32string>& items,
                               const std::string& title_key) {
  if (items.empty()) return;
  std::vector<std::set<std::u32string>> item_words;
  for (const auto& item : items) item_words.push_back(Words(item));
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    // A numbered heading ("三、如何…") is the article's own, listed in its
    // table of contents.
    if (!HasHeadlineShape(l) || SectionNumberLength(l.core) > 0 || HeadsProse(lines, i, true)) continue;
    if (!title_key.empty() && NormaliseLineKey(l.raw) == title_key) continue;
    const size_t above = PreviousNonBlank(lines, i);
    if (above == lines.size() || !EndsParagraph(lines[above])) continue;
    const auto words = Words(l.core);
    if (words.empty()) continue;
    for (const auto& item : item_words) {
      const size_t shared = static_cast<size_t>(
          std::count_if(words.begin(), words.end(), [&](const std::u32string& w) { return item.count(w) > 0; }));
      if (shared >= kMinLinkSharedWords &&
          static_cast<double>(shared) >= kLinkShare * static_cast<double>(words.size())) {
        l.reason = kLinkToListedArticle;
        break;
      }
    }
  }
}

// "免費在 Oracle 雲上構建、測試和部署應用。": an offer just above a
// call to action.
bool IsOffer(const std::u32string& core) {
  if (core.size() > kMaxOfferChars) return false;
  return ContainsAny(EncodeUtf8(core),
                     {"免费", "免費", "试用", "試用", "优惠", "優惠", "限时", "限時", "折扣", "赠送", "贈送"});
}

void MarkCallsToAction(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.reason.empty() || l.bullet || l.table || !IsCallToActionWording(l.core)) continue;
    // It closes a section: a paragraph (or another such link) above it…
    const size_t above = PreviousNonBlank(lines, i);
    if (above == lines.size()) continue;
    const PageLine& a = lines[above];
    // A "see all" link with its arrow ("查看全部户型 >") closes any block.
    const bool arrow = std::u32string_view(U">›»→").find(l.core.back()) != std::u32string_view::npos;
    const bool after_text = arrow || IsKeptProse(a) || a.reason == kCallToAction ||
                            (a.reason.empty() && !a.bullet && IsCallToActionWording(a.core));
    if (!after_text) continue;
    // … and nothing of that section below it: a heading, another link,
    // the page's chrome or the end.
    const size_t below = NextNonBlank(lines, i + 1);
    if (below < lines.size()) {
      const PageLine& b = lines[below];
      // A short line standing alone is the next section's heading, even
      // when it asks a question ("AI 技术可为企业提供哪些帮助？").
      const size_t after_b = below + 1;
      const bool heading = b.core.size() <= kMaxHeadingChars && (after_b == lines.size() || lines[after_b].blank());
      const bool section_goes_on =
          b.reason.empty() && ((IsProse(b) && !heading) || b.bullet) && !IsCallToActionWording(b.core);
      if (section_goes_on) continue;
    }
    l.reason = kCallToAction;
    // The offer it closes: a one-line paragraph right above it.
    if (above + 1 == i && a.reason.empty() && IsOffer(a.core)) {
      const size_t before = PreviousNonBlank(lines, above);
      if (before == lines.size() || before + 1 < above) lines[above].reason = kCallToAction;
    }
  }
}

// A heading that names a collection of courses or articles to learn from.
bool NamesCollection(const std::u32string& core) {
  if (core.size() > kMaxCollectionHeadingChars || HasSentencePunct(core)) return false;
  return ContainsAny(EncodeUtf8(core),
                     {"学习库",   "學習庫",   "资源库",   "資源庫",   "知识库",   "知識庫",  "学习中心",
                      "學習中心", "学习资源", "學習資源", "资源中心", "資源中心", "课程",    "課程",
                      "教程",     "学院",     "學院",     "Learning", "Library",  "Academy", "Courses"});
}

// A heading over cards (a bulleted short title, then its blurb) that
// promotes courses or other articles: the heading names such a collection,
// or the page prints the heading and its cards twice.
void MarkCourseBlocks(std::vector<PageLine>& lines) {
  std::map<std::u32string, size_t> printed;
  for (const auto& l : lines) {
    if (!l.blank()) ++printed[l.core];
  }
  // The related-articles rule may have taken the heading and the first
  // titles ("熱門課程"); the block is then this rule's.
  auto open = [&](const PageLine& l) { return l.reason.empty() || l.reason == "related-articles list"; };
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& h = lines[i];
    if (!open(h) || h.bullet || h.core.empty() || h.core.size() > kMaxCollectionHeadingChars ||
        HasSentencePunct(h.core)) {
      continue;
    }
    std::vector<size_t> block;
    size_t cards = 0, repeated_titles = 0;
    size_t j = NextNonBlank(lines, i + 1);
    while (j < lines.size() && open(lines[j]) && lines[j].bullet) {
      const PageLine& title = lines[j];
      if (title.core.size() > kMaxCardTitleChars || HasSentenceEnd(title.core.substr(0, title.core.size() - 1))) break;
      block.push_back(j);
      size_t k = j + 1, blurb = 0;
      while (k < lines.size() && !lines[k].blank() && !lines[k].bullet && open(lines[k])) {
        block.push_back(k);
        ++blurb;
        ++k;
      }
      if (blurb == 0) break;  // a card has its blurb; a bare list is the article's
      ++cards;
      repeated_titles += printed[title.core] > 1;
      j = k < lines.size() && lines[k].blank() ? NextNonBlank(lines, k) : k;
      if (j < lines.size() && !lines[j].bullet) break;
    }
    if (cards < kMinCards) continue;
    const bool printed_twice = printed[h.core] > 1 && repeated_titles == cards;
    if (!NamesCollection(h.core) && !printed_twice) continue;
    lines[i].reason = kCoursePromotion;
    for (size_t k : block) lines[k].reason = kCoursePromotion;
  }
}

// "🌸CV大模型系列之：MAE，实现像素级图像重建🌸" → "CV大模型系列之": the
// series' name before the colon, symbols around the line left out.
std::u32string SeriesPrefix(const std::u32string& core) {
  constexpr size_t kMinPrefix = 4, kMaxPrefix = 20;
  size_t begin = 0;
  while (begin < core.size() && !utf8::IsHan(core[begin]) &&
         !(core[begin] < 0x80 && std::isalnum(static_cast<int>(core[begin])))) {
    ++begin;
  }
  const size_t colon = core.find_first_of(U"：:", begin);
  if (colon == std::u32string::npos || colon - begin < kMinPrefix || colon - begin > kMaxPrefix) return {};
  return core.substr(begin, colon - begin);
}

// A series' list of its articles: three or more lines in a row that start
// with the same series name and a colon ("CV大模型系列之：…"), with the
// list's title ending in a colon right above ("系列文章导航（持续更新中）：").
void MarkSeriesLists(std::vector<PageLine>& lines) {
  constexpr size_t kMaxTitle = 30;
  for (size_t i = 0; i < lines.size();) {
    const std::u32string prefix = lines[i].reason.empty() ? SeriesPrefix(lines[i].core) : std::u32string();
    if (prefix.empty() || lines[i].core.find(U'。') != std::u32string::npos) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < lines.size() && lines[j].reason.empty() && lines[j].core.find(U'。') == std::u32string::npos &&
           SeriesPrefix(lines[j].core) == prefix) {
      ++j;
    }
    if (j - i >= kMinListItems) {
      for (size_t k = i; k < j; ++k) lines[k].reason = kSeriesList;
      if (i > 0) {
        PageLine& t = lines[i - 1];
        const char32_t last = t.core.empty() ? 0 : t.core.back();
        if (t.reason.empty() && t.core.size() <= kMaxTitle && (last == U'：' || last == ':') &&
            !HasSentenceEnd(t.core)) {
          t.reason = kSeriesList;
        }
      }
    }
    i = j;
  }
}

}  // namespace

bool IsCallToActionWording(const std::u32string& core) {
  if (core.size() < 2 || core.size() > kMaxCallToActionChars) return false;
  // An invitation may end with "！" or an arrow, never with a sentence inside.
  std::u32string body = core;
  while (!body.empty() && std::u32string_view(U"！!>›»→ ").find(body.back()) != std::u32string_view::npos) {
    body.pop_back();
  }
  // A step of a tutorial names the button in quotes ("点击“删除全部”…").
  if (body.empty() || HasSentenceEnd(body) || body.find_first_of(U"“”「」\"") != std::u32string::npos) return false;
  const std::string s = EncodeUtf8(body);
  return StartsWithAny(
      s, {"了解",     "瞭解",     "详细了解", "詳細了解",   "深入了解",  "深入瞭解",    "进一步了解", "進一步了解",
          "查看",     "立即",     "立刻",     "马上",       "馬上",      "赶快",        "趕快",       "点击这里",
          "點擊這裡", "点击了解", "點擊了解", "点击查看",   "點擊查看",  "点此",        "點此",       "阅读更多",
          "閱讀更多", "阅读全文", "閱讀全文", "免费试用",   "免費試用",  "开始使用",    "開始使用",   "开始免费",
          "開始免費", "申请试用", "申請試用", "预约",       "預約",      "探索更多",    "获取更多",   "獲取更多",
          "联系我们", "聯絡我們", "聯繫我們", "Learn more", "Read more", "Get started", "Sign up",    "Contact us",
          "Find out", "Try "});
}

void MarkPromotions(std::vector<PageLine>& lines, std::string_view title_key) {
  const std::string title(title_key);
  const auto items = MarkRepeatedHeadlineLists(lines, title);
  MarkLinksToListedArticles(lines, items, title);
  MarkSeriesLists(lines);
  MarkCourseBlocks(lines);
  MarkCallsToAction(lines);
}

}  // namespace wenyuan::clean
