#include "clean/main_text_finder.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "clean/bbs_rules.h"
#include "clean/boilerplate_filter.h"
#include "clean/forum_rules.h"
#include "clean/headline_lists.h"
#include "clean/promotion_rules.h"
#include "clean/record_closings.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr long kDroppedLineCost = 15;  // a line a rule already dropped
constexpr long kShortLineCost = 8;     // a heading, a link to another article
constexpr long kAsciiLineCost = 2;     // code, a table row, a model name
constexpr long kTableLineWeight = 2;   // a data table's cell or an infobox field: the article's
constexpr long kIndexLineCost = 2;     // the article's own table of contents, between its lede and its sections
constexpr long kMinMainText = 60;      // content characters
constexpr size_t kFallbackHeadLines = 4;
constexpr size_t kHeadWindow = 24;  // non-blank lines scanned above the body
constexpr size_t kMenuLinesEndHead = 3;
constexpr size_t kListItemsEndHead = 5;
constexpr double kHeadlineShare = 0.34;  // of a headline's words that the body has
constexpr size_t kDekSharedWords = 3;    // a dek or subtitle shares at least this many
constexpr double kHeadlineTie = 0.6;
constexpr double kAboveDekShare = 0.2;             // a headline over its dek
constexpr double kRunTogetherHeadlineShare = 0.6;  // a run-together line that is the headline
constexpr size_t kMaxTailGap = 30;                 // non-blank lines between the body and prose below it
constexpr size_t kMinTailProse = 40;               // characters of prose that make such a stretch worth joining

struct Span {
  size_t begin = 0, end = 0;
};

bool IsAscii(const std::u32string& s) {
  return std::all_of(s.begin(), s.end(), [](char32_t c) { return c < 0x80; });
}

// A button, a share widget or an image placeholder: passed over between a
// headline and its text, never kept.
bool IsWidgetReason(const std::string& reason) {
  return reason == "button or form field" || reason == "button or form label" || reason == "share widget" ||
         reason == "image placeholder" || reason == "bullet without text" || reason == kForumFurniture;
}

// Reasons that end a page's head: whatever is above them is site chrome.
bool EndsHead(const std::string& reason) {
  return reason == "copyright notice" || reason == "reprint notice" || reason == "disclaimer notice" ||
         reason == "table of contents" || reason == "headline list" || reason == "link text run together" ||
         reason == "repeated on many pages of the site" || reason == "breadcrumb" || reason == "cookie notice" ||
         reason == "site licence or contact footer" || reason == kRepeatedHeadlineList || reason == kCoursePromotion;
}

// Words that label page controls rather than name an article or a person.
bool HasNavigationWord(const std::u32string& core) {
  std::string s;
  for (char32_t ch : core) utf8::Append(s, ch);
  return ContainsAny(s,
                     {"回到", "返回", "Back", "back",   "分類",   "分类", "Categor", "標籤",   "标签", "Tags", "評論",
                      "评论", "留言", "分享", "上一篇", "下一篇", "訂閱", "订阅",    "首頁",   "首页", "登入", "登录",
                      "閱讀", "阅读", "點擊", "点击",   "瀏覽",   "浏览", "下一页",  "下一頁", "尾页", "尾頁"});
}

// Reads 1..max digits at i; returns how many.
size_t Digits(const std::u32string& s, size_t i, size_t max) {
  size_t n = 0;
  while (i + n < s.size() && IsAsciiDigit(s[i + n]) && n <= max) ++n;
  return n <= max ? n : 0;
}

size_t SkipSpaces(const std::u32string& s, size_t i) {
  while (i < s.size() && utf8::IsSpace(s[i])) ++i;
  return i;
}

// Year (2–4 digits, ROC years have 2–3), month, day with -, /, . or 年月.
bool HasDateAt(const std::u32string& s, size_t i) {
  if (i > 0 && IsAsciiDigit(s[i - 1])) return false;
  size_t n = Digits(s, i, 4);
  if (n < 2) return false;
  i = SkipSpaces(s, i + n);
  if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.' && s[i] != U'年')) return false;
  i = SkipSpaces(s, i + 1);
  n = Digits(s, i, 2);
  if (n == 0) return false;
  i = SkipSpaces(s, i + n);
  if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.' && s[i] != U'月')) return false;
  i = SkipSpaces(s, i + 1);
  return Digits(s, i, 2) > 0;
}

