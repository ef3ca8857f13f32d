// The standing-notice rule (clean/page_notices.h) on a site's notices
// about its own data, written for this test: marked or bare, in both
// scripts, alone or in a block of marked notes at a page's tail (a bus
// timetable, a statute database, a price list, a weather archive), and on
// look-alikes that stay: body sentences, a statute's own notes, a table's
// note and an article's closing advice.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/page_notices.h"

namespace wenyuan::clean {
namespace {

TEST(PageNoticesData, TakesNoticesAboutTheSitesData) {
  for (const char32_t* notice : {
           U"※本網站所載法規資料僅供參考，正確內容以政府公報為準。",
           U"※ 本系统提供的数据仅供参考，如与原件不符，以原件为准。",
           U"註：本平台公布之統計數據僅供參考，實際以主管機關公告為準。",
           U"【免責聲明】本站所提供之氣象資料僅供參考，不負任何法律責任。",
           U"【免责声明】网站所载信息仅供参考，不构成任何投资建议。",
           U"以上資訊僅供參考，如與正式文件不一致，以正式文件為準。",
           U"上述数据仅供参考，如有出入以官方发布为准。",
           U"＊本頁所列票價僅供參考，實際以售票窗口為準。",
           U"提示：查询系统所提供之时刻信息仅供参考，以车站公告为准。",
       }) {
    EXPECT_TRUE(IsStandingNotice(notice)) << EncodeUtf8(notice);
  }
}

TEST(PageNoticesData, LeavesBodySentencesAndNotesOfTheDocument) {
  for (const char32_t* line : {
           U"主管機關表示，本系統所提供的資料僅供參考，民眾仍應以正本為準。",
           U"以上用量仅供参考，可按个人口味增减。",
           U"註：本條例所稱主管機關，在中央為內政部。",
           U"※ 上表金額單位為新臺幣千元。",
           U"比賽時間以大會公布為準。",
           U"專家提醒，網路上的健康資訊僅供參考，身體不適仍應就醫。",
       }) {
    EXPECT_FALSE(IsStandingNotice(line)) << EncodeUtf8(line);
  }
}

// A statute database's tail: three ※ notes, one a standing notice.
TEST(PageNoticesData, AMarkedBlockInTheTailGoesWhole) {
  std::vector<PageLine> lines = MakePageLines(
      "   第五條 本法所稱主管機關，在中央為交通部；在直轄市為直轄市政府。\n"
      "   註：本條於民國一一二年修正公布，自公布日施行。\n"
      "\n"
      "   ※ 本系統資料每日凌晨更新一次。\n"
      "   ※ 本系統所載法規條文僅供參考，如與總統府公報不符，以公報為準。\n"
      "   ※ 個人資料已依法遮蔽處理。\n"
      "\n"
      "   版權所有 © 2026 法規資料中心\n");
  MarkPageNotices(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_TRUE(lines[1].reason.empty());
  EXPECT_EQ(lines[3].reason, kSiteNotice);
  EXPECT_EQ(lines[4].reason, kSiteNotice);
  EXPECT_EQ(lines[5].reason, kSiteNotice);
}

// A bus timetable after its table, Simplified, with bullets for marks; a
// note of the event itself beside it stays, and so does a block with no
// standing notice in it.
TEST(PageNoticesData, AMarkedBlockKeepsItsOwnNotes) {
  std::vector<PageLine> lines = MakePageLines(
      "   首班车  06:30  末班车  22:00\n"
      "\n"
      "     * 节假日运营时间另行通知。\n"
      "     * 本页面所列时刻数据仅供参考，以车站实际公告为准。\n"
      "\n"
      "   ※ 本活動報名至12月31日止，名額有限。\n"
      "   ※ 活動資料請洽主辦單位索取。\n");
  MarkPageNotices(lines);
  EXPECT_TRUE(lines[2].reason.empty());  // no site or data word: the page's own note
  EXPECT_EQ(lines[3].reason, kSiteNotice);
  EXPECT_TRUE(lines[5].reason.empty());
  EXPECT_TRUE(lines[6].reason.empty());
}

// The same notice above a body paragraph is reported text and stays.
TEST(PageNoticesData, ANoticeWithBodyAfterItStays) {
  std::vector<PageLine> lines = MakePageLines(
      "   ※ 本系統所提供之判決資料僅供參考，以法院正本為準。\n"
      "   "
      "法院指出，本案被告於言詞辯論期日未到場，亦未提出書狀作何聲明或陳述，經本院審酌原告所提出之證據資料，認其主張為真"
      "實"
      "可採，爰依原告之聲請由其一造辯論而為判決。\n");
  MarkPageNotices(lines);
  EXPECT_TRUE(lines[0].reason.empty());
}

}  // namespace
}  // namespace wenyuan::clean
