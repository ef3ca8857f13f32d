// RecordRows: the rest of a record's fields on a record page (a house, a
// car, a product, a job, a collection item) that clean/listing_fields.h
// found by its block of "label value" fields, recognised by their shape
// whatever the site's words, in both scripts. A record prints its facts as
// rows of a few short cells with no sentence in them, most with a number or
// led by a short Han label: "总价 218万", "3室1厅 中楼层/共7层", "112.0平米
// 1998年建/板楼", "所在区域 武侯 棕北 二至三环", a table's header and rows
// ("房间 平米 朝向 窗户", "卧室A 16.2平米 南 普通窗"). Where four lines or
// more stand together (no blank line between) and three or more of them,
// two in three of all, are such rows, the block is the record's: its rows
// stay, with a short heading over it ("户型分间", and a heading over that
// heading's group: "基本信息" over "基本属性"); a line of one cell among
// the rows ("首付及税费情况请咨询经纪人", an agent's advice) stays dropped,
// and a button printed after a row's cells ("小区名称 棕北小区 (BUTTON)
// 地图") is cut off the row. Lines with links, bars or a list's bullet
// (other listings) make no row.
// Where no record block was found but the main text kept two "label value"
// rows or more together (a line another rule dropped, a stock counter,
// may stand between two), the record's rows that go on beyond them come
// back: the next lines below (a spec table's next group, under its
// heading "电池/充电"; a row "百公里耗电量(kWh/100km) 13.9" with one space),
// the rows above over blank lines and up to two lines dropped for what
// they are (the breadcrumb printed as "分類 … > …"); one of them holds a
// number. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// "3室1厅 中楼层/共7层", "所在区域 武侯 棕北 二至三环": two to six short
// cells, a number in one of them or a short Han label first, no sentence.
bool IsRecordRow(const std::u32string& core);

// On a page whose record block was kept (`record`: its fields and group
// headings, as KeepListingFields returns them; or six "label value" fields
// or more that the main text holds already), gives back the blocks above
// and a heading over the record's first group heading. Returns the lines
// that start a paragraph of their own.
std::vector<size_t> KeepRecordRows(std::vector<PageLine>& lines, const std::vector<size_t>& record);

// On any page: a table's rows each printed with a button after its cells
// ("經典雙人房 1大床 2人 含早餐 TWD 2,680 (BUTTON) 立即訂購", a room, a
// ticket, a plan to order), two or more together right under a kept line
// of three cells or more (the table's header or its row): the rows come
// back, cut before their buttons, with the header when the main-text
// finder left it out as short words. Returns the rows.
std::vector<size_t> KeepButtonedTableRows(std::vector<PageLine>& lines);

// On any page: a kept "label:   value" row whose value the page wrapped
// onto the next lines, each indented to the column where the value starts
// ("論文名稱(外文):     A Study on … at" over "                       Community
// Long-Term Care Stations: …"): those lines come back with the row.
void KeepWrappedFieldValues(std::vector<PageLine>& lines);

// On any page: a spaced "label  value" row that the footer rules took for
// the site's licence line for its word ("预售许可证  浦东新区房管（2026）预字
// 0000712号"), right under a kept spaced row of the same table: it comes
// back.
void KeepRowsTakenForFooters(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
