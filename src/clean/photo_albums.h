// PhotoAlbums: a photo album printed under an article (an agency's news
// page, an event report): pictures one after another, each with the line
// under it. The captions that say something are the article's and are
// kept ("鄉長為百歲人瑞戴上金牌", "志愿者为老人测量血压"); a caption that only
// names the file ("IMG_6251", "活動照片8", "照片 3", "DSC0042") is not. An
// album is two or more captioned pictures, found right below the body
// (the album's heading and buttons between), whose captions speak of what
// the body speaks of. Pure functions, thread-safe.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "IMG_6251", "活動照片8", "照片 3", "圖1": a caption that names its file or
// numbers the picture and says nothing else.
bool IsFileNameCaption(const std::u32string& core);

// The lines of an album's captions to keep, below the body's end `end`;
// `body` holds the body's words (clean/article_lines.h, ShareInBody).
std::vector<size_t> AlbumCaptionsBelow(const std::vector<PageLine>& lines, size_t end,
                                       const std::unordered_set<std::u32string>& body);

}  // namespace wenyuan::clean
