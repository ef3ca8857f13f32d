// The review-page rules on lines and on pages written for this test (not
// copied from any fixture): a film blog's review (Traditional) with a
// spoiler warning and readers' replies under it, and a forum thread whose
// "回复" buttons stand over posts that are its text.
#include "clean/review_replies.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/line_furniture.h"

namespace wenyuan::clean {
namespace {

TEST(ReviewReplies, SpoilerWarnings) {
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("这篇影评可能有剧透")), "spoiler warning");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("本文含有劇透，慎入")), "spoiler warning");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("以下內容有雷")), "spoiler warning");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("這篇書評可能有關鍵情節透露")), "spoiler warning");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("This review may contain spoilers")), "spoiler warning");
  // A sentence about spoilers, and a word that only looks like the warning.
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("導演在映後座談中請觀眾不要劇透結局，以免影響後來的觀眾。")), "");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("兩部作品的情節有雷同之處")), "");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("【防雷】")), "spoiler warning");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("防雷射用護目鏡")), "");
  EXPECT_EQ(SpoilerWarningReason(DecodeUtf32("建物防雷擊設施")), "");
}

const char* kReviewPage =
    "   登入 註冊\n"
    "     * 電影\n     * 影集\n     * 書評\n     * 專欄\n\n"
    "港口小鎮的最後一班渡輪\n\n"
    "   [avatar_17.png]\n"
    "   海風先生 評論 《末班渡輪》 推薦 2023-11-04 20:15:42 高雄\n\n"
    "   本文含有劇透，慎入\n\n"
    "   "
    "《末班渡輪》講的是一座離島小鎮在跨海大橋通車前最後一個月的故事。導演用很長的鏡頭拍碼頭上的等待，船員、賣魚的阿嬤、"
    "放學的孩子，每個人都在告別。\n\n"
    "   最讓我難忘的是船長阿成在最後一航把舵交給徒弟的那場戲，沒有配樂，只有引擎聲和海浪，卻比任何台詞都有力量。\n\n"
    "   可惜後半段支線太多，幾段回憶穿插得有些凌亂，節奏因此鬆散，若能剪掉二十分鐘會更完整。\n\n"
    "   整體而言仍是今年最值得進戲院看的國片之一，推薦給所有曾經在碼頭等過船的人。\n\n"
    "   (BUTTON) 有用 88 (BUTTON) 沒用 3\n\n"
    "網友留言 (2)\n\n"
    "   [u2231.jpg] 小島住民 2023-11-05 08:02:11 澎湖\n"
    "   看完想起小時候搭交通船上學的日子，謝謝分享。\n"
    "   (BUTTON) 回覆 (BUTTON) 讚 5\n"
    "   [u9910.jpg] 海風先生 (作者) 2023-11-05 09:30:47 高雄\n"
    "   @小島住民 我也是坐交通船長大的，所以特別有感。\n"
    "   (BUTTON) 回覆 (BUTTON) 讚 2\n\n"
    "   > 我要留言\n"
    "   你的留言 ________________________ (BUTTON) 送出\n\n"
    "   © 2023 影迷筆記 版權所有\n";

