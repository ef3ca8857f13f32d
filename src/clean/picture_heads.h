// PictureHeads: an article's headline printed over its lead picture, in
// both scripts. A feature prints its headline (at the left margin, where a
// dump prints headings), then the lead picture and its caption, then the
// bylines and the date; the main-text finder, starting the article at the
// bylines, left out the headline and the caption above the picture's
// placeholder. Where the kept text has a byline or date line among its
// first three lines and,
// going up past blank lines, stand the caption (one to three lines with
// Han text, no link), the picture's placeholder and a headline-shaped
// line at the margin, the headline and the caption stay. Pure functions,
// thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Gives back the headline and caption (see above). Returns the lines it
// gave back that start a paragraph (the headline, the caption's first).
std::vector<size_t> KeepHeadlineOverPicture(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
