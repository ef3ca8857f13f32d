// AuthorCards: the author's card a blog or column platform prints between
// an article's headline and its byline (少数派, 简书, Medium, 知乎专栏): the
// avatar, the author's name and a one-line bio, closed by a follow button
// with a follower count ("(BUTTON) 关注   粉丝 1.2k", "追蹤", "Follow").
// The name and bio are the platform's profile, not the article's words,
// and go; the byline row under the card ("林涛 · 2026年11月28日") stays the
// head's. Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kAuthorCard[] = "author card";

// Sets kAuthorCard on the lines between an avatar's placeholder (an image
// placeholder alone on its line, or its alt text: "[头像]", "[avatar]") and
// a follow button at most four lines under it (lines already dropped are
// left): a social post's account name and verification line go so too.
void MarkAuthorCards(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
