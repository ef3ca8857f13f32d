// A post's action as a bracketed link alone on a line (clean/
// line_furniture.h) and a quotation's attribution (clean/forum_quotes.h),
// on lines written for this test in both scripts: the actions and the
// attributions are furniture; a bracketed note, a bracketed headline, a
// sentence that says who posted what and a line with no time stay.
#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/forum_quotes.h"
#include "clean/line_furniture.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace quote_attributions_test {

std::string Reason(const char* line) {
  const PageLine l = MakePageLine(line);
  return LineFurnitureReason(line, l.core, l.placeholder);
}

TEST(QuoteAttributions, BracketedPostActionsAreButtons) {
  for (const char* l : {"[举报]", "[舉報]", "[檢舉]", "【引用】", "[回复]", "[回覆]", "【舉報】", "【收藏】"}) {
    EXPECT_EQ(Reason(l), "button or form label") << l;
  }
  for (const char* l : {"[註1]", "[求助] 大修要求补动物实验", "【公告】停水通知", "[笑]"}) {
    EXPECT_NE(Reason(l), "button or form label") << l;
  }
}

TEST(QuoteAttributions, WhoWroteTheQuotedPostAndWhen) {
  for (const char* l :
       {"3楼: Originally posted by bio_lab at 2026-11-30 22:05:17", "原帖由 阿明 於 2026-12-04 21:40 發表",
        "原帖由 小王 于 2026-12-04 21:40 发表", "Quote from alice on Dec 3, 2026, 10:41",
        "Quoting bob 2026-12-01 09:00", "Originally Posted by kenny 12/03/2026", "引用自 5樓 小美 2026/12/04 08:00",
        "原文由 路人 於 2026-12-01 10:02 發表"}) {
    EXPECT_TRUE(IsQuoteAttribution(DecodeUtf32(l))) << l;
  }
  for (const char* l : {"原帖由阿明发表，我转过来给大家看看。", "The photo was posted by the museum on 12/03.",
                        "原帖由 阿明 發表", "引自《论语》"}) {
    EXPECT_FALSE(IsQuoteAttribution(DecodeUtf32(l))) << l;
  }
}

// A reply quoting an earlier post: the attribution and the quoted line
// go; the reply's own text stays.
TEST(QuoteAttributions, AQuotedPostGoesTheReplyStays) {
  const char kThread[] =
      "   第一次去花蓮山上露營要注意什麼？\n\n"
      "   新手露營\n   1楼 2026-12-05 21:18\n\n"
      "   下個月想帶小孩去花蓮的山上露營，想請問大家晚上大概幾度，睡袋要準備到什麼等級？\n\n"
      "   (BUTTON) 回复此楼 (BUTTON) 引用\n\n"
      "   老鳥\n   2楼 2026-12-05 21:40\n\n"
      "   海拔八百公尺的話冬天晚上大概五六度，睡袋建議準備舒適溫度零度的。\n\n"
      "   (BUTTON) 回复此楼 (BUTTON) 引用\n\n"
      "   新手露營\n   3楼 2026-12-05 22:15\n\n"
      "   引用回帖:\n"
      "   2楼: Originally posted by 老鳥 at 2026-12-05 21:40\n"
      "   海拔八百公尺的話冬天晚上大概五六度，睡袋建議準備舒適溫度零度的。\n\n"
      "   謝謝！那我再去買一個好一點的睡袋，順便帶暖暖包。\n\n"
      "   (BUTTON) 回复此楼 (BUTTON) 引用\n";
  const CleanedDocument c = CleanDocument(kThread, SourceLayout::kWebDump, nullptr);
  EXPECT_FALSE(Contains(c.text, "Originally posted")) << c.text;
  EXPECT_TRUE(Contains(c.text, "順便帶暖暖包")) << c.text;
  EXPECT_TRUE(Contains(c.text, "睡袋要準備到什麼等級")) << c.text;
}

}  // namespace quote_attributions_test
}  // namespace wenyuan::clean
