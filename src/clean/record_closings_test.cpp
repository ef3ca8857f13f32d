// The record-closing rules on lines and on pages written for this test: a
// district committee's minutes (Simplified), a newspaper column with its
// print-edition line and a press release with its closing dateline
// (Traditional), a district court's judgment (Traditional, Taiwan).
#include "clean/record_closings.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/notice_closings.h"

namespace wenyuan::clean {
namespace record_closings_test {

const char kSiteTop[] =
    "[logo] 示例网站\n"
    "首页 | 新闻 | 公告 | 服务 | 互动 | 关于\n"
    "搜索 ____________________ (BUTTON) 搜索\n\n";
const char kSiteBottom[] =
    "\n[返回顶部]\n\n"
    "关于我们 | 网站地图 | 联系我们 | 隐私政策\n"
    "版权所有 © 2024 示例网站\n";

std::string Page(std::string_view body) { return std::string(kSiteTop) + std::string(body) + kSiteBottom; }

TEST(RecordClosings, MeetingFields) {
  EXPECT_TRUE(IsMeetingField(DecodeUtf32("时间：2024年4月8日（星期一）下午2时30分")));
  EXPECT_TRUE(IsMeetingField(DecodeUtf32("地點：區公所二樓會議室")));
  EXPECT_TRUE(IsMeetingField(DecodeUtf32("主持人：李建国")));
  EXPECT_TRUE(IsMeetingField(DecodeUtf32("記錄：秘書室 林美華")));
  EXPECT_FALSE(IsMeetingField(DecodeUtf32("时间就是金钱。")));
  EXPECT_FALSE(IsMeetingField(DecodeUtf32("主席")));
}

const char kMinutes[] =
    "当前位置：首页 > 公告 > 会议纪要\n\n"
    "东湖街道社区治理委员会第三次工作会议纪要\n\n"
    "发布时间：2024-04-10 浏览次数：356\n\n"
    "时间：2024年4月8日（星期一）下午2时30分\n"
    "地点：街道办事处三楼会议室\n"
    "主持人：李建国\n"
    "出席：街道办事处、各社区居委会、物业公司代表共十八人\n"
    "记录：党政办 周敏\n\n"
    "一、会议听取了各社区关于老旧小区加装电梯工作进展的汇报，截至三月底全街道已有十二个单元完成加装，另有九个单元正在施"
    "工。\n\n"
    "二、会议认为，加装电梯的难点在于低层住户的意见协调和后期维护费用分摊，要求各社区建立协调小组，逐户上门沟通，并在五"
    "月底前拿出维护费用分摊的指导意见。\n\n"
    "三、会议决定，由街道城管科牵头，联合物业公司对加装电梯后的楼道消防通道进行一次全面检查，发现问题限期整改。\n\n"
    "散会（下午4时10分）\n\n"
    "附件下载：\n"
    "  * 会议签到表.pdf (120KB)\n";

TEST(RecordClosings, MinutesKeepTheirHeadingFieldsAndAdjournment) {
  CleanedDocument c = CleanDocument(Page(kMinutes), SourceLayout::kWebDump, nullptr);
  for (std::string_view kept :
       {"东湖街道社区治理委员会第三次工作会议纪要", "时间：2024年4月8日", "地点：街道办事处三楼会议室",
        "主持人：李建国", "记录：党政办 周敏", "一、会议听取了", "散会（下午4时10分）"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "会议签到表")) << c.text;
  EXPECT_FALSE(Contains(c.text, "网站地图")) << c.text;
}

const char kColumn[] =
    "當前位置：首頁 > 評論 > 社論\n\n"
    "讓社區圖書館成為孩子的第二個客廳\n\n"
    "2024-04-02 08:10 | 來源：示例日報\n\n"
    "　　每到放學時間，社區圖書館的兒童區總是坐滿了等待父母下班的孩子。他們在這裡寫功課、看繪本，也在志工的陪伴下學會"
    "排隊借書、輕聲說話。\n\n"
    "　　然而，不少社區圖書館的開放時間只到下午五點，正好錯過了雙薪家庭最需要的時段。延長開放時間需要人力與經費，地方政"
    "府應把它視為兒童照顧政策的一部分，而不只是文化預算的一個項目。\n\n"
    "　　讓圖書館成為孩子的第二個客廳，花費不多，卻能讓許多家庭少一分擔憂、多一分從容。\n\n"
    "《 示例日報 》（ 2024年04月02日 A4 版）\n"
    "(責編：陳小華)\n\n"
    "推薦閱讀\n"
    "  * 社論：公園不該只有溜滑梯\n"
    "  * 社論：通學步道還差多少\n";

TEST(RecordClosings, PrintEditionLineStaysBelowTheColumn) {
  CleanedDocument c = CleanDocument(Page(kColumn), SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "《 示例日報 》（ 2024年04月02日 A4 版）")) << c.text;
  EXPECT_TRUE(Contains(c.text, "讓圖書館成為孩子的第二個客廳，花費不多")) << c.text;
  EXPECT_FALSE(Contains(c.text, "公園不該只有溜滑梯")) << c.text;
}

// A Hong Kong paper's column (Traditional), written for this test: the
// author's note in brackets under the body stays, the editor's credit
// under it goes.
TEST(RecordClosings, ACommentarysAuthorNoteStays) {
  EXPECT_TRUE(IsAuthorNoteLine(U"（作者係本港大學社會工作學系講師）"));
  EXPECT_TRUE(IsAuthorNoteLine(U"(作者单位：某省社会科学院)"));
  EXPECT_FALSE(IsAuthorNoteLine(U"（作者為此致歉。編者按）"));
  EXPECT_FALSE(IsAuthorNoteLine(U"作者係本港大學講師"));
  const char kPage[] =
      "首頁 > 評論 > 觀點\n\n"
      "長者日間中心不應只在市區\n\n"
      "2026-12-05 06:30 | 來源：示例日報\n\n"
      "　　新界北的長者日間中心輪候時間長達十四個月，遠高於市區的五個月。不少家庭只能由子女請假照顧，或把長者送往遠處的"
      "院舍。\n\n"
      "　　政府規劃新發展區時，應把長者日間中心與公共屋邨同步落成，並以小型中心補足偏遠鄉郊的需要。\n\n"
      "（作者係本港大學社會工作學系講師）\n\n"
      "(責編：李小明)\n\n"
      "推薦閱讀\n"
      "  * 觀點：屋邨商場的空舖怎麼辦\n"
      "  * 觀點：社區藥房還差多少\n";
  CleanedDocument c = CleanDocument(Page(kPage), SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "（作者係本港大學社會工作學系講師）")) << c.text;
  EXPECT_TRUE(Contains(c.text, "並以小型中心補足偏遠鄉郊的需要")) << c.text;
  EXPECT_FALSE(Contains(c.text, "責編")) << c.text;
}

