// ForumPostHeaders: the line over a forum post, a reply or a Q&A answer
// that says who posted it, when, from where and on which floor, in both
// scripts: "发表于 2023-4-2 21:15", "#2 2023-10-02 15:03", "3楼 2023-07-21
// 12:26", a floor with its poster and how long ago they posted ("#2
// 深水埗毒男 3小時前"), floor names (楼主, 沙发, 5#), "只看该作者", edit notes ("本帖最后由 …
// 编辑", "（已編輯）"), the device or region it came from ("来自Android客户端",
// "发自「某应用 于 iPhone 15」",
// "… · 来自手机知道", "… 来自 广东", "IP属地：北京"), a Q&A answer's header
// ("编辑于 2024-03-02 23:18・IP 属地北京", "8,631 人赞同了该回答"), a poster's
// name with the time to the second or the place it was posted from
// ("栗子不是梨  2026-11-30 21:32:45  北京"), and the time with the poster's
// standing ("2026-11-22 11:08 · TA获得超过2.1万个赞"), and a floor with the
// poster's card ("#2 B2 name (id) LV.11 冒險者 2026-12-05 21:40:55"). A reporter's byline
// with its date ("记者 孙雨桐 2026-12-03 08:12") is no post header. Also
// the headings a thread prints over groups of its replies ("全部回复",
// "热门回帖", "精彩跟帖", "這些回覆亮了"). And a header made of labelled
// fields, the poster and the time ("作者：山那边 时间：2026-11-28 21:30:45",
// "發文者：阿明  時間：2026/11/28 21:30"), which an article's byline can
// look like: the caller takes it for a header only where a page prints
// several. A reply's time as how long ago, with the device it came from and
// its thanks ("5 小时 10 分钟前 via iPhone ♥ 3"), and a post's parts behind
// dots with how long ago ("某人 · 5 小时前 · 1362 次点击", "第 1 条附言 · 3
// 小时前"; a bare "name · 3小時前" is also an article comment's header,
// and is none). Pure functions, thread-safe.
#pragma once

#include <string>

namespace wenyuan::clean {

// True when `core` (a page line without its indentation) is a post header.
bool IsForumPostHeader(const std::u32string& core);

// "全部回帖", "最新回覆", "这些回帖亮了": a short heading over a group of a
// thread's replies (a reply word with a word that sorts or picks them),
// no sentence.
bool IsReplyGroupHeading(const std::u32string& core);

// "作者：山那边 时间：2026-11-28 21:30:45", "樓主：阿明 時間：2026/11/28
// 21:30": a poster's label and name, then a time label and the date with
// its time of day, nothing else.
bool IsLabelledPosterLine(const std::u32string& core);

}  // namespace wenyuan::clean
