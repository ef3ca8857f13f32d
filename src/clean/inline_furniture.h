// InlineFurniture: page furniture that sits inside an article or a thread,
// recognised by what it is, in both scripts, on any web page:
//   - a counter on a line of its own: "點閱次數：1287", "浏览次数 2156",
//     "被浏览 2,873,046", "关注者 4,512", "1,024 次瀏覽" (a date line that
//     carries a counter is not one: it is the article's), or a row of such
//     counts ("收藏 12 · 阅读 3,456");
//   - an advert block: a label (廣告, 贊助廣告, 推广, Sponsored,
//     Advertisement) and the few lines right under it, up to a blank line;
//   - an advert on one line, its label in brackets before its text:
//     "[廣告] 想轉職軟體工程師？免費職涯諮詢 ›", "【广告】…";
//   - the site's standing reminder behind a mark, printed under every story
//     of a kind: "★某某新聞網提醒您：" and its line or two under it, up to a
//     blank line ("防範詐騙，請撥打165…");
//   - an embedded frame's address as lynx prints it ("IFRAME: https://…"),
//     an advert's or a tracker's, wherever it sits;
//   - an inline "read also" link: "延伸閱讀：【…】…", "相关阅读：…", a
//     label and a headline, no sentence;
//   - a post's expand/collapse toggle glued after its last line, behind a
//     space ("…请关注后续发布。 收起d", "…詳見官網 展開全文"; an icon
//     font's letter may follow it): taken off the line, which stays.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kStandaloneCounter[] = "view or follower counter";
inline constexpr char kAdvertBlock[] = "advert block";
inline constexpr char kReadAlsoLink[] = "read-also link";
inline constexpr char kFrameAddress[] = "embedded frame address";
inline constexpr char kSiteReminder[] = "site reminder";

// "★東岸新聞網提醒您：", "※ 本报提醒你：": a reminder's heading behind a mark,
// the one who reminds and nothing after the colon.
bool IsMarkedReminderHeading(const std::u32string& core);

// "IFRAME: https://ads.example.com/slot?id=1": lynx's line for an embedded
// frame, its address and nothing else.
bool IsFrameAddress(std::string_view raw);

// "點閱次數：1287", "被浏览 2,873,046": a counter's label and its number, nothing else.
bool IsStandaloneCounter(const std::u32string& core);

// "本篇日志被 48 人收藏 · 阅读 5,127", "讚 45 ｜ 留言 3": two counts or more
// set apart by dots or bars, each a number and what it counts, nothing else
// but the row's own actions ("阅读(2,186) ┆ 评论(27) ┆ 打印 ┆ 举报").
bool IsCountsRow(const std::u32string& core);

// "延伸閱讀：【公屋輪候】…", "更多新聞：…": a label that points to another
// article, and its headline; a law database's "相關法條：…" under an
// article, its links to the articles it relates to.
bool IsReadAlsoLink(const std::u32string& core);

// "[廣告] 雲端認證課程限時8折 立即報名 ›", "贊助 ｜ 本週雞腿排 8 折，點我看優惠": an
// advert's label (in brackets, or before a bar or colon) and the advert.
bool IsLabelledAdvertLine(const std::u32string& core);

// `line` without a toggle glued at its end ("… 收起d" -> "…"); `line`
// itself when it has none or is nothing but one.
std::string WithoutTrailingToggle(std::string_view line);

// Sets the reasons above on kept lines of `lines`.
void MarkInlineFurniture(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
