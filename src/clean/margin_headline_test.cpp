// A record page's title at the margin that a menu or tab rule took, on
// lines written for these tests: a port's daily cargo report
// (Traditional) and a library's opening hours (Simplified).
#include "clean/margin_headline.h"

#include <gtest/gtest.h>

#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace {

TEST(MarginHeadline, TitleTakenForTheMenusCurrentItemAboveAForm) {
  auto lines =
      PageLinesOf({"   首頁 > 港務統計 > 每日貨櫃裝卸量", "", "每日貨櫃裝卸量", "", "   查詢日期： [115/12/05]",
                   "   (BUTTON) 查詢", "", "   資料日期：115/12/05", "", "   本日各碼頭作業正常，無延誤船班。"});
  lines[0].reason = "breadcrumb";
  lines[2].reason = "current tab label";
  lines[4].reason = lines[5].reason = "button or form field";
  EXPECT_EQ(MarginHeadlineAbove(lines, 9), 2u);
}

TEST(MarginHeadline, TitleOverADatedHeadingPastTheTabs) {
  // A cinema's day (Traditional): the page's title, the hall tabs, the
  // day's heading with its date, the showings.
  auto lines = PageLinesOf({"   首頁 > 場次查詢", "", "場次表", "", "     * 一廳", "     * 二廳", "",
                            "北辰影城 2026年3月3日（星期二）", "", "   10:30   長河"});
  EXPECT_EQ(MarginTitleOverDatedHeading(lines, 7), std::optional<size_t>(2));
  // A heading with no date has no title over it; nor past a breadcrumb.
  EXPECT_FALSE(MarginTitleOverDatedHeading(lines, 2).has_value());
  auto crumb = PageLinesOf({"場次表", "   首頁 > 場次查詢", "北辰影城 2026年3月3日（星期二）", "   10:30   長河"});
  crumb[1].reason = "breadcrumb";
  EXPECT_FALSE(MarginTitleOverDatedHeading(crumb, 2).has_value());
}

TEST(MarginHeadline, NoneOverABreadcrumbNorIndentedLines) {
  // The breadcrumb ends the head: the title above it is the site's.
  auto crumb = PageLinesOf({"北辰图书馆", "   首页 > 开放时间", "   周一至周五 08:30-21:00"});
  crumb[0].reason = "menu or link list";
  crumb[1].reason = "breadcrumb";
  EXPECT_FALSE(MarginHeadlineAbove(crumb, 2).has_value());
  // The nearest heading at the margin, kept so far or taken by a menu.
  auto nearest = PageLinesOf({"开放时间", "   馆内服务", "各馆区开放时间", "   周一至周五 08:30-21:00"});
  nearest[0].reason = "menu or link list";
  EXPECT_EQ(MarginHeadlineAbove(nearest, 3), 2u);
  // Indented lines, list items and sentences are no headings.
  auto indented = PageLinesOf({"   开放时间", "* 馆内服务", "本馆周一闭馆。", "   周一至周五 08:30-21:00"});
  for (auto& l : indented) l.reason = "menu or link list";
  EXPECT_FALSE(MarginHeadlineAbove(indented, 3).has_value());
}

// An online course's page (Simplified): its school and name over badges,
// dates and a tab row, then the course's text. The tab row shares the
// text's words but is no headline; the course's name at the margin is.
const char kCoursePage[] =
    "   课程 | 学校 | 下载APP | 登录\n\n"
    "     * 计算机\n     * 外语\n     * 理学\n     * 工学\n\n"
    "   课程 > 理学 > 天文\n\n"
    "   北辰师范大学\n\n"
    "星空观测入门\n\n"
    "   精品课程\n   第2次开课\n"
    "   开课时间：2027年03月01日 ~ 2027年06月30日\n"
    "   学时安排：2小时每周\n"
    "   (BUTTON) 立即参加\n\n"
    "   课程详情 | 课程评价(57)\n\n"
    "   课程概述\n\n"
    "   本课程介绍星空观测的基础知识，包括星座识别、望远镜的选择与使用、月面和行星的观测方法，"
    "并带领学员在课程观测中完成一份星空观测记录。课程适合对天文有兴趣的中学生、大学生和社会学员。\n\n"
    "   相关课程推荐\n     * 天文学导论 - 某大学 1.2万人参加\n     * 宇宙简史 - 某学院 8千人参加\n";

TEST(MarginHeadline, CourseNameOverItsTabsIsTheHeadline) {
  const CleanedDocument c = CleanDocument(kCoursePage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "星空观测入门")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "开课时间：2027年03月01日 ~ 2027年06月30日")) << c.text;
  EXPECT_TRUE(Contains(c.text, "本课程介绍星空观测的基础知识")) << c.text;
  EXPECT_FALSE(Contains(c.text, "宇宙简史")) << c.text;
  EXPECT_FALSE(Contains(c.text, "下载APP")) << c.text;
}

// A port's daily report (Traditional): its title repeats the menu's
// current item, a query form stands between it and the table, and the
// form's heading is no line of the record.
const char kCargoPage[] =
    "     * 首頁\n     * 港務統計\n          + 每日貨櫃裝卸量\n          + 每月進出港船舶\n\n"
    "   首頁 > 港務統計 > 每日貨櫃裝卸量\n\n"
    "每日貨櫃裝卸量\n\n"
    "   查詢條件\n"
    "   查詢日期： 116/01/08____ (BUTTON) 選擇日期\n"
    "   (BUTTON) 查詢 (BUTTON) 清除\n\n"
    "   資料日期：116/01/08　港口：北辰港\n\n"
    "   碼頭        進口櫃    出口櫃    轉口櫃    合計\n"
    "   東碼頭       1,204       986       312     2,502\n"
    "   西碼頭         875       903       158     1,936\n"
    "   南碼頭       1,530     1,122       407     3,059\n"
    "   北碼頭         642       588        97     1,327\n\n"
    "   說明：本表單位為二十呎標準貨櫃（TEU），資料由各碼頭營運商於當日作業結束後傳送，僅供參考，"
    "正式統計以每月公布之港務統計月報為準。\n\n"
    "   相關連結\n     * 港務統計月報\n     * 船舶動態查詢\n";

TEST(MarginHeadline, ReportTitleOverItsFormAndTable) {
  const CleanedDocument c = CleanDocument(kCargoPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "每日貨櫃裝卸量")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "東碼頭       1,204       986       312     2,502")) << c.text;
  EXPECT_TRUE(Contains(c.text, "本表單位為二十呎標準貨櫃")) << c.text;
  EXPECT_FALSE(HasLine(c.text, "查詢條件")) << c.text;
  EXPECT_FALSE(Contains(c.text, "船舶動態查詢")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
