// OneLineReviews: users' reviews or comments printed one a line, each its
// writer's name (maybe masked: "王**"), the date and the remark ("王**
// 2026-11-28 态度很好，讲解耐心。", "Kelvin_Ho 2026-08-30 請問面試會唔會考小組
// 討論？"), under the users' rating or a count ("患者评价（共326条） 好评率
// 98.6%", "家長評分 ★★★★☆ 4.2（88 個評分）", "網友留言（23）"), on a record or
// an article page: two such lines or more in a run (blank lines between
// allowed) and up to two short lines right above the run that give a count
// in brackets, stars, a percentage or a score go as users' reviews
// (kUserReview, clean/user_reviews.h). A remark is a sentence (its own
// punctuation); a dated list of events ("2026-11-28 公告…", date first), a
// list of officers and dates with no sentence ("張三 2026-11-28 就任"), a
// lone comment line and a thread's posts (the caller passes thread_page)
// stay. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "王** 2026-11-28 态度很好，讲解耐心。": a name, a date, a remark.
bool IsOneLineReview(const std::u32string& core);

// Marks the runs above; `thread_page`: the page is a forum thread (nothing
// is marked then).
void MarkOneLineReviews(std::vector<PageLine>& lines, bool thread_page);

}  // namespace wenyuan::clean
