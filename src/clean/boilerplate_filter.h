// BoilerplateFilter: decides, line by line, what in a document is not its
// content, and says why for each line it drops (`wenyuan clean --explain`).
//
// Dropped: button and form labels, image placeholders and file names,
// lynx's MathML markup, end marks (- 完 -), share widgets,
// cookie and copyright notices, breadcrumbs, link text run together into
// one long unpunctuated line (each line on its own: clean/line_furniture.h),
// menus and link lists (runs of short lines without sentence punctuation)
// and "related articles" lists (clean/link_lists.h), a site's footers by
// their shape (clean/site_footer_rules.h: press contacts, back links,
// address, browser advice, CMS editor credits), and lines repeated
// across many pages of the same batch (site headers and footers, learnt by
// SiteBoilerplate, clean/site_boilerplate.h). The menu and link-list rules
// apply only to text that looks like a web page (crawled or HTML, or a text
// file made mostly of short unpunctuated lines), so lists in authored
// documents are kept. On web pages the promotions around the article
// (lists of headlines printed again, links to those articles, calls to
// action, course blocks: clean/promotion_rules.h) and a BBS article's
// furniture on a web mirror (clean/bbs_rules.h) are dropped, and the
// article itself is then found among what is left
// (clean/main_text_finder.h: body, headline, date, byline).
// In every kind of document, tables of contents, copyright, reprint and
// disclaimer notices, lists of other articles' headlines and a report's
// cover-page fields are recognised (clean/structure_rules.h).
// Stateless and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/site_boilerplate.h"
#include "clean/structure_rules.h"

namespace wenyuan::clean {

struct DroppedLine {
  size_t line = 0;  // 1-based, in the text given
  std::string text;
  std::string reason;
};

struct FilterResult {
  std::string text;  // kept lines, in order, blank lines kept as separators
  std::vector<DroppedLine> dropped;
  bool web_mode = false;
  DocumentFields fields;  // cover-page fields taken out of the text
};

// `web_page` forces the web-page rules; otherwise they apply when the text
// looks like one. With `plain_text` (a .txt or .md file) short lines alone
// do not make a web page (they may be a table's cells): it also takes at
// least three lines of a page's furniture (bullets, image placeholders,
// buttons, share widgets, copyright footers).
// With `html` (an HTML file's text) the same furniture decides, whatever
// the share of short lines.
// `title`, the reader's title if any, tells the main-text finder which line
// is the headline (clean/main_text_finder.h).
FilterResult FilterBoilerplate(std::string_view text, bool web_page, const SiteBoilerplate* site,
                               bool plain_text = false, bool html = false, std::string_view title = {});

}  // namespace wenyuan::clean