// The Han bigrams and Latin words of a text: what a headline shares with
// its article.
std::vector<std::u32string> Features(const std::u32string& s) {
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

// How much of `line` the body's text also has: the share of its features.
double ShareInBody(const std::u32string& line, const std::unordered_set<std::u32string>& body, size_t* shared) {
  auto features = Features(line);
  if (features.empty()) return 0;
  size_t n = 0;
  for (const auto& f : features) n += body.count(f);
  *shared = n;
  return static_cast<double>(n) / static_cast<double>(features.size());
}

bool LooksLikeHeadline(const PageLine& l) {
  if (EndsHead(l.reason) || IsWidgetReason(l.reason)) return false;
  const auto& c = l.core;
  if (c.size() < 5 || c.size() > 80 || CountHan(c) < 4) return false;
  if (c.back() == U'：' || c.back() == ':' || c.back() == U'。') return false;
  return !IsDateLine(c) && !IsBylineLine(c) && !HasNavigationWord(c);
}

// The article's category listed in brackets ("* [人才故事]", "* 【科技】").
bool IsCategoryTag(const PageLine& l) {
  bool bracketed = false;
  return l.bullet && IsSectionName(l.core, &bracketed) && bracketed;
}

// A name on its own beside a date or byline ("梅卡尔", "coding进阶").
bool LooksLikeName(const PageLine& l) {
  return !l.core.empty() && !IsCategoryTag(l) && l.reason != "section label" && l.core.size() <= 16 &&
         CountHan(l.core) >= 1 && !HasSentencePunct(l.core) && !HasNavigationWord(l.core) &&
         !IsWidgetReason(l.reason) && !EndsHead(l.reason);
}

// The line ends a sentence ("…发展趋势等。", "…发展趋势等。^ [3]": an
// encyclopedia's reference marks after the full stop do not count).
bool EndsSentence(const std::u32string& core) {
  size_t end = core.size();
  for (;;) {
    while (end > 0 && (utf8::IsSpace(core[end - 1]) || core[end - 1] == '^')) --end;
    if (end == 0 || core[end - 1] != ']') break;
    size_t open = core.rfind('[', end - 1);
    if (open == std::u32string::npos || end - open > 6) break;
    bool digits = open + 2 < end;
    for (size_t k = open + 1; k + 1 < end; ++k) digits = digits && IsAsciiDigit(core[k]);
    if (!digits) break;
    end = open;
  }
  if (end == 0) return false;
  const char32_t last = core[end - 1];
  return last == U'。' || last == U'！' || last == U'？';
}

// Per line: prose, a part of a hard-wrapped paragraph whose next line
// (with no blank line between) is such a line, or the sentence end of one: "…行政總裁奧爾特曼（Sam" above
// "Altman）上周末遭無預警開除後，…".
std::vector<bool> ProseOrWrapped(const std::vector<PageLine>& lines) {
  constexpr size_t kMinWrappedChars = 20;
  std::vector<bool> prose(lines.size(), false);
  for (size_t i = lines.size(); i-- > 0;) {
    prose[i] = IsProse(lines[i]) || (lines[i].core.size() >= kMinWrappedChars && i + 1 < lines.size() &&
                                     lines[i + 1].reason.empty() && prose[i + 1]);
  }
  // The tail of a wrapped paragraph: "發展進程。" right below prose.
  for (size_t i = 1; i < lines.size(); ++i) {
    const auto& c = lines[i].core;
    if (!prose[i] && lines[i].reason.empty() && !c.empty() && prose[i - 1] && !lines[i - 1].blank() &&
        EndsSentence(c)) {
      prose[i] = true;
    }
  }
  return prose;
}

// "发布时间：2024-03-12 16:05 信息来源：市农业农村局 浏览次数：1862": an
// article's information row, labelled fields on one line and no sentence.
bool IsFieldRow(const std::u32string& core) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 6, kMinLabels = 2;
  size_t labels = 0;
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；') return false;
    if (c != U'：' && c != ':') continue;
    size_t k = i;
    while (k > 0 && utf8::IsHan(core[k - 1]) && i - k < kMaxLabel) --k;
    labels += i - k >= kMinLabel;
  }
  return labels >= kMinLabels;
}

Span BestProseSpan(const std::vector<PageLine>& lines) {
  const std::vector<bool> prose = ProseOrWrapped(lines);
  long best = 0, run = 0;
  Span span;
  size_t run_begin = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank() || l.reason == kForumFurniture) continue;  // posts' furniture does not part them
    long w = l.reason == "table of contents" ? -kIndexLineCost
             : !l.reason.empty()             ? -kDroppedLineCost
             : prose[i] || l.form_row        ? static_cast<long>(l.core.size())
             : l.table                       ? kTableLineWeight
             : IsAscii(l.core)               ? -kAsciiLineCost
                                             : -kShortLineCost;
    if (run <= 0) {
      run = 0;
      run_begin = i;
    }
    run += w;
    if (run > best) {
      best = run;
      span = {run_begin, i + 1};
    }
  }
  if (best < kMinMainText) return {};
  return span;
}

