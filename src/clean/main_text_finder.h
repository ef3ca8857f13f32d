// MainTextFinder: on a web page, finds the article among the page's chrome
// and marks everything else "outside the main text".
//
// The article is one stretch of prose with a few short lines in it
// (headings, captions); menus, sidebars and lists of other articles sit
// around it. The body is the stretch whose prose outweighs what is not
// prose (the maximum-sum run of lines: prose lines weigh their length,
// every other line a fixed cost). Above it stands the article's head: the
// headline is the nearby line that reads like one and shares its words with
// the body; between the headline and the body only dates, bylines, captions,
// a statute's history ("沿革：" and its entries, clean/statute_sections.h)
// and a section heading are kept (not category tags, "back" links or
// comment counters). An encyclopedia entry's short title counts as its
// headline when the body's first sentence begins with it ("北辰溪是…").
// Below it, prose that an in-article list or a code
// sample separated from the body is joined back, and so is a last section
// whose numbered heading follows the body's ("十、资源下载汇总" after
// "九、…"), and a statute's last chapter (clean/statute_sections.h); a
// picture's caption right below the body is kept, and so are the captions
// of a photo album there that say something (clean/photo_albums.h), and a
// bulletin's next-update time ("下一次更新：…") below its pictures; a
// video's credits (BGM：, 配樂：) stay as credits do; the site editor's credit
// below the body is not kept, nor a photo's short title over its fuller
// caption. A formal record's fields
// and closing lines around the body are kept (clean/record_closings.h:
// minutes' fields, adjournment, print edition, dateline, a judgment's
// signatures), and so are the contact fields that go on under the body's
// last field (clean/field_runs.h) and a record's date line right under it
// (clean/stamp_below.h). A record's rows inside the body that a rule took for a
// menu are kept, and so are those of a block right above the article's
// head (clean/value_rows.h). A row of tabs or a crumb ("… | …", "… > …"),
// an addressee line ending in a colon and a full line that the next line
// goes on are no headline; where no headline is found, a record's title at
// the margin is kept beside the short lines above the body
// (clean/margin_headline.h), a form's heading and a wrapped button label
// among those aside. A page with no real
// stretch of prose keeps nothing.
// The body's search is clean/prose_span.h; the shapes of the lines around
// it, clean/article_lines.h and clean/dates_and_bylines.h.
// Pure functions, thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets reason "outside the main text" on every kept line outside the
// article, and clears the reason of head lines the rules had dropped
// (a headline or byline that list markup made look like a menu).
// `title` (the reader's title, an HTML page's <h1>; may be empty): a line
// near the top of the body that repeats it is the headline, and what stands
// above it (a forum board's name, counters and slogan) is not the article.
void KeepMainText(std::vector<PageLine>& lines, std::string_view title = {});

}  // namespace wenyuan::clean
