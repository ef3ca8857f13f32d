// MarginHeadline: a record page's title where the main-text finder
// (clean/main_text_finder.h) found no headline that shares the body's
// words. A text dump prints a page's headings at the left margin and
// everything else indented (where the body is not indented, the margin
// marks nothing); a record page (a price list, a course, a store's item)
// puts its title over fields, forms and counters, not over prose, and a
// menu run or a tab rule may have taken it ("蔬菜產品日交易行情" repeating
// the menu's current item). The nearest line above the body set at the
// margin (four characters to forty, no sentence end, no bar, no colon at
// its end, not a list item nor a link back, "回到首頁"; kept so far or
// taken by the menu or tab rules) is then the headline, unless a
// breadcrumb, a copyright line or a list of headlines stands between. The
// finder keeps it beside the short lines right above the body. Pure
// function, thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The heading at the margin above the body that starts at `body`, if any.
std::optional<size_t> MarginHeadlineAbove(const std::vector<PageLine>& lines, size_t body);

// Where that heading carries a date (a schedule's "澳視澳門 2026年1月20日
// （星期二）", the day of a record), the page's title is the next heading
// at the margin above it, two characters or more ("節目表", repeating the
// menu's current item), past the day and channel tabs: its index, if any.
std::optional<size_t> MarginTitleOverDatedHeading(const std::vector<PageLine>& lines, size_t heading);

}  // namespace wenyuan::clean
