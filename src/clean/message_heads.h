// MessageHeads: the header a hotline's or a mailbox's message page prints
// over a citizen's message, once the main text is found
// (clean/main_text_finder.h), in both scripts: a run of three or more
// labelled fields, one a line, two of them or more naming the message by
// its number, time, addressee, kind or state ("留言编号：HZ…", "來信日期：
// 115-11-02", "陳情類別：交通", "辦理狀態：已結案"; a service guide's "办理时间"
// names none; nor does a case's number, "案件編號", which a court's or an
// agency's case record prints too), goes with the other rows of the run
// ("所属领域：…", "瀏覽次數：…") but the subject ("來信主旨：…", the message's title). The
// labels over the message and the reply ("留言内容", "回覆內容") stay: the
// folds label them as the page's headings. The paragraphs of the message
// and the reply have no such shape and stay; a record's fields that name
// no message (a licence's, a tender's) are left alone.
// One more shape of the same header: a message's and a reply's header
// rows, each line nothing but who and when ("留言人：刘**　　留言时间：…",
// "回复单位：…" over "回复时间：…"): two blocks of them or more on a page,
// each alone between blank lines, naming who and when, over kept text;
// rows right under a kept line of text close that text and stay. A
// record's catalogue box (clean/record_catalogue.h) is marked in the same
// pass, between the header rows and the runs of message fields.
// Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kMessageHead[] = "message header";

// "留言编号：…", "來信日期：…": a labelled field naming the message.
bool IsMessageField(const std::u32string& core);

// "陳情編號", "来信时间", "处理状态": a label naming the message by its
// number, time, addressee, kind or state.
bool IsMessageLabel(const std::u32string& label);

// "留言人：刘**　　留言时间：…", "回复单位：…": a row naming a message's or a
// reply's sender or time and nothing else.
bool IsMessageHeaderRow(const std::u32string& core);

// Sets kMessageHead on such header rows of `lines`, and kRecordCatalogue on
// a record's catalogue boxes (kept lines only).
void MarkMessageHeads(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
