// The record-row recogniser on record pages written for this test, in both
// scripts (a car model page, a job posting), as the main-text finder
// leaves them (everything but the title left out) and the listing rule
// gives back their field block: the rows of short cells above the block
// come back, a dealer's advice or a login prompt among them and the button
// after a row do not, nor the site's lists of other records. And on a page
// with no record block, where such rows are left alone.
#include "clean/record_rows.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/listing_fields.h"

namespace wenyuan::clean {
namespace {

TEST(RecordRows, ShapesOfRows) {
  EXPECT_TRUE(IsRecordRow(U"总价 218万"));
  EXPECT_TRUE(IsRecordRow(U"112.0平米 1998年建/板楼"));
  EXPECT_TRUE(IsRecordRow(U"所在區域 信義區"));
  EXPECT_TRUE(IsRecordRow(U"小區名稱 松濤社區"));
  EXPECT_FALSE(IsRecordRow(U"首付及税费情况请咨询经纪人"));  // one cell
  EXPECT_FALSE(IsRecordRow(U"新車 中古車 試駕 保養"));       // link labels
  EXPECT_FALSE(IsRecordRow(U"車長 4600mm，軸距 2700mm。"));  // a sentence
  EXPECT_FALSE(IsRecordRow(U"關於我們 | 聯絡我們"));
}

// A car model page in Traditional: a head of rows (price, fuel use, power
// train, warranty) with a dealer's advice and buttons, over the spec block.
const char kCarPage[] =
    "[logo.png] 車訊網\n"
    "  * 新車\n"
    "  * 中古車\n"
    "  * 試駕\n"
    "首頁 > 新車 > 休旅車 > 某牌 X5\n"
    "\n"
    "某牌 X5 油電休旅 2027年式\n"
    "\n"
    "   建議售價 128.8萬\n"
    "   油耗 21.3 km/L  5人座\n"
    "   2.0L 油電 / 前輪驅動\n"
    "   請洽各地經銷商取得優惠\n"
    "   保固 5年/15萬公里 (BUTTON) 保固說明\n"
    "\n"
    "   (BUTTON) 預約試駕 (BUTTON) 經銷據點\n"
    "\n"
    "規格配備\n"
    "\n"
    "車身資料\n"
    "     * 車身型式 五門休旅\n"
    "     * 排氣量 1987cc\n"
    "     * 最大馬力 152hp\n"
    "     * 變速系統 E-CVT\n"
    "     * 驅動方式 前輪驅動\n"
    "     * 車長 4600mm\n"
    "     * 軸距 2700mm\n"
    "\n"
    "   熱門車款\n"
    "     * 某牌 X3 油電 89.9萬\n"
    "     * 某牌 X7 汽油 168萬\n"
    "   關於我們 | 聯絡我們 | 隱私權政策\n";

// The lines kept, one a line, once everything but the title (`title`) was
// dropped (buttons as buttons, list items as a menu, the rest as left out
// by the main-text finder) and the listing and record rules ran.
std::string KeptAfterRules(const char* page, std::string_view title) {
  std::vector<PageLine> lines = MakePageLines(page);
  for (auto& l : lines) {
    if (l.blank() || l.CoreUtf8() == title) continue;
    l.reason = l.raw.find("(BUTTON)") != std::string_view::npos ? "button or form field"
               : l.bullet                                       ? "menu or link list"
                                                                : "outside the main text";
  }
  const std::vector<size_t> record = KeepListingFields(lines);
  KeepRecordRows(lines, record);
  std::string kept;
  for (const auto& l : lines) {
    if (!l.blank() && l.reason.empty()) kept += l.CoreUtf8() + "\n";
  }
  return kept;
}

TEST(RecordRows, KeepsACarPagesHeadRows) {
  const std::string kept = KeptAfterRules(kCarPage, "某牌 X5 油電休旅 2027年式");
  for (const char* row : {"建議售價 128.8萬", "油耗 21.3 km/L  5人座", "2.0L 油電 / 前輪驅動", "保固 5年/15萬公里",
                          "規格配備", "車身型式 五門休旅", "軸距 2700mm"}) {
    EXPECT_TRUE(HasLine(kept, row)) << row << "\n" << kept;
  }
  for (const char* furniture : {"請洽各地經銷商", "BUTTON", "保固說明", "預約試駕", "關於我們"}) {
    EXPECT_FALSE(Contains(kept, furniture)) << furniture << "\n" << kept;
  }
}

// A job posting in Simplified: salary, place, experience and the posting
// date as rows over the post's field block, a login prompt among them.
const char kJobPage[] =
    "[logo.png] 招聘网\n"
    "  * 首页\n"
    "  * 职位\n"
    "  * 公司\n"
    "首页 > 上海招聘 > 软件开发\n"
    "\n"
    "后端开发工程师（Go）\n"
    "\n"
    "   20-35K 14薪\n"
    "   上海 浦东新区  3-5年  本科\n"
    "   招3人 全职\n"
    "   登录后可与招聘者沟通，请先登录。\n"
    "   2026-12-03 发布\n"
    "\n"
    "职位信息\n"
    "     * 工作地点 上海浦东张江\n"
    "     * 所属部门 支付平台\n"
    "     * 汇报对象 技术经理\n"
    "     * 招聘人数 3人\n"
    "     * 学历要求 本科\n"
    "     * 工作经验 3-5年\n"
    "     * 薪资范围 20-35K\n"
    "\n"
    "   相似职位\n"
    "     * Java开发工程师 25-40K\n"
    "   关于我们 | 联系我们\n";

TEST(RecordRows, KeepsAJobPostingsHeadRows) {
  const std::string kept = KeptAfterRules(kJobPage, "后端开发工程师（Go）");
  for (const char* row : {"20-35K 14薪", "上海 浦东新区  3-5年  本科", "招3人 全职", "2026-12-03 发布",
                          "工作地点 上海浦东张江", "薪资范围 20-35K"}) {
    EXPECT_TRUE(HasLine(kept, row)) << row << "\n" << kept;
  }
  for (const char* furniture : {"请先登录", "关于我们"}) {
    EXPECT_FALSE(Contains(kept, furniture)) << furniture << "\n" << kept;
  }
}

TEST(RecordRows, NothingWithoutARecordBlock) {
  std::vector<PageLine> lines = MakePageLines(
      "今日天氣\n"
      "台北 18度 多雲\n"
      "台中 21度 晴\n"
      "高雄 24度 晴\n"
      "花蓮 19度 陣雨\n");
  for (auto& l : lines) l.reason = "outside the main text";
  EXPECT_TRUE(KeepRecordRows(lines, {}).empty());
  for (const auto& l : lines) EXPECT_EQ(l.reason, "outside the main text");
}

TEST(RecordRows, ARecordTheMainTextKeptAlready) {
  // The main-text finder kept the field block (so the listing rule gives
  // nothing back) and left the head's rows out: they come back all the same.
  std::vector<PageLine> lines = MakePageLines(
      "收藏品：青花纏枝蓮紋梅瓶\n"
      "\n"
      "   明 永樂 1403-1424\n"
      "   高 38.2 公分\n"
      "   口徑 6.1 公分\n"
      "   館藏號 故瓷 01234\n"
      "\n"
      "   名稱 青花纏枝蓮紋梅瓶\n"
      "   年代 明永樂\n"
      "   類型 瓷器\n"
      "   材質 瓷土\n"
      "   尺寸 高38.2公分\n"
      "   來源 清宮舊藏\n");
  for (size_t i = 2; i <= 5; ++i) lines[i].reason = "outside the main text";
  KeepRecordRows(lines, {});
  for (size_t i = 2; i <= 5; ++i) EXPECT_EQ(lines[i].reason, "") << lines[i].raw;
}

// Drops every line of `page` but those in `kept` (as the rules that ran
// before would: a list item as a menu, a line with a ">" path as a tag
// list, a stock counter as shop furniture, the rest as left out of the main
// text), runs the record rules with no record block found, and gives back
// the lines kept, one a line.
std::string KeptAroundKeptRows(const char* page, const std::vector<std::string>& kept) {
  std::vector<PageLine> lines = MakePageLines(page);
  for (auto& l : lines) {
    if (l.blank() || std::find(kept.begin(), kept.end(), l.CoreUtf8()) != kept.end()) continue;
    const std::string core = l.CoreUtf8();
    l.reason = l.bullet                                                   ? "menu or link list"
               : core.find('>') != std::string::npos                      ? "tag list"
               : core.rfind("庫存", 0) == 0 || core.rfind("库存", 0) == 0 ? "shop furniture"
                                                                          : "outside the main text";
  }
  KeepRecordRows(lines, {});
  std::string out;
  for (const auto& l : lines) {
    if (!l.blank() && l.reason.empty()) out += l.CoreUtf8() + "\n";
  }
  return out;
}

// An e-bike's spec page in Simplified (a kind in no fold): the main text
// kept the table's first group; its next group, under a heading with a
// slash and with wide label cells, comes back; the link under it does not.
TEST(RecordRows, ASpecTablesNextGroupBelowTheKeptRows) {
  const char page[] =
      "   整车质量(kg)            55\n"
      "   最高车速(km/h)          25\n"
      "   电池/电机\n"
      "   电池类型                锂离子电池\n"
      "   电池容量(Ah)            24\n"
      "   电机额定功率(W)         400\n"
      "   查看全部参数 >\n"
      "\n"
      "   热门车型 排行榜 经销商\n";
  const std::string kept = KeptAroundKeptRows(page, {"整车质量(kg)            55", "最高车速(km/h)          25"});
  for (const char* line : {"电池/电机", "电池类型                锂离子电池", "电机额定功率(W)         400"}) {
    EXPECT_NE(kept.find(line), std::string::npos) << line << "\n" << kept;
  }
  EXPECT_EQ(kept.find("查看全部参数"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("排行榜"), std::string::npos) << kept;
}

// A second-hand camera listing in Traditional (a kind in no fold): the
// main text starts inside the spec rows; the rows above it come back over
// the stock counter and the category path, which stay dropped, as does
// the section label over them.
TEST(RecordRows, AListingsRowsAboveTheKeptRows) {
  const char page[] =
      "   商品資訊\n"
      "\n"
      "   分類 二手市集 > 相機 > 單眼\n"
      "   品牌 示範光學\n"
      "   快門次數 12000\n"
      "   成色 九成新\n"
      "\n"
      "   庫存 1\n"
      "   保固 三個月\n"
      "   所在地 新竹市東區\n"
      "\n"
      "   機身僅有輕微使用痕跡，附原廠電池兩顆與充電器，歡迎面交。\n";
  const std::string kept = KeptAroundKeptRows(
      page, {"保固 三個月", "所在地 新竹市東區", "機身僅有輕微使用痕跡，附原廠電池兩顆與充電器，歡迎面交。"});
  for (const char* line : {"品牌 示範光學", "快門次數 12000", "成色 九成新"}) {
    EXPECT_NE(kept.find(line), std::string::npos) << line << "\n" << kept;
  }
  for (const char* line : {"商品資訊", "分類", "庫存"}) {
    EXPECT_EQ(kept.find(line), std::string::npos) << line << "\n" << kept;
  }
}

// Two short kept lines of an article (a byline, a date) over a menu of
// words: no record, nothing comes back.
TEST(RecordRows, NoRowsWithoutANumberAmongThem) {
  const char page[] =
      "   要聞 國際\n"
      "   財經 體育\n"
      "\n"
      "   記者 王小明\n"
      "   攝影 陳大同\n";
  const std::string kept = KeptAroundKeptRows(page, {"記者 王小明", "攝影 陳大同"});
  EXPECT_EQ(kept, "記者 王小明\n攝影 陳大同\n");
}

}  // namespace
}  // namespace wenyuan::clean
