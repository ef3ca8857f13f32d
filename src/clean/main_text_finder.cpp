#include "clean/main_text_finder.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "clean/article_lines.h"
#include "clean/author_cards.h"
#include "clean/bbs_rules.h"
#include "clean/boilerplate_filter.h"
#include "clean/comment_threads.h"
#include "clean/dates_and_bylines.h"
#include "clean/field_runs.h"
#include "clean/forum_rules.h"
#include "clean/headline_search.h"
#include "clean/margin_headline.h"
#include "clean/notice_closings.h"
#include "clean/official_letters.h"
#include "clean/photo_albums.h"
#include "clean/prose_span.h"
#include "clean/record_closings.h"
#include "clean/section_labels.h"
#include "clean/spaced_tables.h"
#include "clean/stamp_below.h"
#include "clean/statute_sections.h"
#include "clean/value_rows.h"
#include "clean/video_pages.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kFallbackHeadLines = 4;

// A site's or a forum board's header can read as prose ("爱烘焙，爱生活，
// 欢迎分享你的作品和配方") and so start the body above the article's own
// headline. Where the top of the body holds a line that reads like the
// headline of the text below it, with only short lines that end no
// sentence above it, the body starts below that line (which the headline
// search then finds).
ProseSpan StartBelowHeadline(const std::vector<PageLine>& lines, ProseSpan body, const std::string& title_key,
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
    // A form's field row ("單位名稱          資源循環管理科") is no headline,
    // nor a paragraph's first line that the dump wrapped before a comma
    // (the next line goes on "，持台中市民卡…").
    // Nor a full line with a comma that a long line of the same paragraph
    // goes on right under ("大埔…發生火警，火勢迅速蔓延，…將火警" over "升至三級，…").
    // Nor a line with a comma whose sentence ends on the short line right
    // under it ("…已经市政府同意，现印发给你们，请认" over "真按照执行。").
    constexpr size_t kFullLine = 30, kMinWrappedLine = 20;
    const bool wrapped =
        i + 1 < body.end && !lines[i + 1].core.empty() &&
        (std::u32string_view(U"，、。；：」』）").find(lines[i + 1].core.front()) != std::u32string_view::npos ||
         (l.core.size() >= kFullLine && l.core.find(U'，') != std::u32string::npos &&
          lines[i + 1].core.size() >= kFullLine && HasSentencePunct(lines[i + 1].core) && !lines[i + 1].bullet) ||
         (l.core.size() >= kMinWrappedLine && l.core.find(U'，') != std::u32string::npos && !lines[i + 1].bullet &&
          lines[i + 1].core.size() < kFullLine &&
          std::u32string_view(U"。！？").find(lines[i + 1].core.back()) != std::u32string_view::npos));
    // Nor a line that ends in a colon, introducing what follows (a
    // notice's addressees: "各地级以上市教育局，厅直属有关学校："), nor a
    // full line of the dump that the next line goes on ("为贯彻落实《…》和
    // 《…监测工" over "作管理办法》，…").
    constexpr size_t kFullColumns = 72;
    size_t columns = 0;
    for (char32_t ch : l.core) columns += DisplayColumns(ch);
    const bool introduces = l.core.ends_with(U"：") || l.core.ends_with(U":") ||
                            (columns >= kFullColumns && i + 1 < body.end && !lines[i + 1].blank() &&
                             !lines[i + 1].bullet && lines[i + 1].reason.empty());
    if (seen > 1 && !l.bullet && !l.table && l.core.size() <= kMaxHeadline && LooksLikeHeadline(l) && !wrapped &&
        !introduces) {
      std::unordered_set<std::u32string> below;
      for (size_t k = i + 1; k < body.end; ++k) {
        for (auto& f : WordFeatures(lines[k].core)) below.insert(std::move(f));
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

// "立法院第11屆第4會期第12次會議", "市政府第5次常务会议": the sitting a
// record's head names, short, with no sentence mark, its count written
// 第…次 and its last word the meeting.
bool IsSittingLine(const std::u32string& core) {
  constexpr size_t kMaxSitting = 40;
  if (core.size() > kMaxSitting || HasSentencePunct(core) ||
      !(core.ends_with(U"會議") || core.ends_with(U"会议") || core.ends_with(U"大會") || core.ends_with(U"大会"))) {
    return false;
  }
  for (size_t at = core.find(U'第'); at != std::u32string::npos; at = core.find(U'第', at + 1)) {
    size_t k = at + 1;
    while (k < core.size() &&
           (IsAsciiDigit(core[k]) ||
            std::u32string_view(U"一二三四五六七八九十百零〇").find(core[k]) != std::u32string_view::npos)) {
      ++k;
    }
    if (k > at + 1 && k < core.size() && core[k] == U'次') return true;
  }
  return false;
}

// The lines above the body that belong to the article, given its headline
// at `headline`: dates, bylines, captions, the sitting a record names, a dek that shares the body's
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
  // A record's fields on consecutive lines ("提問議員：…" over "答覆官員：…"),
  // printed as a list or not.
  auto in_field_block = [&](size_t k) {
    auto field = [&](size_t i) { return lines[i].reason.empty() && IsLabelledField(lines[i].core); };
    if (!field(between[k])) return false;
    // A row of fields on one line ("站號：TG　位置：…"), and a field with a
    // measured value beside the record's date line ("收盘价：12.35" over
    // "更新时间：…"), are such a block too.
    const std::u32string& core = lines[between[k]].core;
    if (IsFieldRow(core)) return true;
    auto dated = [&](size_t j) { return between[j] + 1 == between[k] || between[k] + 1 == between[j]; };
    const size_t colon = core.find_first_of(U"：:");
    if (colon != std::u32string::npos &&
        std::any_of(core.begin() + static_cast<long>(colon), core.end(), [](char32_t c) { return IsAsciiDigit(c); }) &&
        ((k > 0 && dated(k - 1) && IsDateLine(lines[between[k - 1]].core)) ||
         (k + 1 < between.size() && dated(k + 1) && IsDateLine(lines[between[k + 1]].core)))) {
      return true;
    }
    return (k > 0 && between[k - 1] + 1 == between[k] && field(between[k - 1])) ||
           (k + 1 < between.size() && between[k + 1] == between[k] + 1 && field(between[k + 1]));
  };
  const std::vector<size_t> history = StatuteHistoryLines(lines, between);
  for (size_t k = 0; k < between.size(); ++k) {
    const PageLine& l = lines[between[k]];
    size_t shared = 0;
    bool keep = is_date_or_byline(between[k]) || in_field_block(k) || (IsProse(l) && !EndsHead(l.reason)) ||
                std::find(history.begin(), history.end(), between[k]) != history.end() ||
                (IsDocumentField(l.core) && !EndsHead(l.reason)) ||
                (IsDocumentNumberLine(l.core) && !EndsHead(l.reason)) || (IsSittingLine(l.core) && !l.bullet) ||
                (IsCaptionUnderPicture(lines, between[k]) &&
                 ShareInBody(l.core, body_features, &shared) >= kHeadlineShare && shared >= kDekSharedWords) ||
                (!l.bullet && LooksLikeHeadline(l) && ShareInBody(l.core, body_features, &shared) >= kHeadlineShare &&
                 shared >= kDekSharedWords);
    if (!keep && LooksLikeName(l)) {
      keep =
          (k > 0 && is_date_or_byline(between[k - 1])) || (k + 1 < between.size() && is_date_or_byline(between[k + 1]));
    }
    if (!keep && k + 1 == between.size()) keep = LooksLikeSectionHeading(l);
    // The label over such a block ("產品名稱及描述：" over "* 品牌：…").
    constexpr size_t kMaxBlockLabel = 16;
    if (!keep && !l.bullet && l.reason.empty() && l.core.size() <= kMaxBlockLabel && l.core.ends_with(U"：") &&
        k + 1 < between.size() && between[k + 1] == between[k] + 1 && in_field_block(k + 1)) {
      keep = true;
    }
    if (IsCategoryTag(l) || l.reason == kAuthorCard) keep = false;
    if (keep && kept_cores.insert(l.core).second) kept.push_back(between[k]);
  }
  // The headline right above the line found (no blank line between), when
  // that line is its dek: both read like headlines and speak of the body
  // ("公屋富戶新政首年　逾2700戶須遷出" over "房委會：騰出單位可加快編配").
  // A headline printed as a block of heading lines set alike (a kicker over
  // it, a subtitle under it, no blank line between, the same indent): each
  // line of the block that reads like a headline and speaks of the body,
  // even where a menu run took the kicker for its last item.
  auto indent = [](std::string_view raw) { return raw.find_first_not_of(' '); };
  auto in_headline_block = [&](size_t i) {
    const PageLine& l = lines[i];
    return !l.blank() && !l.bullet && !l.placeholder && indent(l.raw) == indent(lines[headline].raw) &&
           (l.reason.empty() || l.reason == "menu or link list") && LooksLikeHeadline(l) && !IsFieldRow(l.core);
  };
  if (headline > 0) {
    const PageLine& above = lines[headline - 1];
    size_t shared = 0;
    if (!above.blank() && (above.reason.empty() || in_headline_block(headline - 1)) && !above.bullet &&
        LooksLikeHeadline(above) && !IsFieldRow(above.core) &&
        ShareInBody(above.core, body_features, &shared) >= kAboveDekShare && shared >= kDekSharedWords &&
        kept_cores.insert(above.core).second) {
      kept.push_back(headline - 1);
    }
  }
  if (headline + 1 < body && in_headline_block(headline + 1)) {
    const PageLine& below = lines[headline + 1];
    size_t shared = 0;
    if (ShareInBody(below.core, body_features, &shared) >= kAboveDekShare && shared >= kDekSharedWords &&
        kept_cores.insert(below.core).second) {
      kept.push_back(headline + 1);
    }
  }
  // A date (or a number) just above the headline ("2018-07-05" then the headline), and
  // above such a date the real headline when the line found was a dek
  // (headline, date and source, "新华社北京9月13日电 题：…", body).
  bool passed_date = false;
  for (size_t i = headline, seen = 0; i > 0 && seen < 3;) {
    --i;
    const PageLine& l = lines[i];
    if (l.blank() || IsWidgetReason(l.reason)) continue;
    ++seen;
    // The release's number beside its date ("新聞稿編號：第115-187號") too.
    if (IsDateLine(l.core) || IsBylineLine(l.core) || IsDocumentNumberLine(l.core)) {
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
void KeepCaptionsInBody(const std::vector<PageLine>& lines, const ProseSpan& body,
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

// A picture right below the body's last paragraph and its caption under
// it ("北辰溪出海口，2019年攝"): the caption speaks of what the body speaks
// of. The picture's name goes, the caption stays.
void KeepCaptionUnderPictureBelow(const std::vector<PageLine>& lines, size_t end,
                                  const std::unordered_set<std::u32string>& body_features, std::vector<size_t>& kept) {
  constexpr size_t kMaxCaption = 80, kMinCaptionHan = 4, kMinShared = 2;
  size_t i = end;
  while (i < lines.size() && lines[i].blank()) ++i;
  if (i + 1 >= lines.size() || lines[i].reason != "image placeholder") return;
  const PageLine& caption = lines[i + 1];
  size_t shared = 0;
  if (caption.blank() || !caption.reason.empty() || caption.bullet || caption.core.size() > kMaxCaption ||
      CountHan(caption.core) < kMinCaptionHan) {
    return;
  }
  if (ShareInBody(caption.core, body_features, &shared) >= kAboveDekShare && shared >= kMinShared) {
    kept.push_back(i + 1);
  }
}

// "下一次更新：09月18日 16:40 前後": a bulletin's next-update time below
// its text (pictures, their buttons and captions between) is its own.
void KeepNextUpdateBelow(const std::vector<PageLine>& lines, size_t end, std::vector<size_t>& kept) {
  constexpr size_t kMaxStamp = 32, kWindow = 8;
  for (size_t i = end, seen = 0; i < lines.size() && seen < kWindow; ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    ++seen;
    if (EndsHead(l.reason) || l.bullet) return;
    const std::u32string& c = l.core;
    const bool stamp = c.size() <= kMaxStamp &&
                       (c.starts_with(U"下一次更新") || c.starts_with(U"下次更新") || c.starts_with(U"下次發布") ||
                        c.starts_with(U"下次发布")) &&
                       std::any_of(c.begin(), c.end(), IsAsciiDigit);
    if (stamp) {
      kept.push_back(i);
      return;
    }
    if (HasSentenceEnd(c)) return;
  }
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

// The line at `i` ends a run of six bulleted menu items or more.
bool EndsLongMenuList(const std::vector<PageLine>& lines, size_t i) {
  constexpr size_t kLongList = 6;
  size_t n = 0;
  for (size_t k = i + 1; k > 0 && n < kLongList && lines[k - 1].bullet && lines[k - 1].reason == "menu or link list";
       --k) {
    ++n;
  }
  return n >= kLongList;
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
    // The last item of a long list (a week's day tabs), a menu.
    if (EndsLongMenuList(lines, head - 1)) break;
    --head;
    // A form's parts: its heading right over its fields ("查詢條件" over
    // "交易日期： …____"), a button's label wrapped under its row ("(BUTTON)
    // 下載Excel (BUTTON)" over "下載CSV").
    const bool form_part = (head + 1 < lines.size() && lines[head + 1].reason == "button or form field") ||
                           (head > 0 && utf8::Trim(lines[head - 1].raw).ends_with("(BUTTON)"));
    if (form_part) continue;
    ++taken;
    kept.push_back(head);
  }
  return kept;
}

// A bare kind of document taken for the headline ("調查報告", a PDF
// cover's line or running header): the fuller title above it is the
// headline instead (clean/headline_search.h), the kind line a cover's.
void KeepFullerTitle(const std::vector<PageLine>& lines, size_t headline, std::vector<size_t>& kept) {
  if (const size_t fuller = FullerTitleAbove(lines, headline); fuller != headline) {
    std::erase(kept, headline);
    kept.push_back(fuller);
  }
}

}  // namespace

void KeepMainText(std::vector<PageLine>& lines, std::string_view title) {
  std::optional<size_t> top_headline;
  const std::string title_key = NormaliseLineKey(title);
  ProseSpan body = StartBelowHeadline(lines, BestProseSpan(lines), title_key, &top_headline);
  body = WithoutAppendedArticle(lines, body, title_key);
  std::vector<size_t> kept;
  if (body.end > body.begin) {
    std::unordered_set<std::u32string> body_features;
    for (size_t i = body.begin; i < body.end; ++i) {
      for (auto& f : WordFeatures(lines[i].core)) body_features.insert(std::move(f));
    }
    if (top_headline) {
      kept = HeadBelowHeadline(lines, *top_headline, body.begin, body_features);
      KeepDocumentFieldsAbove(lines, *top_headline, kept);
      KeepFullerTitle(lines, *top_headline, kept);
    } else if (auto headline = FindHeadline(lines, body, body_features)) {
      kept = HeadBelowHeadline(lines, *headline, body.begin, body_features);
      KeepDocumentFieldsAbove(lines, *headline, kept);
      KeepFullerTitle(lines, *headline, kept);
    } else if (auto title = EntryTitleAbove(lines, body.begin, body.end)) {
      kept = HeadBelowHeadline(lines, *title, body.begin, body_features);
    } else if (auto tagged = TaggedTitleAbove(lines, body.begin, body_features); !tagged.empty()) {
      kept = std::move(tagged);
    } else if (StartsWithHeadline(lines, body)) {
      // The body's first line is its headline: nothing above it is kept.
    } else {
      kept = ShortLinesAbove(lines, body.begin);
      // A record's title that a menu rule took, with its dates and fields
      // (clean/margin_headline.h).
      if (auto margin = MarginHeadlineAbove(lines, body.begin)) {
        for (size_t k : HeadBelowHeadline(lines, *margin, body.begin, body_features)) kept.push_back(k);
        if (auto title = MarginTitleOverDatedHeading(lines, *margin)) kept.push_back(*title);
      }
    }
    body.end = ExtendBodyDown(lines, body.end, kept);
    body.end = ExtendOverWrappedTail(lines, body.end);
    body.end = FieldTailEnd(lines, body.end);
    body.end = ExtendToLastNumberedSection(lines, body);
    body.end = ExtendToLastHeadedSection(lines, body);
    body.end = ExtendToBracketedSections(lines, body);
    body.end = ExtendToStatuteTail(lines, body);
    KeepCaptionsInBody(lines, body, body_features, kept);
    KeepCreditsBelow(lines, body.end, kept);
    KeepNextUpdateBelow(lines, body.end, kept);
    if (auto stamp = StampBelow(lines, body.end)) kept.push_back(*stamp);
    if (auto legend = TableLegendBelow(lines, body.end)) kept.push_back(*legend);
    KeepNoticeClosing(lines, body.end, kept);
    KeepMeetingHead(lines, body.begin, kept);
    KeepLetterHead(lines, body.begin, kept);
    KeepRecordClosing(lines, body.end, kept);
    KeepPhotoCaptionsBelow(lines, body.end, body_features, kept);
    KeepCaptionUnderPictureBelow(lines, body.end, body_features, kept);
    for (size_t k : AlbumCaptionsBelow(lines, body.end, body_features)) kept.push_back(k);
    for (size_t k : NumberedCaptionsBelow(lines, body.end)) kept.push_back(k);
    KeepUpdateStampAsDate(lines, body, kept);
    if (auto first = FirstNumberedSectionAbove(lines, body, kept)) kept.push_back(*first);
    if (auto chapter = FirstChapterAbove(lines, body, kept)) kept.push_back(*chapter);
    // A record's rows right above the article's head (clean/value_rows.h).
    size_t top = body.begin;
    for (size_t k : kept) top = std::min(top, k);
    for (size_t k : RecordBlockAbove(lines, top)) kept.push_back(k);
    KeepNumberedNoticeHead(lines, top, kept);  // clean/official_letters.h
  }
  // No main text found (a form, a list of short verses): nothing is
  // outside it, and the other rules' verdicts stand alone.
  if (body.end <= body.begin) return;
  KeepRecordRowsInBody(lines, body.begin, body.end);
  std::vector<bool> keep(lines.size(), false);
  for (size_t k : kept) keep[k] = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (keep[i]) {
      // A BBS article's poster, board and breadcrumb read like a byline and
      // a headline, but stay dropped (clean/bbs_rules.h); so do a thread's
      // sort tabs over its title (clean/comment_threads.h), and an account's
      // name on its card over the post's date (clean/author_cards.h).
      // A section's label over the headline or its date line stays
      // dropped as well (clean/section_labels.h), and so does a file's
      // download link among the head's rows (clean/official_letters.h).
      if (lines[i].reason != kBbsFurniture && lines[i].reason != kSortTabs && lines[i].reason != kAuthorCard &&
          lines[i].reason != kSectionLabel && lines[i].reason != kAttachmentDownloads) {
        lines[i].reason.clear();
      }
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