// A site's or a forum board's header can read as prose ("爱烘焙，爱生活，
// 欢迎分享你的作品和配方") and so start the body above the article's own
// headline. Where the top of the body holds a line that reads like the
// headline of the text below it, with only short lines that end no
// sentence above it, the body starts below that line (which the headline
// search then finds).
Span StartBelowHeadline(const std::vector<PageLine>& lines, Span body, const std::string& title_key,
                        std::optional<size_t>* headline) {
  constexpr size_t kTopLines = 6, kMaxLineAbove = 24, kMaxHeadline = 40;
  for (size_t i = body.begin, seen = 0; i < body.end && seen < kTopLines; ++i) {
    const PageLine& l = lines[i];
    if (l.blank() || !l.reason.empty()) continue;
    ++seen;
    if (seen > 1 && !title_key.empty() && NormaliseLineKey(l.raw) == title_key) {
      *headline = i;
      return {i + 1, body.end};
    }
    // A form's field row ("單位名稱          資源循環管理科") is no headline.
    if (seen > 1 && !l.bullet && !l.table && l.core.size() <= kMaxHeadline && LooksLikeHeadline(l)) {
      std::unordered_set<std::u32string> below;
      for (size_t k = i + 1; k < body.end; ++k) {
        for (auto& f : Features(lines[k].core)) below.insert(std::move(f));
      }
      size_t shared = 0;
      if (ShareInBody(l.core, below, &shared) >= kHeadlineShare && shared >= 2) {
        *headline = i;
        return {i + 1, body.end};
      }
    }
    const char32_t last = l.core.empty() ? 0 : l.core.back();
    if (l.core.size() > kMaxLineAbove || last == U'。' || last == U'！' || last == U'？') return body;
  }
  return body;
}

// A heading right above the body ("背景", "一、前言").
bool LooksLikeSectionHeading(const PageLine& l) {
  const auto& c = l.core;
  if (!l.reason.empty() || c.empty() || c.size() > 20 || CountHan(c) < 2 || HasNavigationWord(c)) return false;
  return std::none_of(c.begin(), c.end(), [](char32_t ch) { return ch == U'。' || ch == U'！' || ch == U'？'; });
}

// The lines above the body that belong to the article, given its headline
// at `headline`: dates, bylines, captions, a dek that shares the body's
// words, names beside a date or byline, and the section heading right above
// the body. A line that repeats one already kept is not kept twice.
std::vector<size_t> HeadBelowHeadline(const std::vector<PageLine>& lines, size_t headline, size_t body,
                                      const std::unordered_set<std::u32string>& body_features) {
  std::vector<size_t> kept = {headline};
  std::unordered_set<std::u32string> kept_cores = {lines[headline].core};
  std::vector<size_t> between;
  for (size_t i = headline + 1; i < body; ++i) {
    if (!lines[i].blank() && !IsWidgetReason(lines[i].reason)) between.push_back(i);
  }
  auto is_date_or_byline = [&](size_t i) { return IsDateLine(lines[i].core) || IsBylineLine(lines[i].core); };
  for (size_t k = 0; k < between.size(); ++k) {
    const PageLine& l = lines[between[k]];
    size_t shared = 0;
    bool keep = is_date_or_byline(between[k]) || (IsProse(l) && !EndsHead(l.reason)) ||
                (!l.bullet && LooksLikeHeadline(l) && ShareInBody(l.core, body_features, &shared) >= kHeadlineShare &&
                 shared >= kDekSharedWords);
    if (!keep && LooksLikeName(l)) {
      keep =
          (k > 0 && is_date_or_byline(between[k - 1])) || (k + 1 < between.size() && is_date_or_byline(between[k + 1]));
    }
    if (!keep && k + 1 == between.size()) keep = LooksLikeSectionHeading(l);
    if (IsCategoryTag(l)) keep = false;
    if (keep && kept_cores.insert(l.core).second) kept.push_back(between[k]);
  }
  // The headline right above the line found (no blank line between), when
  // that line is its dek: both read like headlines and speak of the body
  // ("公屋富戶新政首年　逾2700戶須遷出" over "房委會：騰出單位可加快編配").
  if (headline > 0) {
    const PageLine& above = lines[headline - 1];
    size_t shared = 0;
    if (!above.blank() && above.reason.empty() && !above.bullet && LooksLikeHeadline(above) &&
        !IsFieldRow(above.core) && ShareInBody(above.core, body_features, &shared) >= kAboveDekShare &&
        shared >= kDekSharedWords && kept_cores.insert(above.core).second) {
      kept.push_back(headline - 1);
    }
  }
  // A date just above the headline ("2018-07-05" then the headline), and
  // above such a date the real headline when the line found was a dek
  // (headline, date and source, "新华社北京9月13日电 题：…", body).
  bool passed_date = false;
  for (size_t i = headline, seen = 0; i > 0 && seen < 3;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank() || IsWidgetReason(l.reason)) continue;
    ++seen;
    if (IsDateLine(l.core) || IsBylineLine(l.core)) {
      kept.push_back(i);
      passed_date = true;
      continue;
    }
    size_t shared = 0;
    if (passed_date && !l.bullet && LooksLikeHeadline(l) &&
        ShareInBody(l.core, body_features, &shared) >= kHeadlineShare && shared >= 2 &&
        kept_cores.insert(l.core).second) {
      kept.push_back(i);
    }
    break;
  }
  return kept;
}