const char kRelease[] =
    "新聞公報 | 新聞圖片 | 新聞檔案 | 聯絡我們\n\n"
    "運輸署公布復活節假期交通安排\n\n"
    "運輸署今日（四月二日）公布，復活節假期期間將在多條過海隧道及主要幹道實施特別交通安排，以應付預計增加的車流。\n\n"
    "發言人表示，假期首兩天早上七時至中午十二時，往機場及各口岸的車流預計較平日多兩成，駕駛人士應預留充足時間，並留意電"
    "台的最新交通消息。\n\n"
    "運輸署亦會與各公共交通營辦商保持緊密聯繫，如有需要會加密班次，市民可瀏覽運輸署網頁查閱詳情。\n\n"
    "完\n\n"
    "2024年4月2日（星期二）\n"
    "香港時間16時30分\n\n"
    "[IMG] 列印本頁   [IMG] 電郵本頁\n\n"
    "修訂日期： 2024年4月2日\n";

TEST(RecordClosings, ReleaseKeepsItsClosingDateline) {
  EXPECT_TRUE(IsSignatureDate(DecodeUtf32("二〇二四年四月二日")));
  CleanedDocument c = CleanDocument(Page(kRelease), SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "2024年4月2日（星期二）")) << c.text;
  EXPECT_TRUE(Contains(c.text, "香港時間16時30分")) << c.text;
  EXPECT_FALSE(Contains(c.text, "修訂日期")) << c.text;
  EXPECT_FALSE(Contains(c.text, "列印本頁")) << c.text;
}

