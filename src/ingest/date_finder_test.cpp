#include "ingest/date_finder.h"

#include <gtest/gtest.h>

#include <string>

namespace wenyuan::ingest {
namespace {

TEST(DateFinder, RepublicOfChinaYears) {
  EXPECT_EQ(FindFirstDate("發文日期：113年5月21日"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("中華民國113年5月21日"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("民國113年5月21日公告"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("中華民國114年1月20日"), "2025-01-20");
  EXPECT_EQ(FindFirstDate("89年12月31日"), "2000-12-31");
  // With dashes or slashes only right after a date label (行政院 pages).
  EXPECT_EQ(FindFirstDate("日期：107-10-16資料來源：新聞傳播處"), "2018-10-16");
  EXPECT_EQ(FindFirstDate("發布日期 113/05/21"), "2024-05-21");
}

TEST(DateFinder, WesternForms) {
  EXPECT_EQ(FindFirstDate("2024-05-21"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("發布於 2024/5/21 上午"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("2024年5月21日"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("2024.05.21"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("2024年5月21號"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("２０２４年５月２１日"), "2024-05-21");  // full-width digits
  EXPECT_EQ(FindFirstDate("* 2023 / 08 / 24"), "2023-08-24");      // spaced separators
  EXPECT_EQ(FindFirstDate("2023 年 11 月 22 日"), "2023-11-22");
}

TEST(DateFinder, TheFirstDateWins) {
  EXPECT_EQ(FindFirstDate("公告 2024-01-09，修正 2024-05-21"), "2024-01-09");
  EXPECT_EQ(FindFirstDate("113年度預算，自113年7月1日起實施"), "2024-07-01");
}

TEST(DateFinder, ImpossibleDatesAreSkipped) {
  EXPECT_EQ(FindFirstDate("2024-13-40"), "");
  EXPECT_EQ(FindFirstDate("2024-13-40 後改為 2024-05-21"), "2024-05-21");
  EXPECT_EQ(FindFirstDate("2024-04-31"), "");
  EXPECT_EQ(FindFirstDate("2024-00-10"), "");
  EXPECT_EQ(FindFirstDate("2024-02-29"), "2024-02-29");  // leap year
  EXPECT_EQ(FindFirstDate("2000-02-29"), "2000-02-29");  // divisible by 400
  EXPECT_EQ(FindFirstDate("2023-02-29"), "");            // not a leap year
  EXPECT_EQ(FindFirstDate("1900-02-29"), "");            // century, not a leap year
  EXPECT_EQ(FindFirstDate("112年2月29日"), "");          // 2023
  EXPECT_EQ(FindFirstDate("1850-01-01"), "");
}

TEST(DateFinder, NotDates) {
  EXPECT_EQ(FindFirstDate(""), "");
  EXPECT_EQ(FindFirstDate("113年度工作成果"), "");
  EXPECT_EQ(FindFirstDate("2024-05"), "");
  EXPECT_EQ(FindFirstDate("2024-05/21"), "");       // mixed separators
  EXPECT_EQ(FindFirstDate("113-05-21"), "");        // ROC years with dashes only after a date label
  EXPECT_EQ(FindFirstDate("電話12024-05-21"), "");  // inside a longer number
  EXPECT_EQ(FindFirstDate("3.14.15"), "");
  EXPECT_EQ(FindFirstDate("113年5月"), "");
}

TEST(DateFinder, LooksOnlyAtTheStart) {
  const std::string text = std::string(400, 'x') + "2024-05-21";
  EXPECT_EQ(FindFirstDate(text), "");
  EXPECT_EQ(FindFirstDate(text, 410), "2024-05-21");
  EXPECT_EQ(FindFirstDate(text, 409), "");
  // Counted in code points, not bytes.
  std::string han;
  for (int i = 0; i < 390; ++i) han += "字";
  EXPECT_EQ(FindFirstDate(han + "2024-05-21"), "2024-05-21");
}

}  // namespace
}  // namespace wenyuan::ingest
