// ArticleChrome: lines a news or feature site prints in an article's head
// and around its pictures that say nothing of the article, recognised by
// their shape in both scripts:
//   - a reading-time line ("閱讀時間 14 分鐘", "预计阅读 6 分钟", "約8分鐘讀完");
//   - an editor's or a proof-reader's credit ("責任編輯 林小美", "责编 王强",
//     "校对：刘威"); a writer's byline ("文字 林佳穎｜攝影 陳曉威") is not one,
//     nor a translation's reviewer beside its translator ("审校：汪皓");
//   - a picture's placeholder named by its file ("[image] IMG_2041.jpg") or
//     by a word for a picture ("[image] 封面图", "[圖片] 題圖");
//   - a cover picture's credit ("封面来源｜视觉中国", "題圖來源：受訪者提供");
//   - a lone follow button ("关注", "+ 追蹤");
//   - source and reporter credits under the body ("来源：某某客户端",
//     "记者：王小明") that repeat the byline at the article's head.
// Run on the lines the main-text finder kept, so that they do not move the
// article's head or end. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kArticleChrome[] = "article chrome";
inline constexpr char kRepeatedCredit[] = "byline repeated under the article";

// True when `core` (one line, without its picture placeholder; `placeholder`:
// it had one) is such chrome.
bool IsArticleChrome(const std::u32string& core, bool placeholder);

// Sets kArticleChrome on every kept line that is such chrome, and
// kRepeatedCredit on credits under the body that repeat the byline.
void MarkArticleChrome(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
