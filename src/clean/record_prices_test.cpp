// The record-price rule (clean/record_prices.h) on lines written for this
// test: a used-car listing in Traditional and a hotel room in Simplified,
// and a list of other products whose prices stay dropped.
#include "clean/record_prices.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace record_prices_test {

constexpr char kOutside[] = "outside the main text";

TEST(RecordPrices, PriceLines) {
  EXPECT_TRUE(IsPriceLine(U"23,500 元/月"));
  EXPECT_TRUE(IsPriceLine(U"NT$ 568,000"));
  EXPECT_TRUE(IsPriceLine(U"¥ 389 起"));
  EXPECT_TRUE(IsPriceLine(U"$1,280.00"));
  EXPECT_FALSE(IsPriceLine(U"2026年12月"));
  EXPECT_FALSE(IsPriceLine(U"第3期"));
  EXPECT_FALSE(IsPriceLine(U"1,287"));
  EXPECT_FALSE(IsPriceLine(U"價格：面議，歡迎來電洽詢"));
}

TEST(RecordPrices, AListingsPriceAndTheRowsUnderItComeBack) {
  std::vector<PageLine> lines = MakePageLines(
      "   2019 豐田 Altis 1.8 經典版 一手車\n"
      "   NT$ 468,000\n"
      "   賣家：林先生\n"
      "   車況：原廠保養\n"
      "   (BUTTON) 收藏   (BUTTON) 分享\n"
      "   里程 5.2萬公里\n");
  lines[1].reason = lines[2].reason = lines[3].reason = kOutside;
  lines[4].reason = "button or form field";
  const std::vector<size_t> kept = KeepRecordPrices(lines);
  EXPECT_EQ(kept, (std::vector<size_t>{1, 2, 3}));
  EXPECT_EQ(lines[4].reason, "button or form field");
}

TEST(RecordPrices, OtherProductsPricesStayDropped) {
  std::vector<PageLine> lines = MakePageLines(
      "   豪华大床房 含双早\n"
      "   入住须知：14:00后入住\n"
      "\n"
      "   附近酒店\n"
      "   江景双床房\n"
      "   ¥ 459 起\n"
      "   商务单间\n"
      "   ¥ 329 起\n");
  for (size_t k = 3; k < lines.size(); ++k) lines[k].reason = kOutside;
  EXPECT_TRUE(KeepRecordPrices(lines).empty());
}

// A price in 萬 and a labelled price row under it ("新車價 97.9 萬｜…"),
// in both scripts; a count in 萬 with a label that is no price's, and a
// sentence, stay out.
TEST(RecordPrices, PricesInTenThousandsAndLabelledPriceRows) {
  for (const char32_t* price : {U"63.8 萬", U"128 万", U"NT$ 45.6萬", U"9.9萬起", U"1,280 萬元", U"35万/年"}) {
    EXPECT_TRUE(IsPriceLine(price));
  }
  EXPECT_FALSE(IsPriceLine(U"瀏覽 1.2萬"));
  EXPECT_FALSE(IsPriceLine(U"約3萬人參加"));
  const char* rows[] = {"新車價 97.9 萬｜可貸款 可月付 1.2 萬起",
                        "原价 128 万",
                        "總價 1,280 萬元｜含車位",
                        "指导价 15.98万",
                        "月租 2.3 萬",
                        "订金 5,000 元｜可退"};
  for (const char* row : rows) {
    const std::string text = std::string("   2020 本田 CR-V 1.5 VTi-S\n   45.8 萬\n   ") + row + "\n   車輛資訊\n";
    std::vector<PageLine> lines = MakePageLines(text);  // views into `text`
    lines[1].reason = lines[2].reason = kOutside;
    EXPECT_EQ(KeepRecordPrices(lines), (std::vector<size_t>{1, 2})) << row;
  }
  std::vector<PageLine> lines =
      MakePageLines("   2020 本田 CR-V 1.5 VTi-S\n   45.8 萬\n   本車由原廠認證，售價含過戶費用。\n   車輛資訊\n");
  lines[1].reason = lines[2].reason = kOutside;
  EXPECT_EQ(KeepRecordPrices(lines), (std::vector<size_t>{1}));
}

}  // namespace record_prices_test
}  // namespace wenyuan::clean
