// A record page's title at the margin that a menu or tab rule took, on
// lines written for these tests: a port's daily cargo report
// (Traditional) and a library's opening hours (Simplified).
#include "clean/margin_headline.h"

#include <gtest/gtest.h>

#include <vector>

namespace wenyuan::clean {
namespace {

std::vector<PageLine> Lines(std::initializer_list<const char*> raws) {
  std::vector<PageLine> lines;
  for (const char* raw : raws) lines.push_back(MakePageLine(raw));
  return lines;
}

TEST(MarginHeadline, TitleTakenForTheMenusCurrentItemAboveAForm) {
  auto lines = Lines({"   首頁 > 港務統計 > 每日貨櫃裝卸量", "", "每日貨櫃裝卸量", "", "   查詢日期： [115/12/05]",
                      "   (BUTTON) 查詢", "", "   資料日期：115/12/05", "", "   本日各碼頭作業正常，無延誤船班。"});
  lines[0].reason = "breadcrumb";
  lines[2].reason = "current tab label";
  lines[4].reason = lines[5].reason = "button or form field";
  EXPECT_EQ(MarginHeadlineAbove(lines, 9), 2u);
}

TEST(MarginHeadline, NoneOverABreadcrumbOrPastTheSitesOwnHeading) {
  // The breadcrumb ends the head: the title above it is the site's.
  auto crumb = Lines({"北辰图书馆", "   首页 > 开放时间", "   周一至周五 08:30-21:00"});
  crumb[0].reason = "menu or link list";
  crumb[1].reason = "breadcrumb";
  EXPECT_FALSE(MarginHeadlineAbove(crumb, 2).has_value());
  // A heading at the margin that no rule took is read already: none.
  auto read = Lines({"开放时间", "   馆内服务", "各馆区开放时间", "   周一至周五 08:30-21:00"});
  read[0].reason = "menu or link list";
  EXPECT_FALSE(MarginHeadlineAbove(read, 3).has_value());
  // Indented lines, list items and sentences are no headings.
  auto indented = Lines({"   开放时间", "* 馆内服务", "本馆周一闭馆。", "   周一至周五 08:30-21:00"});
  for (auto& l : indented) l.reason = "menu or link list";
  EXPECT_FALSE(MarginHeadlineAbove(indented, 3).has_value());
}

}  // namespace
}  // namespace wenyuan::clean
