// MediaWidgets: single lines of the widgets that news, video, blog, finance
// and encyclopedia sites print around an article, judged on their own
// (called by clean/line_furniture.h): a video player's furniture (loading
// and "cannot play" notices, a time display, a row of its controls),
// prompts to subscribe to a channel or follow an account, a labelled row of
// tags, categories or hot searches (or their bare label, "本文標籤："), a
// post's like counter ("本文目前禮讚：12 人"), an advertising disclosure, the label of
// an author box, a stock quote widget, a row of bracketed share or link
// labels (or a page's short label with one to three bracketed links that
// switch or export its view: "查詢結果 [列印] [匯出]"), a promotion led by
// a bracketed brand, an app's slogan or a prompt to open the app, and
// (clean/entry_page_widgets.h) the chrome of
// encyclopedia, review and record pages: rating widgets, action buttons,
// gallery links, update stamps, wiki tabs, taglines and language switchers
// (an encyclopedia's list of cited sources, over several lines:
// clean/reference_lists.h). Each
// verdict is a reason that `wenyuan clean --explain` prints. Pure
// functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The widget `core` (a line without bullets and placeholders) is, or "".
std::string MediaWidgetReason(const std::u32string& core);

// A reason MediaWidgetReason gives, except those other rules also give:
// a widget, not a line the article's head may take back.
bool IsMediaWidgetReason(const std::string& reason);

// "本文標籤：", "Tags:": a row of tags' label standing alone with its colon,
// its tags on the line under it.
bool IsBareTagLabel(const std::u32string& core);

// "台南 神農街 老屋咖啡": two or more short words parted by spaces, no
// sentence (the tags under a bare label; the caller checks the label).
bool IsTagItemRow(const std::u32string& core);

// "記者：陳大文 攝影：林小明 編輯：王美華", "红星新闻记者 王洁 编辑 邓旭 责编 魏孔明":
// a production credits block (two or more role fields, one of them an
// editor's, with colons or roles and names parted by spaces alone), not
// the article's byline.
bool IsCreditsBlockWithEditor(const std::u32string& core);

}  // namespace wenyuan::clean
