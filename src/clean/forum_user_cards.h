// ForumUserCards: the furniture a forum thread prints around each floor that
// ForumRules' header and card tests do not name, in both scripts:
//   - the poster's card: a level or rank line ("LV. 23  職業：劍士", "Lv.5",
//     "等級：12", "级别: 学徒", "身份: 用户"),
//     a row of vote counters ("GP 52  BP -", "推 12  噓 0", "顶 3 踩 0",
//     "[thumb-up] 187  [thumb-down] 3"), the
//     floor's time with its action words ("2026-12-02 21:47:10  編輯"), and
//     the name line "暱稱 (handle)" standing right above such a line;
//   - a signature block: the lines under a "簽名檔" / "签名档" marker up to the
//     floor's separator or the next floor;
//   - the board's closing under the last floor: a board notice ("板務公告：",
//     "版规：") and a list of the board's other threads under a heading
//     ("其他討論串", "相关主题") with its items.
// Only on a page ForumRules found to be a thread (at least two floors
// marked). Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "LV. 23  職業：劍士", "Lv.5", "等級：12", "级别: 学徒", "頭銜：版主", "身份:
// 用户": a poster's level, rank or standing line.
bool IsForumLevelLine(const std::u32string& core);
// "GP 52  BP -", "推 12  噓 0", "讚 8  回覆 2", "[thumb-up] 187  [thumb-down]
// 3": two or more short labels (or a button's picture) each with a count
// (or "-").
bool IsVoteCounterRow(std::string_view raw);

// Sets kForumFurniture on the lines above (lines already dropped are left as
// they are).
void MarkForumUserCards(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
