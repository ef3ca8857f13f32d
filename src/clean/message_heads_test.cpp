// The message-header rule on pages written for this test: a county
// mayor's mailbox (Traditional) whose header rows go while the subject
// stays, and a service guide (Simplified) whose 办理 fields name no message
// and stay.
#include "clean/message_heads.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/record_catalogue.h"

namespace wenyuan::clean {
namespace {

// The lines of `text` (a literal: the lines view it) marked by
// MarkMessageHeads.
std::vector<PageLine> HeadsMarked(const char* text) {
  std::vector<PageLine> lines = MakePageLines(text);
  MarkMessageHeads(lines);
  return lines;
}

TEST(MessageHeads, FieldsNamingAMessage) {
  EXPECT_TRUE(IsMessageField(U"陳情編號：KH1151102-0017"));
  EXPECT_TRUE(IsMessageField(U"诉求类型：咨询"));
  EXPECT_TRUE(IsMessageField(U"處理狀態：已回覆"));
  EXPECT_FALSE(IsMessageField(U"办理时间：工作日上午9:00-12:00"));
  EXPECT_FALSE(IsMessageField(U"來信主旨：路燈不亮"));
  EXPECT_FALSE(IsMessageField(U"留言时间"));  // no value
}

TEST(MessageHeads, AMailboxMessagesHeaderRowsGoItsSubjectStays) {
  const char kPage[] =
      "   [logo.png] 南投縣政府 縣長信箱\n"
      "   首頁 > 縣長信箱 > 信件查詢\n\n"
      "埔里鎮中山路三段坑洞多　請儘速修補\n\n"
      "   案件編號：NT1151102-0017\n"
      "   來信日期：115-11-02\n"
      "   陳情類別：道路養護\n"
      "   處理狀態：已回覆\n"
      "   來信主旨：埔里鎮中山路三段路面坑洞\n\n"
      "   縣長您好，埔里鎮中山路三段靠近加油站的路段有好幾個坑洞，晚上騎機車經過非常危險，上週已經有人摔車，"
      "希望能盡快派人修補。\n\n"
      "   答覆：您好，本府已於11月5日派員完成坑洞修補，並將該路段列入明年度重新鋪設計畫，感謝您的來信。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "來信主旨：埔里鎮中山路三段路面坑洞")) << c.text;
  EXPECT_TRUE(Contains(c.text, "晚上騎機車經過非常危險")) << c.text;
  EXPECT_FALSE(Contains(c.text, "案件編號")) << c.text;
  EXPECT_FALSE(Contains(c.text, "陳情類別")) << c.text;
  EXPECT_FALSE(Contains(c.text, "處理狀態")) << c.text;
}

TEST(MessageHeads, AServiceGuidesFieldsStay) {
  const std::vector<PageLine> lines = HeadsMarked(
      "   办理时间：工作日上午9:00-12:00\n"
      "   办理地点：区政务服务中心二楼\n"
      "   承诺时限：5个工作日\n"
      "   收费标准：不收费\n");
  for (const PageLine& l : lines) EXPECT_EQ(l.reason, "") << l.raw;
}

// A city council's record of a written question and answer (Simplified):
// the site's catalogue box (issue, page, category, views) and the filing
// numbers go; the record's title, question and answer stay.
TEST(MessageHeads, ARecordsCatalogueBoxAndFilingNumbersGo) {
  const char kPage[] =
      "   首页 > 会刊 > 书面问答\n\n"
      "   会刊期号：第31卷第8期\n"
      "   提问日期：2026-11-20\n"
      "   页次：44-46\n"
      "   栏目类别：书面问答\n\n"
      "   议字第215号　问答第3307号\n\n"
      "市政府关于城区停车位不足问题的书面答复\n\n"
      "   问：近年城区机动车保有量快速增长，老旧小区停车难问题突出，请问市政府有何解决措施？\n\n"
      "   答：市政府将在两年内新建公共停车泊位八千个，并推动机关单位停车场夜间向周边居民开放。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "市政府关于城区停车位不足问题的书面答复")) << c.text;
  EXPECT_TRUE(Contains(c.text, "老旧小区停车难问题突出")) << c.text;
  EXPECT_TRUE(Contains(c.text, "夜间向周边居民开放")) << c.text;
  for (const char* index : {"会刊期号", "提问日期", "页次", "栏目类别", "问答第3307号"}) {
    EXPECT_FALSE(Contains(c.text, index)) << index << "\n" << c.text;
  }
}

TEST(MessageHeads, ALawsOwnFieldsStayItsFilingFieldsGo) {
  const std::vector<PageLine> lines = HeadsMarked(
      "   法规名称：某县城市绿化管理办法\n"
      "   发布日期：2026年9月1日\n"
      "   效力状态：现行有效\n"
      "   法规分类：城乡建设\n");
  EXPECT_EQ(lines[0].reason, "");
  EXPECT_EQ(lines[1].reason, "");
  EXPECT_EQ(lines[2].reason, kRecordCatalogue);
  EXPECT_EQ(lines[3].reason, kRecordCatalogue);
}

// A mailbox's message and reply (Traditional): the sender's and the
// replier's header rows go; the reply's closing rows under its text stay.
TEST(MessageHeads, AMessagesAndAReplysHeaderRowsGo) {
  EXPECT_TRUE(IsMessageHeaderRow(U"來信人：王**　　來信時間：2026-11-02 10:15"));
  EXPECT_TRUE(IsMessageHeaderRow(U"答覆機關：臺中市政府建設局"));
  EXPECT_FALSE(IsMessageHeaderRow(U"來信主旨：路燈不亮"));
  const std::vector<PageLine> lines = HeadsMarked(
      "   來信人：王**　　來信時間：2026-11-02 10:15\n\n"
      "   我家巷口的路燈已經壞了兩週，晚上非常暗，請盡快修理。\n\n"
      "   答覆機關：臺中市政府建設局\n"
      "   答覆日期：2026-11-05\n\n"
      "   您好，本局已於11月4日派員更換燈具，感謝您的來信。\n"
      "   答覆機關：臺中市政府建設局\n");
  EXPECT_EQ(lines[0].reason, kMessageHead);
  EXPECT_EQ(lines[4].reason, kMessageHead);
  EXPECT_EQ(lines[5].reason, kMessageHead);
  EXPECT_EQ(lines[8].reason, "");  // under the reply's text: its closing
}

// A university repository's thesis page (Simplified): the site's record
// box, a long run with its counters, goes; the abstract stays. A
// dataset's long metadata sheet with no counter stays.
TEST(MessageHeads, ALongRecordBoxWithTheSitesCountersGoes) {
  const char kPage[] =
      "   首页 > 学位论文 > 详情\n\n"
      "城市更新中的社区参与机制研究\n\n"
      "   记录号        TH2026-04417\n"
      "   作者          李文静\n"
      "   学位授予单位  江南大学\n"
      "   学科分类      公共管理\n"
      "   论文类别      硕士\n"
      "   答辩日期      2026-05-20\n"
      "   页数          86\n"
      "   浏览次数：1204　下载次数：311\n\n"
      "   摘要：本文以三个老旧小区改造项目为例，考察居民议事会在方案征询、资金筹集和后期管理中的作用，"
      "发现议事规则越清楚，居民参与越持续。\n";
  const CleanedDocument c = CleanDocument(kPage, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "城市更新中的社区参与机制研究")) << c.text;
  EXPECT_TRUE(Contains(c.text, "居民参与越持续")) << c.text;
  for (const char* index : {"TH2026-04417", "学科分类", "论文类别", "答辩日期", "下载次数"}) {
    EXPECT_FALSE(Contains(c.text, index)) << index << "\n" << c.text;
  }
  const std::vector<PageLine> sheet = HeadsMarked(
      "   資料集名稱      各區垃圾清運路線\n"
      "   提供機關        環境保護局\n"
      "   更新頻率        每月\n"
      "   服務分類        環境\n"
      "   授權方式        政府資料開放授權條款\n"
      "   檔案類型        CSV\n"
      "   上架日期        2025-03-01\n"
      "   資料集類別      原始資料\n");
  for (const PageLine& l : sheet) EXPECT_EQ(l.reason, "") << l.raw;
}

// A tender page (Traditional) whose summary box, headed as such, prints
// again the notice's name, agency, date and phone: it goes, its bare
// labels with it; the notice's own fields stay. A product's spec sheet
// that repeats its description, headed by no summary label, stays.
TEST(MessageHeads, ASummaryBoxThatRepeatsTheNoticeGoes) {
  const std::vector<PageLine> lines = HeadsMarked(
      "   標案摘要：\n"
      "   標案名稱      南區運動中心空調汰換工程\n"
      "   招標機關      高雄市政府運動發展局\n"
      "   標的分類      工程\n"
      "   公告日期      2026-11-30      截止日期    2026-12-15\n"
      "   預算金額      新臺幣1,280萬元\n"
      "   聯絡人        許先生\n"
      "   聯絡電話      07-555-1234\n\n"
      "一、標案名稱：南區運動中心空調汰換工程\n"
      "二、招標機關：高雄市政府運動發展局，公告日期2026-11-30，投標截止2026-12-15。\n"
      "三、洽詢電話：07-555-1234。\n");
  for (size_t k = 0; k < 8; ++k) EXPECT_EQ(lines[k].reason, kRecordCatalogue) << lines[k].raw;
  for (size_t k = 9; k < lines.size(); ++k) EXPECT_EQ(lines[k].reason, "") << lines[k].raw;
  const std::vector<PageLine> spec = HeadsMarked(
      "   商品規格：\n"
      "   品牌名稱      山野日常\n"
      "   材質說明      天然竹纖維\n"
      "   產品尺寸      30x40公分\n"
      "   產品產地      臺灣南投\n"
      "   保固期間      一年\n"
      "   出貨地點      臺中市南屯區\n"
      "   供應商家      山野日常生活館\n\n"
      "山野日常的竹纖維砧板以天然竹纖維製成，產品尺寸30x40公分，臺灣南投製造，由臺中市南屯區出貨。\n");
  for (const PageLine& l : spec) EXPECT_EQ(l.reason, "") << l.raw;
}

// A 12345 hotline's case page (Simplified): the case box over the
// citizen's message, its bare subject label and the handling rows over
// the reply go; the subject, the two section labels and the texts stay.
TEST(MessageHeads, ACasesBoxAndItsHandlingRowsGo) {
  const std::vector<PageLine> lines = HeadsMarked(
      "   工单编号：GD20261130-0412\n"
      "   工单类别：市容环境\n"
      "   诉求时间：2026-11-30 08:15\n"
      "   诉求标题：\n"
      "   小区门口垃圾桶满溢无人清运\n\n"
      "   诉求内容：\n"
      "   我们小区门口的垃圾桶已经三天没人清运，气味很大，请尽快处理。\n\n"
      "   处理单位：城市管理局环卫处\n"
      "   回复时间：2026-12-01 17:40\n"
      "   回复内容：\n"
      "   您好，环卫处已于12月1日上午完成清运，并将该点位列入每日巡查，感谢您的监督。\n");
  for (size_t k : {0u, 1u, 2u, 3u, 9u, 10u}) EXPECT_EQ(lines[k].reason, kRecordCatalogue) << lines[k].raw;
  for (size_t k : {4u, 6u, 7u, 11u, 12u}) EXPECT_EQ(lines[k].reason, "") << lines[k].raw;
}

}  // namespace
}  // namespace wenyuan::clean
