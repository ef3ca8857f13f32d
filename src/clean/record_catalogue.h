// RecordCatalogue: the box a site prints over a record it serves (a
// gazette record, a bulletin entry, a publication, a law, a petition case,
// a tender), its index of the record rather than the record's text, once
// the main text is found (clean/main_text_finder.h), in both scripts:
//   - a run of three to six fields, one or two a line ("label：value" or
//     one "label   value" pair: "公報卷期：…", "頁碼：213-216", "類別：公文轉知
//     點閱數：642", "GPN   1011501987", "施行狀態：現行法規"), two of its lines
//     naming where the entry is filed or how it is counted (issue, page,
//     category, catalogue number, state, views, the bulletin's 公告
//     fields, a message's own fields such as 陳情日期) and no two the
//     record's own numbers ("申請號", "證書號": a patent's data). The run
//     goes whole where it holds no title only it prints (a title field
//     repeated by the letter's 主旨 goes with it); else only its filing
//     fields go ("法規名稱：…" and "公布日期：…" stay). A disclosure box
//     (索引号) and a letter's own fields (受文者, 主旨) are other rules'
//     business;
//   - a longer run (up to sixteen lines), or one with two "label  value"
//     pairs a line, is a record's data sheet (a tender's, a project's, a
//     product's, an encyclopedia's box) and stays, unless it carries the
//     site's counters (瀏覽次數, 下载次数) with a third of its lines filing
//     fields (a report site's 系統識別號 … 頁數 … 瀏覽次數 box), or the page
//     heads it as a summary ("公告概要：") and half its values or more are
//     printed again elsewhere on the page (the notice's name, buyer, dates
//     and phone);
//   - with a box, its bare labels right above and below go ("公告信息：",
//     "陳情主旨：" over the subject, which stays; not a section's
//     "回覆內容："), and later runs of two lines or more of case fields
//     alone (處理單位, 回覆日期), not right under kept text, go too;
//   - a line of filing numbers only ("院總第887號　委員質詢第12036號") is the
//     same index of the record and goes.
// Pure functions, thread-safe.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kRecordCatalogue[] = "record catalogue";

struct RecordField {
  std::u32string label, value;
};

// The fields of a short line: its "label：value" cells (the first cell one
// of them), or one or two "label   value" pairs of cells ("行政区域    余杭区
// 公告时间    2026年12月04日"; a label too long for its column parted by one
// space, "获取招标文件时间 2026年…"); none for a line that ends a sentence.
std::vector<RecordField> LineFields(const std::u32string& core);

// True where `label` ends with one of `words`.
bool LabelEndsWithAny(std::u32string_view label, std::initializer_list<std::u32string_view> words);

// "頁碼：213-216", "分類  委託研究報告", "點閱數：642", "GPN": a field label
// naming where a record is filed or how it is counted.
bool IsFilingLabel(const std::u32string& label);

// "院總第887號　委員質詢第12036號": a gazette's filing numbers of a record,
// two cells or more, each a word and its number (第…號) and nothing else.
bool IsFilingNumbersLine(const std::u32string& core);

// Sets kRecordCatalogue on the kept lines of such boxes in `lines`.
void MarkRecordCatalogues(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
