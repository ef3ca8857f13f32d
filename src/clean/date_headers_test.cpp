// The date-header rule (clean/date_headers.h) on heads of posts written for
// this test, in both scripts and several date formats: the bare date over
// the title goes and the byline under the title, which repeats the date
// with its author, comes back; a date over a title over a body, a byline
// of another date, a byline that is a sentence and a schedule's row stay.
#include "clean/date_headers.h"

#include <gtest/gtest.h>

#include <string>

namespace wenyuan::clean {
namespace date_headers_test {

// Date header, title, byline (left out), body; returns whether the rule
// fired and the header went.
bool Fires(const std::string& date, const std::string& byline) {
  const std::string page = "   " + date + "\n   冬天陽台種羅勒的方法\n   " + byline +
                           "\n\n   每年一到十一月，陽台上的羅勒就開始葉子發黑、莖變軟，撐不到過年就整盆倒下。\n";
  std::vector<PageLine> lines = MakePageLines(page);
  lines[2].reason = "outside the main text";
  const auto b = KeepBylineUnderDateHeader(lines);
  return b == 2u && lines[0].reason == kRepeatedDateHeader && lines[2].kept() && lines[1].kept();
}

TEST(DateHeaders, ADateHeaderRepeatedByTheBylineGoes) {
  EXPECT_TRUE(Fires("2026 Dec 05 Sat 21:18", "2026 Dec 05 Sat 21:18 小綠 (miniGreen)"));
  EXPECT_TRUE(Fires("2026年12月5日 星期六", "2026-12-05 21:18 作者：阿明"));
  EXPECT_TRUE(Fires("2026/12/05", "2026/12/05 by Lin"));
  EXPECT_TRUE(Fires("2026-11-30 週日", "2026-11-30 10:02 發表者：小王"));
  EXPECT_TRUE(Fires("Saturday, December 5, 2026", "December 5, 2026 · Amy Chen"));
  EXPECT_TRUE(Fires("2026.12.05", "2026.12.05 文/陳小明"));
  EXPECT_TRUE(Fires("2026年12月05日", "2026年12月05日 14:30 来源：山居笔记 作者：老周"));
  EXPECT_TRUE(Fires("2026-12-05 (六)", "2026-12-05 09:00 | 編輯 林小華"));
}

TEST(DateHeaders, OtherDatesStay) {
  // Another date in the byline.
  EXPECT_FALSE(Fires("2026-12-05", "2026-12-04 21:18 小綠"));
  // A sentence under the title.
  EXPECT_FALSE(Fires("2026-12-05", "2026-12-05 市府宣布明年起調整公車票價。"));
  // A second bare date (a schedule's rows).
  EXPECT_FALSE(Fires("2026-12-05", "2026-12-05 10:00"));
  // No byline: the date over the title over the body stays.
  std::vector<PageLine> lines = MakePageLines(
      "   2026-12-05\n   冬天陽台種羅勒的方法\n   每年一到十一月，陽台上的羅勒就開始葉子發黑、莖變軟，撐不到過年。\n");
  EXPECT_FALSE(KeepBylineUnderDateHeader(lines).has_value());
  EXPECT_TRUE(lines[0].kept());
}

}  // namespace date_headers_test
}  // namespace wenyuan::clean
