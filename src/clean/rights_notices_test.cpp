// The rights-notice rules on lines and on a story written for this test, in
// both scripts: a site's rights notice hard-wrapped over several lines goes
// whole, and a "版權保護" label opens one; the story above it stays.
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

}  // namespace
}  // namespace wenyuan::clean
