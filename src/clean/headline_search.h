// HeadlineSearch: the tests the main-text finder (clean/main_text_finder.h)
// runs on the lines above the body to place the article's headline.
//
// FindHeadline promises: among the lines above the body, up to the site's
// menus (three menu lines or five list items in a row end the search, a
// line that ends a head at once too), the one that reads like a headline
// and shares most of its words with the body; on a near tie the farther
// one (a dek stands between a headline and its body). A line right over
// the article's date line or tool row needs fewer shared words; a tab row
// or crumb ("… | …", "… > …") and a bulleted line are never one.
// A lead picture's caption (IsCaptionUnderPicture) between the head and the
// body does not end the search.
// StartsWithHeadline promises: the body's first line reads like a headline
// and shares its words with the text below it.
// Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "clean/page_line.h"
#include "clean/prose_span.h"

namespace wenyuan::clean {

inline constexpr double kHeadlineShare = 0.34;  // of a headline's words that the body has
inline constexpr size_t kDekSharedWords = 3;    // a dek or subtitle shares at least this many
inline constexpr double kAboveDekShare = 0.2;   // a headline over its dek

// The headline's index above `body`, if any; `body_features` holds the
// body's words (clean/article_lines.h, WordFeatures).
std::optional<size_t> FindHeadline(const std::vector<PageLine>& lines, const ProseSpan& body,
                                   const std::unordered_set<std::u32string>& body_features);

// Where the line at `found` is a bare kind of document ("調查報告",
// "政府工作报告", a PDF cover's line or its running header "監察院調查報告"),
// the page's fuller title above it that ends in the same four words or more
// ("…困難案調查報告"), past the page's boxes and download lists; else
// `found`.
size_t FullerTitleAbove(const std::vector<PageLine>& lines, size_t found);

// A lead picture's caption: a long unpunctuated line (taken for link
// labels run together) right under a picture shown by its name alone
// ("[20261204_01.jpg]" over "局方人員向居民介紹新設巴士站的候車設施").
bool IsCaptionUnderPicture(const std::vector<PageLine>& lines, size_t i);

// The body's first non-blank line is its headline.
bool StartsWithHeadline(const std::vector<PageLine>& lines, const ProseSpan& body);

}  // namespace wenyuan::clean
