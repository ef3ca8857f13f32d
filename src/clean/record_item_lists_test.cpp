// The record item-list rule (clean/record_item_lists.h) on records written
// for this test, in both scripts: a car's equipment, a flat's facilities,
// a hotel's amenities, a course's tools, a phone's box contents, a camp's
// gear, a clinic's services, a venue's facilities, each a short heading
// over bulleted items between two kept parts; and look-alikes that stay:
// a related list, a list at the page's end, two items, and items that
// another rule dropped for what they are.
#include "clean/record_item_lists.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace wenyuan::clean {
namespace record_item_lists_test {

constexpr char kMenu[] = "menu or link list";

// `list` (a heading and its items) between a kept paragraph and a kept
// heading, its lines dropped as a menu; the rule run. Returns the lines,
// which view `text`: the caller keeps it alive.
std::vector<PageLine> RunLists(const std::string& text, size_t first, size_t last) {
  std::vector<PageLine> lines = MakePageLines(text);
  for (size_t k = first; k <= last && k < lines.size(); ++k) {
    if (!lines[k].blank()) lines[k].reason = kMenu;
  }
  KeepRecordItemLists(lines);
  return lines;
}

const char kAbove[] = "   車況良好，全程原廠保養，歡迎預約賞車。\n\n";
const char kBelow[] = "\n   鑑定報告\n";

TEST(RecordItemLists, ARecordsItemListComesBack) {
  const char* lists[] = {
      "   車輛配備\n     * 倒車雷達\n     * 電動尾門\n     * 盲點偵測\n",
      "   配套设施\n     * 地下停车场\n     * 24小时安保\n     * 无障碍通道\n     * 儿童游乐区\n",
      "   客房設施\n     * 免費Wi-Fi\n     * 浴缸\n     * 迷你吧\n",
      "   课程工具\n     * Python 3.12\n     * Jupyter Notebook\n     * Git\n",
      "   盒裝內容\n     * 手機主機\n     * USB-C 傳輸線\n     * 退卡針\n",
      "   装备清单\n     * 帐篷\n     * 睡袋\n     * 头灯\n     * 防潮垫\n",
      "   服務項目\n     * 一般內科\n     * 預防注射\n     * 成人健檢\n",
      "   场馆设施\n     * 标准泳池\n     * 羽毛球场\n     * 更衣室\n",
  };
  for (const char* list : lists) {
    const std::string text = std::string(kAbove) + list + kBelow;
    const size_t rows = static_cast<size_t>(std::count(list, list + std::strlen(list), '\n'));
    const auto lines = RunLists(text, 2, 1 + rows);
    for (size_t k = 0; k < lines.size(); ++k) {
      if (!lines[k].blank()) {
        EXPECT_TRUE(lines[k].reason.empty()) << list << " line " << k;
      }
    }
  }
}

TEST(RecordItemLists, LookAlikesStay) {
  // A related list between the text's parts.
  const std::string related_text =
      std::string(kAbove) + "   延伸閱讀\n     * 二手車怎麼挑\n     * 貸款試算教學\n     * 過戶流程\n" + kBelow;
  auto related = RunLists(related_text, 2, 5);
  for (size_t k = 2; k <= 5; ++k) EXPECT_EQ(related[k].reason, kMenu) << k;
  // A list at the page's end: nothing kept below it.
  const std::string end_text = std::string(kAbove) + "   網站導覽\n     * 首頁\n     * 買車\n     * 賣車\n";
  auto end = RunLists(end_text, 2, 5);
  for (size_t k = 2; k <= 5; ++k) EXPECT_EQ(end[k].reason, kMenu) << k;
  // Two items only.
  const std::string two_text = std::string(kAbove) + "   車輛配備\n     * 倒車雷達\n     * 電動尾門\n" + kBelow;
  auto two = RunLists(two_text, 2, 4);
  for (size_t k = 2; k <= 4; ++k) EXPECT_EQ(two[k].reason, kMenu) << k;
  // Items another rule dropped for what they are (share buttons).
  // The lines view the text: it must outlive them.
  const std::string shared_text =
      std::string(kAbove) + "   分享本文\n     * Facebook\n     * LINE\n     * X\n" + kBelow;
  std::vector<PageLine> shared = MakePageLines(shared_text);
  for (size_t k = 2; k <= 5; ++k) shared[k].reason = "share widget";
  KeepRecordItemLists(shared);
  for (size_t k = 2; k <= 5; ++k) EXPECT_EQ(shared[k].reason, "share widget") << k;
}

}  // namespace record_item_lists_test
}  // namespace wenyuan::clean
