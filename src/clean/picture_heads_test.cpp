// The headline over a lead picture (clean/picture_heads.h) on articles
// written for this test: a city paper's feature in Traditional with its
// picture and caption between the headline and the bylines; and a
// magazine's page in Simplified whose picture has no headline at the
// margin over it, which stays out.
#include "clean/picture_heads.h"

#include <gtest/gtest.h>

#include <vector>

namespace wenyuan::clean {
namespace {

TEST(PictureHeads, AFeaturesHeadlineAndCaptionOverItsPicture) {
  // As the main-text finder leaves a city paper's feature in Traditional:
  // the bylines, the date and the body kept, the headline at the margin,
  // the picture and its caption (wrapped over two lines) left out.
  std::vector<PageLine> lines = MakePageLines(
      "   首頁 > 地方 > 專題\n"
      "\n"
      "漁港最後的修船師傅：木殼船的三十年\n"
      "\n"
      "   [cover_0412.jpg]\n"
      "   旗津的修船廠裡，七十歲的陳師傅正在替一艘木殼漁船更換船板。港都晚\n"
      "   報記者 林佳蓉 攝\n"
      "\n"
      "   港都晚報記者 林佳蓉 高雄報導\n"
      "   2026-12-03 08:00\n"
      "\n"
      "   清晨五點，旗津的修船廠已經亮起燈。陳師傅拿著刨刀，沿著船板的紋路一寸一寸刨平。\n");
  lines[0].reason = "breadcrumb";
  for (size_t i : {2, 5, 6}) lines[i].reason = "outside the main text";
  lines[4].reason = "image placeholder";
  EXPECT_EQ(KeepHeadlineOverPicture(lines), (std::vector<size_t>{2, 5}));
  for (size_t i : {2, 5, 6}) EXPECT_TRUE(lines[i].reason.empty()) << i;
  EXPECT_EQ(lines[4].reason, "image placeholder");
  EXPECT_EQ(lines[0].reason, "breadcrumb");
}

TEST(PictureHeads, NoHeadlineAtTheMarginNoHead) {
  std::vector<PageLine> lines = MakePageLines(
      "   城市生活\n"
      "\n"
      "   [banner.jpg]\n"
      "   冬季市集在河濱公園登場，攤位超過一百個，週末還有樂團演出。\n"
      "\n"
      "   本刊记者 周明\n"
      "   市集从12月6日起连续三个周末开放。\n");
  for (size_t i : {0, 3}) lines[i].reason = "outside the main text";
  lines[2].reason = "image placeholder";
  EXPECT_TRUE(KeepHeadlineOverPicture(lines).empty());
  EXPECT_EQ(lines[3].reason, "outside the main text");
}

}  // namespace
}  // namespace wenyuan::clean
