// RecordClosings: the parts of a formal record that stand outside its
// prose, found on a web page around the article's body and kept, in both
// scripts:
//   - an official notice's information-box fields above its headline
//     (issuer, date written, number); its closing below the body is
//     clean/notice_closings.h;
//   - a meeting record's head: its field lines ("時間：…", "地點：…",
//     "主席：…", "紀錄：…", "出席：…", "列席：…", numbered or not: "一、開會
//     時間：…", at least three, one of them the time or the place), every
//     line left kept from the first field down to the body (the lists under
//     "出席人員：", the agenda's "報告事項：", "第一案") and, a few lines above
//     them, the heading that names the record ("…委員會審查會議紀錄",
//     "…会议纪要") with the page's date line under it;
//   - the adjournment line below the minutes ("伍、散會（上午11時45分）",
//     "散会") and an agenda's last items there ("八、臨時動議：無。");
//   - a newspaper article's print-edition line ("《人民日报》（2024年03月12日
//     05版）", "《聯合報》 2024-03-12 A4版"), and a commentary's author
//     note in brackets ("（作者为…副教授）", "（作者係本報評論員）");
//   - a press release's closing dateline: the date alone, with its weekday
//     ("2024年5月17日（星期五）"), and the time line under it ("香港時間18時05分",
//     "北京时间 18:05"), below the end mark;
//   - a judgment's closing: its short last sentences ("本判决为终审判决。")
//     above the signature block of judicial roles and names ("审 判 长 王 某",
//     "書記官 李某", "法官助理 周某") with the date in Han numerals
//     ("二〇二三年七月二十日", "中華民國113年5月6日").
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "（作者为中国人民大学副教授）": a commentary's author note, the whole line
// in brackets.
bool IsAuthorNoteLine(const std::u32string& core);

// "時間：中華民國113年5月6日", "主席：陳志明": a meeting record's field.
bool IsMeetingField(const std::u32string& core);

// "审 判 长 王 某", "書記官 李某": a judicial role and a name.
bool IsJudicialSignature(const std::u32string& core);

// "二〇二三年七月二十日", "中華民國113年5月6日": a date a judgment is signed
// with (Han numerals or digits, an ROC era allowed), nothing else.
bool IsSignatureDate(const std::u32string& core);

// "发布机构： 南京市科学技术局", "成文日期： 2024-04-03", "文 号： 宁科〔2024〕56号":
// a field of a government site's information box that says who issued a
// document, when, under which number, or a statute's (制定机关, 施行日期,
// 修正日期 …): kept as its byline and date above or below the headline;
// never its title.
bool IsDocumentField(const std::u32string& core);

// "職　　稱：專員", "答覆官員：房屋局局長", "制片国家/地区: 中国大陆", "IMDb:
// tt0000001": a labelled field of a record (a label of two to eight Han
// characters, spaces aside, or two such labels parted by a slash, then a
// value that ends no sentence), or a code's field (clean/listing_fields.h). Between a headline and the body, two or
// more on consecutive lines are the record's fields, kept as its head.
bool IsLabelledField(const std::u32string& core);

// Above the headline at `headline`, a box of the document's fields
// (索引号, 发布机构, 成文日期, 文号 …): adds to `kept` those that say who
// issued the document, when and its number (IsDocumentField), when the box has at least three fields.
void KeepDocumentFieldsAbove(const std::vector<PageLine>& lines, size_t headline, std::vector<size_t>& kept);

// Adds to `kept` the meeting record's head around the body's first line
// `body_begin`.
void KeepMeetingHead(const std::vector<PageLine>& lines, size_t body_begin, std::vector<size_t>& kept);

// Adds to `kept` the record's closing lines below the body's end `body_end`
// (adjournment, print edition, dateline, judgment closing).
void KeepRecordClosing(const std::vector<PageLine>& lines, size_t body_end, std::vector<size_t>& kept);

}  // namespace wenyuan::clean
