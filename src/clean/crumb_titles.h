// CrumbTitles: a record's title that the page's breadcrumb names, where the
// main-text finder found no headline ("首頁 › 中學 › 沙田區 › 聖約翰書院"
// and, further down, "聖約翰書院" over its Latin name, its buttons and its
// date line), in both scripts. The line left outside the main text whose
// text is the breadcrumb's last item, standing right over the page's first
// kept line (only dropped widgets and a line of Latin words between, no
// blank line), is the record's title and comes back; a section's label set
// apart by a blank line ("糾正案文" over the record's fields) and one that
// another rule dropped for what it is stay out. A title's first line right
// over the kept second line that holds the crumb's last item, made of the
// crumb's other items run together in any order ("115年縣市議員選舉" over
// "花蓮縣第03選舉區　候選人得票數" under "… > 縣市議員選舉 > 115年 > 花蓮縣 >
// 第03選舉區"), comes back though a menu rule took it. Pure, thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Clears "outside the main text" on such a title; returns it, if any.
std::optional<size_t> KeepTitleNamedByCrumb(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
