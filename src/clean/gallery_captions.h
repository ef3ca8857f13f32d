// GalleryCaptions: an article's photo gallery printed below its body, each
// picture over its caption ("[gallery-2.jpg]" over "水吧師傅示範撞茶，一撞就是
// 四十年。"), known by shape and place whatever the site's words, in both
// scripts: three pictures or more in a run, each right over one caption
// line that is a sentence (a sentence end, some Han, no link bar), the run
// starting a little below the kept text (at most kMaxGalleryGap lines, none
// of them kept). The captions come back, once each (one the page printed
// again is left out); the pictures, the gallery's counter and buttons
// stay dropped. Thumbnails of other articles (a headline under each, no
// sentence) are no gallery. Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Keeps the captions above (clearing their reason) and gives back their
// indexes.
std::vector<size_t> KeepGalleryCaptions(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
