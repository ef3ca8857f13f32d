// The bracket-label rules (clean/bracket_labels.h) on lines written for
// this test: picture labels and icon-labelled tag rows in both scripts go;
// a credit, a citation, a config header, a checkbox form and a body line
// with a bracketed note stay.
#include "clean/bracket_labels.h"

#include <gtest/gtest.h>

namespace wenyuan::clean {
namespace bracket_labels_test {

TEST(BracketLabels, PictureLabelsGo) {
  for (const char* line : {"[头图：成都港口的商品车堆场]", "   [題圖：台北車站大廳]", "[配图1：示意图]",
                           "[圖片：颱風路徑圖]", "[image: a harbour at dawn]", "[Photo: Reuters]", "[封面图：新书封面]",
                           "[照片：现场]", "[图2：各省份数据对比]"}) {
    EXPECT_TRUE(IsPictureLabelLine(line)) << line;
  }
  for (const char* line : {"[图片来源：网络]", "[1] 张三：《论文》，2020年。", "[dependencies]", "[图]", "图：记者摄",
                           "[头图：a] 以及正文"}) {
    EXPECT_FALSE(IsPictureLabelLine(line)) << line;
  }
}

TEST(BracketLabels, IconLabelledRowsGo) {
  for (const char* line : {"[tag] 陆路交通 [tag] 巴士   [tag] 榜鹅", "[icon] 北京  [icon] 上海  [icon] 广州",
                           "[标签] 职场 [标签] 裁员", "[#] 旅遊 [#] 台南", "[tag] Python [tag] Rust [tag] Go"}) {
    EXPECT_TRUE(IsIconLabelledRow(line)) << line;
  }
  for (const char* line :
       {"[1] 北京 [2] 上海", "[tag] 巴士", "[ ] 同意  [ ] 不同意",
        "[注] 本表数据来自统计局，未经季节调整。 [注] 单位：亿元，按当年价格计算。", "北京 [tag] 上海 [tag] 广州"}) {
    EXPECT_FALSE(IsIconLabelledRow(line)) << line;
  }
}

}  // namespace bracket_labels_test
}  // namespace wenyuan::clean
