// The record-head recogniser on record pages written for this test (a
// hotel room offer in Simplified, a second-hand book listing in
// Traditional; kinds in no fold), as the main-text finder leaves them
// (the description kept, the head left out): the item's name, its price
// line and the summary row under it come back; the crossed-out original
// price, the counters and the buttons do not. And on an article, where a
// price inside the body's sentences makes no head.
#include "clean/record_heads.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(RecordHeads, PriceLines) {
  EXPECT_TRUE(IsPriceOnlyLine(DecodeUtf32("$459 - $899")));
  EXPECT_TRUE(IsPriceOnlyLine(DecodeUtf32("20-35K·15薪")));
  EXPECT_TRUE(IsPriceOnlyLine(DecodeUtf32("厂商指导价：18.98万    经销商报价：17.28万起")));
  EXPECT_TRUE(IsPriceOnlyLine(DecodeUtf32("售價 NT$1,280")));
  EXPECT_TRUE(IsPriceOnlyLine(DecodeUtf32("￥688 起")));
  EXPECT_FALSE(IsPriceOnlyLine(DecodeUtf32("22% 折扣")));
  EXPECT_FALSE(IsPriceOnlyLine(DecodeUtf32("運費 免運費 滿$299 享免運 運送至 臺北市中正區")));
  EXPECT_FALSE(IsPriceOnlyLine(DecodeUtf32("本月起票价上调至5元。")));
  EXPECT_FALSE(IsPriceOnlyLine(DecodeUtf32("2026年12月5日")));
  EXPECT_FALSE(IsPriceOnlyLine(DecodeUtf32("关注：8.1万　贴子：92.4万")));  // counts, no money
}

// Drops every line but `kept` (buttons as buttons, list items as a menu,
// the rest as left out of the main text), runs the rule, and gives back
// the lines kept, one a line.
std::string KeptAfterHead(const char* page, const std::vector<std::string>& kept) {
  std::vector<PageLine> lines = MakePageLines(page);
  for (auto& l : lines) {
    if (l.blank() || std::find(kept.begin(), kept.end(), l.CoreUtf8()) != kept.end()) continue;
    l.reason = l.raw.find("(BUTTON)") != std::string::npos ? "button or form field"
               : l.bullet                                  ? "menu or link list"
                                                           : "outside the main text";
  }
  KeepRecordHead(lines);
  std::string out;
  for (const auto& l : lines) {
    if (!l.blank() && l.reason.empty()) out += l.CoreUtf8() + "\n";
  }
  return out;
}

TEST(RecordHeads, AHotelRoomsNamePriceAndSummary) {
  const char page[] =
      "[logo.png] 旅途订房\n"
      "  * 酒店\n"
      "  * 机票\n"
      "\n"
      "西湖畔精品酒店 湖景大床房（含双早）\n"
      "\n"
      "4.8分 | 2,316条点评\n"
      "\n"
      "￥688 起\n"
      "\n"
      "￥920\n"
      "\n"
      "杭州 35平方米 1.8米大床\n"
      "\n"
      "(BUTTON) 立即预订 (BUTTON) 收藏\n"
      "\n"
      "房间位于酒店三层，推窗可见西湖与苏堤，配有独立浴缸和胶囊咖啡机。\n";
  const std::string kept = KeptAfterHead(page, {"房间位于酒店三层，推窗可见西湖与苏堤，配有独立浴缸和胶囊咖啡机。"});
  EXPECT_EQ(kept,
            "西湖畔精品酒店 湖景大床房（含双早）\n"
            "￥688 起\n"
            "杭州 35平方米 1.8米大床\n"
            "房间位于酒店三层，推窗可见西湖与苏堤，配有独立浴缸和胶囊咖啡机。\n");
}

