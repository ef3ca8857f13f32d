// HtmlTitle: a web page's title from its structure, never its site's name.
// The <title> is split at the usual separators (" - ", " | ", "｜", "_",
// " – ", " — ", and "：" when the part before or after it is the site's
// name); the parts that are the site's name (they appear in the page's
// chrome: og:site_name, a logo's alt text, the copyright line, the header or
// menus), a section name (a short menu link) or a file name or generator
// ("Microsoft Word - 報告.docx") are dropped. Of what is left, the part that
// is the page's <h1> or first heading wins, else the longest. The <h1> (or,
// without one, the first heading) then beats that part when the part holds
// it only with a label around it, when the part is short or empty, or when
// the heading is at least as long; a heading that is the site's name never
// wins. Pure functions of the clues the HTML reader collects.
#pragma once

#include <string>
#include <vector>

namespace wenyuan::ingest {

struct HtmlTitleClues {
  std::string title;                    // the <title>'s text
  std::vector<std::string> h1s;         // the <h1>s' texts, in page order
  std::vector<std::string> headings;    // the <h1>..<h3>s' texts outside the chrome, in page order
  std::vector<std::string> site_names;  // og:site_name, application-name, logos' alt texts
  std::vector<std::string> chrome;      // copyright lines, text of <header>/<nav>/<footer>
  std::vector<std::string> links;       // link texts
};

// The page's title; empty when nothing but the site's name was found.
std::string ChooseHtmlTitle(const HtmlTitleClues& clues);

// True when `line` holds a copyright or rights notice (©, Copyright, 版權所有,
// 版权所有, All rights reserved): such a line names the site's owner.
bool IsCopyrightLine(std::string_view line);

}  // namespace wenyuan::ingest
