// The amounts-list rule (clean/quantity_lists.h) on articles written for
// this test: a soil mix, a bread recipe, a kit's parts, an English recipe,
// lines with amounts in words and Han numerals, taken for a menu inside the
// body, come back with their heading; a menu between kept lines, counted
// categories, a pager and a run set apart by blank lines stay dropped.
#include "clean/quantity_lists.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace quantity_lists_test {

// A body line, the run (marked as a menu), a body line; returns the lines
// of the run kept again.
size_t KeptAgain(const std::vector<std::string>& run, bool blank_around = false) {
  std::string page = "   冬天土壤一直乾不了，根就會悶壞，所以今年我重新調整了配方。\n";
  if (blank_around) page += "\n";
  for (const std::string& l : run) page += "   " + l + "\n";
  if (blank_around) page += "\n";
  page += "   重點是比例要拉高，換成這個配方後大約一天半就會乾。\n";
  std::vector<PageLine> lines = MakePageLines(page);
  for (PageLine& l : lines) {
    if (!l.blank() && l.core.size() < 20) l.reason = "menu or link list";
  }
  return KeepQuantityListsInText(lines).size();
}

TEST(QuantityLists, AmountLines) {
  for (const char* l : {"培養土 5 份", "麵粉200克", "雞蛋 2 個", "Flour 200 g", "鹽 少許", "牛奶 250 ml", "螺絲 12 顆",
                        "糖 1/2 杯", "胡椒 适量", "木板 三片"}) {
    EXPECT_TRUE(IsAmountLine(DecodeUtf32(l))) << l;
  }
  for (const char* l : {"香草植物 (24)", "第3頁", "第 3 期", "2026年12月", "十二月 2026", "首頁", "關於我們",
                        "共 12 頁", "iPhone 15"}) {
    EXPECT_FALSE(IsAmountLine(DecodeUtf32(l))) << l;
  }
}

TEST(QuantityLists, AnArticlesAmountsComeBack) {
  EXPECT_EQ(KeptAgain({"我的土壤配方", "培養土 5 份", "珍珠石 3 份", "粗顆粒椰纖塊 1 份"}), 4u);
  EXPECT_EQ(KeptAgain({"材料", "高筋麵粉 300 克", "酵母 3 克", "鹽 少許", "水 200 ml"}), 5u);
  EXPECT_EQ(KeptAgain({"零件清單", "木板 4 片", "螺絲 12 顆", "把手 2 個"}), 4u);
  EXPECT_EQ(KeptAgain({"Ingredients", "Flour 200 g", "Sugar 50 g", "Butter 30 g"}), 4u);
  EXPECT_EQ(KeptAgain({"调料", "生抽 2 勺", "白糖 1 勺", "胡椒 适量"}), 4u);
  EXPECT_EQ(KeptAgain({"雞蛋 兩個", "牛奶 一杯", "砂糖 三匙"}), 3u);
  EXPECT_EQ(KeptAgain({"麵粉200克", "砂糖50克"}), 2u);
  EXPECT_EQ(KeptAgain({"配方", "泥炭土 6 份", "蛭石 2 份", "另加", "骨粉 1 匙"}), 5u);
}

// The main-text finder ended the text at the run: the sentences under it
// come back with it; a sidebar's line under a blank line does not.
TEST(QuantityLists, TheBodyUnderTheRunComesBack) {
  std::vector<PageLine> lines = MakePageLines(
      "   這道雞腿只要前一晚醃好，隔天放進電鍋蒸二十分鐘就完成了。\n"
      "   材料\n   去骨雞腿 2 隻\n   蜂蜜 2 大匙\n   檸檬 半顆\n"
      "   醃的時候記得用叉子在雞皮上戳幾個洞，這樣比較入味。\n"
      "   下一篇會分享烤雞翅，敬請期待！\n\n"
      "   本站文章未經同意請勿轉載。\n");
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!lines[i].blank()) lines[i].reason = i <= 4 ? "menu or link list" : "outside the main text";
  }
  EXPECT_EQ(KeepQuantityListsInText(lines).size(), 6u);
  EXPECT_FALSE(lines.back().kept() || lines[lines.size() - 2].kept());
}

TEST(QuantityLists, MenusAndCountsStay) {
  EXPECT_EQ(KeptAgain({"首頁", "香草植物", "葉菜類", "病蟲害"}), 0u);
  EXPECT_EQ(KeptAgain({"文章分類", "香草植物 (24)", "葉菜類 (31)"}), 0u);
  EXPECT_EQ(KeptAgain({"第1頁", "第2頁", "第3頁"}), 0u);
  EXPECT_EQ(KeptAgain({"培養土 5 份", "珍珠石 3 份"}, true), 0u);  // set apart by blank lines
  EXPECT_EQ(KeptAgain({"培養土 5 份", "關於我們", "隱私權政策", "網站地圖"}), 0u);
}

}  // namespace quantity_lists_test
}  // namespace wenyuan::clean
