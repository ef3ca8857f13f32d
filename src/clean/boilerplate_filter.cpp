#include "clean/boilerplate_filter.h"

#include <algorithm>
#include <deque>

#include "clean/answer_furniture.h"
#include "clean/article_chrome.h"
#include "clean/author_cards.h"
#include "clean/bbs_rules.h"
#include "clean/boxed_cards.h"
#include "clean/bracket_labels.h"
#include "clean/cite_widgets.h"
#include "clean/comment_blocks.h"
#include "clean/comment_chrome.h"
#include "clean/comment_floors.h"
#include "clean/comment_threads.h"
#include "clean/counted_lists.h"
#include "clean/crumb_titles.h"
#include "clean/data_tables.h"
#include "clean/date_headers.h"
#include "clean/dated_lists.h"
#include "clean/dates_and_bylines.h"
#include "clean/field_blocks.h"
#include "clean/field_runs.h"
#include "clean/forum_posts.h"
#include "clean/forum_rules.h"
#include "clean/forum_user_cards.h"
#include "clean/gallery_captions.h"
#include "clean/inline_furniture.h"
#include "clean/latin_names.h"
#include "clean/line_furniture.h"
#include "clean/link_lists.h"
#include "clean/listing_fields.h"
#include "clean/main_text_finder.h"
#include "clean/media_widgets.h"
#include "clean/merchant_records.h"
#include "clean/message_heads.h"
#include "clean/official_letters.h"
#include "clean/one_line_reviews.h"
#include "clean/page_line.h"
#include "clean/page_tails.h"
#include "clean/paragraph_lists.h"
#include "clean/photo_albums.h"
#include "clean/picture_card_lists.h"
#include "clean/picture_heads.h"
#include "clean/post_boundaries.h"
#include "clean/priced_lists.h"
#include "clean/promotion_rules.h"
#include "clean/reader_notices.h"
#include "clean/readers_contributions.h"
#include "clean/record_blocks.h"
#include "clean/record_fields.h"
#include "clean/record_heads.h"
#include "clean/record_item_lists.h"
#include "clean/record_names.h"
#include "clean/record_prices.h"
#include "clean/record_rows.h"
#include "clean/record_tails.h"
#include "clean/record_titles.h"
#include "clean/record_widgets.h"
#include "clean/reference_lists.h"
#include "clean/report_covers.h"
#include "clean/review_replies.h"
#include "clean/saved_page_signals.h"
#include "clean/section_index.h"
#include "clean/section_labels.h"
#include "clean/shop_furniture.h"
#include "clean/site_footer_rules.h"
#include "clean/summary_boxes.h"
#include "clean/table_cells.h"
#include "clean/table_link_cells.h"
#include "clean/user_reviews.h"
#include "clean/video_pages.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// The line with widget and image references ("[ icon _ type ]",
// "[img-1.jpg?w=600]") taken out; other brackets stay: a note's embed
// written as text ("![[图1.png]]"), a log's "[server=3.0.9]" (a setting,
// no query: "=" without "?" or "&").
std::string WithoutPlaceholders(std::string_view raw) {
  std::u32string line = DecodeUtf32(raw);
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[' && (i == 0 || (line[i - 1] != '!' && line[i - 1] != '['))) {
      size_t close = line.find(']', i);
      if (close != std::u32string::npos && close - i < 120) {
        std::string inner;
        bool han = false;
        for (size_t k = i + 1; k < close; ++k) {
          han |= utf8::IsHan(line[k]);
          utf8::Append(inner, line[k]);
        }
        const bool image_file =
            EqualsAny(inner, {"編輯", "编辑", "編輯原始碼", "编辑源代码", "edit", "Edit", "修改"}) ||
            inner.ends_with(".jpg") || inner.ends_with(".jpeg") || inner.ends_with(".png") || inner.ends_with(".gif") ||
            inner.ends_with(".webp") || inner.ends_with(".svg");
        const bool query = ContainsAny(inner, {"?", "&"});
        if (image_file || (!han && (query || ContainsAny(inner, {"_", "img", "icon", "logo", ".jpg", ".png", ".gif",
                                                                 ".webp", ".svg"})))) {
          i = close;
          continue;
        }
      }
    }
    utf8::Append(out, line[i]);
  }
  return out;
}

