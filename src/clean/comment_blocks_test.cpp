// The comment-block rules (clean/comment_blocks.h) on pages written for
// this test, of kinds no fold has: a bakery's product page in Traditional
// with its customers' reviews and the shop's reply, a travel blog in
// Simplified with readers' comments, a Q&A page on houseplants whose
// answers stay; and an article's own byline and a dated list that stay.
#include "clean/comment_blocks.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/comment_threads.h"
#include "clean/forum_rules.h"

namespace wenyuan::clean {
namespace {

TEST(CommentBlocks, Shapes) {
  EXPECT_TRUE(IsBlockHeaderShape(U"林**  ★★★★☆  2026-09-14"));
  EXPECT_TRUE(IsBlockHeaderShape(U"[u.png] 阿Ken  11月3日 18:40"));
  EXPECT_FALSE(IsBlockHeaderShape(U"今年九月起，門市營業時間改為上午十時至晚上八時。"));
  EXPECT_TRUE(IsBlockReactionRow(U"有用 (BUTTON)"));
  EXPECT_TRUE(IsBlockReactionRow(U"赞 3  回复"));
  EXPECT_FALSE(IsBlockReactionRow(U"感謝大家的回覆"));
  EXPECT_TRUE(IsAnswerCountHeading(U"其他回答 (5)"));
  EXPECT_TRUE(IsAnswerCountHeading(U"共 12 個回答"));
  EXPECT_FALSE(IsAnswerCountHeading(U"回答問題"));
  EXPECT_FALSE(IsAnswerCountHeading(U"龜背芋要多久澆一次水？ 8個回答x"));
}

TEST(CommentBlocks, AProductsReviewsAndTheShopsReplyGo) {
  std::vector<PageLine> lines = MakePageLines(
      "   伯爵茶戚風蛋糕 6吋\n"
      "   蛋糕體使用伯爵茶葉研磨入麵糊，口感鬆軟。\n"
      "\n"
      "   林**  ★★★★☆  2026-09-14\n"
      "   茶香很夠，不會太甜。\n"
      "   有用 (BUTTON)\n"
      "\n"
      "   a***n  ★★★★★  2026-09-02\n"
      "   生日買的，家人都說好吃。\n"
      "   有用 (BUTTON)\n"
      "\n"
      "   周*  ★★☆☆☆  2026-08-21\n"
      "   送到時側邊有點塌。\n"
      "   有用 (BUTTON)\n"
      "\n"
      "   店家回覆：周先生您好，已為您補寄一份。\n");
  lines[5].reason = lines[9].reason = lines[13].reason = "button or form field";
  MarkCommentBlocks(lines, false);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_TRUE(lines[1].reason.empty());
  for (size_t k : {3u, 4u, 7u, 8u, 11u, 12u, 15u}) EXPECT_FALSE(lines[k].reason.empty()) << k;
}

TEST(CommentBlocks, ABlogsCommentsGoOnAThreadNothingIsDone) {
  const char* page =
      "   阿Ken  2026-11-03 18:40\n"
      "   照片拍得真好。\n"
      "   赞 3  回复\n"
      "\n"
      "   小雨  2026-11-03 19:02\n"
      "   请问民宿叫什么名字？\n"
      "   赞 0  回复\n"
      "\n"
      "   Leo.W  2026-11-04 08:15\n"
      "   明年也想去。\n"
      "   赞 1  回复\n";
  std::vector<PageLine> blog = MakePageLines(page);
  MarkCommentBlocks(blog, false);
  for (size_t k : {0u, 1u, 4u, 5u, 8u, 9u}) EXPECT_FALSE(blog[k].reason.empty()) << k;
  std::vector<PageLine> thread = MakePageLines(page);
  MarkCommentBlocks(thread, true);
  for (const PageLine& l : thread) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

TEST(CommentBlocks, AQuestionsAnswersStayTheirHeadersGo) {
  std::vector<PageLine> lines = MakePageLines(
      "   龜背芋葉子發黃是不是水澆太多？\n"
      "   最佳解答\n"
      "   [a1.png] 綠手指  Lv7  2026-10-01 09:12\n"
      "   多半是積水，先摸土，乾了再澆。\n"
      "   盆底要有排水孔。\n"
      "   贊同 (52)  反對 (1)  舉報\n"
      "\n"
      "   其他回答 (2)\n"
      "\n"
      "   [a2.png] 小葉  Lv2  2026-10-01 11:40\n"
      "   也可能是光線不夠，移到窗邊試試。\n"
      "   贊同 (8)  反對 (0)  舉報\n");
  lines[1].reason = "accepted-answer badge";
  lines[10].reason = kReadersComment;  // taken for a reader's comment by an older rule
  MarkCommentBlocks(lines, false);
  EXPECT_TRUE(lines[0].reason.empty());
  for (size_t k : {3u, 4u, 10u}) EXPECT_TRUE(lines[k].reason.empty()) << k;
  for (size_t k : {2u, 5u, 7u, 9u, 11u}) EXPECT_EQ(lines[k].reason, kForumFurniture) << k;
}

TEST(CommentBlocks, AQuotedExcerptOfAnEarlierPostGoes) {
  std::vector<PageLine> lines = MakePageLines(
      "   換咗雙層玻璃之後，冬天開暖爐慳咗唔少電，隔音都好咗好多。\n"
      "   引用 2樓 發表\n"
      "   換咗雙層玻璃之後，冬天開暖爐慳咗唔少電...\n"
      "   請問邊間做？\n"
      "   我諗住換咗雙層玻璃之後再睇……\n");
  MarkRepeatedExcerpts(lines);
  EXPECT_TRUE(lines[0].reason.empty());
  EXPECT_EQ(lines[2].reason, kQuotedExcerpt);
  EXPECT_TRUE(lines[3].reason.empty());
  EXPECT_TRUE(lines[4].reason.empty());  // its own words, trailing off

  // A link line the author prints twice, cut the same way, stays.
  std::vector<PageLine> twice = MakePageLines(
      "   资料链接：pan.example.cn/s/8f2a…\n"
      "   下载后解压到D盘。\n"
      "   资料链接：pan.example.cn/s/8f2a…\n");
  MarkRepeatedExcerpts(twice);
  for (const PageLine& l : twice) EXPECT_TRUE(l.reason.empty());
}

TEST(CommentBlocks, AnArticlesBylineAndADatedListStay) {
  std::vector<PageLine> lines = MakePageLines(
      "   記者 王小明  2026-12-01 10:20\n"
      "   市府今日宣布，明年起公園將延長開放時間。\n"
      "   新措施預計於一月上路。\n"
      "   市民可上網查詢各公園開放時段。\n"
      "   民眾反應普遍正面。\n"
      "   分享  收藏\n"
      "\n"
      "   2026-11-20  公園修繕公告\n"
      "   本週三起東區步道封閉。\n"
      "\n"
      "   2026-11-12  志工招募\n"
      "   即日起受理報名。\n"
      "\n"
      "   2026-11-02  市集活動\n"
      "   週末於中央廣場舉行。\n");
  MarkCommentBlocks(lines, false);
  for (const PageLine& l : lines) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

// A county news page in Traditional (written for this test): its comments
// print their actions after the stamp ("[回覆] [檢舉]"), a reply names whom
// it answers; the comments go with the heading over them, the article's
// last paragraph stays. A day's programme, dated lines over short texts
// with no actions, stays whole.
TEST(CommentBlocks, CommentsWithTheirActionsOnTheHeaderGoWithTheirHeading) {
  std::vector<PageLine> lines = MakePageLines(
      "   鎮公所表示，堤防步道預計明年三月完工，完工後將開放夜間照明。\n"
      "\n"
      "   網友留言 溫馨提醒：請勿留下個人電話 [我要留言]\n"
      "\n"
      "   溪邊散步人 2026-11-30 07:12 [回覆] [檢舉]\n"
      "   終於要修了，每天早上都走這段。\n"
      "\n"
      "   阿芳 2026-11-30 08:40 [回覆] [檢舉]\n"
      "   希望晚上燈不要太刺眼。\n"
      "\n"
      "   鎮公所小編 回覆 阿芳 2026-11-30 09:05\n"
      "   會請施工單位選用低眩光燈具，謝謝建議。\n"
      "\n"
      "   老陳 2026-12-01 18:22 [回覆] [檢舉]\n"
      "   步道旁的停車格也請一起規劃。\n");
  MarkCommentBlocks(lines, false);
  EXPECT_TRUE(lines[0].reason.empty());
  for (size_t k : {2u, 4u, 5u, 7u, 8u, 10u, 11u, 13u, 14u}) EXPECT_FALSE(lines[k].reason.empty()) << k;

  std::vector<PageLine> programme = MakePageLines(
      "   活動流程\n"
      "   2026-12-05 09:00 報到\n"
      "   領取名牌與手冊。\n"
      "\n"
      "   2026-12-05 09:30 開幕\n"
      "   鎮長致詞。\n"
      "\n"
      "   2026-12-05 10:00 導覽\n"
      "   沿堤防步道步行約一小時。\n");
  MarkCommentBlocks(programme, false);
  for (const PageLine& l : programme) EXPECT_TRUE(l.reason.empty()) << l.CoreUtf8();
}

TEST(CommentBlocks, SignedCommentsAndReputationRows) {
  EXPECT_TRUE(IsSignedComment(U"能不能贴一下完整的报错？ – 小周 2026年3月2日 10:15"));
  EXPECT_TRUE(IsSignedComment(U"試過了，改成 UTF-8 就好 — KaiLin 2026-03-02 21:40"));
  EXPECT_FALSE(IsSignedComment(U"學而時習之，不亦說乎 —— 孔子"));           // no stamp
  EXPECT_FALSE(IsSignedComment(U"會議時間 – 2026-03-02 10:15"));            // no name
  EXPECT_FALSE(IsSignedComment(U"第二階段 – 工程 2026年3月起，為期半年"));  // no stamp alone
  EXPECT_FALSE(IsSignedComment(U"115年度施政計畫 – 研考會 2026-03-02"));    // a listed title
  EXPECT_TRUE(IsReputationRow(U"2,316 ●3 ●14 ●29"));
  EXPECT_TRUE(IsReputationRow(U"51 ●5"));
  EXPECT_FALSE(IsReputationRow(U"2026 年"));
  EXPECT_FALSE(IsReputationRow(U"3 ●"));
  EXPECT_FALSE(IsReputationRow(U"●3 ●14"));
}

// A Q&A page in Simplified (written for this test): the comments signed at
// their ends and the answerer's reputation row go; the question, the
// answer and a quotation's one attribution stay.
TEST(CommentBlocks, SignedCommentsUnderPostsGoAQuotationsAttributionStays) {
  std::vector<PageLine> lines = MakePageLines(
      "   Excel 打开 CSV 中文乱码怎么办？\n"
      "   用 Python 写出的 CSV，双击用 Excel 打开全是乱码。\n"
      "   是用什么编码写的？ – 小周 2026年3月2日 10:15\n"
      "   @小周 utf-8，没有指定别的。 – 阿木 2026年3月2日 10:31\n"
      "   写文件时用 utf-8-sig，Excel 靠开头的 BOM 认出编码。\n"
      "   正如文档所说：“显式优于隐式。” – Tim Peters 1999年\n"
      "   1,204 ●2 ●9 ●15\n");
  MarkSignedComments(lines);
  for (size_t k : {0u, 1u, 4u, 5u}) EXPECT_TRUE(lines[k].reason.empty()) << k;
  for (size_t k : {2u, 3u, 6u}) EXPECT_FALSE(lines[k].reason.empty()) << k;
  std::vector<PageLine> one = MakePageLines(
      "   正文第一段。\n"
      "   是用什么编码写的？ – 小周 2026年3月2日 10:15\n");
  MarkSignedComments(one);
  EXPECT_TRUE(one[1].reason.empty());
}

}  // namespace
}  // namespace wenyuan::clean
