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

// A name in a Latin language with accented letters (Portuguese, French)
// is a Latin name; a line with a multiplication sign or Han is none.
TEST(LatinNames, AccentedLettersMakeALatinName) {
  EXPECT_TRUE(IsLatinName(U"Licenciatura em Gestão do Património Cultural"));
  EXPECT_TRUE(IsLatinName(U"Musée des Beaux-Arts de Québec"));
  EXPECT_FALSE(IsLatinName(U"Size 3 × 4"));
  EXPECT_FALSE(IsLatinName(U"Praça 議事亭"));
  EXPECT_TRUE(IsLatinLetter(U'ç'));
  EXPECT_FALSE(IsLatinLetter(U'÷'));
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
