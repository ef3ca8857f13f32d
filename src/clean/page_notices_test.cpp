// The standing-notice and tag-row rules (clean/page_notices.h) on lines
// and pages written for this test, of kinds no fold has (a cooking blog in
// Simplified, a second-hand car listing and a library's news page in
// Traditional), and on body lines with the same words that stay.
#include "clean/page_notices.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(PageNotices, StandingNotices) {
  EXPECT_TRUE(IsStandingNotice(U"本文仅代表作者个人观点，不代表本站立场。"));
  EXPECT_TRUE(IsStandingNotice(U"文章內容為作者意見，不代表本台立場。"));
  EXPECT_TRUE(IsStandingNotice(U"本站所列車況由賣家提供，實際車況以現場驗車為準。"));
  EXPECT_TRUE(IsStandingNotice(U"本平台对用户发布的信息不保证其真实性。"));
  EXPECT_TRUE(IsStandingNotice(U"本文采用 CC BY-NC 4.0 许可协议，转载请注明出处"));
  EXPECT_TRUE(IsStandingNotice(U"除特別註明外，本站內容採用創用CC 姓名標示 4.0 授權條款"));
  EXPECT_TRUE(IsStandingNotice(U"防骗提示：交易前请勿预付定金，谨防虚假信息。"));
  EXPECT_TRUE(IsStandingNotice(U"謹防詐騙：請勿依來電指示轉帳。"));
  // Said by someone in the text, or of someone else's view or data.
  EXPECT_FALSE(IsStandingNotice(U"他表示，這番言論不代表政府立場。"));
  EXPECT_FALSE(IsStandingNotice(U"市长的讲话不代表市政府的观点。"));
  EXPECT_FALSE(IsStandingNotice(U"比賽時間以大會公布為準。"));
  EXPECT_FALSE(IsStandingNotice(U"警方提醒，民眾切勿將存款轉給陌生人。"));
  EXPECT_FALSE(IsStandingNotice(U"该软件采用 GPL 许可协议发布，源代码可在官网下载。"));
}

TEST(PageNotices, TagRowShapes) {
  EXPECT_TRUE(IsTagRowShape(U"家常菜    红烧    下饭"));
  EXPECT_TRUE(IsTagRowShape(U"rust  async  tokio  性能"));
  EXPECT_FALSE(IsTagRowShape(U"家常菜 红烧 下饭"));                      // one space: a phrase
  EXPECT_FALSE(IsTagRowShape(U"A店    2026年6月    4213.2元"));          // a table's row
  EXPECT_FALSE(IsTagRowShape(U"家常菜    红烧"));                        // two words
  EXPECT_FALSE(IsTagRowShape(U"作者：王小明    攝影：李大華    編輯"));  // labels
}

const char kRecipe[] =
    "   首页 > 家常菜\n"
    "\n"
    "   红烧排骨的三个关键步骤\n"
    "   小厨娘发布于 2026-10-08 19:20\n"
    "   家常菜    红烧    下饭\n"
    "\n"
    "   "
    "排骨先冷水下锅焯水，水开后撇去浮沫再煮两分钟捞出，用温水冲洗干净，这样炖出来的汤汁才清亮，没有腥味，肉也不会发柴变"
    "硬。\n"
    "   "
    "炒糖色时火要小，冰糖化开变成琥珀色就立刻下排骨翻炒，晚几秒就会发苦，这一步决定了成品的颜色和味道是不是够好看够香。"
    "\n"
    "   "
    "有读者问，别人说的火候仅供参考，该以什么为准？我的经验是以汤汁收到挂勺为准，这比看时间更加可靠，也更适合各家不同的"
    "灶具。\n"
    "\n"
    "   本文仅代表作者个人观点，不代表本站立场。\n"
    "   本文采用 CC BY-NC 4.0 许可协议，转载请注明出处\n";