TEST(RecordClosings, JudicialSignatures) {
  EXPECT_TRUE(IsJudicialSignature(DecodeUtf32("审 判 长 王 某")));
  EXPECT_TRUE(IsJudicialSignature(DecodeUtf32("書記官 李某某")));
  EXPECT_TRUE(IsJudicialSignature(DecodeUtf32("審判長法官 陳某某")));
  EXPECT_TRUE(IsJudicialSignature(DecodeUtf32("人民陪审员 赵某")));
  EXPECT_FALSE(IsJudicialSignature(DecodeUtf32("法官認為被告的辯解不足採信")));
  EXPECT_FALSE(IsJudicialSignature(DecodeUtf32("审判长")));
  EXPECT_TRUE(IsSignatureDate(DecodeUtf32("中　華　民　國　113　年　5　月　6　日")));
  EXPECT_FALSE(IsSignatureDate(DecodeUtf32("2024年5月6日上午開庭")));
}

const char kJudgment[] =
    "當前位置：首頁 > 裁判書查詢 > 民事\n\n"
    "臺灣示例地方法院113年度簡上字第21號民事判決\n\n"
    "上訴人 王某某\n"
    "被上訴人 示例物業管理股份有限公司\n\n"
    "上列當事人間請求返還押金事件，上訴人對於中華民國112年10月3日本院簡易庭第一審判決提起上訴，本院判決如下：\n\n"
    "主文：原判決廢棄。被上訴人應給付上訴人新臺幣三萬元，及自起訴狀繕本送達翌日起至清償日止，按年息百分之五計算之利息。"
    "\n\n"
    "理由：兩造間之租賃契約已於112年3月31日期滿終止，上訴人已將房屋返還，被上訴人主張房屋牆面損壞應以押金抵償，惟未能"
    "提出租賃前後之屋況紀錄，其抗辯不足採信。\n\n"
    "據上論結，本件上訴為有理由，判決如主文。\n\n"
    "本件判決不得上訴。\n\n"
    "審判長法官 陳某某\n"
    "法官 林某某\n"
    "法官 張某某\n"
    "中　華　民　國　113　年　5　月　6　日\n"
    "書記官 李某某\n\n"
    "相關裁判\n"
    "  * 112年度簡字第88號 返還押金\n";

TEST(RecordClosings, JudgmentKeepsItsClosingAndSignatures) {
  CleanedDocument c = CleanDocument(Page(kJudgment), SourceLayout::kWebDump, nullptr);
  for (std::string_view kept : {"據上論結", "本件判決不得上訴。", "審判長法官 陳某某", "法官 林某某", "法官 張某某",
                                "113　年　5　月　6　日", "書記官 李某某"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "112年度簡字第88號")) << c.text;
}