TEST(RecordHeads, ABookListingsNameAndPriceOverItsCounters) {
  const char page[] =
      "二手書市集\n"
      "  * 首頁\n"
      "  * 分類\n"
      "\n"
      "【絕版】臺灣老街建築圖說 初版一刷 附書盒\n"
      "\n"
      "★★★★☆ | 已售出 3\n"
      "\n"
      "(BUTTON) 檢舉\n"
      "\n"
      "NT$1,280\n"
      "\n"
      "(BUTTON) 加入購物車\n"
      "\n"
      "書況良好，書盒邊角略有磨損，內頁無畫記。\n";
  const std::string kept = KeptAfterHead(page, {"書況良好，書盒邊角略有磨損，內頁無畫記。"});
  EXPECT_EQ(kept,
            "【絕版】臺灣老街建築圖說 初版一刷 附書盒\n"
            "NT$1,280\n"
            "書況良好，書盒邊角略有磨損，內頁無畫記。\n");
}

TEST(RecordHeads, NoHeadWithoutAPriceLine) {
  const char page[] =
      "地方新聞\n"
      "\n"
      "老街商圈年終活動登場\n"
      "\n"
      "2026-12-05 記者 林小華\n"
      "\n"
      "商圈今年推出滿500元送100元抵用券，吸引不少民眾前往。\n";
  const std::string kept = KeptAfterHead(page, {"商圈今年推出滿500元送100元抵用券，吸引不少民眾前往。"});
  EXPECT_EQ(kept, "商圈今年推出滿500元送100元抵用券，吸引不少民眾前往。\n");
}

// A scooter model page in Traditional (a kind in no fold): under the kept
// spec lines, the local dealers, each a name over a labelled offer with a
// field line, a button and an address: names, offers and the heading come
// back; the fields, buttons and addresses, and another list's bare prices,
// do not.
TEST(RecordHeads, ADealerListsNamesAndOffers) {
  const char page[] =
      "   排氣量 124.6cc\n"
      "\n"
      "   附近經銷商\n"
      "   全部 | 直營店 | 特約店\n"
      "   示範機車中山旗艦店\n"
      "   營業時間：09:00-21:00\n"
      "   售價：NT$89,000\n"
      "   (BUTTON) 預約賞車\n"
      "   地址：示範市中山路88號\n"
      "   示範機車北區特約店\n"
      "   營業時間：10:00-20:00\n"
      "   售價：NT$87,500\n"
      "   (BUTTON) 預約賞車\n"
      "   地址：示範市北區民族路12號\n"
      "\n"
      "   看過的人也看了\n"
      "   示範機車 電動款 2027\n"
      "   NT$99,000\n"
      "   示範機車 輕檔車款\n"
      "   NT$76,000\n";
  const std::string kept = [&] {
    std::vector<PageLine> lines = MakePageLines(page);
    for (auto& l : lines) {
      if (l.blank() || l.CoreUtf8() == "排氣量 124.6cc") continue;
      l.reason = l.raw.find("(BUTTON)") != std::string::npos ? "button or form field" : "outside the main text";
    }
    KeepSellerList(lines);
    std::string out;
    for (const auto& l : lines) {
      if (!l.blank() && l.reason.empty()) out += l.CoreUtf8() + "\n";
    }
    return out;
  }();
  EXPECT_EQ(kept,
            "排氣量 124.6cc\n"
            "附近經銷商\n"
            "示範機車中山旗艦店\n"
            "售價：NT$89,000\n"
            "示範機車北區特約店\n"
            "售價：NT$87,500\n");
}

// A piano's listing in Simplified and a museum object's record in
// Traditional: the template's labels over the description go, a heading
// of the text's own and a label with nothing kept under it stay.
TEST(RecordHeads, TemplateLabelsOverADescription) {
  std::vector<PageLine> lines = MakePageLines(
      "产品描述\n"
      "这台立式钢琴购于2015年，音色明亮，每年调律一次，琴键无损坏。\n"
      "\n"
      "物件描述\n"
      "\n"
      "木胎漆盒一件，盒蓋繪有牡丹紋，為早年嫁妝之用。\n"
      "\n"
      "问题描述\n"
      "这台琴的踏板为什么会有杂音？\n"
      "\n"
      "修復紀錄\n"
      "二〇一八年由館方修補盒蓋裂痕。\n"
      "\n"
      "商品描述\n");
  MarkRecordTemplateLabels(lines);
  EXPECT_EQ(lines[0].reason, kRecordTemplateLabel);
  EXPECT_EQ(lines[3].reason, kRecordTemplateLabel);
  EXPECT_EQ(lines[7].reason, "");  // the asker's own heading
  EXPECT_EQ(lines[10].reason, "");
  EXPECT_EQ(lines[13].reason, "");
}

