// The site-footer rules on lines written for this test, in both scripts,
// and on a release page written for it: the footers go, the release stays.
#include "clean/site_footer_rules.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/document_cleaner.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace site_footer_rules_test {

std::string Reason(std::string_view line) { return SiteFooterReason(DecodeUtf32(line)); }

TEST(SiteFooterRules, FootersInBothScripts) {
  EXPECT_EQ(Reason("新聞聯絡人：王大明議員服務處 李秘書 04-2222-XXXX"), "press contact");
  EXPECT_EQ(Reason("媒体联系人：市文旅局宣传科 赵女士 0571-8888XXXX"), "press contact");
  EXPECT_EQ(Reason("回上一頁 | 回首頁 | 回頂端"), "back links");
  EXPECT_EQ(Reason("返回列表 | 返回顶部"), "back links");
  EXPECT_EQ(Reason("回列表 | 回上一頁 | TOP"), "back links");
  EXPECT_EQ(Reason("地址：40701臺中市西屯區台灣大道三段99號　電話：(04)2228-9111"), "site licence or contact footer");
  EXPECT_EQ(Reason("地址：杭州市西湖区某某路18号 邮编：310000 传真：0571-8765XXXX"), "site licence or contact footer");
  EXPECT_EQ(Reason("建議使用 Chrome、Firefox 最新版本瀏覽，最佳解析度 1280x1024"), "browser advice");
  EXPECT_EQ(Reason("建议使用IE10以上浏览器，最佳分辨率1366x768"), "browser advice");
  EXPECT_EQ(Reason("责任编辑：李明_BJ1021"), "editor credit");
  EXPECT_EQ(Reason("（責任編輯：陳怡_TW0335）"), "editor credit");
  EXPECT_EQ(Reason("编辑：小林　审核：张华"), "editor credit");
  EXPECT_EQ(Reason("編輯：周子　校對：何文"), "editor credit");
}

TEST(SiteFooterRules, TextThatOnlyLooksLikeAFooterIsKept) {
  // A paragraph about an address, a browser, an editor, a way back.
  EXPECT_EQ(Reason("地址變更後，民眾可至區公所臨櫃辦理，電話預約者優先。"), "");
  EXPECT_EQ(Reason("專家建議使用Chrome瀏覽器的長者，定期更新版本以免遭到詐騙。"), "");
  EXPECT_EQ(Reason("责任编辑：吴咏玲"), "");  // a plain editor's credit: main_text_finder's business
  EXPECT_EQ(Reason("回到家鄉 | 重新開始"), "");
  EXPECT_EQ(Reason("新聞稿發布後，聯絡人將另行通知各媒體採訪時間。"), "");
}

// An editor's credit set apart in brackets, in both scripts; a bracketed
// note of the story's own is none.
TEST(SiteFooterRules, BracketedEditorCredits) {
  EXPECT_EQ(Reason("【责任编辑：李小燕】"), "editor credit");
  EXPECT_EQ(Reason("（責任編輯：林小美）"), "editor credit");
  EXPECT_EQ(Reason("[编辑:王强]"), "editor credit");
  EXPECT_EQ(Reason("【编辑部提醒：本文所述价格以商家公布为准，出行前请再次确认。】"), "");
  EXPECT_EQ(Reason("（编辑手记：这次采访持续了三天）"), "");
}

TEST(SiteFooterRules, UnitTags) {
  EXPECT_TRUE(StartsWithUnitTag(DecodeUtf32("【學務處】113學年度第1學期獎學金申請公告")));
  EXPECT_TRUE(StartsWithUnitTag(DecodeUtf32("【快讯】全市中小学明起放暑假")));
  EXPECT_FALSE(StartsWithUnitTag(DecodeUtf32("【教務處】選課公告【學務處】宿舍公告")));
  EXPECT_FALSE(StartsWithUnitTag(DecodeUtf32("校際選課公告")));
  EXPECT_FALSE(StartsWithUnitTag(DecodeUtf32("【公告】")));
}

// A council member's release page: the release stays, the footers go.
TEST(SiteFooterRules, ReleasePageLosesItsFooters) {
  const std::string page =
      "   [logo.png] 北辰市議會\n\n"
      "   首頁 > 議員新聞 > 新聞稿\n\n"
      "   北辰市議員要求增設校園周邊人行道\n\n"
      "   發布日期：2024-09-03　發布單位：王大明議員服務處\n\n"
      "   北辰市議員王大明今（3）日在市政總質詢時指出，市區仍有多所國小周邊沒有人行道，學童上下學只能與汽機車爭道，"
      "他要求交通局在明年度預算中優先編列改善經費。\n\n"
      "   王大明表示，去年全市學童交通事故有三成發生在學校周邊五百公尺內，市府應盤點通學路線，"
      "以標線型人行道先行改善，再逐步拓寬為實體人行道。\n\n"
      "   交通局長回應，將於年底前完成全市國小通學路線盤點，並優先改善事故熱點。\n\n"
      "   新聞聯絡人：王大明議員服務處 李秘書 04-2222-XXXX\n\n"
      "   回上一頁 | 回首頁 | 回頂端\n\n"
      "   本網站所刊載之議員新聞稿，由各議員服務處提供，內容文責由各服務處自負。\n\n"
      "   地址：40701臺中市西屯區台灣大道三段99號　電話：(04)2228-9111\n"
      "   建議使用 Chrome、Firefox 最新版本瀏覽，最佳解析度 1280x1024\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebPage, nullptr);
  for (std::string_view kept : {"北辰市議員要求增設校園周邊人行道", "發布日期：2024-09-03", "學童上下學",
                                "以標線型人行道先行改善", "交通局長回應"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view gone : {"新聞聯絡人", "回上一頁", "文責", "地址：", "建議使用"}) {
    EXPECT_EQ(c.text.find(gone), std::string::npos) << gone << "\n" << c.text;
  }
}

}  // namespace site_footer_rules_test
}  // namespace wenyuan::clean
