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

}  // namespace main_text_notice_head_test
}  // namespace wenyuan::clean