// "• 步行約十分鐘", "- 數手指": a bullet the page wrote itself, kept with
// its item; lynx's list markers ("* ", "+ ", "o ") are layout.
bool IsWrittenBullet(char32_t c) { return c == U'•' || c == U'●' || c == U'▪' || c == U'◆' || c == U'■' || c == '-'; }

std::string WithoutLeadingBullet(std::string_view line) {
  std::u32string s = DecodeUtf32(line);
  size_t i = 0;
  while (i < s.size() && utf8::IsSpace(s[i])) ++i;
  size_t j = i;
  while (j < s.size() && IsBullet(s[j]) && !IsWrittenBullet(s[j])) ++j;
  size_t text = j + 1;
  if (j == i && (text = AfterLynxCircleBullet(s, i)) != i) j = text - 1;          // lynx's "o 所有…"
  if (j == i || j >= s.size() || !utf8::IsSpace(s[j])) return std::string(line);  // "-5" or "•x" stay
  std::string out;
  for (size_t k = j + 1; k < s.size(); ++k) utf8::Append(out, s[k]);
  return out;
}

// "7 則留言", "12 条评论", "3 Comments": how many comments a post has.
bool IsCommentCount(const std::u32string& core) {
  size_t i = 0;
  while (i < core.size() && IsAsciiDigit(core[i])) ++i;
  if (i == 0) return false;
  std::u32string rest;
  for (size_t k = i; k < core.size(); ++k) {
    if (!utf8::IsSpace(core[k])) rest += core[k];
  }
  if (!rest.empty() && std::u32string_view(U"則则條条個个篇").find(rest.front()) != std::u32string_view::npos) {
    rest.erase(0, 1);
  }
  return EqualsAny(EncodeUtf8(rest), {"留言", "評論", "评论", "回應", "回应", "迴響", "回响", "Comments", "comments"});
}

// A long line left open at a comma over a line of Han text: one sentence
// hard-wrapped.
bool IsOpenSentenceAbove(const PageLine& above, const PageLine& line) {
  constexpr size_t kFullLine = 30, kMinTailHan = 6;
  return !above.blank() && above.core.size() >= kFullLine &&
         (above.core.back() == U'，' || above.core.back() == U'、') && CountHan(line.core) >= kMinTailHan &&
         !line.bullet && !line.placeholder;
}

// "[dependencies]", "[tool.poetry]": a config file's section header, a
// name in brackets with no file extension.
bool IsConfigSectionHeader(std::string_view t) {
  if (t.size() < 3 || t.front() != '[' || t.back() != ']') return false;
  const std::string_view name = t.substr(1, t.size() - 2);
  for (std::string_view ext : {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}) {
    if (name.ends_with(ext)) return false;
  }
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
  });
}

// "serde = \"1.0\"", "edition = 2021": a config file's key and value; or
// a key in lower case and its value after a colon, as YAML-like configs
// write it ("rotation_distance: 7.53", "retract_speed: 35").
bool IsConfigKeyLine(std::string_view t) {
  const auto key_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
  };
  const size_t eq = t.find(" = ");
  if (eq != std::string_view::npos && eq > 0) {
    return std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(eq), key_char);
  }
  const size_t colon = t.find(": ");
  if (colon == std::string_view::npos || colon + 2 >= t.size()) return false;
  const std::string_view key = t.substr(0, colon);
  return key.size() >= 3 &&
         std::all_of(key.begin(), key.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }) &&
         key.front() >= 'a' && key.front() <= 'z';
}

}  // namespace

