// The picture-card rule (clean/picture_card_lists.h) on pages written for
// this test: other doctors, other products, other works, other rooms,
// other courses, other teachers, other lawyers and English "more" cards
// under a record, in both scripts, go with their heading; a gallery with
// one-word captions, sentence items, items with no picture, two cards and
// cards at the page's top stay.
#include "clean/picture_card_lists.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace picture_card_lists_test {

// A record's line, the heading and the cards (or `top`: no text above);
// returns how many lines went.
size_t Gone(const std::string& heading, const std::vector<std::string>& cards, bool top = false) {
  std::string page = top ? "" : "   擅长领域：消化道早癌的内镜诊断与治疗、炎症性肠病的规范化诊治。\n\n";
  page += "   " + heading + "\n";
  for (const std::string& c : cards) page += "     * " + c + "\n";
  std::vector<PageLine> lines = MakePageLines(page);
  MarkPictureCardLists(lines);
  size_t n = 0;
  for (const PageLine& l : lines) n += !l.reason.empty();
  return n;
}

TEST(PictureCardLists, OtherRecordsAsCardsGo) {
  EXPECT_EQ(Gone("同科室专家", {"[a.jpg] 罗晓川 主任医师 擅长：胃肠动力", "[b.jpg] 许芳 副主任医师 擅长：幽门螺杆菌",
                                "[c.jpg] 彭毅 副主任医师 擅长：胆胰疾病"}),
            4u);
  EXPECT_EQ(Gone("同系列商品",
                 {"[p1.jpg] 保溫杯 500ml NT$590", "[p2.jpg] 保溫杯 350ml NT$490", "[p3.jpg] 燜燒罐 750ml NT$890"}),
            4u);
  EXPECT_EQ(Gone("其他作品", {"[c1.jpg] 《夜航》 2024", "[c2.jpg] 《潮間帶》 2022", "[c3.jpg] 《北方》 2020"}), 4u);
  EXPECT_EQ(
      Gone("其他房型", {"[r1.jpg] 雙人房 NT$2,800 起", "[r2.jpg] 四人房 NT$4,200 起", "[r3.jpg] 家庭房 NT$5,600 起"}),
      4u);
  EXPECT_EQ(Gone("相似课程", {"[k1.png] Python入门 12课时", "[k2.png] 数据分析 20课时", "[k3.png] 机器学习 32课时",
                              "[k4.png] 深度学习 40课时"}),
            5u);
  EXPECT_EQ(Gone("本系老師", {"[t1.jpg] 陳明德 教授", "[t2.jpg] 林淑芬 副教授", "[t3.jpg] 王志強 助理教授"}), 4u);
  EXPECT_EQ(Gone("所內律師", {"[l1.jpg] 張律師 民事訴訟", "[l2.jpg] 李律師 勞資爭議", "[l3.jpg] 黃律師 智慧財產"}), 4u);
  EXPECT_EQ(Gone("同區診所", {"[d1.jpg] 仁愛牙醫 0.5公里", "[d2.jpg] 康健牙醫 0.8公里", "[d3.jpg] 晴光牙醫 1.2公里"}),
            4u);
}

TEST(PictureCardLists, GalleriesSentencesAndTopsStay) {
  EXPECT_EQ(Gone("產品圖片", {"[1.jpg] 正面", "[2.jpg] 側面", "[3.jpg] 背面"}), 0u);
  EXPECT_EQ(
      Gone("沿途風景", {"[1.jpg] 清晨的雲海非常壯觀。", "[2.jpg] 營地旁有一條小溪。", "[3.jpg] 晚上可以看到銀河。"}),
      0u);
  EXPECT_EQ(Gone("同科室专家", {"罗晓川 主任医师", "许芳 副主任医师", "彭毅 副主任医师"}), 0u);
  EXPECT_EQ(Gone("同科室专家", {"[a.jpg] 罗晓川 主任医师", "[b.jpg] 许芳 副主任医师"}), 0u);
  EXPECT_EQ(Gone("熱門商品", {"[p1.jpg] 保溫杯 500ml", "[p2.jpg] 保溫杯 350ml", "[p3.jpg] 燜燒罐 750ml"}, true), 0u);
}

}  // namespace picture_card_lists_test
}  // namespace wenyuan::clean