// A photo caption between the body's paragraphs ("李佩盈在學校古樂合奏團
// 表演中負責管風琴及大鍵琴的演奏"): long and unpunctuated, so the line rules
// took it for link labels run together, but it stands right below a
// paragraph and speaks of what the body speaks of.
void KeepCaptionsInBody(const std::vector<PageLine>& lines, const Span& body,
                        const std::unordered_set<std::u32string>& body_features, std::vector<size_t>& kept) {
  constexpr double kCaptionShare = 0.5;
  constexpr size_t kCaptionSharedWords = 4;
  for (size_t i = body.begin + 1; i < body.end; ++i) {
    if (lines[i].reason != "link text run together") continue;
    size_t above = i - 1;
    while (above > body.begin && lines[above].blank()) --above;
    if (!lines[above].reason.empty() || !IsProse(lines[above])) continue;
    size_t shared = 0;
    if (ShareInBody(lines[i].core, body_features, &shared) >= kCaptionShare && shared >= kCaptionSharedWords) {
      kept.push_back(i);
    }
  }
}

// "撰文 : 黃錦輝 香港中文大學工程學院副院長（外務）、…": a columnist's
// credit with the writer's posts, longer than a byline but labelled as one.
bool IsLabelledCredit(const std::u32string& core) {
  constexpr size_t kMaxCredit = 160;
  if (core.size() > kMaxCredit) return false;
  for (std::u32string_view label : {U"撰文", U"作者", U"文", U"記者", U"记者", U"撰稿", U"譯者", U"译者"}) {
    if (!core.starts_with(label)) continue;
    size_t i = label.size();
    while (i < core.size() && utf8::IsSpace(core[i])) ++i;
    if (i < core.size() && (core[i] == U'：' || core[i] == ':')) return true;
  }
  return false;
}

// "責任編輯：林美欣", "【责任编辑:…】": the site's editor, not the article's author.
bool IsEditorCredit(const std::u32string& core) {
  std::u32string_view c = core;
  if (!c.empty() && (c.front() == U'【' || c.front() == U'[' || c.front() == U'（' || c.front() == '('))
    c.remove_prefix(1);
  for (std::u32string_view label : {U"責任編輯", U"责任编辑", U"編輯", U"编辑"}) {
    if (c.starts_with(label)) return true;
  }
  return false;
}

// Credits right below the body ("译者：刘进龙", "审校：汪皓"); an editor's
// credit among them is passed over.
void KeepCreditsBelow(const std::vector<PageLine>& lines, size_t end, std::vector<size_t>& kept) {
  for (size_t i = end, seen = 0; i < lines.size() && seen < 3; ++i) {
    // "— END —" between the text and its source line ends neither.
    if (lines[i].blank() || (seen == 0 && lines[i].reason == "end mark")) continue;
    ++seen;
    if (!(IsBylineLine(lines[i].core) || IsLabelledCredit(lines[i].core)) || EndsHead(lines[i].reason) ||
        lines[i].reason == kForumFurniture) {
      return;  // "发布于 2024-02-18・IP 属地浙江": a post's header, no credit
    }
    if (!IsEditorCredit(lines[i].core)) kept.push_back(i);
  }
}

