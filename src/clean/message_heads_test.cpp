// The message-header rule on pages written for this test: a county
// mayor's mailbox (Traditional) whose header rows go while the subject
// stays, and a service guide (Simplified) whose 办理 fields name no message
// and stay.
#include "clean/message_heads.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

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
  std::vector<PageLine> lines = MakePageLines(
      "   办理时间：工作日上午9:00-12:00\n"
      "   办理地点：区政务服务中心二楼\n"
      "   承诺时限：5个工作日\n"
      "   收费标准：不收费\n");
  MarkMessageHeads(lines);
  for (const PageLine& l : lines) EXPECT_EQ(l.reason, "") << l.raw;
}

}  // namespace
}  // namespace wenyuan::clean
