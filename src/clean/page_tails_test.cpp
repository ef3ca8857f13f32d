// The page-tail rules (clean/page_tails.h) on pages written for this test,
// of kinds no fold has: a harbour's tide table in Traditional with its
// pager, download list and standing notice; a rice cooker's record in
// Simplified with users' reviews; a bank's risk notice; and lines that use
// the same words in the body and stay.
#include "clean/page_tails.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

TEST(PageTails, Disclaimers) {
  EXPECT_TRUE(IsSiteDisclaimer(U"本網站潮汐資料僅供參考，實際潮位以現場觀測為準。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"免责声明：以上油价仅供参考，不构成任何购买建议。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"註：上述時刻表只供參考，並非完整的班次資料。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"风险提示：理财非存款。本页面所载收益率仅供参考，不构成收益承诺。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"以上班次時間謹供參考，如有更改，恕不另行通知。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"免責聲明：本網站所載之評論不代表本台立場。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"風險提示：投資有風險，入市需謹慎。"));
  EXPECT_FALSE(IsSiteDisclaimer(U"風險提示：本區坡地在豪雨期間可能坍方，請住戶留意。"));  // a notice's own warning
  EXPECT_FALSE(IsSiteDisclaimer(U"專家提醒，這些數據僅供參考。"));                        // no pointer elsewhere
  EXPECT_FALSE(IsSiteDisclaimer(U"注：1. 以上汇率仅供参考，以成交价为准。"));             // a numbered note
  EXPECT_FALSE(IsSiteDisclaimer(U"資料為自動觀測站即時數據，未經檢核，僅供參考。"));      // the data's own note
  EXPECT_FALSE(IsSiteDisclaimer(U"比赛时间以大会公布为准。"));                            // no "for reference"
  EXPECT_FALSE(IsSiteDisclaimer(U"馆方表示，以上票价仅供参考，最终以现场公告为准。"));    // reported speech
}

TEST(PageTails, Pagers) {
  EXPECT_TRUE(IsPagerLine(U"第 2 頁 / 共 9 頁 < 上一頁 1 2 3 下一頁 >"));
  EXPECT_TRUE(IsPagerLine(U"共 128 条 首页 上一页 下一页 尾页"));
  EXPECT_TRUE(IsPagerLine(U"搜索结果：「台风」共 12 条 | 第 3 条"));
  EXPECT_TRUE(IsPagerLine(U"<lt;<lt; 上一條 | 下一條 >gt;>gt; | 返回查询结果"));
  EXPECT_TRUE(IsPagerLine(U"显示第 1 至 20 项结果，共 57 项"));
  EXPECT_TRUE(IsPagerLine(U"« 上頁 第 3 / 12 頁 下頁 »"));
  EXPECT_FALSE(IsPagerLine(U"全书共6页，第1页是目录"));
  EXPECT_FALSE(IsPagerLine(U"本校共 3 棟大樓 第 2 棟為圖書館"));
  EXPECT_FALSE(IsPagerLine(U"本届比赛共有12支队伍参赛，第1名获得奖金。"));
  EXPECT_TRUE(IsPagerLine(U"1 2 3 4 5 … 10 下一頁"));
  EXPECT_FALSE(IsPagerLine(U"2026 年 12 月 5 日 下一頁"));  // a date: 年, 月, 日 are text
  EXPECT_FALSE(IsPagerLine(U"下一页"));                     // one link: other rules' business
}

TEST(PageTails, FileLinks) {
  EXPECT_TRUE(IsFileLinkLine("   [PDF] 年度報告（3.4MB）"));
  EXPECT_TRUE(IsFileLinkLine("[docx] 报名表"));
  EXPECT_TRUE(IsFileLinkLine("申請表格 (120 KB)"));
  EXPECT_TRUE(IsFileLinkLine("2027年度招生簡章（PDF，350KB）"));
  EXPECT_TRUE(IsFileLinkLine("附件二 切結書.docx"));
  EXPECT_FALSE(IsFileLinkLine("報告全文共 45 頁（2.3萬字）"));
  EXPECT_FALSE(IsFileLinkLine("記憶卡容量（最高支援 512GB）"));
  EXPECT_FALSE(IsFileLinkLine("机身存储（256GB）"));
  EXPECT_FALSE(IsFileLinkLine("緩存（最大 8 MB）"));
  EXPECT_FALSE(IsFileLinkLine("本年度預算（3.4億元）"));
  EXPECT_FALSE(IsFileLinkLine("[相關連結] 說明"));
}