// "2023臺灣AI大賞的決審評審會議" right above "2023台灣AI大賞的決審評審會議，
// 由左至右為…": a photo's short title over its caption, which says it again
// (in the other script, maybe) and goes on after a comma.
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

// "消毒機器人 消毒機器人" then "消毒機器人": the photos printed after the
// article, each as its picture's label twice (alt text and title) and then
// its caption. The caption is kept when it speaks of what the body speaks
// of; the doubled label is not.
void KeepPhotoCaptionsBelow(const std::vector<PageLine>& lines, size_t end,
                            const std::unordered_set<std::u32string>& body_features, std::vector<size_t>& kept) {
  constexpr double kCaptionShare = 0.5;
  constexpr size_t kMinCaptionHan = 4;
  for (size_t i = end, seen = 0; i < lines.size() && seen < kMaxTailGap; ++i) {
    if (lines[i].blank()) continue;
    ++seen;
    if (EndsHead(lines[i].reason)) return;
    const std::u32string& core = lines[i].core;
    if (core.size() % 2 == 0 || core[core.size() / 2] != ' ') continue;
    const std::u32string half = core.substr(0, core.size() / 2);
    if (half != core.substr(core.size() / 2 + 1) || CountHan(half) < kMinCaptionHan || HasSentencePunct(half)) continue;
    size_t next = i + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    size_t shared = 0;
    if (next < lines.size() && lines[next].core == half && ShareInBody(half, body_features, &shared) >= kCaptionShare &&
        shared >= 2) {
      kept.push_back(next);
    }
  }
}

// The next line below `i` that is not blank nor a widget is a date line.
bool OverDateLine(const std::vector<PageLine>& lines, size_t i) {
  for (size_t k = i + 1; k < lines.size(); ++k) {
    if (lines[k].blank() || IsWidgetReason(lines[k].reason)) continue;
    return lines[k].reason.empty() && IsDateLine(lines[k].core);
  }
  return false;
}

// The headline: among the lines above the body, up to the site's menus,
// the one that reads like a headline and shares most of its words with
// the body (the nearest when two share as much).
std::optional<size_t> FindHeadline(const std::vector<PageLine>& lines, const Span& body,
                                   const std::unordered_set<std::u32string>& body_features) {
  std::optional<size_t> best;
  double best_score = 0;
  size_t scanned = 0, menu_run = 0, list_run = 0;
  for (size_t i = body.begin; i > 0 && scanned < kHeadWindow;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank() || IsWidgetReason(l.reason)) continue;
    if (l.reason == "link text run together") {
      // A headline whose spaces went with the repair ("…在郑州开幕 专家称…")
      // reads like link labels run together, but it is the body's own words.
      size_t shared = 0;
      const double share = ShareInBody(l.core, body_features, &shared);
      if (share >= kRunTogetherHeadlineShare && shared >= kDekSharedWords &&
          (!best || share * static_cast<double>(shared) >= kHeadlineTie * best_score)) {
        best = i;
      }
    }
    if (EndsHead(l.reason)) break;
    ++scanned;
    // A menu, or a list such as a table of contents, ends the head; the
    // article's category tags do not count.
    if (IsCategoryTag(l)) continue;
    bool head_line = IsDateLine(l.core) || IsBylineLine(l.core);
    menu_run = l.reason == "menu or link list" && !head_line ? menu_run + 1 : 0;
    list_run = l.bullet && !head_line ? list_run + 1 : 0;
    if (menu_run >= kMenuLinesEndHead || list_run >= kListItemsEndHead) break;
    if (l.bullet || !LooksLikeHeadline(l)) continue;
    size_t shared = 0;
    double share = ShareInBody(l.core, body_features, &shared);
    // A headline right over its date or byline line ("原创 … 2024-05-20
    // 发表于浙江") is placed as one even when its words are the reader's,
    // not the body's ("…指南请收好"): the nearest such line needs only one
    // shared word, a farther one fewer than usual.
    if (!best && shared >= 1 && OverDateLine(lines, i)) {
      best = i;
      best_score = share * static_cast<double>(shared);
      continue;
    }
    const double needed = shared >= kDekSharedWords && OverDateLine(lines, i) ? kAboveDekShare : kHeadlineShare;
    if (shared < 2 || share < needed) continue;
    // Many shared words, most of the line's: a long headline outweighs a
    // short line that happens to repeat two of the body's words. On a near
    // tie the farther line is the headline: a dek or a repeat of the
    // headline stands between it and the body, not above it.
    double score = share * static_cast<double>(shared);
    if (!best || score >= kHeadlineTie * best_score) {
      best_score = std::max(best_score, score);
      best = i;
    }
  }
  return best;
}

