#include "clean/headline_search.h"

#include <algorithm>

#include "clean/article_lines.h"
#include "clean/boilerplate_filter.h"
#include "clean/dates_and_bylines.h"
#include "clean/record_closings.h"
#include "clean/value_rows.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kHeadWindow = 24;  // non-blank lines scanned above the body
constexpr size_t kMenuLinesEndHead = 3;
constexpr size_t kListItemsEndHead = 5;
constexpr double kHeadlineTie = 0.6;
constexpr double kRunTogetherHeadlineShare = 0.6;  // a run-together line that is the headline

// The next line below `i` that is not blank nor a widget is a date line.
bool OverDateLine(const std::vector<PageLine>& lines, size_t i) {
  for (size_t k = i + 1; k < lines.size(); ++k) {
    if (lines[k].blank() || IsWidgetReason(lines[k].reason)) continue;
    return lines[k].reason.empty() && IsDateLine(lines[k].core);
  }
  return false;
}

// Between `i` and the body's first line `body` stands only the article's
// tool row (font size, share, print buttons): the line at `i` heads it.
bool OverToolRow(const std::vector<PageLine>& lines, size_t i, size_t body) {
  bool tools = false;
  for (size_t k = i + 1; k < body; ++k) {
    if (lines[k].blank()) continue;
    if (!IsWidgetReason(lines[k].reason)) return false;
    tools = tools || lines[k].reason == "share widget" || lines[k].reason == "button or form field";
  }
  return tools;
}

// Only blank lines, widgets and table-of-contents lines stand between
// `i` and the body's first line `body`.
bool TocRightAboveBody(const std::vector<PageLine>& lines, size_t i, size_t body) {
  for (size_t k = i + 1; k < body; ++k) {
    if (!lines[k].blank() && !IsWidgetReason(lines[k].reason) && lines[k].reason != "table of contents") return false;
  }
  return true;
}

}  // namespace

bool IsCaptionUnderPicture(const std::vector<PageLine>& lines, size_t i) {
  if (lines[i].reason != "link text run together" || lines[i].bullet) return false;
  size_t above = i;
  while (above > 0 && lines[above - 1].blank()) --above;
  return above > 0 && above == i && lines[above - 1].placeholder && lines[above - 1].core.empty();
}

// The headline: among the lines above the body, up to the site's menus,
// the one that reads like a headline and shares most of its words with
// the body (the nearest when two share as much).
std::optional<size_t> FindHeadline(const std::vector<PageLine>& lines, const ProseSpan& body,
                                   const std::unordered_set<std::u32string>& body_features) {
  std::optional<size_t> best;
  double best_score = 0;
  size_t scanned = 0, menu_run = 0, list_run = 0;
  for (size_t i = body.begin; i > 0 && scanned < kHeadWindow;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank() || IsWidgetReason(l.reason)) continue;
    // A lead picture's caption stands between the head and the body.
    if (IsCaptionUnderPicture(lines, i)) continue;
    if (l.reason == "link text run together") {
      // A headline whose spaces went with the repair ("…在郑州开幕 专家称…")
      // reads like link labels run together, but it is the body's own words.
      size_t shared = 0;
      const double share = ShareInBody(l.core, body_features, &shared);
      // Right over the article's date line, a third of its words will do
      // (a notice's long title: "…关于开展…工作的通知" over "发布时间：…").
      const double needed = OverDateLine(lines, i) ? kHeadlineShare : kRunTogetherHeadlineShare;
      if (share >= needed && shared >= kDekSharedWords &&
          (!best || share * static_cast<double>(shared) >= kHeadlineTie * best_score)) {
        best = i;
      }
    }
    // The article's own table of contents right above the body (only
    // blank lines, widgets and its items between) is passed over.
    if (l.reason == "table of contents" && TocRightAboveBody(lines, i, body.begin)) continue;
    // An advert's empty slot ("[INS: :INS]"), printed on every page of the
    // site, stands between a post's headline and its text: passed over.
    if (l.placeholder && l.core.empty()) continue;
    if (EndsHead(l.reason)) break;
    ++scanned;
    // A menu, or a list such as a table of contents, ends the head; the
    // article's category tags do not count.
    if (IsCategoryTag(l)) continue;
    bool head_line = IsDateLine(l.core) || IsBylineLine(l.core);
    menu_run = l.reason == "menu or link list" && !head_line ? menu_run + 1 : 0;
    // A record's labelled fields printed as a list ("* 品牌：海之鮮") are the
    // article's, between its headline and its body.
    list_run = l.bullet && !head_line && !IsLabelledField(l.core) ? list_run + 1 : 0;
    if (menu_run >= kMenuLinesEndHead || list_run >= kListItemsEndHead) break;
    // "课程详情 | 课程评价(386)", "界面新闻 > 消费": a row of tabs or a crumb, no
    // headline.
    if (l.bullet || !LooksLikeHeadline(l) || l.raw.find(" | ") != std::string_view::npos ||
        l.raw.find(" > ") != std::string_view::npos) {
      continue;
    }
    size_t shared = 0;
    double share = ShareInBody(l.core, body_features, &shared);
    // A headline right over its date or byline line ("原创 … 2024-05-20
    // 发表于浙江") is placed as one even when its words are the reader's,
    // not the body's ("…指南请收好"): the nearest such line needs only one
    // shared word, a farther one fewer than usual. So is one right over the
    // article's tool row ("字級：小 中 大", "分享：… 列印") above the body.
    if (!best && shared >= 1 && (OverDateLine(lines, i) || OverToolRow(lines, i, body.begin))) {
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

// The body's first line is its headline ("人工智能基础知识:介绍人工智能的
// 历史，基本概念和应用领域", with a comma that made it prose): it reads like
// one and shares its words with the text below. What stands above it is
// then the site's, not short lines of the article's head.
bool StartsWithHeadline(const std::vector<PageLine>& lines, const ProseSpan& body) {
  size_t first = body.begin;
  while (first < body.end && lines[first].blank()) ++first;
  if (first >= body.end || !LooksLikeHeadline(lines[first])) return false;
  std::unordered_set<std::u32string> below;
  for (size_t k = first + 1; k < body.end; ++k) {
    for (auto& f : WordFeatures(lines[k].core)) below.insert(std::move(f));
  }
  size_t shared = 0;
  return ShareInBody(lines[first].core, below, &shared) >= kHeadlineShare && shared >= kDekSharedWords;
}

size_t FullerTitleAbove(const std::vector<PageLine>& lines, size_t found) {
  constexpr size_t kMaxKind = 8, kMinKind = 4, kMinMore = 4, kMaxTitle = 60, kWindow = 24;
  const std::u32string kind = WithoutSpaces(lines[found].core);
  if (kind.size() > kMaxKind) return found;
  for (size_t i = found, n = 0; i > 0 && n < kWindow;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    ++n;
    if (l.bullet || (!l.reason.empty() && l.reason != "link text run together")) continue;
    const std::u32string title = WithoutSpaces(l.core);
    size_t common = 0;  // the words both end in ("…調查報告")
    while (common < kind.size() && common < title.size() &&
           kind[kind.size() - 1 - common] == title[title.size() - 1 - common]) {
      ++common;
    }
    if (title.size() <= kMaxTitle && common >= std::min(kind.size(), kMinKind) &&
        CountHan(title) >= kind.size() + kMinMore && !HasSentencePunct(title)) {
      return i;
    }
  }
  return found;
}

}  // namespace wenyuan::clean
