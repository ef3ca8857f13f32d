// TableLinkCells: the link labels a table prints after each row's data
// ("宁德时代   8.74%   -1.23%   变动详情 股吧 行情", "某某债   3.2%   详情 公告
// 讨论"), known by their repetition whatever the site's words, in both
// scripts. Where three kept rows or more of spaced cells stand together
// and each ends in the same last cell, of two short words or more and no
// digit, that cell is the site's links, not data: it is cut off every row,
// and off the table's header right above them where the header has as
// many cells ("股票名称   持仓占比   涨跌幅   相关资讯"). A last cell with a
// number, a single word ("正常", "详情") or one that differs from row to
// row is data and stays. Pure function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Cuts the repeated trailing link cells off the kept table rows of `lines`
// (their `raw` and `core` shortened; nothing is dropped).
void CutRepeatedLinkCells(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