// An old photograph's record in a city archive, in Simplified (a kind in
// no fold): the table's item rows and its licence stay; its source and
// update rows and the citation box under it go.
TEST(RecordHeads, ARecordsSiteFieldsAndCitation) {
  std::vector<PageLine> lines = MakePageLines(
      "   题名          码头工人午休合影\n"
      "   年代          1950年代\n"
      "   尺寸          12×9厘米\n"
      "   典藏编号      CA-1953-0412\n"
      "   授权方式      知识共享 署名 4.0\n"
      "   资料来源      市档案馆老照片征集\n"
      "   最后更新      2026-11-02\n"
      "\n"
      "   引用本页\n"
      "   市档案馆（2026）。码头工人午休合影。取自 https://archive.example.cn/item/412\n");
  MarkRecordSiteFields(lines);
  for (size_t i = 0; i <= 4; ++i) EXPECT_EQ(lines[i].reason, "") << lines[i].raw;
  for (size_t i : {size_t{5}, size_t{6}, size_t{8}, size_t{9}}) {
    EXPECT_EQ(lines[i].reason, kRecordSiteField) << lines[i].raw;
  }
}

// A listing's own update date, alone among its rows with no source or
// counter beside it, is the item's: a rented flat (Traditional).
TEST(RecordHeads, AnUpdateDateAloneIsTheListingsOwn) {
  std::vector<PageLine> lines = MakePageLines(
      "   間隔          1房1廳\n"
      "   樓層          高層\n"
      "   租金          $12,800 / 月\n"
      "   物業編號      NB-0415\n"
      "   更新日期      2026年3月2日\n");
  MarkRecordSiteFields(lines);
  for (const auto& l : lines) EXPECT_EQ(l.reason, "") << l.raw;
}

// Two rows alone are no record's table: an article's "资料来源" line stays.
TEST(RecordHeads, NoSiteFieldsOutsideATable) {
  std::vector<PageLine> lines = MakePageLines(
      "   作者          王小明\n"
      "   资料来源      市统计局\n"
      "\n"
      "今年前三季度全市生产总值同比增长5.2%。\n");
  MarkRecordSiteFields(lines);
  for (const auto& l : lines) EXPECT_EQ(l.reason, "") << l.raw;
}

// A provincial regulations database (Simplified) written for this test: of
// the law's head fields, the database's classification path and its link
// to a site go; the name and dates stay.
TEST(RecordHeads, ALawDatabasesClassificationAndSiteFieldsGo) {
  const char kPage[] =
      "   [logo.png] 西川省法规规章数据库\n\n"
      "   法规名称：西川省社区矫正工作办法\n"
      "   施行日期：2027年1月1日\n"
      "   法规类别：司法行政 >gt; 社区矫正 >gt; 综合\n"
      "   相关链接：西川省司法厅门户网站\n\n"
      "   第一条　为了规范社区矫正工作，根据《中华人民共和国社区矫正法》，结合本省实际，制定本办法。\n"
      "   第二条　本省行政区域内的社区矫正工作，适用本办法。\n"
      "   第三条　县级以上人民政府应当将社区矫正工作纳入经济社会发展规划，所需经费列入本级财政预算。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "法规名称：西川省社区矫正工作办法")) << c.text;
  EXPECT_TRUE(Contains(c.text, "施行日期：2027年1月1日")) << c.text;
  EXPECT_FALSE(Contains(c.text, "法规类别")) << c.text;
  EXPECT_FALSE(Contains(c.text, "相关链接")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