// A city government's written reply to a councillor's question, written
// for this test: its field rows (two with 字號 labels, one spread over its
// column), the question and reply, and the mayor's signature right-aligned
// under the body, the date under it; the site's attachment list and
// counter go.
TEST(RecordClosings, AReplysFieldsAndItsSignersTitleAndName) {
  const std::string page =
      "   首頁 > 議事資訊 > 書面質詢答復\n\n"
      "     * 依屆次查詢\n     * 依議員查詢\n     * 依局處查詢\n\n"
      "北辰市政府對市議員周雅雯所提「公車轉乘優惠」書面質詢之答復\n\n"
      "   質詢字號   議質字第0231號\n"
      "   屆    次   第4屆第2次定期會\n"
      "   答復機關   北辰市政府\n"
      "   來文字號   府交運字第1130012345號\n\n"
      "   質詢事項：近年公車路線調整後，偏遠里民轉乘次數增加，票價負擔加重，請市府說明轉乘優惠擴大之規劃。\n\n"
      "   答：\n\n"
      "   "
      "一、本府自114年1月起，將公車轉乘優惠由1小時內延長為2小時內，並擴及市區與偏遠路線間之轉乘，預估每年受惠人次約38萬"
      "。\n\n"
      "   二、所需經費每年約新臺幣2,400萬元，由本府交通局年度預算支應，並將每季檢討執行成效後公開於本府網站。\n\n"
      "                                                    市長　林志明\n"
      "                                                    中華民國113年10月8日\n\n"
      "   附件：\n     * 答復全文（PDF，120KB）\n\n"
      "   瀏覽人次：2,031\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (std::string_view kept :
       {"質詢字號   議質字第0231號", "屆    次   第4屆第2次定期會", "來文字號   府交運字第1130012345號",
        "二、所需經費每年約新臺幣2,400萬元", "市長　林志明", "中華民國113年10月8日"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view dropped : {"答復全文", "瀏覽人次", "依屆次查詢"}) {
    EXPECT_EQ(c.text.find(dropped), std::string::npos) << dropped << "\n" << c.text;
  }
  EXPECT_TRUE(IsLabelledField(DecodeUtf32("職　　稱：專員")));
  EXPECT_TRUE(IsLabelledField(DecodeUtf32("答覆官員：教育局局長")));
  EXPECT_FALSE(IsLabelledField(DecodeUtf32("答覆：本局已於上月完成檢討。")));
  EXPECT_TRUE(IsLabelledField(DecodeUtf32("出品國家/地區：臺灣")));
  EXPECT_TRUE(IsLabelledField(DecodeUtf32("制片国家/地区: 中国大陆")));
  EXPECT_TRUE(IsLabelledField(DecodeUtf32("IMDb: tt0012345")));
  EXPECT_FALSE(IsLabelledField(DecodeUtf32("/地区: 中国大陆")));
}

