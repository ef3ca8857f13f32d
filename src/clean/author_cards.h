// AuthorCards: the author's card a blog or column platform prints between
// an article's headline and its byline (少数派, 简书, Medium, 知乎专栏): the
// avatar, the author's name and a one-line bio, closed by a follow button
// with a follower count ("(BUTTON) 关注   粉丝 1.2k", "追蹤", "Follow").
// The name and bio are the platform's profile, not the article's words,
// and go; the byline row under the card ("林涛 · 2026年11月28日") stays the
// head's, and a byline row ("… 发表于 2026-11-28") or an advert's slot
// ("[INS: :INS]") above the follow button means there is no card. And a
// blog's profile box: its counters of points, visits and followers, with
// its heading. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kAuthorCard[] = "author card";

// Sets kAuthorCard on the lines between an avatar's placeholder (an image
// placeholder alone on its line, or its alt text: "[头像]", "[avatar]") and
// a follow button at most four lines under it (lines already dropped are
// left): a social post's account name and verification line go so too.
void MarkAuthorCards(std::vector<PageLine>& lines);

// "博客积分：4862", "关注人气：2,311", "获赠金笔：0支", "荣誉徽章：": a
// user's standing as a blog or forum prints it in its profile box: a
// label of two to six Han characters naming points, visits, followers,
// posts, levels or badges, a colon, and a count with a unit of at most two
// characters, or nothing. `has_value`: whether it has a count.
bool IsProfileCounter(const std::u32string& core, bool* has_value = nullptr);

// Sets kAuthorCard on a profile box: a run of three profile counters or
// more (two with a count), one a line with no blank line between, and the
// box's heading right above it ("个人资料", "博主簡介"). Lines already
// dropped are left as they are.
void MarkProfileCounters(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
