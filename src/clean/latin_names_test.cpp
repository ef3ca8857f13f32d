// A name in Latin letters right under the headline, on lines written for
// these tests: a museum piece (Traditional) and a plant's record
// (Simplified); and lines that stay out.
#include "clean/latin_names.h"

#include <gtest/gtest.h>

#include <vector>

#include "clean/page_lines_test_support.h"

namespace wenyuan::clean {
namespace latin_names_test {

constexpr char kOutside[] = "outside the main text";

TEST(LatinNames, NameUnderTheHeadlineStays) {
  auto lines =
      PageLinesOf({"   首頁 > 典藏精選", "北辰窯青瓷蓮花碗", "", "   Celadon Bowl with Lotus Design, Beichen Kiln", "",
                   "   此碗胎質細密，釉色青翠，碗外壁刻蓮瓣紋。"});
  lines[0].reason = "breadcrumb";
  lines[3].reason = kOutside;
  EXPECT_EQ(KeepLatinNameUnderHeadline(lines), 3u);
  EXPECT_TRUE(lines[3].reason.empty());
  auto plant = PageLinesOf({"银杏", "   Ginkgo biloba", "   落叶乔木，高可达四十米。"});
  plant[1].reason = kOutside;
  EXPECT_EQ(KeepLatinNameUnderHeadline(plant), 1u);
}

TEST(LatinNames, OtherLinesUnderTheHeadlineStayOut) {
  for (const char* under : {"   Share", "   Updated 2026-12-05", "   Follow us: facebook.com/beichen",
                            "   EN | 繁 | 简", "   * Home Page"}) {
    auto lines = PageLinesOf({"北辰窯青瓷蓮花碗", under, "   此碗胎質細密，釉色青翠。"});
    lines[1].reason = kOutside;
    EXPECT_FALSE(KeepLatinNameUnderHeadline(lines).has_value()) << under;
  }
  // Not under a sentence, which is no headline.
  auto prose = PageLinesOf({"此碗胎質細密，釉色青翠。", "   Celadon Bowl with Lotus Design"});
  prose[1].reason = kOutside;
  EXPECT_FALSE(KeepLatinNameUnderHeadline(prose).has_value());
}

}  // namespace latin_names_test
}  // namespace wenyuan::clean
