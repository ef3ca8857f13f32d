// PhotoAlbums: a photo album printed under an article (an agency's news
// page, an event report): pictures one after another, each with the line
// under it. The captions that say something are the article's and are
// kept ("鄉長為百歲人瑞戴上金牌", "志愿者为老人测量血压"); a caption that only
// names the file ("IMG_6251", "活動照片8", "照片 3", "DSC0042") is not. An
// album is two or more captioned pictures, found right below the body
// (the album's heading and buttons between), whose captions speak of what
// the body speaks of. Captions numbered by their label ("圖說1：…", "图2：…",
// "照片3：…") under a row of pictures below the body are captions whatever
// they speak of, and are kept too. A bare label right under a picture
// ("（圖：寒冷天氣提示）") is not a caption. Pure functions, thread-safe.
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

// "圖說1：新式卡面樣張", "图2：施工现场": a caption opened by a numbering
// label and saying something (four Han characters or more).
bool IsNumberedCaption(const std::u32string& core);

// "（圖：寒冷天氣提示）", "產品圖片（由食物安全中心提供）", "示意圖": a line
// under a picture that only names it (a picture word and a short name, at
// most who provided it), saying nothing of what it shows.
bool IsBarePictureLabel(const std::u32string& core);

// Sets the reason "picture label" on such a line right under a picture or
// beside it on its line ("[flow.png] 办理流程图"),
// and on a picture shown by its bracketed alt text alone that is such a
// label ("[監測站分布圖]": a map, a plan, a diagram named and no more); and
// drops a gallery's heading ("相片集", "活動剪影") over two thumbnails or
// more whose captions the page printed above already, with them.
void MarkBarePictureLabels(std::vector<PageLine>& lines);

// The lines of numbered captions to keep under the pictures right below the
// body's end `end` (the pictures' heading and buttons between).
std::vector<size_t> NumberedCaptionsBelow(const std::vector<PageLine>& lines, size_t end);

}  // namespace wenyuan::clean