const char kTideTable[] =
    "   首頁 > 海象資訊 > 潮汐預報\n"
    "\n"
    "   安平港潮汐預報\n"
    "   預報日期：2026年12月7日至12月13日\n"
    "\n"
    "   日期        滿潮時間   潮高(cm)   乾潮時間   潮高(cm)\n"
    "   12/07       05:42      182        11:58      41\n"
    "   12/08       06:20      176        12:37      47\n"
    "   12/09       06:59      168        13:18      55\n"
    "   12/10       07:41      159        14:03      63\n"
    "\n"
    "   說明：\n"
    "   1. 本表潮高僅供參考，實際潮位以現場觀測為準。\n"
    "   2. 潮高以當地平均海平面起算。\n"
    "\n"
    "   第 1 頁 / 共 4 頁 < 上一頁 1 2 3 4 下一頁 >\n"
    "\n"
    "   預報資料下載\n"
    "   [PDF] 安平港十二月潮汐表（0.8MB）\n"
    "   [XLS] 安平港十二月潮汐表（0.2MB）\n"
    "\n"
    "   下載CSV\n"
    "   意見信箱：按此填寫\n"
    "\n"
    "   溫馨提示：\n"
    "   本網站潮汐資料僅供參考，實際潮位以現場觀測為準。\n"
    "   出海前請留意海上颱風警報及漁業電台廣播。\n"
    "\n"
    "   本系統建議使用 Chrome、Firefox 最新版本瀏覽，最佳解析度 1366x768。\n";

