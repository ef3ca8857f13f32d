// PromotionRules: what a web page prints around its article to send the
// reader elsewhere, recognised by its shape and wording, wherever it sits:
//   - a list of other articles' headlines that the page prints more than
//     once (a series' list above the article, again with pictures, again
//     under it): a run of headline-shaped lines, parted only by item
//     numbers ("2", "01 »"), pictures or blank lines, no item twice, most
//     of them printed elsewhere on the page too; with the short title
//     right above the run. A line of the run that heads a paragraph is a
//     heading, not a listed link;
//   - a link under one of the body's paragraphs to one of those listed
//     articles (its headline, or a shorter wording of it);
//   - a series' list of its articles: lines in a row that start with the
//     series' name and a colon ("CV大模型系列之：…"), and its title;
//   - call-to-action links: a short line worded as an invitation (了解更多,
//     詳細了解…, 立即免費試用, 赶快行动, Learn more, in both scripts) that
//     closes a section (after a paragraph, with nothing of the section
//     after it), and an offer line just above one ("免費在…上構建應用。");
//   - a course or "learning library" block: a heading that names such a
//     collection (学习库, 課程, 資源中心 …) over cards (a bulleted title, a
//     blurb), or a heading over cards that the page prints twice.
// Only on web pages; every line dropped gets its reason. Pure functions,
// thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kRepeatedHeadlineList[] = "headline list printed again";
inline constexpr char kLinkToListedArticle[] = "link to a listed article";
inline constexpr char kCallToAction[] = "call to action";
inline constexpr char kCoursePromotion[] = "course or library promotion";
inline constexpr char kSeriesList[] = "series list";

// Sets the reasons above on the lines they fit (lines already dropped are
// left as they are). `title_key` (NormaliseLineKey of the reader's title,
// or empty): the page's own headline is never a listed item.
void MarkPromotions(std::vector<PageLine>& lines, std::string_view title_key = {});

// A short line worded as an invitation to go elsewhere ("了解更多",
// "詳細了解 AI 基礎設施", "立即免费试用", "Learn more"), whatever stands
// around it.
bool IsCallToActionWording(const std::u32string& core);

}  // namespace wenyuan::clean