TEST(ReviewReplies, SpoilerWarningAndRepliesUnderAReviewGo) {
  const CleanedDocument c = CleanDocument(kReviewPage, SourceLayout::kWebDump, nullptr);
  for (std::string_view kept :
       {"港口小鎮的最後一班渡輪", "《末班渡輪》講的是一座離島小鎮", "整體而言仍是今年最值得進戲院看的國片之一"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (std::string_view dropped : {"本文含有劇透", "網友留言", "小島住民", "看完想起小時候", "我也是坐交通船長大的"}) {
    EXPECT_FALSE(Contains(c.text, dropped)) << dropped << "\n" << c.text;
  }
}

TEST(ReviewReplies, AForumPostUnderAReplyButtonIsNotAReply) {
  std::vector<PageLine> lines = MakePageLines(
      "   来自Android客户端 1楼 2024-03-02 21:13\n"
      "   回复\n\n"
      "   [头像] 山间小路\n"
      "   考研吧 8\n"
      "   请问复试英语口语一般问什么？我完全没有准备。\n"
      "   来自iPhone客户端 2楼 2024-03-02 21:20\n");
  MarkReplySections(lines);
  for (const PageLine& l : lines) EXPECT_EQ(l.reason, "") << l.raw;
  // A heading with no reply below it is left alone too.
  lines = MakePageLines("评论\n\n   这一段评论了三种算法的优劣，读者可以对照表格。\n");
  MarkReplySections(lines);
  for (const PageLine& l : lines) EXPECT_EQ(l.reason, "") << l.raw;
}

// Other headings sites print over replies, with a count or not.
TEST(ReviewReplies, HeadingsOverReplies) {
  for (std::string_view heading : {"熱門回應", "读者留言", "全部评论 (12)", "Comments", "網友評論（3則）"}) {
    const std::string page = std::string(heading) +  // the lines' views point into it
                             "\n\n   [a.jpg] 路人甲 2024-01-03 10:20 台中\n"
                             "   寫得很好，收藏了。\n"
                             "   (BUTTON) 讚 3\n\n"
                             "   本站所有文章均由作者授權刊登。\n";
    std::vector<PageLine> lines = MakePageLines(page);
    for (PageLine& l : lines) l.reason = LineFurnitureReason(l.raw, l.core, l.placeholder);  // the buttons'
    MarkReplySections(lines);
    EXPECT_EQ(lines[0].reason, "readers' replies") << heading;
    EXPECT_EQ(lines[3].reason, "readers' replies") << heading;
    EXPECT_EQ(lines[6].reason, "") << heading;  // after the reply's buttons: not a reply
  }
}

// A blog's replies with the name on its own line over the date and time.
TEST(ReviewReplies, NameOverTheDateAndTime) {
  std::vector<PageLine> lines = MakePageLines(
      "讀者留言\n\n"
      "   山城小貓\n   2024/03/09 21:05\n   照著做成功了，謝謝版主！\n   (BUTTON) 回覆\n\n"
      "   阿德\n   2024/03/10 08:40\n   請問烤箱溫度要預熱多久？\n   (BUTTON) 回覆\n\n"
      "   > 發表留言\n");
  for (PageLine& l : lines) l.reason = LineFurnitureReason(l.raw, l.core, l.placeholder);
  MarkReplySections(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || lines[i].raw.find("發表留言") != std::string_view::npos) continue;
    EXPECT_NE(lines[i].reason, "") << lines[i].raw;
  }
  EXPECT_EQ(lines[2].reason, "readers' replies");
  EXPECT_EQ(lines[8].reason, "readers' replies");
}

// Comments under a question, then the page's answers under their count:
// the comments end above the count, so the first answer's text stays.
TEST(ReviewReplies, RepliesEndAtTheAnswersCount) {
  for (std::string_view count :
       {"3 个回答", "共 2 個回答", "其他回答 (4)", "全部回答", "5 条回答", "其他答案", "共3个解答", "2 個答案"}) {
    const std::string page = std::string(
                                 "   2 条评论\n"
                                 "   阿宝 2026-10-02 09:15\n"
                                 "   同问，我也遇到了\n\n   ") +
                             std::string(count) +
                             "\n\n   回答于 2026-10-02 10:30\n"
                             "   热心的小李\n"
                             "   这是缓存没有刷新导致的，重启服务即可。\n"
                             "   也可以在配置里把缓存时间调短：\n";
    std::vector<PageLine> lines = MakePageLines(page);
    lines[7].reason = "forum post furniture";  // the answer's name, as the forum rules mark it
    MarkReplySections(lines);
    EXPECT_EQ(lines[0].reason, "readers' replies") << count;
    EXPECT_EQ(lines[2].reason, "readers' replies") << count;
    EXPECT_EQ(lines[8].reason, "") << count;
    EXPECT_EQ(lines[9].reason, "") << count;
  }
  // A reply that speaks of answers, in a sentence, is still a reply.
  std::vector<PageLine> lines = MakePageLines(
      "   读者留言\n   阿宝 2026-10-02 09:15\n   楼下有3个回答都不对。\n   小周 2026-10-02 09:20\n   同意\n");
  MarkReplySections(lines);
  EXPECT_EQ(lines[2].reason, "readers' replies");
  EXPECT_EQ(lines[4].reason, "readers' replies");
}

}  // namespace
}  // namespace wenyuan::clean
