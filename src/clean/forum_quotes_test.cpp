// The quotation rules on lines written for this test, in both scripts, and
// on a reply's own sentences that mention quoting.
#include "clean/forum_quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/forum_rules.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

bool Quotation(std::string_view line) { return IsQuotationLine(DecodeUtf32(line)); }

TEST(ForumQuotes, OneLineQuotationOfAnEarlierPost) {
  EXPECT_TRUE(Quotation("引用 江边钓鱼人：“周末去水库最好早点出发”"));
  EXPECT_TRUE(Quotation("引用 阿明：「這條路早就該修了」"));
  EXPECT_TRUE(Quotation("引述 小夏 的發言："));
  EXPECT_TRUE(Quotation("引用 老周："));
}

TEST(ForumQuotes, ARepliesOwnWordsAreNoQuotation) {
  // The reply goes on after the quoted words: not the quotation alone.
  EXPECT_FALSE(Quotation("引用 老周：“早点出发”，我觉得七点就够了。"));
  EXPECT_FALSE(Quotation("引用数据的时候，请注明来源：国家统计局。"));
  EXPECT_FALSE(Quotation("引用：这是一段说明"));
  EXPECT_FALSE(Quotation("我想引用 老周：“早点出发”"));
}

bool Reference(std::string_view line) { return IsReplyReference(DecodeUtf32(line)); }

TEST(ForumQuotes, TheLineNamingThePostAReplyAnswers) {
  EXPECT_TRUE(Reference("Reply to Reply Post by 山间小路 (2025-03-14 21:40)"));
  EXPECT_TRUE(Reference("Reply to Post by 老周"));
  EXPECT_TRUE(Reference("回复 #3 老周 的帖子"));
  EXPECT_TRUE(Reference("回覆 5樓 阿明 (2025/03/14 08:05)"));
  EXPECT_FALSE(Reference("回复 #3 老周"));  // nothing says it names a post
  EXPECT_FALSE(Reference("回复 3楼 我也是这么想的，谢谢大家的帖子"));
  EXPECT_FALSE(Reference("Reply to the post by Friday, please."));
}

// A BBS's quote header in brackets, and lines quoted mail-style under it.
TEST(ForumQuotes, BracketedHeadersAndMailStyleLines) {
  EXPECT_TRUE(IsQuoteHeader(DecodeUtf32("【 在 breadlover (面包控) 的大作中提到: 】")));
  EXPECT_TRUE(IsQuoteHeader(DecodeUtf32("【 在 ricefan88 (米飯愛好者) 的大作中提到: 】")));
  EXPECT_TRUE(IsQuoteHeader(DecodeUtf32("在 小夏 的文章中說：")));
  EXPECT_FALSE(IsQuoteHeader(DecodeUtf32("【活動預告】")));
  EXPECT_FALSE(IsQuoteHeader(DecodeUtf32("會議紀錄中提到的三項措施，下月起實施。")));
  EXPECT_TRUE(IsMailQuoteLine(DecodeUtf32(": 按方子放了三百克全麦粉和五克酵母，")));
  EXPECT_TRUE(IsMailQuoteLine(DecodeUtf32("> 糙米要先泡水嗎？")));
  EXPECT_FALSE(IsMailQuoteLine(DecodeUtf32(":)")));
  EXPECT_FALSE(IsMailQuoteLine(DecodeUtf32("10:30 開始報到")));
}

// The quoted post under a quotation's header, set deeper than the header as
// a blockquote is, goes with it; the reply's own lines under it, set like
// the header, stay. In both scripts.
TEST(ForumQuotes, AnIndentedQuotedPostUnderItsHeader) {
  for (const auto& raw : std::vector<std::vector<const char*>>{
           {"   #1", "   2026/03/02 20:11", "   周末想骑去水库，单程四十公里会不会太远", "", "   #2",
            "   2026/03/02 20:30", "   引用 #1 山边骑手：", "       周末想骑去水库，单程四十公里会不会太远",
            "   新手的话先骑二十公里试试"},
           {"   #1", "   2026/03/02 20:11", "   週末想踩去水塘，單程四十公里會唔會太遠", "", "   #2",
            "   2026/03/02 20:30", "   引用 #1 山邊單車友：", "       週末想踩去水塘，單程四十公里會唔會太遠",
            "   新手先踩二十公里試吓"}}) {
    std::vector<PageLine> lines;
    for (const char* r : raw) lines.push_back(MakePageLine(r));
    MarkForumFurniture(lines);
    EXPECT_TRUE(lines[2].reason.empty()) << raw[2];
    EXPECT_EQ(lines[6].reason, kForumFurniture) << raw[6];
    EXPECT_EQ(lines[7].reason, kForumFurniture) << raw[7];
    EXPECT_TRUE(lines[8].reason.empty()) << raw[8];
  }
}

}  // namespace
}  // namespace wenyuan::clean
