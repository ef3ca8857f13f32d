// MessageHeads: the header a hotline's or a mailbox's message page prints
// over a citizen's message, once the main text is found
// (clean/main_text_finder.h), in both scripts: a run of three or more
// labelled fields, one a line, two of them or more naming the message by
// its number, time, addressee, kind or state ("留言编号：HZ…", "來信日期：
// 115-11-02", "陳情類別：交通", "辦理狀態：已結案"; a service guide's "办理时间"
// names none; nor does a case's number, "案件編號", which a court's or an
// agency's case record prints too), goes with the other rows of the run ("所属领域：…",
// "瀏覽次數：…") but the subject ("來信主旨：…", the message's title). The
// labels over the message and the reply ("留言内容", "回覆內容") stay: the
// folds label them as the page's headings. The paragraphs of the message
// and the reply have no such shape and stay; a record's fields that name
// no message (a licence's, a tender's) are left alone. Pure functions,
// thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kMessageHead[] = "message header";

// "留言编号：…", "來信日期：…": a labelled field naming the message.
bool IsMessageField(const std::u32string& core);

// Sets kMessageHead on such header rows of `lines` (kept ones only).
void MarkMessageHeads(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
