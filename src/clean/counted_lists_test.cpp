// The counted-list rule (clean/counted_lists.h) on pages written for this
// test: a Taipei-style metro line's page (both directions' stations under
// "（共21站）" headings) cleaned whole, a clinic's departments under
// "（共5科）", and look-alikes that stay dropped: a count the list does not
// match, a list of sentences, a list under chrome, a headline list that a
// rule dropped for what it is.
#include "clean/counted_lists.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/boilerplate_filter.h"

namespace wenyuan::clean {
namespace counted_lists_test {

constexpr char kMenu[] = "menu or link list";

// `text`'s lines from `first` on dropped as a menu, the rule run. The lines
// view `text`: the caller keeps it alive.
std::vector<PageLine> RunRule(const std::string& text, size_t first) {
  std::vector<PageLine> lines = MakePageLines(text);
  for (size_t k = first; k < lines.size(); ++k) {
    if (!lines[k].blank()) lines[k].reason = kMenu;
  }
  KeepCountedLists(lines);
  return lines;
}

size_t KeptCount(const std::vector<PageLine>& lines) {
  size_t n = 0;
  for (const PageLine& l : lines) n += l.kept();
  return n;
}

const char kRecord[] = "   門診時間：週一至週六 08:30-12:00、13:30-17:00\n\n";

TEST(CountedLists, TheCountAHeadingStates) {
  EXPECT_EQ(StatedCount(U"67路公交车路线 上行 洛阳火车站 → 龙门高铁站（共28站）"), 28u);
  EXPECT_EQ(StatedCount(U"本院門診科別（共５科）"), 5u);
  EXPECT_EQ(StatedCount(U"共有12項服務"), 0u);  // 共有, not 共 N
  EXPECT_EQ(StatedCount(U"共10則留言"), 0u);    // comments are no record's items
  EXPECT_EQ(StatedCount(U"公共設施"), 0u);
}

TEST(CountedLists, ACountedListUnderTheRecordComesBack) {
  const std::string text = std::string(kRecord) +
                           "   本院門診科別（共5科）\n"
                           "     * 家庭醫學科\n     * 小兒科\n     * 婦產科\n     * 復健科\n     * 牙科\n";
  const auto lines = RunRule(text, 2);
  EXPECT_EQ(KeptCount(lines), 7u);
}

TEST(CountedLists, LookAlikesStay) {
  // Nine stops under a heading that says ten.
  std::string short_list = std::string(kRecord) + "   上行（共10站）\n";
  for (int i = 1; i <= 9; ++i) short_list += "     " + std::to_string(i) + ". 第" + std::to_string(i) + "站\n";
  EXPECT_EQ(KeptCount(RunRule(short_list, 2)), 1u);
  // Eleven: the heading's count is not the list's.
  std::string long_list = short_list + "     10. 第10站\n     11. 第11站\n";
  EXPECT_EQ(KeptCount(RunRule(long_list, 2)), 1u);
  // Numbers out of order.
  const std::string jumbled = std::string(kRecord) + "   路線（共3站）\n     1. 甲站\n     3. 丙站\n     2. 乙站\n";
  EXPECT_EQ(KeptCount(RunRule(jumbled, 2)), 1u);
  // Sentences are no record's items.
  const std::string sentences = std::string(kRecord) +
                                "   注意事項（共3項）\n     1. 請攜帶健保卡。\n     2. 請提早報到。\n"
                                "     3. 請配戴口罩。\n";
  EXPECT_EQ(KeptCount(RunRule(sentences, 2)), 1u);
  // Under chrome: the line above the heading is dropped.
  const std::string chrome = "   熱門路線\n   其他路線（共3條）\n     * 1路\n     * 2路\n     * 3路\n";
  std::vector<PageLine> under_menu = MakePageLines(chrome);
  for (PageLine& l : under_menu) l.reason = kMenu;
  KeepCountedLists(under_menu);
  EXPECT_EQ(KeptCount(under_menu), 0u);
  // Dropped for what it is: a headline list stays dropped.
  const std::string related = std::string(kRecord) + "   相關新聞（共3條）\n     * 甲\n     * 乙\n     * 丙\n";
  std::vector<PageLine> headlines = MakePageLines(related);
  for (size_t k = 2; k < headlines.size(); ++k) headlines[k].reason = "related-articles list";
  KeepCountedLists(headlines);
  EXPECT_EQ(KeptCount(headlines), 1u);
}

// A whole page: both directions' stations are the record and are kept; the
// menus, the other lines' list and the footer go. (Without the rule the
// main-text finder keeps only the four fields: 42 short lines outweigh them.)
TEST(CountedLists, AMetroLinesStationsAreKeptOnTheWholePage) {
  const char* up[] = {"南勢角",   "景安",   "永安市場", "頂溪",     "古亭",   "東門",   "忠孝新生",
                      "松江南京", "行天宮", "中山國小", "民權西路", "大橋頭", "台北橋", "菜寮",
                      "三重",     "先嗇宮", "頭前庄",   "新莊",     "輔大",   "丹鳳",   "迴龍"};
  constexpr int kStations = 21;
  std::string page =
      "   [logo.png] 北辰捷運\n\n"
      "     * 首頁\n     * 路線圖\n     * 票價查詢\n     * 旅運資訊\n     * 聯絡我們\n\n"
      "   首頁 > 路網資訊 > 中和新蘆線\n\n"
      "   中和新蘆線（橘線）\n\n"
      "   營運時間：首班車 06:00，末班車 24:00\n"
      "   尖峰班距：約4分鐘；離峰班距：約6至8分鐘\n"
      "   票價資訊：依里程計費，單程20元至45元，可使用悠遊卡、一卡通及行動支付進出站\n"
      "   最後更新：2026-11-30\n\n"
      "   往迴龍方向（共21站）\n\n";
  for (int i = 0; i < kStations; ++i) page += "     " + std::to_string(i + 1) + ". " + up[i] + "\n";
  page += "\n   往南勢角方向（共21站）\n\n";
  for (int i = 0; i < kStations; ++i) page += "     " + std::to_string(i + 1) + ". " + up[kStations - 1 - i] + "\n";
  page +=
      "\n   其他路線\n     * 淡水信義線\n     * 板南線\n     * 松山新店線\n     * 文湖線\n\n"
      "     * 關於我們\n     * 隱私權政策\n     * 網站地圖\n\n"
      "   Copyright © 2026 北辰捷運公司 版權所有\n";
  const FilterResult r = FilterBoilerplate(page, /*web_page=*/true, nullptr);
  for (const char* station : up) EXPECT_NE(r.text.find(station), std::string::npos) << station;
  EXPECT_NE(r.text.find("往迴龍方向（共21站）"), std::string::npos);
  EXPECT_NE(r.text.find("往南勢角方向（共21站）"), std::string::npos);
  EXPECT_NE(r.text.find("營運時間"), std::string::npos);
  for (const char* chrome : {"淡水信義線", "路線圖", "隱私權政策", "Copyright"}) {
    EXPECT_EQ(r.text.find(chrome), std::string::npos) << chrome;
  }
}

}  // namespace counted_lists_test
}  // namespace wenyuan::clean
