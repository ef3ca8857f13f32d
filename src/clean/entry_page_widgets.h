// EntryPageWidgets: single lines of the chrome that encyclopedia, review
// and record pages print around an entry, judged on their own (called by
// clean/media_widgets.h, whose reasons these are): a rating widget's
// counter and stars ("1,204人评价", "评价: ☆☆☆☆☆"), a row of an entry's
// action buttons (播报 编辑 讨论, 想看 看过), a picture gallery's link, a
// page's update stamp with its counter or a wiki page's revision stamp, and
// a wiki's page tabs, tagline, hatnote and language switcher. Pure
// functions, thread-safe.
#pragma once

#include <string>

#include "clean/page_line.h"

namespace wenyuan::clean {

// The widget `core` (a line without bullets and placeholders; `s` the same
// in UTF-8) is, or "".
std::string EntryPageWidgetReason(const std::u32string& core, const std::string& s);

}  // namespace wenyuan::clean
