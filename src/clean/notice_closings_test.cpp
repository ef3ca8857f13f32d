// A notice's head and closing on notice pages written for this test (a
// city sports bureau's 通知 in Simplified, a county government's 預告 in
// Traditional; kinds in no fold): the header fields that say who issued it
// and when, the contact lines (plain or as numbered items), past the
// page's download list of attachments, the signer or the issuing body over
// the date, and the disclosure note, kept; the download list, the update
// date and the view counter dropped.
#include "clean/notice_closings.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/official_letters.h"

namespace wenyuan::clean {
namespace {

const char kSiteTop[] =
    "[logo] 示例政务网\n"
    "首页 | 政务公开 | 办事服务 | 互动交流 | 关于\n"
    "搜索 ____________________ (BUTTON) 搜索\n\n";
const char kSiteBottom[] =
    "\n[返回顶部]\n\n"
    "关于我们 | 网站地图 | 联系我们 | 隐私政策\n"
    "版权所有 © 2026 示例政务网\n";

std::string Page(std::string_view body) { return std::string(kSiteTop) + std::string(body) + kSiteBottom; }

TEST(NoticeClosings, DisclosureNotes) {
  EXPECT_TRUE(IsDisclosureNote(DecodeUtf32("（此件主动公开）")));
  EXPECT_TRUE(IsDisclosureNote(DecodeUtf32("（信息公开形式：主动公开）")));
  EXPECT_TRUE(IsDisclosureNote(DecodeUtf32("（信息公开选项：依申请公开）")));
  EXPECT_FALSE(IsDisclosureNote(DecodeUtf32("（信息公开工作年度报告）")));
  EXPECT_FALSE(IsDisclosureNote(DecodeUtf32("信息公开形式：主动公开")));
}

// Contact lines, then the page's download list (a bare "附件：" and file
// names), then the issuing body, the date and the disclosure note.
const char kSportsNotice[] =
    "市体育局关于做好2027年全民健身冬季系列活动组织工作的通知\n\n"
    "各区体育局，各市级体育协会：\n\n"
    "   为丰富群众冬季体育生活，推动全民健身活动广泛开展，经研究，决定于2027年1月至3月组织开展全民健身冬季系列活动。"
    "现将有关事项通知如下：\n\n"
    "   一、各区要结合本地实际，每区至少组织3项群众性冬季体育活动，并于1月10日前报送活动计划。\n\n"
    "   二、各协会要做好赛事安全保障，严格落实安全责任，确保活动安全有序开展。\n\n"
    "   联系人：群体处 张  敏\n\n"
    "   联系电话：0571-87012345\n\n"
    "   附件：\n\n"
    "   1. 冬季系列活动计划表.docx\n\n"
    "   2. 活动安全责任书.pdf\n\n"
    "   市体育局\n\n"
    "   2026年12月20日\n\n"
    "   （信息公开形式：主动公开）\n";

TEST(NoticeClosings, ContactLinesPastTheDownloadListThenIssuerDateAndNote) {
  const CleanedDocument c = CleanDocument(Page(kSportsNotice), SourceLayout::kWebDump, nullptr);
  for (const char* line : {"联系电话：0571-87012345", "市体育局", "2026年12月20日", "（信息公开形式：主动公开）"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_TRUE(Contains(c.text, "联系人：群体处")) << c.text;
  EXPECT_FALSE(Contains(c.text, ".docx")) << c.text;
  EXPECT_FALSE(Contains(c.text, ".pdf")) << c.text;
}

// A county's 預告 in Traditional: its header fields over the notice (with
// the site's update date and view counter), numbered contact items ending
// the body, the magistrate's signature, then the files to download.
const char kCountyNotice[] =
    "預告訂定「示範縣公有停車場收費自治條例」草案。\n\n"
    "   發布機關：交通處\n\n"
    "   發布日期：115-12-02\n\n"
    "   更新日期：115-12-04\n\n"
    "   點閱次數：2,083\n\n"
    "   示範縣政府　公告\n\n"
    "   主旨：預告訂定「示範縣公有停車場收費自治條例」草案。\n\n"
    "   公告事項：\n\n"
    "   一、本縣公有停車場收費自治條例草案如附件，另載於本府全球資訊網。\n\n"
    "   二、對於本公告內容有任何意見者，請於本公告刊登之次日起三十日內陳述意見：\n\n"
    "   （一）承辦單位：示範縣政府交通處\n\n"
    "   （二）地址：示範縣中正路100號\n\n"
    "   （三）電話：（05）123-4567分機301\n\n"
    "   縣長　林志遠\n\n"
    "   相關檔案\n\n"
    "     * [pdf.png]\n"
    "       自治條例草案總說明.pdf\n"
    "       (205 KB)\n"
    "     * [odt.png]\n"
    "       自治條例草案條文.odt\n"
    "       (64 KB)\n";

TEST(NoticeClosings, HeaderFieldsNumberedContactsAndTheSignerPastTheFiles) {
  const CleanedDocument c = CleanDocument(Page(kCountyNotice), SourceLayout::kWebDump, nullptr);
  for (const char* line : {"發布機關：交通處", "發布日期：115-12-02", "（三）電話：（05）123-4567分機301",
                           "縣長　林志遠", "主旨：預告訂定「示範縣公有停車場收費自治條例」草案。"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  for (const char* line : {"更新日期", "點閱次數", ".pdf", ".odt"}) {
    EXPECT_FALSE(Contains(c.text, line)) << line << "\n" << c.text;
  }
}

// A press release whose date stands alone right over its headline (a
// science museum's in Traditional, a university's in Simplified; kinds in
// no fold): the date is the release's date line.
TEST(NoticeClosings, AReleasesDateRightOverItsHeadline) {
  for (bool traditional : {false, true}) {
    const std::string body =
        traditional
            ? "   2026年11月30日\n"
              "科學館推出「星空導覽」夜間場次 週末開放至晚上九時\n"
              "   "
              "示範科學館今日宣布，為配合冬季星象觀測季，「星空導覽」將於十二月起增設夜間場次，逢週末開放至晚上九時。\n"
              "\n"
              "   夜間場次每場限額四十人，參加者可於館內天台使用專業望遠鏡觀測木星及獵戶座星雲，並由館方導賞員講解。\n"
            : "   2026年11月30日\n"
              "示范大学举办第十届创新创业大赛 两百支队伍同台竞技\n"
              "   "
              "11月29日，示范大学第十届创新创业大赛决赛在学校体育馆举行，来自全校二十个学院的两百支队伍参加了比赛。\n\n"
              "   经过初赛和复赛两轮选拔，最终有十二支队伍进入决赛，比赛项目涵盖人工智能、新材料和乡村振兴等领域。\n";
    const CleanedDocument c = CleanDocument(Page(body), SourceLayout::kWebDump, nullptr);
    EXPECT_TRUE(HasLine(c.text, "2026年11月30日")) << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace {

TEST(NoticeClosings, ClosingFormulas) {
  EXPECT_TRUE(IsClosingClauseLine(U"特此公告。"));
  EXPECT_TRUE(IsClosingClauseLine(U"特此通知。"));
  EXPECT_TRUE(IsClosingClauseLine(U"特此函復。"));
  EXPECT_FALSE(IsClosingClauseLine(U"特此感謝各位志工的協助。"));  // a sentence of thanks
  EXPECT_FALSE(IsClosingClauseLine(U"特此公告"));                  // no sentence's end: a heading
}

TEST(NoticeClosings, AFormulaThenTheNamedAttachmentAndTheIssuerOverTheDate) {
  // A port authority's 通告 in Traditional, its closing formula, the
  // attachment its text names, the issuer and the date; the page's
  // download list under them stays dropped.
  const std::string page = Page(
      "港務局關於暫停第三號碼頭夜間作業的通告\n\n"
      "為配合碼頭護舷更換工程，自2026年12月15日起至12月31日止，第三號碼頭每日22時至翌日6時暫停裝卸作業，"
      "請各船務代理公司預先調整船期。\n\n"
      "如有疑問，請洽本局港埠營運科，電話：07-5612311。\n\n"
      "特此公告。\n\n"
      "附件：第三號碼頭施工期間作業時段表\n\n"
      "港務局\n"
      "2026年12月5日\n\n"
      "附件下載：\n"
      "  * 1. 施工期間作業時段表.pdf\n");
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (const char* line : {"特此公告。", "附件：第三號碼頭施工期間作業時段表", "港務局", "2026年12月5日"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, ".pdf")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean

namespace wenyuan::clean {
namespace {

TEST(NoticeClosings, ASignersNameSpelledOutACharacterAtATime) {
  // A county fire bureau's 公告 in Traditional, signed "局長 林 志 遠".
  const std::string page = Page(
      "縣政府消防局公告\n\n"
      "主旨：公告本縣114年度山林火災防範期間及應注意事項。\n\n"
      "公告事項：\n"
      "一、防範期間自114年12月1日起至115年4月30日止。\n"
      "二、防範期間內禁止於山林及其周邊燃放天燈及焚燒雜草，違者依法處罰。\n\n"
      "局長 林 志 遠\n");
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "局長 林 志 遠")) << c.text;
}

// A township's 公示 in Simplified whose contact lines name whose phone
// they are ("镇纪委监督电话：…"), then its named attachments and issuer.
TEST(NoticeClosings, NamedPhoneLinesThenAttachmentsAndIssuer) {
  const char notice[] =
      "关于2026年农村危房改造补助对象的公示\n\n"
      "   发布时间：2026-11-20 10:00\n\n"
      "   各村（居）委会：\n\n"
      "   "
      "根据县住建局有关文件要求，经农户申请、村级评议、镇级审核，现将我镇2026年农村危房改造补助对象名单予以公示，公示期"
      "为七天，如有异议请在公示期内向镇政府反映。\n\n"
      "   镇村建办咨询电话：0731-5566778\n"
      "   镇纪委监督电话：0731-5566001\n\n"
      "   附件：1.2026年农村危房改造补助对象名单\n"
      "   2.农村危房改造补助标准\n\n"
      "   示范镇人民政府\n"
      "   2026年11月20日\n";
  const CleanedDocument c = CleanDocument(Page(notice), SourceLayout::kWebDump, nullptr);
  for (const char* line : {"镇村建办咨询电话：0731-5566778", "镇纪委监督电话：0731-5566001",
                           "附件：1.2026年农村危房改造补助对象名单", "示范镇人民政府"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "版权所有")) << c.text;
}

// A reply's closing written for this test (Simplified, a water bureau):
// the contact line that opens with the contact unit, the issuer over the
// date, the disclosure note and the 抄送 line under it all stay.
TEST(NoticeClosings, AContactUnitsLineIssuerDateNoteAndCopyStay) {
  const char* page =
      "     * 首页\n     * 信息公开\n   当前位置：首页 > 信息公开 > 建议办理\n\n"
      "关于市人大十五届三次会议第0031号建议的答复\n\n"
      "   发布时间：2026-06-20 09:00　来源：市水务局\n\n"
      "   王建国代表：\n"
      "   　　您提出的《关于加强城区内涝治理的建议》收悉，现答复如下：\n"
      "   　　一、今年汛前我局已完成城区雨水管网清淤86公里，新建排涝泵站两座，易涝点由去年的23处减至9处，其余易涝点将于"
      "年底前完成改造。\n"
      "   　　二、下一步将结合老旧小区改造，同步推进雨污分流，力争三年内消除主城区易涝点。\n"
      "   　　感谢您对水务工作的关心和支持。\n\n"
      "   聯絡單位：市水务局规划科　联系人：刘敏　联系电话：0551-6312080\n\n"
      "                                               某市水务局\n"
      "                                               2026年6月15日\n\n"
      "   （此件公开发布）\n   抄送：市人大常委会人代工委，市政府办公室。\n\n   扫一扫在手机打开当前页\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "聯絡單位：市水务局规划科　联系人：刘敏　联系电话：0551-6312080")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "某市水务局")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "2026年6月15日")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "（此件公开发布）")) << c.text;
  EXPECT_TRUE(HasLine(c.text, "抄送：市人大常委会人代工委，市政府办公室。")) << c.text;
  EXPECT_FALSE(Contains(c.text, "扫一扫")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