// A Hong Kong written question's fields under its heading, on
// consecutive lines ("提問議員：…" over "答覆官員：…"), written for this test.
TEST(RecordClosings, AQuestionsFieldsUnderItsHeading) {
  const std::string question =
      "   你在這裏： 主頁 > 會議 > 質詢\n\n"
      "第五題：學童乘車安全（書面答覆）\n\n"
      "   提問議員：梁美琪議員\n"
      "   答覆官員：運輸及物流局局長\n\n"
      "   問題：\n\n"
      "   "
      "近年有學童在校巴上下車時受傷，家長關注保母車及校巴的安全措施是否足夠。就此，政府可否告知本會過去三年的意外數字？"
      "\n\n"
      "   答覆：\n\n"
      "   主席：\n\n"
      "   "
      "過去三年，警方共錄得涉及校巴及保母車的交通意外八十二宗，當中十一宗涉及學童受傷，政府會繼續加強巡查及宣傳教育。"
      "\n";
  const CleanedDocument c = CleanDocument(question, SourceLayout::kWebDump, nullptr);
  for (std::string_view kept : {"提問議員：梁美琪議員", "答覆官員：運輸及物流局局長", "過去三年，警方共錄得"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
}

// A notice signed by a head whose name the site masks ("陳○○"), as
// government sites print officials' names: the signature is kept.
TEST(RecordClosings, AMaskedSignersNameIsStillASignature) {
  const std::string page =
      "   首頁 > 公告資訊 > 市府公告\n\n"
      "     * 最新消息\n     * 市府公告\n     * 徵才資訊\n\n"
      "北辰市政府公告　北辰市立圖書館新館啟用及開放時間調整\n\n"
      "   主旨：公告北辰市立圖書館新館自114年3月1日起啟用，並調整各分館開放時間，請查照。\n\n"
      "   公告事項：\n"
      "   一、新館地址為北辰市文心路一段200號，開放時間為週二至週日上午九時至晚上九時。\n"
      "   二、各分館自同日起週一休館，其餘開放時間不變，詳細資訊請洽各分館服務台。\n\n"
      "市長 陳○○\n\n"
      "   附件下載：\n     * [pdf.png] 開放時間表.pdf（80KB）\n\n"
      "   承辦單位：文化局圖書館科\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_NE(c.text.find("市長 陳○○"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("二、各分館自同日起週一休館"), std::string::npos) << c.text;
  EXPECT_EQ(c.text.find("開放時間表.pdf"), std::string::npos) << c.text;
}

// A city's reply to a citizen's letter (written for this test, Simplified):
// its closing wish and the fields saying who answered and when stay under
// the reply; a report page's keywords line stays under its abstract.
TEST(RecordClosings, AReplysClosingWishAndReplyFields) {
  const std::string page = Page(
      "市民来信回复\n"
      "来信标题：小区门口公交站台没有遮雨棚\n"
      "回复内容：\n"
      "市民朋友您好：\n"
      "您反映的青松路小区门口公交站台缺少遮雨棚一事，经我局现场核实，该站台因人行道宽度不足，"
      "原设计未设置候车亭。\n"
      "我局已会同区市政部门研究，拟于今年第三季度结合人行道改造，增设简易候车亭，届时将在站牌张贴告示。\n"
      "感谢您对城市公共交通的关心和支持。\n"
      "顺祝 生活愉快\n"
      "回复单位：市交通运输局\n"
      "回复日期：2026-05-20\n"
      "承办人：王先生 电话：0571-8888 0000\n");
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "感谢您对城市公共交通的关心和支持")) << c.text;
  EXPECT_TRUE(Contains(c.text, "顺祝 生活愉快")) << c.text;
  EXPECT_TRUE(Contains(c.text, "回复单位：市交通运输局")) << c.text;
  EXPECT_TRUE(Contains(c.text, "回复日期：2026-05-20")) << c.text;
}

// A film's record written for this test (Traditional): its fields under
// the title, a two-label field and an IMDb code among them, are the
// record's head above the synopsis.
TEST(RecordClosings, AFilmsFieldsUnderItsTitle) {
  const std::string page =
      "   [logo.png] 影迷資料庫\n"
      "     * 首頁\n"
      "     * 電影\n"
      "     * 影集\n"
      "   登入/註冊\n\n"
      "港邊的燈塔 (2025)\n"
      "   [poster.jpg]\n"
      "   導演: 陳立\n"
      "   編劇: 陳立 / 吳曉\n"
      "   主演: 林安 / 許平 / 高文\n"
      "   類型: 劇情\n"
      "   出品國家/地區: 臺灣\n"
      "   語言: 國語 / 臺語\n"
      "   片長: 104分鐘\n"
      "   IMDb: tt0098765\n"
      "   影迷評分\n"
      "   8.1\n\n"
      "港邊的燈塔的劇情簡介 · · · · · ·\n"
      "   在基隆港邊長大的阿海，父親是守了三十年燈塔的老燈塔員。燈塔改為自動化以後，"
      "父親失去了工作，也失去了說話的對象，阿海只好辭掉臺北的工作回到港邊，陪父親度過最後一個冬天。\n\n"
      "   © 2025 影迷資料庫\n";
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  for (std::string_view kept : {"導演: 陳立", "類型: 劇情", "出品國家/地區: 臺灣", "語言: 國語 / 臺語",
                                "IMDb: tt0098765", "陪父親度過最後一個冬天"}) {
    EXPECT_NE(c.text.find(kept), std::string::npos) << kept << "\n" << c.text;
  }
  for (std::string_view dropped : {"登入", "影迷評分", "© 2025"}) {
    EXPECT_EQ(c.text.find(dropped), std::string::npos) << dropped << "\n" << c.text;
  }
}