FilterResult FilterBoilerplate(std::string_view text, bool web_page, const SiteBoilerplate* site, bool plain_text,
                               bool html, std::string_view title) {
  std::vector<PageLine> lines = MakePageLines(text);
  // Does it read like a web page? Many short unpunctuated lines say so.
  size_t non_blank = 0, short_lines = 0;
  for (const auto& l : lines) {
    if (utf8::Trim(l.raw).empty()) continue;
    ++non_blank;
    short_lines += IsShortLine(l.core) || l.core.empty();
  }
  FilterResult result;
  result.web_mode = web_page || (short_lines >= 10 && short_lines * 10 >= non_blank * 4);
  if (!web_page && (html || (result.web_mode && plain_text))) {
    result.web_mode = ReadsAsSavedWebPage(lines, html);
  }

  const std::string title_key = title.empty() ? std::string() : NormaliseLineKey(title);
  std::deque<std::string> rewritten;  // rows whose widget cells were taken out; lines point into it
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (utf8::Trim(l.raw).empty()) continue;
    if (site && site->Contains(l.raw) && (!plain_text || IsRecordCollectionChrome(l))) {
      l.reason = "repeated on many pages of the site";
      continue;
    }
    if (!result.web_mode) continue;
    // "[dependencies]" over "serde = \"1.0\"": a config sample's section
    // header, not an image's placeholder.
    if (l.placeholder && l.core.empty() && i + 1 < lines.size() && IsConfigSectionHeader(utf8::Trim(l.raw)) &&
        IsConfigKeyLine(utf8::Trim(lines[i + 1].raw))) {
      l.placeholder = false;
      l.core = DecodeUtf32(utf8::Trim(l.raw));
    }
    l.reason = LineFurnitureReason(l.raw, l.core, l.placeholder);
    // "整理了一下分享给大家👇" right under a full line left open at a comma:
    // the sentence's wrapped tail, not a share button.
    if (l.reason == "share widget" && i > 0 && lines[i - 1].reason.empty() && IsOpenSentenceAbove(lines[i - 1], l)) {
      l.reason.clear();
    }
    // The tags under their bare label ("本文標籤：" over "台南 神農街 老屋咖啡").
    if (l.reason.empty() && i > 0 && !lines[i - 1].blank() && lines[i - 1].reason == "tag list" &&
        IsBareTagLabel(lines[i - 1].core) && IsTagItemRow(l.core)) {
      l.reason = "tag list";
    }
    // The page's own headline (the reader's title) is not link labels run
    // together, though it is long and unpunctuated.
    if (l.reason == "link text run together" && !title_key.empty() && NormaliseLineKey(l.raw) == title_key) {
      l.reason.clear();
    }
    // A full line of a sentence with no comma yet, hard-wrapped onto the
    // next line where the sentence ends ("…抽取上述急凍熟蜆肉樣本進" over
    // "行化驗，結果顯示樣本含有諾如病毒。"): a paragraph's first line, not
    // link labels run together.
    constexpr size_t kFullLine = 30;
    if (l.reason == "link text run together" && l.core.size() >= kFullLine && !HasSentencePunct(l.core) &&
        l.core.find(U'【') == std::u32string::npos && i + 1 < lines.size() && !lines[i + 1].blank() &&
        !lines[i + 1].bullet && !l.bullet && HasSentenceEnd(lines[i + 1].core) &&
        utf8::IsHan(lines[i + 1].core.front())) {
      l.reason.clear();
    }
    if (!l.reason.empty()) continue;
    // A table row holding the article's date beside the page's buttons
    // ("2023年11月8日（星期三） | 列印電郵給朋友"): the widget cells go, the
    // rest stays.
    const auto cells = TableCells(l.raw);
    if (cells.size() < 2) continue;
    // An article's date line ("發佈於 2026 年 11 月 22 日 作者：阿哲 | 7 則留言")
    // is kept whole, its count of comments with it, as a view count is.
    const std::u32string first_cell = MakePageLine(cells.front()).core;
    const bool dated = HasDateOrTime(WithoutSpaces(first_cell)) || IsDateLine(first_cell);
    std::string kept;
    std::vector<DroppedLine> widgets;
    for (std::string_view cell : cells) {
      const PageLine c = MakePageLine(cell);
      const std::string reason = LineFurnitureReason(cell, c.core, c.placeholder);
      if (IsWidgetCellReason(reason) && !(dated && IsCommentCount(c.core))) {
        widgets.push_back({i + 1, std::string(cell), reason + " (table cell)"});
        continue;
      }
      if (!kept.empty()) kept += " | ";
      kept += cell;
    }
    if (widgets.empty()) continue;
    if (kept.empty()) {
      l.reason = widgets.front().reason;
    } else {
      result.dropped.insert(result.dropped.end(), widgets.begin(), widgets.end());
      rewritten.push_back(std::move(kept));
      l = MakePageLine(rewritten.back());
    }
  }
  if (result.web_mode) {
    // A formula as lynx prints MathML ("[MATH: <lt;semantics>gt;… :MATH]",
    // over several lines): markup, not text; its rendering follows it. One
    // with no end within a few dozen lines is left alone.
    constexpr size_t kMaxFormulaLines = 40;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!utf8::Trim(lines[i].raw).starts_with("[MATH:")) continue;
      size_t end = i;
      while (end < lines.size() && end - i < kMaxFormulaLines &&
             lines[end].raw.find(":MATH]") == std::string_view::npos) {
        ++end;
      }
      if (end == lines.size() || end - i >= kMaxFormulaLines) continue;
      for (size_t k = i; k <= end; ++k) {
        if (!lines[k].blank()) lines[k].reason = "formula markup";
      }
      i = end;
    }
  }
  if (result.web_mode) MarkDataTables(lines);
  bool thread_page = false;
  ThreadSpan posts;                                      // a thread by its posts' shape (clean/forum_posts.h)
  std::vector<bool> own_paragraph(lines.size(), false);  // a record's fields (clean/listing_fields.h)
  if (result.web_mode) {
    MarkNumberedBreadcrumbs(lines);
    MarkCountedTabs(lines);
  }
  MarkDocumentStructure(lines, &result.fields, result.web_mode);
  if (result.web_mode) {
    MarkInlineFurniture(lines);
    MarkReferenceLists(lines);
    MarkCommentFloorsUnderPost(lines);  // before the thread rules (clean/comment_floors.h)
    posts = MarkForumPosts(lines);
    MarkForumFurniture(lines);
    MarkForumUserCards(lines);
    MarkBbsFurniture(lines);
    MarkCommentGuidelines(lines);
    MarkReplySections(lines);
    thread_page = IsThreadPage(lines);
    MarkCommentThreads(lines);
    MarkPostersNamesAgain(lines);
    MarkVideoPageFurniture(lines);
  }
  if (result.web_mode) {
    // A data table's cells and an infobox's fields are the article's.
    for (auto& l : lines) {
      if (l.table && IsListReason(l.reason)) l.reason.clear();
    }
    MarkSectionIndex(lines);
    MarkMenuRuns(lines);
    MarkCurrentTabLabels(lines);
    MarkRelatedLists(lines);
    MarkCountedListHeadings(lines);
    // Promotions around the article: lists printed again, links to the
    // listed articles, calls to action, course blocks.
    MarkPromotions(lines, title_key);
    MarkBoxedCards(lines);
    MarkAttachmentDownloads(lines);
    MarkAuthorCards(lines);
    MarkProfileCounters(lines);  // a blog's profile box (clean/author_cards.h)
    MarkSectionLabels(lines);
    MarkSummaryBoxes(lines);  // a notice's box repeating its fields (clean/summary_boxes.h)
    KeepMainText(lines, title);
    KeepForumPostBodies(lines, posts);
    for (size_t i : KeepHeadlineOverPicture(lines)) own_paragraph[i] = true;
    // After the body is found: notices inside it do not end it.
    MarkReaderNotices(lines);
    MarkArticleChrome(lines);
    MarkShopFurniture(lines);
    MarkRecordFields(lines);
    KeepFieldBlocks(lines);
    MarkLetterContactBlocks(lines);
    for (size_t i : KeepEmptyLetterFields(lines)) own_paragraph[i] = true;  // clean/official_letters.h
    for (size_t i : KeepWholeFieldRuns(lines)) own_paragraph[i] = true;
    for (size_t i : KeepDatedListsBetweenKeptText(lines)) own_paragraph[i] = true;
    KeepMerchantRecord(lines);
    const std::vector<size_t> record = KeepListingFields(lines);
    for (size_t i : record) own_paragraph[i] = true;
    for (size_t i : KeepRecordRows(lines, record)) own_paragraph[i] = true;
    for (size_t i : KeepRecordHead(lines)) own_paragraph[i] = true;
    for (size_t i : KeepRecordName(lines)) own_paragraph[i] = true;
    for (size_t i : KeepRecordPrices(lines)) own_paragraph[i] = true;  // clean/record_prices.h
    for (size_t i : KeepButtonedTableRows(lines)) own_paragraph[i] = true;
    for (size_t i : KeepMarginHeadings(lines)) own_paragraph[i] = true;
    KeepWrappedFieldValues(lines);
    KeepRowsTakenForFooters(lines);
    for (size_t i : KeepRecordBlocks(lines)) own_paragraph[i] = true;
    for (size_t i : KeepRecordItemLists(lines)) own_paragraph[i] = true;  // clean/record_item_lists.h
    for (size_t i : KeepCountedLists(lines)) own_paragraph[i] = true;     // "（共28站）" over 28 stops
    for (size_t i : KeepRecordTails(lines)) own_paragraph[i] = true;      // clean/record_tails.h
    for (size_t i : KeepGalleryCaptions(lines)) own_paragraph[i] = true;
    for (size_t i : KeepRecordTitles(lines)) own_paragraph[i] = true;
    CutRepeatedLinkCells(lines);
    MarkPricedLists(lines);
    MarkRecordWidgets(lines);
    for (size_t i : KeepSellerList(lines)) own_paragraph[i] = true;
    MarkUserReviews(lines);
    MarkRecordTemplateLabels(lines);
    MarkRecordSiteFields(lines);
    MarkAnswerFurniture(lines);
    MarkMessageHeads(lines);  // a hotline message's header rows (clean/message_heads.h)
    MarkBarePictureLabels(lines);
    if (!thread_page) MarkCommentBodies(lines);
    if (!thread_page) MarkReadersContributions(lines);
    MarkPostBoundaries(lines);
    MarkCategoryFields(lines);
    MarkPageTails(lines);            // disclaimers, pagers, downloads, reviews (clean/page_tails.h)
    MarkDroppedListHeadings(lines);  // a label over a list dropped whole (clean/link_lists.h)
    for (size_t i : KeepReportCovers(lines)) own_paragraph[i] = true;  // clean/report_covers.h
    MarkCiteWidgets(lines);                  // a journal page's format row and cite block (clean/cite_widgets.h)
    MarkCommentBlocks(lines, thread_page);   // runs of comments, reviews, answers (clean/comment_blocks.h)
    MarkOneLineReviews(lines, thread_page);  // "王** 2026-11-28 态度很好。" (clean/one_line_reviews.h)
    MarkPictureCardLists(lines);             // other records as picture cards (clean/picture_card_lists.h)
    MarkCommentChrome(lines);                // action rows, vote-and-age headers (clean/comment_chrome.h)
    MarkBracketLabels(lines);                // "[头图：…]", "[tag] a [tag] b" (clean/bracket_labels.h)
    KeepParagraphLists(lines);               // a list typed inside a paragraph (clean/paragraph_lists.h)
    if (auto title = KeepTitleNamedByCrumb(lines)) own_paragraph[*title] = true;  // clean/crumb_titles.h
    if (auto title = KeepThreadTitle(lines)) own_paragraph[*title] = true;        // clean/forum_posts.h
    if (auto name = KeepLatinNameUnderHeadline(lines)) own_paragraph[*name] = true;
    if (auto byline = KeepBylineUnderDateHeader(lines)) own_paragraph[*byline] = true;  // clean/date_headers.h
  }

  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty()) {
      result.dropped.push_back({i + 1, std::string(utf8::Trim(lines[i].raw)), lines[i].reason});
      // In a document, the lines around a dropped one (a title above cover
      // fields, a heading below a table of contents) are not one paragraph.
      if (!result.web_mode) result.text += '\n';
      continue;
    }
    if (result.web_mode) {
      // A list item, and a row of labelled fields, starts a paragraph of its
      // own: the line above it, however wide, does not run on into it (two
      // blank lines: the layout carries a full line that ends in Han text
      // over one, clean/text_cleaner.h).
      if ((lines[i].bullet || own_paragraph[i] || IsFieldRow(lines[i].core)) && !result.text.empty()) {
        while (!result.text.ends_with("\n\n\n")) result.text += '\n';
      }
      // List markers of a text dump ("* ", "• ") are layout, not content.
      std::string line = lines[i].placeholder ? WithoutPlaceholders(lines[i].raw) : std::string(lines[i].raw);
      line = WithoutTrailingMapLink(WithoutTrailingToggle(line));
      result.text += WithoutLeadingBullet(line);
    } else {
      result.text += lines[i].raw;
    }
    result.text += '\n';
  }
  std::stable_sort(result.dropped.begin(), result.dropped.end(),
                   [](const DroppedLine& a, const DroppedLine& b) { return a.line < b.line; });
  return result;
}

}  // namespace wenyuan::clean
