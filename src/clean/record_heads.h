// RecordHeads: the head of a record page (a product, a car model, a job
// posting, a listing) above the part of it the main text holds, known by
// its price line whatever the site's words, in both scripts. A record
// prints its item's name, then its price or pay on a line of its own
// ("$459 - $899", "20-35K·15薪", "厂商指导价：18.98万    经销商报价：17.28万起",
// "售價 NT$1,280"), then a short summary row ("杭州 3-5年 本科"); the
// main-text finder, seeing short lines, left them out. The page's first
// such price line left out, with kept lines a little below it, stays,
// with the item's name over it (the nearest line above, past counters,
// buttons and pictures, that reads as a name: no link, no bar, four Han
// characters or more; where there is none and none kept, the price only
// right above the kept lines) and a summary row of short cells with a
// number right under it; a second price
// (the crossed-out original) stays dropped. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "$459 - $899", "20-35K·15薪", "厂商指导价：18.98万", "售價 NT$1,280",
// "￥1299.00 起": a line made of prices (a number with a currency or a pay
// unit), their labels and range marks, nothing else.
bool IsPriceOnlyLine(const std::u32string& core);

// Gives back the record's head (see above).
// Returns the lines it gave back.
std::vector<size_t> KeepRecordHead(std::vector<PageLine>& lines);

// Below the kept lines, a list of sellers (dealers, shops) each printed as
// a name line over a price line ("北京博盛汽车销售服务有限公司 4S店" over
// "报价：17.58万 ↓1.40万", a labelled offer: other listings' bare prices,
// "18-28K", are none), with field lines between ("主营品牌：…") and
// buttons, phones and addresses after: where two or more such units stand
// together, their names and prices come back, with a short heading over
// the first ("本地经销商报价"). Returns the lines it gave back.
std::vector<size_t> KeepSellerList(std::vector<PageLine>& lines);

inline constexpr char kRecordTemplateLabel[] = "record template label";

// "商品描述", "內容描述", "职位描述", "公司介绍": the label a record page's
// template prints over a field's block (the item described, a product, an
// object, a job, a listing, and 描述; or the company's introduction on a
// job posting), alone on its line:
// sets kRecordTemplateLabel on such kept lines with kept text under them.
void MarkRecordTemplateLabels(std::vector<PageLine>& lines);

inline constexpr char kRecordSiteField[] = "record's site field";

// At the end of a record's table of fields (four "label  value" rows or
// more together), the rows that are the site's, not the item's: its
// licence, source and update stamp ("授權方式  創用CC …", "資料來源  …",
// "最後更新  2026-10-21"), and the citation box under the table ("引用本頁"
// over "王小明（2026）。…。取自 https://…"): sets kRecordSiteField on them.
// An update date alone (no source nor counter row in the table) is the
// listing's own date and stays. In a record's head of "label：value" fields
// (two or more together), the database's classification path ("法規類別：
// 行政 > 國家發展委員會 > 檔案管理目") and its link to a site ("相關網站：…")
// are the database's too.
void MarkRecordSiteFields(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
