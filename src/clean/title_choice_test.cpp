// ChooseTitle and IsLetterhead on letters and reports written for these
// tests: a petition reply whose first line is the agency's letterhead, a
// Markdown reply with a real heading, a report with a 標題 field.
#include <gtest/gtest.h>

#include <string>

#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kReply[] =
    "北辰市政府資訊服務處　人民陳情案件回覆\n"
    "受文者：陳○○先生\n"
    "發文日期：中華民國113年3月4日\n"
    "主旨：有關台端反映本市公共無線網路於捷運站訊號不穩一案，復請查照。\n"
    "說明：\n"
    "一、本處已請維護廠商於本月內完成捷運站基地台之調校。\n";

TEST(TitleChoice, LetterheadsAreNotTitles) {
  EXPECT_TRUE(IsLetterhead("北辰市政府資訊服務處　人民陳情案件回覆"));
  EXPECT_TRUE(IsLetterhead("北辰市政府資訊服務處"));
  EXPECT_TRUE(IsLetterhead("數位發展部 新聞稿"));
  EXPECT_TRUE(IsLetterhead("南港區公所 函"));
  EXPECT_FALSE(IsLetterhead("人民陳情案件回覆：市府網站圖形驗證碼無法使用"));
  EXPECT_FALSE(IsLetterhead("公共無線網路訊號改善說明"));
  EXPECT_FALSE(IsLetterhead("本處已完成調校。"));
}

TEST(TitleChoice, TheSubjectOfALetterWithoutItsClosingFormula) {
  EXPECT_EQ(ChooseTitle("北辰市政府資訊服務處　人民陳情案件回覆", false, kReply),
            "有關台端反映本市公共無線網路於捷運站訊號不穩一案");
  // With no subject, the first line that is not a letterhead.
  EXPECT_EQ(ChooseTitle("北辰市政府資訊服務處　人民陳情案件回覆", false,
                        "北辰市政府資訊服務處　人民陳情案件回覆\n捷運站無線網路調校結果\n本處已完成調校。"),
            "捷運站無線網路調校結果");
}

TEST(TitleChoice, AHeadingBeatsTheSubjectAndAFieldBeatsBoth) {
  const char md[] = "人民陳情案件回覆：捷運站無線網路訊號不穩\n主旨\n有關台端反映捷運站訊號不穩一案，請查照。\n";
  EXPECT_EQ(ChooseTitle("人民陳情案件回覆：捷運站無線網路訊號不穩", true, md),
            "人民陳情案件回覆：捷運站無線網路訊號不穩");
  // A heading that is only the letterhead gives way to the subject.
  EXPECT_EQ(ChooseTitle("北辰市政府資訊服務處", true, md), "有關台端反映捷運站訊號不穩一案");
  const char report[] = "北辰市政府資訊服務處\n標題：一一三年度資通安全稽核報告\n稽核期間：113年4月\n";
  EXPECT_EQ(ChooseTitle("北辰市政府資訊服務處", true, report), "一一三年度資通安全稽核報告");
  // A good plain-text first line stays when there is no subject.
  EXPECT_EQ(ChooseTitle("一一三年度資通安全稽核報告", false, "一一三年度資通安全稽核報告\n本年度稽核十二個機關。"),
            "一一三年度資通安全稽核報告");
}

}  // namespace
}  // namespace wenyuan::clean