// The foundation's head rule, for pages where no headline is found: the
// short lines just above the body.
std::vector<size_t> ShortLinesAbove(const std::vector<PageLine>& lines, size_t body) {
  std::vector<size_t> kept;
  size_t head = body;
  for (size_t taken = 0, scanned = 0; head > 0 && taken < kFallbackHeadLines && scanned < 3 * kFallbackHeadLines;
       ++scanned) {
    const PageLine& l = lines[head - 1];
    if (l.blank() || IsWidgetReason(l.reason) || IsCategoryTag(l)) {
      --head;
      continue;
    }
    bool reclaimable = l.reason.empty() || l.reason == "menu or link list";
    if (!reclaimable || l.core.size() > 80 || l.core.empty() || HasNavigationWord(l.core)) break;
    --head;
    ++taken;
    kept.push_back(head);
  }
  return kept;
}

// The body's first line is its headline ("人工智能基础知识:介绍人工智能的
// 历史，基本概念和应用领域", with a comma that made it prose): it reads like
// one and shares its words with the text below. What stands above it is
// then the site's, not short lines of the article's head.
bool StartsWithHeadline(const std::vector<PageLine>& lines, const Span& body) {
  size_t first = body.begin;
  while (first < body.end && lines[first].blank()) ++first;
  if (first >= body.end || !LooksLikeHeadline(lines[first])) return false;
  std::unordered_set<std::u32string> below;
  for (size_t k = first + 1; k < body.end; ++k) {
    for (auto& f : Features(lines[k].core)) below.insert(std::move(f));
  }
  size_t shared = 0;
  return ShareInBody(lines[first].core, below, &shared) >= kHeadlineShare && shared >= kDekSharedWords;
}

// Prose, or a short line that ends as a sentence does ("知乎：无忌。").
bool IsSentenceLine(const PageLine& l) {
  if (!l.reason.empty() || l.core.empty()) return false;
  if (IsProse(l)) return true;
  return EndsSentence(l.core);
}

// Prose below the body that an in-article list ("相关阅读" inside the
// article) or a code sample cut off: the gap may hold only such lines, and
// what follows must be real prose. Returns the new end of the body and adds
// the gap's code lines to `kept`.
size_t ExtendBodyDown(const std::vector<PageLine>& lines, size_t end, std::vector<size_t>& kept) {
  for (;;) {
    size_t i = end, gap_lines = 0;
    std::vector<size_t> code;
    while (i < lines.size() && gap_lines <= kMaxTailGap) {
      const PageLine& l = lines[i];
      if (l.blank()) {
        ++i;
        continue;
      }
      if (IsSentenceLine(l)) break;
      bool in_article_list = l.reason == "related-articles list";
      bool code_line = (l.reason.empty() || l.reason == "menu or link list") && IsAscii(l.core);
      if (!in_article_list && !code_line) return end;
      if (code_line) code.push_back(i);
      ++gap_lines;
      ++i;
    }
    if (i >= lines.size() || gap_lines > kMaxTailGap) return end;
    size_t prose_end = i, prose_chars = 0, prose_lines = 0;
    while (prose_end < lines.size() && (lines[prose_end].blank() || IsSentenceLine(lines[prose_end]))) {
      if (!lines[prose_end].blank()) {
        prose_chars += lines[prose_end].core.size();
        ++prose_lines;
      }
      ++prose_end;
    }
    if (prose_lines < 2 || prose_chars < kMinTailProse) return end;
    kept.insert(kept.end(), code.begin(), code.end());
    end = prose_end;
  }
}

// Another article appended below the page's own (a sponsored story an
// endless page loads next): its headline printed twice in a row, as a
// page prints a headline (the heading and the picture's title), with a
// date just above. The body ends before that date. The page's own
// headline (`title_key`) does not count.
Span WithoutAppendedArticle(const std::vector<PageLine>& lines, Span body, const std::string& title_key) {
  constexpr size_t kMinBodyLines = 10, kDateWindow = 3, kMinHeadline = 6, kMaxHeadline = 80;
  size_t seen = 0;
  for (size_t i = body.begin; i + 1 < body.end; ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    if (++seen < kMinBodyLines) continue;
    const PageLine& next = lines[i + 1];
    if (!l.reason.empty() || next.core != l.core || l.core.size() < kMinHeadline || l.core.size() > kMaxHeadline ||
        CountHan(l.core) < 4 || l.core.find(U'。') != std::u32string::npos) {
      continue;
    }
    if (!title_key.empty() && NormaliseLineKey(l.raw) == title_key) continue;
    for (size_t k = i, n = 0; k > body.begin && n < kDateWindow;) {
      --k;
      if (lines[k].blank()) continue;
      ++n;
      if (IsDateLine(lines[k].core)) return {body.begin, k};
    }
  }
  return body;
}