TEST(PageTails, ATideTablesPagerDownloadsAndNoticeGoItsNotesStay) {
  const CleanedDocument c = CleanDocument(kTideTable, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"安平港潮汐預報", "12/09       06:59", "1. 本表潮高僅供參考，實際潮位以現場觀測為準。",
                           "2. 潮高以當地平均海平面起算。"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* gone : {"上一頁", "預報資料下載", "十二月潮汐表", "下載CSV", "按此填寫", "溫馨提示",
                           "本網站潮汐資料", "出海前請留意", "最佳解析度"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
}

TEST(PageTails, ARiceCookersReviewsAndDisclaimerGo) {
  std::vector<PageLine> lines = MakePageLines(
      "   额定功率          860W\n"
      "   内胆材质          球釜涂层\n"
      "\n"
      "   以上信息仅供参考，具体以实物及说明书为准。\n"
      "\n"
      "   用户评价（1,036） 好评率 96%\n"
      "   [u1.png] 早起的饭团  2026-10-02\n"
      "   煮饭很香，预约功能好用，内胆有点重。\n"
      "   有用(12) 回复\n");
  MarkPageTails(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_TRUE(lines[1].reason.empty());
  EXPECT_EQ(lines[3].reason, kSiteDisclaimer);
  for (size_t k = 5; k <= 8; ++k) EXPECT_EQ(lines[k].reason, kReviewSection) << k;
}

TEST(PageTails, AWrappedRiskNoticeGoesWhateverTookItsLastLine) {
  std::vector<PageLine> lines = MakePageLines(
      "   3. 稳健理财30天持有期 2.15%\n"
      "\n"
      "   风险提示：理财非存款，产品有风险，投资须谨慎。过往业绩不代表未来表现。本页面\n"
      "   所载收益率仅供参考，不构成收益承诺。\n");
  lines[3].reason = "disclaimer notice";
  MarkPageTails(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_EQ(lines[2].reason, kSiteDisclaimer);
}

TEST(PageTails, ATableHeaderWithBarsAndALawsNoteStay) {
  std::vector<PageLine> lines = MakePageLines(
      "   姓名 | 職稱 | 專長 | 分機\n"
      "   王小明 | 教授 | 水文 | 7301\n"
      "\n"
      "   項目 | 金額 | 備註 | 日期\n"
      "   場地費   12,000   含冷氣   2026/12/05\n"
      "   報名方式：點擊下方連結\n"
      "\n"
      "   第十二條 本辦法所定表格僅供參考，申請人得自行製作。\n"
      "   註：本條所稱表格，以主管機關公告者為準。\n"
      "   第十三條 本辦法自發布日施行。\n");
  MarkPageTails(lines);
  for (size_t k : {0, 1, 3, 4, 5, 7, 8, 9}) EXPECT_TRUE(lines[k].reason.empty()) << k << " " << lines[k].reason;
}

// A standing notice whose subject is the page's data named bare ("資料",
// "相关数据") and that points elsewhere; with and without a mark, both
// scripts. Sentences that say something is for reference stay.
TEST(PageTails, DisclaimersAboutBareData) {
  EXPECT_TRUE(IsSiteDisclaimer(U"資料僅供參考，一切以主辦單位公告為準。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"数据仅供参考，请以医院现场公示为准。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"※資訊僅供參考，實際開放時間以園區公告為準。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"*相关信息仅供参考，具体以招生简章为准。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"註：價格僅供參考，以門市實際售價為準。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"温馨提示：页面内容仅供参考，不构成任何承诺。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"★各項費用僅供參考，如有變動，恕不另行通知。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"※本系統所提供之判決資料僅供參考，如與正本不符，以正本為準。"));
  EXPECT_TRUE(IsSiteDisclaimer(U"時間僅供參考，請以車站公告為準。"));
  // Look-alikes: reported speech, the data's own caveat, a numbered note
  // of a rule, a body sentence without a pointer elsewhere.
  EXPECT_FALSE(IsSiteDisclaimer(U"他說資料僅供參考，最後仍以法院判決為準。"));
  EXPECT_FALSE(IsSiteDisclaimer(U"調查資料僅供參考，研究團隊將於明年再做一次。"));
  EXPECT_FALSE(IsSiteDisclaimer(U"二、前項資料僅供參考，以主管機關核定者為準。"));
  EXPECT_FALSE(IsSiteDisclaimer(U"老師提醒學生，課本以外的數據僅供參考。"));
  EXPECT_FALSE(IsSiteDisclaimer(U"資料僅供參考。"));
}

// A bank's rate page written for this test (Traditional, Hong Kong): in
// the tail, the invitation to call customer service and the deposit
// protection scheme's badge and membership statement go; the rates and
// their note stay.
TEST(PageTails, ACustomerServiceLineAndADepositProtectionStatementGo) {
  const char* page =
      "   [恆信銀行]\n     * 個人理財\n     * 企業銀行\n   首頁 > 個人理財 > 存款\n\n定期存款利率\n\n"
      "   生效日期：2026年10月1日\n\n"
      "   存期          港元年利率\n   1個月         3.10%\n   3個月         3.35%\n   6個月         3.50%\n"
      "   12個月        3.45%\n\n"
      "   註：以上利率以最低存款額港幣10,000元計算，本行保留隨時修訂利率之權利。\n\n"
      "   如有任何疑問，請致電客戶服務熱線 (852) 2233 3000（星期一至五上午9時至下午5時）。\n\n"
      "   [DPS 存款保障計劃]\n"
      "   本銀行是存款保障計劃的成員。本銀行接受的合資格存款受存款保障計劃保障，最高保障額為每名存款人HK$800,000。\n\n"
      "     * 私隱政策\n     * 聯絡我們\n   © 2026 恆信銀行有限公司\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "12個月        3.45%")) << c.text;
  EXPECT_TRUE(Contains(c.text, "本行保留隨時修訂利率之權利")) << c.text;
  EXPECT_FALSE(Contains(c.text, "客戶服務熱線")) << c.text;
  EXPECT_FALSE(Contains(c.text, "存款保障計劃")) << c.text;
  // News about the scheme is no bank's statement of membership.
  const char* news =
      "     * 首頁\n     * 財經\n\n存保計劃保障額擬上調\n\n   2026-05-02 10:15\n\n"
      "   "
      "存款保障委員會今日表示，計劃成員銀行的合資格存款，最高保障額擬由每名存款人五十萬元上調至八十萬元，以追上存款增長"
      "。\n\n"
      "   委員會主席指出，調整後約九成存款人的存款可獲全數保障，有關修訂將於下月提交立法會審議。\n";
  const CleanedDocument n = CleanDocument(news, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(n.text, "存款保障委員會今日表示")) << n.text;
}

}  // namespace
}  // namespace wenyuan::clean
