// NoticeClosings: an official notice's or a reply's end below its body,
// found on a web page and kept with it, in both scripts: a report's
// keywords field, a reply's closing wish and reply fields, the sentence
// that says from when it takes effect ("本公告自发布之日起施行。"), the notice's
// contact lines (联系人, 联系电话, 电子邮箱 …, or numbered items of its last
// section: "（一）承辦單位：…", "（三）電話：…"; where the body ends with one
// or its attachments or signer follow, past the page's download list of
// attachments, which stays dropped), the attachments it names, a
// letter's distribution fields (正本, 副本), then its sign-off ("課務組
// 敬啟"), the signer's title and name ("院長　程文遠", with the date under
// it) or the issuing body's name over the date it was signed (in digits or
// in words: "二零二六年十二月二日"), or the date and the signer set apart on one
// line, and the disclosure note and the 抄送 line under that ("（此件主动公开）",
// "抄送：…"). Part of the main-text
// finder's closings (clean/record_closings.h). Pure functions, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "本公告自发布之日起施行。", "本辦法自中華民國一一六年一月一日施行。",
// "本通知自2027年1月1日起执行。", "本简章如与上级政策不符，以上级政策为准。",
// "本办法由市交通局负责解释。", "特此公告。": the sentence that closes a
// notice's body by saying from when it takes effect, which rules prevail
// where they differ, or who interprets it, or its closing formula (特此
// and the notice's verb); a short sentence on a line of its own.
bool IsClosingClauseLine(const std::u32string& core);

// Adds to `kept` the notice's end below the body's end `body_end`.
void KeepNoticeClosing(const std::vector<PageLine>& lines, size_t body_end, std::vector<size_t>& kept);

}  // namespace wenyuan::clean