// The value of a section number ("九、" → 9, "10." → 10, "十二、" → 12),
// with whether it is written in Han numerals; 0 when none.
size_t SectionNumberValue(const std::u32string& core, bool* han) {
  const size_t length = SectionNumberLength(core);
  if (length == 0) return 0;
  const std::u32string_view digits = U"〇一二三四五六七八九";
  size_t value = 0, tens = 0;
  *han = !IsAsciiDigit(core[0]);
  for (size_t i = 0; i < length; ++i) {
    const char32_t c = core[i];
    if (IsAsciiDigit(c)) {
      value = value * 10 + static_cast<size_t>(c - '0');
    } else if (c == U'十') {
      tens = (value == 0 ? 1 : value) * 10;
      value = 0;
    } else if (const size_t d = digits.find(c); d != std::u32string_view::npos) {
      value = value * 10 + d;
    } else if (c == U'、' || c == '.' || c == U'．' || utf8::IsSpace(c)) {
      break;
    } else {
      return 0;  // 第三章, （二）: not counted here
    }
  }
  return tens + value;
}

// An article's last section below its body, when it is made of links or
// short lines ("十、资源下载汇总" over "…网盘资源汇总：pan.quark.cn/…"): its
// heading carries the number after the body's last numbered heading. The
// section runs to the first line another rule dropped. Returns the new end
// of the body.
size_t ExtendToLastNumberedSection(const std::vector<PageLine>& lines, Span body) {
  constexpr size_t kMaxHeading = 30;
  size_t last = 0;
  bool han = false;
  for (size_t i = body.begin; i < body.end; ++i) {
    const PageLine& l = lines[i];
    bool h = false;
    if (l.reason.empty() && !l.bullet && l.core.size() <= kMaxHeading) {
      if (const size_t v = SectionNumberValue(l.core, &h); v > 0) {
        last = v;
        han = h;
      }
    }
  }
  if (last == 0) return body.end;
  // Past a few lines of the last section's end (list items, a picture),
  // but not past the page's chrome.
  constexpr size_t kMaxLinesBetween = 6;
  size_t next = body.end, between = 0;
  for (; next < lines.size() && between <= kMaxLinesBetween; ++next) {
    const PageLine& l = lines[next];
    if (l.blank()) continue;
    bool numbered = false;
    if (l.reason.empty() && !l.bullet && SectionNumberValue(l.core, &numbered) > 0) break;
    if (EndsHead(l.reason)) return body.end;
    ++between;
  }
  if (between > kMaxLinesBetween) return body.end;
  if (next >= lines.size()) return body.end;
  const PageLine& heading = lines[next];
  bool h = false;
  if (!heading.reason.empty() || heading.bullet || heading.core.size() > kMaxHeading ||
      SectionNumberValue(heading.core, &h) != last + 1 || h != han) {
    return body.end;
  }
  // Its items name a resource: a label and a colon, a number, a link
  // ("…网盘资源汇总：pan.quark.cn/…", "1、arxiv.org/pdf/2010.11…"); an
  // author's card below them ("avatar", "猛猿 创作等级LV.3") is not one.
  auto is_item = [](const PageLine& l) {
    const std::u32string& c = l.core;
    return l.reason.empty() && (c.find_first_of(U"：:/") != std::u32string::npos || SectionNumberLength(c) > 0);
  };
  size_t end = next + 1;
  while (end < lines.size() && (lines[end].blank() || is_item(lines[end]))) ++end;
  while (end > next + 1 && lines[end - 1].blank()) --end;
  return end;
}

}  // namespace

bool IsDateLine(const std::u32string& core) {
  constexpr size_t kMaxDateLine = 40, kMaxFieldRow = 80;
  if (core.empty() || core.size() > (IsFieldRow(core) ? kMaxFieldRow : kMaxDateLine)) return false;
  for (size_t i = 0; i < core.size(); ++i) {
    if (IsAsciiDigit(core[i]) && HasDateAt(core, i)) return true;
  }
  return false;
}

