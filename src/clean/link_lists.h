// LinkLists: the lists a web page sets around its article, found by their
// shape rather than by keyword lists: menus and link lists (runs of short
// lines without sentence punctuation, or of short bulleted ones; blank
// lines and bulleted items taken for buttons inside a run do not break it), and "related articles" lists (a
// heading such as 相關新聞, 延伸閱讀, 其他港聞 and the titles listed under it,
// up to a long line or a sentence). Lines another rule dropped and a data
// table's cells (PageLine::table) are left alone. Pure functions,
// thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// This many short lines in a row are a menu.
constexpr size_t kMenuRun = 4;

// Marks "menu or link list" on every line of each run of short lines.
void MarkMenuRuns(std::vector<PageLine>& lines);
// Marks "current tab label" on a short line above the page's first
// sentence that repeats an item of a bulleted menu or a row of links
// (`A | B | C`) above it: the label of
// the tab or section the page shows ("所有條文" under the tabs 所有條文 /
// 沿革 / 立法歷程), not a heading of the text; one right over its issue
// date ("豪雨特報" then "發布時間：…") is the page's heading and stays. Below
// the page's first sentence, an item of a bulleted menu repeated alone on
// an indented line (a blank above it), where a dump prints the site's
// labels, is one too ("楼盘详情" over its rows); at the margin it is the
// page's heading and stays. So
// is a post's category path whose first part a menu names ("活動公告 /
// 長青學苑").
void MarkCurrentTabLabels(std::vector<PageLine>& lines);
// Marks "related-articles list" on each related heading and the titles
// under it (a title that ends in a full stop, one sentence on a bulleted
// line with no picture, among them), up to a sentence, the body's next
// numbered heading, or, after a
// blank line, a hard-wrapped paragraph or a lone line over one (the body's
// sub-heading: a list put inside an article ends there), or, past its
// items, a line alone in its block over a long paragraph.
void MarkRelatedLists(std::vector<PageLine>& lines);
// Marks "menu or link list" on a short heading that ends in a count
// ("使用此資料集的應用（3）", "相关文件 (12)") right over a bulleted list
// another rule dropped: the list's label, gone with it.
void MarkCountedListHeadings(std::vector<PageLine>& lines);

// Marks "menu or link list" on a short heading left kept right over a
// bulleted list of two items or more that other rules dropped whole ("常见问题"
// over the FAQ's links and "查看更多"): the list's label, gone with it; so
// does a table of contents' heading ("目　　录") over its dropped entries,
// bulleted or not. Run once the other rules have spoken.
void MarkDroppedListHeadings(std::vector<PageLine>& lines);

// Marks "breadcrumb" on a breadcrumb printed as a numbered list: "1. 首頁",
// "2. 長照服務", "3. 居家照顧服務", one item a line, numbered on from 1, the
// first naming the home page (首頁, 主页, Home), each short and no sentence.
void MarkNumberedBreadcrumbs(std::vector<PageLine>& lines);

inline constexpr char kCountedTabs[] = "counted tabs";
// Marks kCountedTabs on a page's tabs that carry counts (a widget: the
// article's head does not take them back): three or
// more list items each a short label and a number ("* 基本信息 68", "* 司法风险
// 5"), or a row of three or more such pairs on one line ("自身风险 0   周边风险
// 12   历史风险 2", "融资历程 1 ｜ 核心团队 3 ｜ 企业业务 4"); an item may carry a
// note in brackets after its count, and the list's label with its count
// right above it ("经营风险 3") goes with it; so does a row of five short
// tab labels or more, two or more counting in brackets ("概况    交通    门票
// 开放时间    点评 (3286)    问答 (214)").
void MarkCountedTabs(std::vector<PageLine>& lines);

// "相關新聞", "延伸閱讀", "熱門話題", "為你推薦", "其他港聞", "同期其他公報": a
// heading over a list of other articles. A sentence that mentions 相關 ("是與大眾息息相關。")
// is not.
bool IsRelatedHeading(const std::u32string& line);

// Reasons that the list rules give and that a data table's cells only seem
// to deserve: its short cells look like menu items, its long unpunctuated
// ones like link labels run together (clean/line_furniture.h).
bool IsListReason(const std::string& reason);

}  // namespace wenyuan::clean