// A department's notice, written for this test: its contact lines go on
// below the body's last sentence, then its attachments, the issuing office
// over the date and the disclosure note; the download links under them go.
const char kContactNotice[] =
    "关于开展2025年春季校园食品安全检查的通知\n\n"
    "各区教育局、市属各学校：\n\n"
    "为切实保障师生饮食安全，市教育局决定于3月至4月开展春季校园食品安全检查，现将有关事项通知如下。各校要对照检查清单逐"
    "项开展"
    "自查，建立问题台账，于4月10日前完成整改并报送自查报告。\n\n"
    "联系人：体卫艺处 陈晓雯\n"
    "联系电话：020-83120456\n"
    "电子邮箱：tiwei@example.gov.cn\n\n"
    "附件：1. 校园食品安全检查清单\n"
    "      2. 自查报告模板\n\n"
    "市教育局办公室\n"
    "2025年3月6日\n\n"
    "（此件主动公开）\n\n"
    "附件1. 校园食品安全检查清单.docx\n"
    "附件2. 自查报告模板.docx\n";

TEST(RecordClosings, ANoticesContactLinesClosingAndDisclosureNote) {
  CleanedDocument c = CleanDocument(Page(kContactNotice), SourceLayout::kWebDump, nullptr);
  for (const char* line :
       {"电子邮箱：tiwei@example.gov.cn", "2. 自查报告模板", "市教育局办公室", "2025年3月6日", "（此件主动公开）"}) {
    EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, ".docx")) << c.text;
}

// A release written for this test, in Traditional, whose only 附件 line is
// the link to download one file: not an attachment list the release names.
const char kDownloadRelease[] =
    "統計處發布十一月份消費者物價指數\n\n"
    "十一月份整體消費者物價指數較去年同期上升1.8%，主要由於電費及外出用膳費用上升，部分升幅被衣履價格下跌抵銷。"
    "各類別中，住屋及電力升幅較大，交通費則大致持平，食品價格按年上升2.1%。\n\n"
    "附件：十一月份消費者物價指數統計表.xlsx\n";

TEST(RecordClosings, ADownloadLinkIsNoAttachmentList) {
  CleanedDocument c = CleanDocument(Page(kDownloadRelease), SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "食品價格按年上升2.1%")) << c.text;
  EXPECT_FALSE(Contains(c.text, ".xlsx")) << c.text;
}