bool IsBylineLine(const std::u32string& core) {
  if (core.size() < 2 || core.size() > 40) return false;
  std::string s;
  for (char32_t ch : core) utf8::Append(s, ch);
  if (StartsWithAny(s,
                    {"作者",     "撰文", "記者", "记者",     "編輯",     "编辑",     "責任編輯", "责任编辑", "來源",
                     "来源",     "出版", "發布", "发布",     "發佈",     "譯者",     "译者",     "攝影",     "摄影",
                     "撰稿",     "日期", "審校", "审校",     "新聞來源", "新闻来源", "消息來源", "消息来源", "信息來源",
                     "信息来源", "校對", "校对", "資料來源", "本文來源", "本文来源", "文章來源", "文章来源", "文／",
                     "文/",      "圖／", "图／", "圖/",      "图/"})) {
    return true;
  }
  // "（記者 鄭永康）", "【记者 王小明】": a reporter's byline in brackets
  // below the article (an editor's credit in brackets is no byline).
  if (core.size() >= 4 && std::u32string_view(U"（(【[").find(core.front()) != std::u32string_view::npos &&
      std::u32string_view(U"）)】]").find(core.back()) != std::u32string_view::npos) {
    std::string inner;
    for (size_t i = 1; i + 1 < core.size(); ++i) utf8::Append(inner, core[i]);
    if (StartsWithAny(inner, {"記者", "记者", "撰文", "撰稿", "通訊員", "通讯员", "特約記者", "特约记者"})) return true;
  }
  // "明報記者", "本报记者", "新华社记者": the paper's reporters, unnamed.
  if (core.size() <= 8 && (s.ends_with("記者") || s.ends_with("记者")) && !HasSentencePunct(core) &&
      !ContainsAny(s, {"是", "的", "為", "为", "當", "当"})) {
    return true;
  }
  // "文 新生代編輯組", "圖 互聯網": the one-character role, a space, a name.
  return core.size() >= 3 && (core[0] == U'文' || core[0] == U'圖' || core[0] == U'图') && utf8::IsSpace(core[1]);
}

void KeepMainText(std::vector<PageLine>& lines, std::string_view title) {
  std::optional<size_t> top_headline;
  const std::string title_key = NormaliseLineKey(title);
  Span body = StartBelowHeadline(lines, BestProseSpan(lines), title_key, &top_headline);
  body = WithoutAppendedArticle(lines, body, title_key);
  std::vector<size_t> kept;
  if (body.end > body.begin) {
    std::unordered_set<std::u32string> body_features;
    for (size_t i = body.begin; i < body.end; ++i) {
      for (auto& f : Features(lines[i].core)) body_features.insert(std::move(f));
    }
    if (top_headline) {
      kept = HeadBelowHeadline(lines, *top_headline, body.begin, body_features);
      KeepDocumentFieldsAbove(lines, *top_headline, kept);
    } else if (auto headline = FindHeadline(lines, body, body_features)) {
      kept = HeadBelowHeadline(lines, *headline, body.begin, body_features);
      KeepDocumentFieldsAbove(lines, *headline, kept);
    } else if (!StartsWithHeadline(lines, body)) {
      kept = ShortLinesAbove(lines, body.begin);
    }
    body.end = ExtendBodyDown(lines, body.end, kept);
    body.end = ExtendToLastNumberedSection(lines, body);
    KeepCaptionsInBody(lines, body, body_features, kept);
    KeepCreditsBelow(lines, body.end, kept);
    KeepNoticeClosing(lines, body.end, kept);
    KeepMeetingHead(lines, body.begin, kept);
    KeepRecordClosing(lines, body.end, kept);
    KeepPhotoCaptionsBelow(lines, body.end, body_features, kept);
  }
  // No main text found (a form, a list of short verses): nothing is
  // outside it, and the other rules' verdicts stand alone.
  if (body.end <= body.begin) return;
  std::vector<bool> keep(lines.size(), false);
  for (size_t k : kept) keep[k] = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (keep[i]) {
      // A BBS article's poster, board and breadcrumb read like a byline and
      // a headline, but stay dropped (clean/bbs_rules.h).
      if (lines[i].reason != kBbsFurniture) lines[i].reason.clear();
    } else if (lines[i].reason.empty() && IsCategoryTag(lines[i])) {
      lines[i].reason = "category tag";  // in the body too: "* [人才故事]" under the date
    } else if ((i < body.begin || i >= body.end) && lines[i].reason.empty()) {
      lines[i].reason = "outside the main text";
    } else if (lines[i].reason.empty() && i + 1 < lines.size() && IsTitleOverCaption(lines[i], lines[i + 1])) {
      lines[i].reason = "photo title over its caption";
    }
  }
}

}  // namespace wenyuan::clean
