// What MakePageLine makes of a line's head, on lines written for this
// test: bullets are taken off and noted, two circles in a row are a blank
// of a form ("○○年度") and stay.
#include "clean/page_line.h"

#include <gtest/gtest.h>

namespace wenyuan::clean {
namespace {

TEST(PageLineBullets, MarksAreTakenOffTheCore) {
  for (const char* line : {"○ 申請書一份", "○申請書一份", "● 申請書一份", "□ 申請書一份", "  * 申請書一份"}) {
    const PageLine l = MakePageLine(line);
    EXPECT_TRUE(l.bullet) << line;
    EXPECT_EQ(l.CoreUtf8(), "申請書一份") << line;
  }
}

TEST(PageLineBullets, TwoCirclesAreABlankToFillIn) {
  for (const char* line : {"○○年度給付費用明細表", "○○市○○區公所函", "  ○○年○○月○○日"}) {
    const PageLine l = MakePageLine(line);
    EXPECT_FALSE(l.bullet) << line;
    EXPECT_TRUE(l.CoreUtf8().starts_with("○○")) << line << " -> " << l.CoreUtf8();
  }
  // A bullet before the blank is still a bullet.
  const PageLine l = MakePageLine("● ○○年度給付費用明細表");
  EXPECT_TRUE(l.bullet);
  EXPECT_EQ(l.CoreUtf8(), "○○年度給付費用明細表");
}

}  // namespace
}  // namespace wenyuan::clean
