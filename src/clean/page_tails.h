// PageTails: the furniture a page sets around a record or an article, known
// by the shape of its lines and where they stand, in both scripts, never by
// a site's words:
//   - a site's disclaimer: a paragraph that says the page's own data are
//     only for reference (以上/上述/本… 僅供參考/仅供参考/只供參考) and
//     points elsewhere (…為準/为准, 不構成…建議, 並非完整…), not one item of
//     a numbered list of notes, with no paragraph of the body after it; a
//     short label over it (温馨提示：) and the notice's other sentences in
//     the same block go with it; so does a bank's statement that it is a
//     member of the deposit protection scheme (本行/本銀行 … 存款保障/存款保險
//     … 成員/要保機構), with the badge's picture over it; the browser advice
//     in the same tail ("本系統建議使用 Chrome…最新版本瀏覽，最佳解析度…。") and
//     an invitation to call the customer service ("如有查詢，歡迎致電客戶服務
//     熱線…。");
//   - a pager: counters and links of pages or records ("第 1 页 / 共 6 页 <
//     上一页 … 下一页 > 每页显示", "查詢結果：「…」共 7 筆 | 第 1 筆",
//     "<< 上一筆 | 下一筆 >> | 回查詢結果") with next to no other text;
//   - a download list: two or more lines that are links to files ("[PDF]
//     …（2.3MB）"), with the short heading right over them when the list
//     is all that heading has; an export button ("下載CSV"); a form's link
//     printed as a field ("網上表格：按此填寫");
//   - users' reviews: a heading that counts them ("网友点评（412） 好评率
//     93%") over a block with a dated reviewer line and a reaction row
//     ("有用(36) 回复"): the heading and its block;
//   - the widgets around an article (clean/page_widgets.h).
// A body sentence that uses the same words (a report quoting "僅供參考", a
// numbered note of a table, a notice's own "註：") has not the shape and
// stays. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"
#include "clean/page_widgets.h"

namespace wenyuan::clean {

inline constexpr char kSiteDisclaimer[] = "site disclaimer";
inline constexpr char kPager[] = "pager";
inline constexpr char kDownloadList[] = "download list";
inline constexpr char kReviewSection[] = "users' reviews";

// `paragraph` (its lines joined) says the page's data are only for
// reference and points elsewhere: "本資料僅供參考，…以…為準。".
bool IsSiteDisclaimer(const std::u32string& paragraph);

// `core` is a pager's counters and links with next to no other text.
bool IsPagerLine(const std::u32string& core);

// `raw` is a link to a file: a type tag ("[PDF] …") or a size in brackets
// at its end ("…（2.3MB）").
bool IsFileLinkLine(std::string_view raw);

// Marks the lines above and the widgets of clean/page_widgets.h, among kept
// lines.
void MarkPageTails(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
