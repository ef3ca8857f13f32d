// The rights-notice rules on lines and on stories written for this test, in
// both scripts: a site's rights notice hard-wrapped over several lines goes
// whole, a "版權保護" label opens one, a notice's heading after the site's
// name goes with its numbered clauses; the story above it stays, and so do
// a contract's numbered clauses and headings that are no site's notice.
#include "clean/rights_notices.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

TEST(RightsNotices, ARightsProtectionLabelOpensANotice) {
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("版权保护：本网登载的内容版权属北辰日报网所有。")), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("版權保護：本網刊登的內容版權屬北辰日報網所有。")), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("保护版权是出版社今年的工作重点。")), "");
}

TEST(RightsNotices, ANoticeWrappedOverSeveralLinesGoesWhole) {
  for (bool traditional : {false, true}) {
    const std::string page =
        traditional
            ? "   北辰市今年稻米收成創五年新高，農會表示，新品種抗倒伏，颱風季損失明顯減少，農民收入也跟著提高。\n\n"
              "   北辰日報網版權說明：凡註明來源為「北辰日報網」的稿件，除與本網簽署授權\n"
              "   協議的網站外，其他任何網站或單位未經允許不得轉載使用，違者必究。如需使用\n"
              "   ，請與本網聯繫；凡本網註明來源為其他媒體的作品，均轉載自其他媒體，目的在\n"
              "   於傳播更多資訊，如有問題請與稿件來源方聯繫。\n"
            : "   "
              "北辰市今年稻米产量创五年新高，农业部门表示，新品种抗倒伏，台风季损失明显减少，农民收入也随之提高。\n\n"
              "   北辰日报网版权说明：凡注明来源为“北辰日报网”的稿件，除与本网签署授权\n"
              "   协议的网站外，其他任何网站或单位未经允许禁止转载使用，违者必究。如需使用\n"
              "   ，请与本网联系；凡本网注明来源为其他媒体的作品，均转载自其他媒体，目的在\n"
              "   于传播更多信息，如有问题请与稿件来源方联系。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, traditional ? "稻米收成創五年新高" : "稻米产量创五年新高")) << c.text;
    for (const char* gone : {"版权", "版權", "协议", "協議", "其他媒体", "其他媒體", "来源方", "來源方"}) {
      EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
    }
  }
}

TEST(RightsNotices, ANoticeHeadingAfterTheSitesName) {
  EXPECT_EQ(NoticeHeadingReason(DecodeUtf32("北辰晚报网版权声明：")), "copyright notice");
  EXPECT_EQ(NoticeHeadingReason(DecodeUtf32("北辰日報網 免責聲明")), "disclaimer notice");
  EXPECT_EQ(NoticeHeadingReason(DecodeUtf32("转载声明")), "reprint notice");
  EXPECT_EQ(NoticeHeadingReason(DecodeUtf32("以下為雙方的版權聲明：")), "");
  EXPECT_EQ(NoticeHeadingReason(DecodeUtf32("三、免責聲明")), "");
  EXPECT_EQ(NoticeHeadingReason(DecodeUtf32("## 添加版权声明")), "");
  EXPECT_EQ(NoticeHeadingReason(DecodeUtf32("作者在序言中引用了出版社的版权声明")), "");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("北辰晚报网版权声明：")), "copyright notice");
}

TEST(RightsNotices, AClaimOnMarkedWorksWithTheSiteNamed) {
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("凡本站标注“来源：北辰在线”的图文，均为本站原创。")), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("凡本報註明出處為其他媒體者，皆轉載自該媒體。")), "copyright notice");
  EXPECT_EQ(RightsNoticeReason(DecodeUtf32("凡是报名参加的选手，请注明来源学校。")), "");
}

TEST(RightsNotices, ASitesNumberedClausesGoWithTheirHeading) {
  for (bool traditional : {false, true}) {
    const std::string page =
        traditional ? "   北辰港今年貨櫃吞吐量創新高，港務公司表示將再擴建兩座碼頭，以因應航商需求。\n\n"
                      "   北辰日報網版權聲明：\n"
                      "   一、本網刊登之文字、圖片，除另有說明者外，著作權均屬北辰日報網。\n"
                      "   二、凡本網註明「來源：其他媒體」之作品，係轉載自該媒體，不代表本網立場。\n"
                      "   三、如對上述內容有疑義，請於刊登後十五日內來信。\n\n"
                      "   港務公司並說明，擴建工程預計明年動工。\n"
                    : "   北辰港今年集装箱吞吐量创新高，港务公司表示将再扩建两座码头，以应对航运公司需求。\n\n"
                      "   北辰晚报网版权声明：\n"
                      "   1、本网刊发的文字、图片，除另有说明外，版权均归北辰晚报网所有。已获授权的，应在授权范\n"
                      "   围内使用。\n"
                      "   2、凡本网注明“来源：其他媒体”的作品，均转载自该媒体，不代表本网观点。\n"
                      "   3、如对上述内容有异议，请于刊发后十五日内来函。\n\n"
                      "   港务公司并表示，扩建工程预计明年开工。\n";
    const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(Contains(c.text, traditional ? "貨櫃吞吐量創新高" : "集装箱吞吐量创新高")) << c.text;
    EXPECT_TRUE(Contains(c.text, traditional ? "預計明年動工" : "预计明年开工")) << c.text;
    for (const char* gone : {"版权声明", "版權聲明", "另有说明", "另有說明", "其他媒体", "其他媒體", "十五日内",
                             "十五日內", "授权范", "围内使用"}) {
      EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
    }
  }
}

TEST(RightsNotices, AContractsNumberedClausesStay) {
  // Clauses about rights under a heading that is no site's notice, and a
  // site's heading whose first clause does not speak of the site.
  const std::string page =
      "   甲乙雙方就委託研究案約定如下。\n\n"
      "   合作條款：\n"
      "   一、研究成果之著作權歸甲方所有，乙方未經同意不得轉載。\n"
      "   二、乙方應於期限內交付報告。\n\n"
      "   北辰協會版權聲明\n"
      "   一、會員應遵守著作權法，引用他人作品時註明出處。\n"
      "   二、會員作品得由協會彙編出版。\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kPlainText, nullptr);
  EXPECT_TRUE(Contains(c.text, "研究成果之著作權歸甲方所有")) << c.text;
  EXPECT_TRUE(Contains(c.text, "乙方應於期限內交付報告")) << c.text;
  EXPECT_TRUE(Contains(c.text, "會員作品得由協會彙編出版")) << c.text;
}

TEST(RightsNotices, ASitesClaimWithAPleaNotToReprintGoes) {
  // The site's claim on its words and pictures, then "please do not"
  // reprint, worded unlike any rule's list.
  EXPECT_EQ(RightsNoticeReason(U"聲明：本網圖文著作權屬本報所有，歡迎轉貼連結，請勿擅自修改或全文轉貼。"),
            "copyright notice");
  // An article's sentence on who owns a work and a plea stays.
  EXPECT_EQ(RightsNoticeReason(U"他說，這批老照片的版權歸家屬所有，請大家珍惜。"), "");
}

}  // namespace
}  // namespace wenyuan::clean
