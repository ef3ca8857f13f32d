// ForumPosts: a forum thread recognised by the shape of its repeating post
// unit, whatever the engine (Discuz, phpBB, Discourse, vBulletin, a custom
// board) and whatever its words. A thread prints each post as a card (the
// poster's name, rank, counters, join date), a stamp (floor "#2" / "2樓",
// "發表於 date"), the body, a button row (reply, quote, report, like) and
// maybe a signature. The card, stamp and buttons are short lines without
// sentence punctuation that recur once per post with one shape: digit runs,
// Latin words and Han words count alike whatever their length ("UID 3815027
// 帖子 612" and "UID 5120874  帖子 87" are one shape; "Joined: 12 Mar 2019"
// and "Joined: 3 Jan 2024" too), or with the very same text ("回覆 引用 評分
// 回報", "Reply Quote"). The bodies between them are prose.
//
// A thread is known where two such recurrences part its posts: each
// recurs three times or more with a body between two of its lines (the
// rows of a table recur side by side), one of them by its shape (menus
// recur by their text), and they stand as a post's head and foot: each
// head followed by a foot before the next head, a body between the two,
// the first head among them (an article's byline over its body has no
// foot; the readers' comments under it are no thread), with at most one
// paragraph above the first head (a sentence ended or a full line; the
// title as a question is none). A head alone will do where it is a whole
// stamp (the poster or floor with a date and its time: "alice_chen
// December 2, 2026, 9:14pm #1") with a body under each of its lines. Then,
// from the first head to the last foot (or head):
//   - each block of short unpunctuated lines holding such a recurring line
//     (up to blank lines and the bodies) is the post's furniture: the
//     poster's name over the card, the stamp beside it, the button row;
//   - a short block between a body and the next post's furniture, with no
//     body under it, is the post's signature;
//   - a body line the thread printed in an earlier post already is a
//     quotation, and the short lines right over it are its header ("引用:",
//     "原帖由 某人 於 … 發表", "alice wrote:");
//   - a line that repeats a line above it, right over the first post, is
//     the first post's title under the thread's (phpBB prints both), and a
//     title over each post that recurs by its text is a part of the posts
//     ("Re: 第一台公路車該買哪種？");
//   - a short line between blank lines with a date and its time of day is a
//     post's note ("本帖最後由 某人 於 2026-11-30 09:02 編輯", "Last edited by
//     alice on Dec 3, 2026 10:41").
// Once the main text is found, the bodies between the first and the last
// post's furniture that the main-text finder left out come back (a short
// last reply under the bodies the finder chose).
// The thread's title and the bodies stay. Only for web pages (the caller
// decides). Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "UID 3815027  帖子 612" → "a 9 H 9": a short line's shape, runs of Han
// and of digits each one symbol, a Latin word or handle ("kernel_fan",
// "lin.0815") one symbol, white space one space, other characters
// themselves.
std::u32string LineShape(const std::u32string& core);

// A line of a post's body: a sentence's punctuation (Chinese, or Latin
// after a word and before a space or the end, no abbreviation's dot:
// clean/latin_stops.h), or a long run of Han text (20 or more). The thread
// rules (clean/post_boundaries.h, clean/thread_tail.h) weigh lines by it.
bool IsPostBodyLine(const std::u32string& core);

// The lines of a thread's posts, from the first post's head to the last
// post's foot; empty where the page is no thread.
struct ThreadSpan {
  size_t first = 0, end = 0;
  bool empty() const { return first >= end; }
};

// Marks the furniture of a thread's posts (kForumFurniture, clean/
// forum_rules.h) on lines of `lines` not dropped yet. Returns the thread's
// span, empty when the page is no thread by the test above.
ThreadSpan MarkForumPosts(std::vector<PageLine>& lines);

// A poster's name printed again on a line of its own over a reply, maybe
// with a badge ("雨夜拾光", "米粉张小北 楼主" over a nested reply): the first
// word of a line of a post's furniture that goes on past it (the card's
// "雨夜拾光   Lv.7"), with a post's body under it. Run after the forum
// rules have marked the posts' furniture (kForumFurniture).
void MarkPostersNamesAgain(std::vector<PageLine>& lines);

// Once the main text is found, where nothing above the thread's first
// post header is kept: the thread's title, the first line above the
// header (past at most two lines the rules dropped, its buttons and page
// row) that the main text left out, short, no sentence, no crumb or bar,
// that shares a third of its words with the posts ("【心得】1.21 生存：…").
// Clears its reason and returns it, if any.
std::optional<size_t> KeepThreadTitle(std::vector<PageLine>& lines);

// Once the main text is found: clears "outside the main text" on the body
// lines of the thread's span.
void KeepForumPostBodies(std::vector<PageLine>& lines, ThreadSpan thread);

}  // namespace wenyuan::clean
