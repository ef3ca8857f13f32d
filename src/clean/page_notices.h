// PageNotices: the standing notices a site prints under every article or
// record, known by what they say about the page itself, in both scripts,
// never by a site's words, and a tag row in an article's head:
//   - an author-view disclaimer: a sentence that opens on the article, its
//     author or the site (本文, 文章, 作者, 本站, 本網…) and says it does
//     not stand for someone's view ("本文只代表作者觀點，不代表本網立場。");
//   - a site's data notice: a sentence that opens on the site (本網站,
//     本站, 本平台, 本頁…) and points elsewhere or denies more ("…以現場看屋
//     及雙方簽訂之租約為準", "…概不負責");
//   - a licence notice: the work or the site (本作品, 本文, 除特別註明外…)
//     under a licence ("…採用《署名 4.0 國際》許可協議", "創用CC 授權條款");
//   - an anti-fraud notice: a label that names fraud (防詐提醒：, 防骗提示：)
//     or a sentence that warns of it (謹防詐騙), telling readers what not to
//     do (請勿匯款…);
//   - a contact block: a row of two contact fields or more (電話：…
//     傳真：… 電郵：…) and the bare label over it ("統計查詢："); an enquiry
//     box, a bare heading that says where to ask ("查詢", "课程咨询") over
//     two to six short lines, two contact fields among them or more
//     ("電話：…", "電郵：…", beside the office's name and its hours);
//   - a related list ("相關資料" over its items) that a rule keeping dated
//     lists between kept text took back;
// each with no body paragraph after it (a page's tail), so a report that
// quotes such words above its next paragraph stays;
//   - a tag row: three to eight short words set apart by wide spaces and
//     nothing else ("go    并发    goroutine    性能调优"), right under the
//     article's dated byline and over its first paragraph.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kSiteNotice[] = "site notice";
inline constexpr char kTagRow[] = "tag row";

// `core` is one of the standing notices above (where it stands aside).
bool IsStandingNotice(const std::u32string& core);

// `core` is a row of three to eight short words apart by wide spaces.
bool IsTagRowShape(const std::u32string& core);

// Marks the notices (kSiteNotice) and the tag row (kTagRow) among kept
// lines of `lines`.
void MarkPageNotices(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
