// ForumQuotes: a reply's quotation of an earlier post, in both scripts: the
// line that opens a quoted excerpt ("Wes.Lin wrote:", "小明 寫道：", a BBS's
// "【 在 某人 的大作中提到: 】"), a line quoted mail-style (": …"), the end
// of one the quoter cut short ("…(恕刪)"), a quoted post cut short under
// its header ("家用的话没必要全固态。……"), and a quotation on one line of
// its own, the quoted poster and words after 引用 ("引用 青石板路：“回县城不错”",
// "引用 阿明：「早就該修了」", "引用 老王 的發言："), and the line that names the
// post a reply answers ("Reply to Post by 阿明 (2026-12-04 21:40)",
// "回复 #3 老周 的帖子"). Only for a forum thread's
// lines (the caller decides). Pure functions, thread-safe.
#pragma once

#include <string>

namespace wenyuan::clean {

// "Wes.Lin wrote:", "小明 寫道：", "某某 的帖子：", "【 在 某人 (昵称) 的大作中提到:
// 】" (a BBS's header, in brackets): opens a quoted excerpt.
bool IsQuoteHeader(const std::u32string& core);

// ": 去年开始骑车上班……", "> 我也这么觉得": a line of an earlier post
// quoted mail-style, behind a colon or an angle bracket and a space.
bool IsMailQuoteLine(const std::u32string& core);

// "…(恕刪)", "（恕删）": the end of a quoted excerpt, cut short.
bool IsQuoteEnd(const std::u32string& core);

// "家用的话没必要全固态。……": a line cut short with an ellipsis.
bool IsCutQuote(const std::u32string& core);

// "引用 青石板路：“回县城是一个不错的选择”", "引用 阿明：": a quotation
// of an earlier post on one line, its poster (a short name) after 引用 or
// 引述 and a colon, then nothing or the quoted words, closed by their
// quotation mark.
bool IsQuotationLine(const std::u32string& core);

// "3楼: Originally posted by bio_lab at 2026-11-30 22:05:17", "原帖由 阿明 於
// 2026-12-04 21:40 發表": who wrote the quoted post and when, on a line of
// its own (a floor before it allowed), no sentence. The line alone: the
// quoted words under it may run on into the reply's own.
bool IsQuoteAttribution(const std::u32string& core);

// "Reply to Reply Post by 夜雨听风 (2026-12-04 21:40)", "回复 #3 老周 的帖子",
// "回覆 5樓 阿明 (2026/12/04 21:40)": the line over a reply that names the
// post it answers, its poster and the floor or the time, and nothing
// more.
bool IsReplyReference(const std::u32string& core);

}  // namespace wenyuan::clean
