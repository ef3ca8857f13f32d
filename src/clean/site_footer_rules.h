// SiteFooterRules: single-line shapes of a site's furniture around an
// article that the wider rules miss: a press-contact line, a row of "back"
// links, the site's address and switchboard, advice on which browser to
// use, and a CMS editor's credit (an editor with a staff id, or an editor
// and a reviewer on one line). Both scripts. Pure functions, thread-safe.
#pragma once

#include <string>

namespace wenyuan::clean {

// The reason to drop `core` (a line without bullets, trimmed), or "" when
// none of these shapes fits.
std::string SiteFooterReason(const std::u32string& core);

// "【課務組】113學年度…說明", "【快讯】…": a headline led by one bracketed
// unit or column tag (not several bracketed headlines run together).
bool StartsWithUnitTag(const std::u32string& core);

}  // namespace wenyuan::clean
