// VideoPages: the furniture a video site prints around a video's title and
// description, recognised by its shape, in both scripts:
//   - a ranking badge ("全站排行榜最高第37名", "熱門排行第 5 名");
//   - a row of labelled counts ("[点赞] 8421  [投币] 3056  [收藏] 5917");
//   - a channel's follower count ("8.2萬 位訂閱者", "粉丝 21.3万");
//   - the uploader's card: the lines between the uploader's avatar and the
//     follow button with its follower count ("(BUTTON) + 关注 21.3万",
//     "訂閱 1.2萬"), none of them a sentence;
//   - an expand or collapse button ("展开更多", "展開全文", "收起", "顯示較少");
//   - how many watch now ("36 人正在看，已装填 42 条弹幕", "1,204 人正在觀看")
//     and the autoplay switch ("接下来播放 自动连播", "自動播放");
//   - on a page with such furniture, the description's label ("简介",
//     "影片簡介") and its category crumb ("知识 > 科学科普");
//   - a row of tags: five or more short words and nothing else
//     ("科普  知识  工程  三峡  船闸");
//   - a chapter list: two or more items opening with a time stamp
//     ("00:00 开场", "1:02:33 結尾"), with the short heading above them
//     ("分段章节", "章節"); chapters right under a sentence of the
//     description that ends in a colon ("…最常见的5个误区：") are its own
//     list and stay;
//   - recommended videos: list items ending in a play count ("45.2万播放",
//     "12萬次觀看", "3,201 views"), the upload's age or the danmaku count
//     after it allowed ("35萬次觀看  1年前", "3.2万 播放 · 58 弹幕");
//   - the uploader's card, its avatar alone or with the name beside it.
// And the video's own title, tagged with its medium ("[视频]…", "【影音】…")
// over its source and date row, found above the description even when the
// programme's list of items stands between.
// Only for web pages (the caller decides). Pure functions, thread-safe.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kVideoPageFurniture[] = "video page furniture";
inline constexpr char kVideoChapterList[] = "video chapter list";
inline constexpr char kRecommendedVideos[] = "recommended videos";

// The reason a single line is a video page's furniture, or "".
std::string VideoLineReason(const PageLine& line);

// Marks the furniture above in `lines`; lines already dropped are left as
// they are.
void MarkVideoPageFurniture(std::vector<PageLine>& lines);

// "[视频]我国首条跨海高铁桥梁全线贯通" over "来源：央视网 | 2026年12月03日
// 19:21", within two dozen lines above the body's first line `body_begin`,
// the title sharing words with the body (`body_features`): the two lines,
// or none.
std::vector<size_t> TaggedTitleAbove(const std::vector<PageLine>& lines, size_t body_begin,
                                     const std::unordered_set<std::u32string>& body_features);

}  // namespace wenyuan::clean
