// SectionLabels: the lone label of the site's section that a page prints
// next to an article's headline ("新聞稿" between the headline and its
// "發布日期：…" line, "即時新聞" over the headline), in both scripts. A
// label is a short line of Han characters that either repeats the last
// item of the page's breadcrumb ("首頁 > 最新消息 > 新聞稿") or is one of
// the words sites use for a kind of item (新聞稿, 新闻稿, 即時新聞, 快訊,
// 要聞 …), and that stands right beside the headline: the next line
// (widgets and blank lines passed over) is a date or byline line or a
// headline-shaped line, and the line above is a headline-shaped line or
// the next one is. A short headline that repeats the breadcrumb over its
// body ("北辰溪" over "北辰溪是…") is not one, nor is an issuer's kind label
// printed at the left margin, where a dump prints the page's headings
// ("高雄市政府勞工局公告" over its 發布日期 line: the notice's headline). A
// label repeating the crumb over a long unpunctuated headline, which the
// line rules took for link labels run together ("信件內容" over "建議增加…
// 末班車時間"), is one. Run before the main text is
// found (clean/main_text_finder.h). Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kSectionLabel[] = "section label";

// Sets kSectionLabel on such lines of `lines` (kept ones only).
void MarkSectionLabels(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
