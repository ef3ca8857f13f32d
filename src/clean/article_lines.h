// ArticleLines: the shapes of the lines that stand around an article's
// body, which the main-text finder (clean/main_text_finder.h) weighs when
// it picks the article's head and what follows the body: a line that reads
// like a headline, a name beside a date or byline, a section heading, the
// article's category tag, a writer's credit and the site editor's, a
// photo's short title over its caption, an encyclopedia entry's or a
// project's title over its lede; the reasons other rules gave that
// end a page's head or that are passed over there; and the words a line
// shares with the body. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// A button, a share widget or an image placeholder: passed over between a
// headline and its text, never kept.
bool IsWidgetReason(const std::string& reason);
// Reasons that end a page's head: whatever is above them is site chrome.
bool EndsHead(const std::string& reason);
// Words that label page controls rather than name an article or a person.
bool HasNavigationWord(const std::u32string& core);

// The Han bigrams and Latin words of a text: what a headline shares with
// its article.
std::vector<std::u32string> WordFeatures(const std::u32string& s);
// How much of `line` the body's text also has: the share of its features
// (WordFeatures of the body's lines); `*shared` is how many it shares.
double ShareInBody(const std::u32string& line, const std::unordered_set<std::u32string>& body, size_t* shared);

// 5 to 80 characters, mostly Han, no end colon or full stop, no date,
// byline or page control: the shape of a headline (not yet whose).
bool LooksLikeHeadline(const PageLine& l);
// The article's category listed in brackets ("* [人才故事]", "* 【科技】").
bool IsCategoryTag(const PageLine& l);
// A name on its own beside a date or byline ("梅卡尔", "coding进阶").
bool LooksLikeName(const PageLine& l);
// A heading right above the body ("背景", "一、前言").
bool LooksLikeSectionHeading(const PageLine& l);
// "撰文 : 黃錦輝 香港中文大學工程學院副院長（外務）、…": a columnist's
// credit with the writer's posts, longer than a byline but labelled as one;
// so are a reviewer's, photographer's or illustrator's ("審稿：…", "摄影：…").
bool IsLabelledCredit(const std::u32string& core);
// "責任編輯：林美欣", "【责任编辑:…】": the site's editor, not the article's author.
bool IsEditorCredit(const std::u32string& core);
// "2023臺灣AI大賞的決審評審會議" right above "2023台灣AI大賞的決審評審會議，
// 由左至右為…": a photo's short title over its caption, which says it again
// (in the other script, maybe) and goes on after a comma.
bool IsTitleOverCaption(const PageLine& l, const PageLine& next);

// An encyclopedia entry's title, too short to read as a headline
// ("北辰溪"), above a body whose first sentence begins with it ("北辰溪是…");
// a project's Latin name above its README's ("dongfang-segmenter 是一个…").
// Menus, tabs and the site's tagline may stand between. The body is the
// lines [body_begin, body_end).
std::optional<size_t> EntryTitleAbove(const std::vector<PageLine>& lines, size_t body_begin, size_t body_end);

}  // namespace wenyuan::clean
