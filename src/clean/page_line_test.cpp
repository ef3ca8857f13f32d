// What MakePageLine makes of a line's head, on lines written for this
// test: bullets are taken off and noted, two circles in a row are a blank
// of a form ("○○年度") and stay; a short label's field is told from
// a sentence and from a label with nothing after it.
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

TEST(PageLineFields, AShortLabelAColonAndAValue) {
  for (const char* line : {"索书号: TU984", "使用對象附註：限館內閱覽", "館 藏 地：總館三樓", "ISBN: 978-957"}) {
    EXPECT_TRUE(IsShortLabelField(MakePageLine(line).core)) << line;
  }
  for (const char* line :
       {"地址：", "：沒有標籤", "這是一個太長的標籤名稱啊：值", "本館說明，請注意：週一休館", "開館時間 週二至週日"}) {
    EXPECT_FALSE(IsShortLabelField(MakePageLine(line).core)) << line;
  }
}

}  // namespace
}  // namespace wenyuan::clean
