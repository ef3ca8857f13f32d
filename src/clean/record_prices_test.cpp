// The record-price rule (clean/record_prices.h) on lines written for this
// test: a used-car listing in Traditional and a hotel room in Simplified,
// and a list of other products whose prices stay dropped.
#include "clean/record_prices.h"

#include <gtest/gtest.h>

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

}  // namespace record_prices_test
}  // namespace wenyuan::clean
