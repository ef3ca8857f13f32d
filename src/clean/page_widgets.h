// PageWidgets: the widgets a page sets around an article or a record, known
// by the shape of their lines, in both scripts, never by a site's words:
//   - a row of bracketed link labels ("[相關股票] 01987 匯朗物流 [即時報價]
//     [加入我的組合]"): three labels or more with little text between;
//   - a poll's question right over its radio buttons ("( ) 有幫助  ( ) …");
//   - a share row whose words are all platforms, alone or after a read
//     count ("阅读 4.6万 分享至： 微信 微博 QQ空间 复制链接");
//   - a forum's notice that a topic or post was deleted ("此主题已被删除。
//     只有拥有主题管理权限的用户可以查看。");
//   - a tab bar ("學經歷 | 研究領域 | 期刊論文 | …"): four short Han cells or
//     more between lines with no bars, not a table's cell nor over spaced
//     rows with digits; the headings below it that a tab names, dropped by
//     an older rule as a repeated tab label, are kept again.
// A table's header row with bars and a question in the body with no radio
// buttons under it stay. Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kArticleWidget[] = "widget around the article";

// Marks kArticleWidget on the widgets above, among kept lines.
void MarkArticleWidgets(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