// The sentence that says from when a notice takes effect, on its own line
// between the body and the attachments, signer and date: kept with them.
// In both scripts.
TEST(RecordClosings, ANoticesTakingEffectLineAndWhatFollows) {
  EXPECT_TRUE(IsClosingClauseLine(DecodeUtf32("本公告自发布之日起施行。")));
  EXPECT_TRUE(IsClosingClauseLine(DecodeUtf32("本辦法自中華民國一一六年一月一日施行。")));
  EXPECT_TRUE(IsClosingClauseLine(DecodeUtf32("本通知自2027年1月1日起执行。")));
  EXPECT_TRUE(IsClosingClauseLine(DecodeUtf32("本简章如与上级部门有关政策不符，以上级部门政策为准。")));
  EXPECT_TRUE(IsClosingClauseLine(DecodeUtf32("本辦法由北辰市交通局負責解釋。")));
  EXPECT_FALSE(IsClosingClauseLine(DecodeUtf32("两组数据不一致时，请以复核结果为准并重新填报表格，再交回窗口。")));
  EXPECT_FALSE(IsClosingClauseLine(DecodeUtf32("施工期间自行车道暂停使用。")));
  EXPECT_FALSE(IsClosingClauseLine(
      DecodeUtf32("自下月起，图书馆周末开放时间延长到晚上九点，并增加自习座位和还书机，方便读者。")));
  for (bool traditional : {false, true}) {
    const std::string body =
        traditional ? "關於調整公有停車場收費標準的公告\n\n"
                      "   為提升停車位周轉率，本局決定調整市區公有停車場收費標準，現將有關事項公告如下。\n\n"
                      "   一、市區路外停車場小型車每小時收費由三十元調整為四十元，機車維持每次二十元。\n\n"
                      "   二、身心障礙者專用停車位及電動車充電車位的收費方式另行公告，在此之前維持現行收費。\n\n"
                      "   本公告自發布之日起施行。\n\n"
                      "   附件：1.公有停車場收費標準表\n"
                      "         2.公有停車場位置圖\n\n"
                      "   北辰市交通局\n"
                      "   2026年11月28日\n\n"
                      "   附件下載：\n     * 1.公有停車場收費標準表.pdf\n"
                    : "关于调整公共停车场收费标准的公告\n\n"
                      "   为提高停车位周转率，本局决定调整市区公共停车场收费标准，现将有关事项公告如下。\n\n"
                      "   一、市区路外停车场小型车每小时收费由三元调整为四元，摩托车维持每次二元。\n\n"
                      "   二、残疾人专用停车位及电动车充电车位的收费方式另行公告，在此之前维持现行收费。\n\n"
                      "   本公告自发布之日起施行。\n\n"
                      "   附件：1.公共停车场收费标准表\n"
                      "         2.公共停车场位置图\n\n"
                      "   北辰市交通局\n"
                      "   2026年11月28日\n\n"
                      "   附件下载：\n     * 1.公共停车场收费标准表.pdf\n";
    const CleanedDocument c = CleanDocument(Page(body), SourceLayout::kWebDump, nullptr);
    for (const char* line :
         {traditional ? "本公告自發布之日起施行。" : "本公告自发布之日起施行。",
          traditional ? "附件：1.公有停車場收費標準表" : "附件：1.公共停车场收费标准表",
          traditional ? "2.公有停車場位置圖" : "2.公共停车场位置图", "北辰市交通局", "2026年11月28日"}) {
      EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
    }
    EXPECT_FALSE(Contains(c.text, ".pdf")) << c.text;
  }
}

// A notice signed by its issuing body over a date written in words
// ("二零二六年十二月一日", "二〇二六年十一月三十日"), with a download list under
// it: the issuer and the date close it, the downloads go. In both scripts.
TEST(RecordClosings, AnIssuerOverADateInWords) {
  for (bool traditional : {false, true}) {
    const std::string body =
        traditional ? "颱風期間渡輪服務安排通告\n\n"
                      "   受颱風影響，本局宣布來往兩岸的渡輪服務將於今日下午四時起暫停，恢復時間另行公布。\n\n"
                      "   市民出行前請留意本局發布的最新消息，並預留充足時間，改用其他交通工具。\n\n"
                      "   港務局\n"
                      "   二零二六年十二月一日\n\n"
                      "   附件：\n     * 渡輪停航時間表 (PDF, 320 KB)\n"
                    : "台风期间轮渡服务安排的通告\n\n"
                      "   受台风影响，本局决定两岸轮渡服务于今日下午四时起暂停，恢复时间另行公布。\n\n"
                      "   市民出行前请留意本局发布的最新消息，并预留充足时间，改用其他交通工具。\n\n"
                      "   港务局\n"
                      "   二〇二六年十一月三十日\n\n"
                      "   附件：\n     * 轮渡停航时间表 (PDF, 320 KB)\n";
    const CleanedDocument c = CleanDocument(Page(body), SourceLayout::kWebDump, nullptr);
    for (const char* line :
         {traditional ? "港務局" : "港务局", traditional ? "二零二六年十二月一日" : "二〇二六年十一月三十日"}) {
      EXPECT_TRUE(HasLine(c.text, line)) << line << "\n" << c.text;
    }
    EXPECT_FALSE(Contains(c.text, "PDF")) << c.text;
  }
}

