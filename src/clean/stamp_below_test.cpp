// A record's own date line right under it, on pages written for these
// tests: a library branch's opening hours (Traditional) with its update
// line under the notes and a site stamp in its footer; a reservoir's water
// report (Simplified) with a row of labelled fields and a date; and a date
// over another item's title below a text, which is a list's item.
#include "clean/stamp_below.h"

#include <gtest/gtest.h>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kLibraryPage[] =
    "   北辰市立圖書館\n"
    "     * 首頁\n     * 館藏查詢\n     * 分館資訊\n     * 活動報名\n     * 聯絡我們\n\n"
    "   首頁 > 分館資訊 > 東湖分館\n\n"
    "東湖分館開放時間\n\n"
    "   東湖分館位於東湖區民生路二段，設有兒童閱覽區、期刊室與自修室，週一休館，國定假日另行公告。\n"
    "   自修室於考試期間延長開放至晚上十時，請讀者攜帶借閱證入館，並遵守館內安靜規定。\n"
    "   館內提供無線網路與影印服務，影印每張新臺幣一元，請自備零錢或使用悠遊卡付費。\n\n"
    "   最後更新：2026/02/03\n\n"
    "   本頁內容對您有幫助嗎？ (BUTTON) 是 (BUTTON) 否\n\n"
    "     * 隱私權政策\n     * 網站導覽\n\n"
    "   網站更新日期：2026/02/10\n"
    "   北辰市立圖書館 版權所有 © 2026\n";

TEST(StampBelow, RecordsUpdateLineUnderItIsKept) {
  const CleanedDocument c = CleanDocument(kLibraryPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "自修室於考試期間")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "最後更新：2026/02/03")) << c.text;
  EXPECT_FALSE(Contains(c.text, "網站更新日期")) << c.text;
  EXPECT_FALSE(Contains(c.text, "版權所有")) << c.text;
}

const char kReservoirPage[] =
    "   北辰水务 | 首页 | 水情公告 | 政务公开\n\n"
    "东湖水库本周水情\n\n"
    "   本周东湖水库上游降雨偏少，入库流量较上周减少约两成，库区水位缓慢回落，供水保持正常。\n"
    "   管理处提醒沿岸居民注意汛前安全，切勿在库区游泳、垂钓或私自取水，违者将依法处理。\n\n"
    "   数据更新：2026-03-01 08:00   来源单位：东湖水库管理处\n\n"
    "   相关公告\n     * 白沙水库检修公告\n     * 青川水厂停水通知\n";

TEST(StampBelow, RowOfFieldsWithADateIsKept) {
  const CleanedDocument c = CleanDocument(kReservoirPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "数据更新：2026-03-01 08:00")) << c.text;
  EXPECT_FALSE(Contains(c.text, "青川水厂停水通知")) << c.text;
}

TEST(StampBelow, DateOverATitleAndSentencesAreNoStamp) {
  std::vector<PageLine> lines;
  for (const char* raw : {"   本文完。", "", "   2026/01/05", "   白沙鎮年貨市集開市"})
    lines.push_back(MakePageLine(raw));
  EXPECT_FALSE(StampBelow(lines, 1).has_value());
  lines.clear();
  for (const char* raw : {"   正文。", "", "   二〇二六年一月五日起，本館調整開放時間。", ""}) {
    lines.push_back(MakePageLine(raw));
  }
  EXPECT_FALSE(StampBelow(lines, 1).has_value());
  lines.clear();
  for (const char* raw : {"   正文。", "", "   更新日期：2026-01-05", ""}) lines.push_back(MakePageLine(raw));
  EXPECT_EQ(StampBelow(lines, 1), std::optional<size_t>(2));
}

}  // namespace
}  // namespace wenyuan::clean
