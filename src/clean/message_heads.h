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
// no message (a licence's, a tender's) are left alone.
// Two more shapes of the same header:
//   - a message's and a reply's header rows, each line nothing but who and
//     when ("留言人：刘**　　留言时间：…", "回复单位：…" over "回复时间：…"): two
//     blocks of them or more on a page, each alone between blank lines,
//     naming who and when, over kept text; rows right under a kept line of
//     text close that text and stay;
//   - a record's catalogue box, the site's index of a gazette record, a
//     bulletin entry, a publication or a law ("公報卷期：…", "頁碼：213-216",
//     "類別：公文轉知　點閱數：642", "GPN   1011501987", "施行狀態：現行法規"): a
//     run of three to six fields, one or two a line ("label：value" or one
//     "label   value" pair), two of its lines naming where the entry is
//     filed or how it is counted (issue, page, category, catalogue number,
//     state, views, the bulletin's 公告 fields) and no two the record's own
//     numbers ("申請號", "證書號": a patent's data). The run goes whole where it holds no title only it prints (a
//     title field repeated by the letter's 主旨 goes with it); else only
//     those filing fields go ("法規名稱：…" and "公布日期：…" stay). A
//     disclosure box (索引号) and a letter's own fields (受文者, 主旨) are
//     other rules' business. A line of filing numbers only ("院總第887號
//     委員質詢第12036號") is the same index of the record and goes too.
//     A message's own fields (陳情日期, 诉求类型) count as filing fields.
//     A longer run (up to sixteen lines), or one with two "label  value"
//     pairs a line, is a record's data sheet (a tender's, a project's, a
//     product's, an encyclopedia's box) and stays, unless it carries the
//     site's counters (瀏覽次數, 下载次数) with a third of its lines filing
//     fields (a report site's 系統識別號 … 頁數 … 瀏覽次數 box), or the page
//     heads it as a summary ("公告概要：") and half its values or more are
//     printed again elsewhere on the page (the notice's name, buyer, dates
//     and phone). With a box, its bare labels right above and below go
//     ("公告信息：", "陳情主旨：" over the subject, which stays; not a
//     section's "回覆內容："), and later runs of two lines or more of case
//     fields alone (處理單位, 回覆日期), not right under kept text, go too.
// Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kMessageHead[] = "message header";
inline constexpr char kRecordCatalogue[] = "record catalogue";

// "留言编号：…", "來信日期：…": a labelled field naming the message.
bool IsMessageField(const std::u32string& core);

// "陳情編號", "来信时间", "处理状态": a label naming the message by its
// number, time, addressee, kind or state.
bool IsMessageLabel(const std::u32string& label);

// "頁碼：213-216", "分類  委託研究報告", "點閱數：642", "GPN": a field label
// naming where a record is filed or how it is counted.
bool IsFilingLabel(const std::u32string& label);

// "留言人：刘**　　留言时间：…", "回复单位：…": a row naming a message's or a
// reply's sender or time and nothing else.
bool IsMessageHeaderRow(const std::u32string& core);

// "院總第887號　委員質詢第12036號": a gazette's filing numbers of a record,
// two cells or more, each a word and its number (第…號) and nothing else.
bool IsFilingNumbersLine(const std::u32string& core);

// Sets kMessageHead on such header rows of `lines` (kept ones only).
void MarkMessageHeads(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