TEST(PageNotices, ARecipesTagsAndNoticesGoItsBodyStays) {
  const CleanedDocument c = CleanDocument(kRecipe, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"红烧排骨的三个关键步骤", "排骨先冷水下锅焯水", "炒糖色时火要小", "有读者问"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* gone : {"家常菜    红烧", "不代表本站立场", "许可协议"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
}

TEST(PageNotices, AListingsNoticesGoANoticeWithBodyAfterItStays) {
  std::vector<PageLine> lines = MakePageLines(
      "   2019年 豐田 Altis 1.8 經典版\n"
      "   里程：5.2萬公里\n"
      "   防詐提醒：看車前請勿先行匯款，交車時請確認行照與車主身分。\n"
      "   本站所列車況由賣家提供，實際車況以現場驗車為準。\n"
      "   購車諮詢：\n"
      "   電話：(02) 2345 6789　電郵：cars@example.tw\n"
      "\n"
      "   相關車款\n"
      "     * 2018年 豐田 Altis 1.6\n"
      "     * 2020年 本田 Civic 1.5\n");
  MarkPageNotices(lines);
  for (size_t k = 7; k <= 9; ++k) EXPECT_FALSE(lines[k].reason.empty()) << k;
  EXPECT_EQ(lines[4].reason, kSiteNotice);
  EXPECT_EQ(lines[5].reason, kSiteNotice);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_TRUE(lines[1].reason.empty());
  EXPECT_EQ(lines[2].reason, kSiteNotice);
  EXPECT_EQ(lines[3].reason, kSiteNotice);

  // A library's news: the same kind of sentence with the report going on.
  std::vector<PageLine> news = MakePageLines(
      "   館方說明：本館網站公告的開放時間以現場公告為準，如遇颱風將另行通知。\n"
      "   圖書館表示，今年新增的自修室共有一百二十個座位，開放時間延長至晚上十點，歡迎市民多加利用並遵守相關規定。\n");
  MarkPageNotices(news);
  EXPECT_TRUE(news[0].reason.empty());
  EXPECT_TRUE(news[1].reason.empty());
}

// A record's own contact section: a heading that names it, its rows
// under it; in both scripts, with the row first, last or among fields.
// A row with no such heading over it, or under a site's "聯絡我們" link,
// still goes.
TEST(PageNotices, ARecordsHeadedContactSectionStays) {
  const char* sections[] = {
      "聯絡資料\n電話：2345 6789　傳真：2345 6780\n電郵：info@example.edu.hk\n",
      "联系方式\n地址：杭州市西湖区文三路 88 号\n电话：0571-8888 1234　传真：0571-8888 1235\n",
      "聯絡方式\n電話：(04)2222-3333　電郵：hall@example.org.tw\n",
      "联系信息\n\n电话：010-6666 7777　邮箱：lab@example.cn\n网址：www.example.cn\n",
      "聯繫資訊\n聯絡人：陳小姐\n電話：(853) 2888 1234　傳真：(853) 2888 1235\n",
      "連絡方式\n電話：06-2345678　Email：svc@example.tw\n",
      "通讯资料\n热线：400-800-1234　邮箱：help@example.cn\n",
      "诊所联系方式\n电话：020-3333 4444　传真：020-3333 4445\n",
  };
  for (const char* section : sections) {
    std::vector<PageLine> lines = MakePageLines(section);
    MarkPageNotices(lines);
    for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty()) << section << l.raw;
  }
  const char* tails[] = {
      "電話：2345 6789　傳真：2345 6780\n",
      "聯絡我們\n電話：2345 6789　傳真：2345 6780\n",
      "本站由市府資訊處維護。\n电话：0571-8888 1234　传真：0571-8888 1235\n",
      "購票諮詢：\n電話：(02) 2345 6789　電郵：ticket@example.tw\n",
  };
  for (const char* tail : tails) {
    std::vector<PageLine> lines = MakePageLines(tail);
    MarkPageNotices(lines);
    size_t row = lines.size();
    while (row > 0 && lines[row - 1].blank()) --row;
    ASSERT_GT(row, 0U);
    EXPECT_EQ(lines[row - 1].reason, kSiteNotice) << tail;
  }
}

// An enquiry box under a record: the bare heading, the office's name and
// its contact fields, one a line, go; the record's own text above stays,
// and so does such a block with the record's text going on under it.
TEST(PageNotices, AnEnquiryBoxInTheTailGoes) {
  std::vector<PageLine> lines = MakePageLines(
      "   本課程每年九月開課，學生須修畢一百二十學分方可畢業。\n"
      "\n"
      "   課程查詢\n"
      "   社會科學學院\n"
      "   電話：(853) 8888 1234\n"
      "   電郵：social@example.edu.mo\n"
      "   辦公時間：星期一至五 09:00–17:45\n"
      "\n"
      "   分享\n");
  MarkPageNotices(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  for (size_t k = 2; k <= 6; ++k) EXPECT_EQ(lines[k].reason, kSiteNotice) << k;

  std::vector<PageLine> body = MakePageLines(
      "   查询\n"
      "   电话：010-6666 7777\n"
      "   邮箱：lab@example.cn\n"
      "\n"
      "   "
      "实验室开放日定于每月第一个周六上午九时至十二时，届时可现场参观实验设备并咨询报考事宜，欢迎考生及家长参加。\n");
  MarkPageNotices(body);
  for (const PageLine& l : body) EXPECT_TRUE(l.reason.empty()) << l.raw;
}

}  // namespace

namespace page_notices_test {

// Notes on a site's accounts and services, in a block under its data
// notice: eight, both scripts, three marks.
const char* const kServiceNotes[] = {
    "※ 「訂閱」功能需先登入會員，異動時將以電子郵件通知。",
    "※ 收藏功能仅限注册会员使用。",
    "※ 下載CSV檔須登入帳號後方可使用。",
    "※ 订阅提醒将发送至您账号绑定的手机。",
    "* 會員登入後可查看完整歷史價格。",
    "* 未登录用户每日最多查询十次。",
    "註：訂閱服務可隨時於會員中心取消。",
    "注：会员到期后，已下载的报告仍可查看。",
};

}  // namespace page_notices_test

TEST(PageNotices, ANoteOnTheSitesAccountsInANoticeBlockGoes) {
  for (const char* note : page_notices_test::kServiceNotes) {
    // The block's mark is the note's: "※", "*" (a bullet) or "註：".
    const std::string n = note;
    const std::string mark = n.starts_with("*") ? "* " : n.starts_with("※") ? "※ " : "註：";
    const std::string text = "   北辰營造股份有限公司\n   資本總額：5,000萬元\n\n   " + mark +
                             "本系統資料僅供參考，實際以主管機關核准之資料為準。\n   " + n + "\n\n   回頁首\n";
    std::vector<PageLine> lines = MakePageLines(text);  // views into `text`
    MarkPageNotices(lines);
    EXPECT_EQ(lines[3].reason, kSiteNotice) << note;
    EXPECT_EQ(lines[4].reason, kSiteNotice) << note;
    EXPECT_TRUE(lines[1].reason.empty());
  }
}

TEST(PageNotices, ATablesNoteAndABodyOnMembersStay) {
  // The table's own note beside the notice, and a note with no notice by it.
  std::vector<PageLine> table = MakePageLines(
      "   年度    營收    淨利\n   2025    1,200   80\n   ※ 單位：新臺幣百萬元\n"
      "   ※ 本網站資料僅供參考，實際以公司公告為準。\n\n   回頁首\n");
  MarkPageNotices(table);
  EXPECT_TRUE(table[2].reason.empty());
  std::vector<PageLine> alone = MakePageLines("   ※ 會員大會訂於明年三月舉行，請會員踴躍出席。\n\n   回頁首\n");
  MarkPageNotices(alone);
  EXPECT_TRUE(alone[0].reason.empty());
  // An association's report on its members, with body after it.
  std::vector<PageLine> body = MakePageLines(
      "   ※ 本網站資料僅供參考，以本會公告為準。\n   ※ 會員登入系統已於十一月完成改版。\n"
      "   本會表示，新系統上線後會員可於線上繳納年費並查詢繼續教育學分，首月已有超過三千名會員完成登錄，"
      "明年將再增加線上投票功能。\n");
  MarkPageNotices(body);
  EXPECT_TRUE(body[1].reason.empty());
  EXPECT_TRUE(body[2].reason.empty());
}

}  // namespace wenyuan::clean