// A county's committee minutes (Simplified) whose head is numbered ("一、开会
// 时间：…"), with the lists of those present under "四、出席人员：" and the
// agenda's items before the first case, a date line under the heading and
// the last agenda item below the decisions.
const char kNumberedMinutes[] =
    "当前位置：首页 > 政务公开 > 会议纪要\n\n"
    "   溪南县农村公路养护委员会2026年第2次会议纪要\n\n"
    "   发布日期：2026-11-20　浏览次数：143\n\n"
    "   一、开会时间：2026年11月18日（星期三）上午9时\n\n"
    "   二、开会地点：县交通运输局三楼会议室\n\n"
    "   三、主持人：王志刚副局长　　　　　记录：陈静\n\n"
    "   四、出席人员：\n\n"
    "     （一）委员：李明、赵小红、孙建华（请假）、周伟、吴丽萍、郑国强、冯涛、\n"
    "     韩雪梅\n\n"
    "     （二）列席单位：县财政局、县自然资源局、各乡镇人民政府、县公路养护中心\n\n"
    "   五、主持人讲话：（略）\n\n"
    "   六、报告事项：\n\n"
    "      上次会议议定事项落实情况：已全部完成，予以通报。\n\n"
    "   七、讨论事项：\n\n"
    "   第一案\n\n"
    "   提案单位：县公路养护中心\n\n"
    "   案由：关于2027年县乡道路面大修计划的审议案。\n\n"
    "   说明：\n\n"
    "       "
    "一、经今年十月全面检测，全县县乡道中路面状况评定为差等的路段共计46公里，主要集中在北部山区，雨季塌方和坑槽问题突出"
    "，"
    "群众反映强烈。\n\n"
    "       "
    "二、拟将其中31公里列入2027年大修计划，所需资金约4200万元，由县级财政和省级补助资金共同承担，其余路段列入日常养护。"
    "\n\n"
    "   决议：\n\n"
    "       一、原则同意大修计划，请县公路养护中心会同县财政局于十二月底前完成资金测算，报县政府审定后实施。\n\n"
    "       二、施工期间应做好交通疏导和安全防护，涉及学校和集镇的路段避开上下学及赶集时段施工。\n\n"
    "   八、临时动议：无。\n\n"
    "   九、散会：上午11时20分。\n\n"
    "   附件下载\n"
    "     * 会议签到表.pdf（188KB）\n";

TEST(RecordClosings, ANumberedMinutesHeadKeepsItsListsAndAgenda) {
  CleanedDocument c = CleanDocument(Page(kNumberedMinutes), SourceLayout::kWebDump, nullptr);
  for (std::string_view kept :
       {"溪南县农村公路养护委员会2026年第2次会议纪要", "发布日期：2026-11-20", "一、开会时间：2026年11月18日",
        "二、开会地点：县交通运输局三楼会议室", "三、主持人：王志刚副局长", "四、出席人员：", "（一）委员：李明",
        "（二）列席单位：县财政局", "五、主持人讲话：（略）", "六、报告事项：", "七、讨论事项：", "第一案",
        "提案单位：县公路养护中心", "八、临时动议：无。", "九、散会：上午11时20分。"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_FALSE(Contains(c.text, "会议签到表")) << c.text;
  EXPECT_FALSE(Contains(c.text, "当前位置")) << c.text;
  // Its number aside, a field is a meeting's; an agenda heading alone is none.
  EXPECT_TRUE(IsMeetingField(DecodeUtf32("二、開會地點：本局第一會議室")));
  EXPECT_TRUE(IsMeetingField(DecodeUtf32("（三）出席人員：")));
  EXPECT_FALSE(IsMeetingField(DecodeUtf32("出席人員：")));
  EXPECT_FALSE(IsMeetingField(DecodeUtf32("六、報告事項：")));
}

}  // namespace record_closings_test
}  // namespace wenyuan::clean
