// The head of a notice whose body opens with its addressees and a
// hard-wrapped first paragraph, on a page written for this test
// (Traditional): neither the addressee line (it ends in a colon) nor the
// paragraph's first full line (the next line goes on) is the headline, so
// the notice's title, date line and number stay.
#include <gtest/gtest.h>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace main_text_notice_head_test {

const char kNotice[] =
    "     * 首頁\n     * 政務公開\n     * 互動交流\n\n"
    "   當前位置：首頁 > 政務公開 > 通知公告\n\n"
    "北辰縣教育處關於辦理一一六年度國民中小學教師在職進修研習報名作業的通知\n\n"
    "   發布時間：2027-01-08 09:15:20  來源：本網\n"
    "   【字體：大 中 小】 【列印】 【關閉】\n\n"
    "                                 北教處字〔2027〕12號\n\n"
    "   各國民中小學、縣立幼兒園：\n\n"
    "   為提升本縣國民中小學教師專業知能，落實《北辰縣教師專業發展實施計畫》及《國民中小學\n"
    "   教師在職進修辦法》，本處訂於一一六年度寒假期間辦理教師在職進修研習，現將報名有關事項\n"
    "   通知如下：\n\n"
    "   一、研習對象\n\n"
    "   本縣公立國民中小學編制內正式教師，每校至少薦派一名，並以未曾參加同類研習者優先。\n\n"
    "   二、報名方式\n\n"
    "   請各校於一月二十日前至本處研習報名系統完成線上報名，逾期不予受理，報名結果另行公告。\n\n"
    "   相關連結\n     * 研習報名系統\n     * 教師專業發展網\n";

TEST(MainTextNoticeHead, TitleDateAndNumberAboveAddresseesStay) {
  const CleanedDocument c = CleanDocument(kNotice, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "北辰縣教育處關於辦理一一六年度國民中小學教師在職進修研習報名作業的通知")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "發布時間：2027-01-08 09:15:20  來源：本網")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "各國民中小學、縣立幼兒園：")) << c.text;
  EXPECT_TRUE(Contains(c.text, "本縣公立國民中小學編制內正式教師")) << c.text;
  EXPECT_FALSE(Contains(c.text, "教師專業發展網")) << c.text;
}

// A gazette's numbered notice written for this test (Traditional, a road
// closure): the notice's number, office, kind and opening line over its
// fields, and its signer with the date on one line below its items, stay;
// the navigation and other notices do not.
const char kGazetteNotice[] =
    "   跳到主要內容\n   [logo.gif] 特區政府公報\n"
    "     * 主頁\n     * 本期公報\n     * 過往公報\n     * 搜尋\n     * 聯絡我們\n"
    "   主頁 > 過往公報 > 2027年 > 第2期 > 政府公告\n\n"
    "   < 上一則 | 返回目錄 | 下一則 >\n   [pdf.gif] 下載PDF版本 (96KB)\n\n"
    "   第 58 號\n   運輸署\n   道路封閉通告\n   茲公布下列安排：\n\n"
    "   封閉路段：彌敦道（佐敦道至加士居道一段）南行線\n"
    "   封閉時間：2027年1月10日（星期日）上午6時至中午12時\n\n"
    "   1. "
    "上述路段封閉期間，南行車輛須改經廣東道前往尖沙咀，駕駛人士應預留充足時間，並留意現場交通標誌及警務人員的指示。\n"
    "   2. 專營巴士路線將作臨時改道，受影響的巴士站將暫停使用，詳情請留意各巴士公司於車站及網頁公布的安排。\n"
    "   3. 如遇惡劣天氣，封閉安排或會順延，運輸署將另行公布。\n\n"
    "   運輸署署長　李國強        二零二七年一月四日\n\n"
    "   < 上一則 | 返回目錄 | 下一則 >\n\n"
    "   本期其他公告\n     * 第 57 號 地政總署 收回土地通告\n     * 第 59 號 水務署 暫停供水通告\n\n"
    "   2027 © | 重要告示 | 私隱政策\n";

TEST(MainTextNoticeHead, AGazetteNoticesNumberOfficeKindOpeningAndSignerStay) {
  const CleanedDocument c = CleanDocument(kGazetteNotice, SourceLayout::kWebDump, nullptr);
  for (const char* line :
       {"第 58 號", "運輸署", "道路封閉通告", "茲公布下列安排：", "運輸署署長　李國強        二零二七年一月四日"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "3. 如遇惡劣天氣")) << c.text;
  EXPECT_FALSE(Contains(c.text, "下載PDF")) << c.text;
  EXPECT_FALSE(Contains(c.text, "收回土地通告")) << c.text;
}

}  // namespace main_text_notice_head_test
}  // namespace wenyuan::clean
