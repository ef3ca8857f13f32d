// The mail-archive thread rules on pages written for this test: a mailing
// list's thread (Traditional, an English interface) whose messages each
// print the poster's name and a stamp with shortened words ("Mar. 3,
// 2025 7:05 a.m."), quote their parent mail-style ("> ") and sign under
// "-- "; and a page that must not change: a blog post (Simplified) with a
// quoted line of its own ("> " over words printed nowhere above) and a
// date written "Feb. 3" in its text.
#include "clean/mail_quotes.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"
#include "clean/forum_rules.h"
#include "clean/latin_stops.h"

namespace wenyuan::clean {
namespace {

TEST(LatinStops, AnAbbreviationsDotEndsNoSentence) {
  const std::u32string stamp = U"Mar. 3, 2025 7:05 a.m.";
  for (size_t i = 0; i < stamp.size(); ++i) EXPECT_FALSE(IsLatinSentenceMark(stamp, i)) << i;
  const std::u32string sentence = U"It works now. Thanks, all.";
  EXPECT_TRUE(IsLatinSentenceMark(sentence, 12));
  EXPECT_TRUE(IsLatinSentenceMark(sentence, 20));
  EXPECT_TRUE(IsLatinSentenceMark(sentence, sentence.size() - 1));
}

const char kListThread[] =
    "   [list_logo.png] Lists at example-coop.tw\n"
    "     * Log In\n"
    "     * Register\n"
    "\n"
    "   Search this archive ____________________ (BUTTON)\n"
    "\n"
    "coop-tw@lists.example-coop.tw\n"
    "\n"
    "社區菜園的雨水回收桶該怎麼清洗？\n"
    "\n"
    "   Started by: 林佩君\n"
    "   Messages: 4\n"
    "\n"
    "   [a1.png]\n"
    "   林佩君\n"
    "   Mar. 3, 2025 7:05 a.m.\n"
    "\n"
    "   大家好，\n"
    "\n"
    "   菜園角落那兩個雨水回收桶用了快三年，桶底積了一層綠色的藻，水也開始有味道。想問大家平常多久清一次，用什麼清？\n"
    "\n"
    "   --\n"
    "   林佩君\n"
    "\n"
    "   3 0\n"
    "   Reply   Quote\n"
    "\n"
    "   [a2.png]\n"
    "   張志豪\n"
    "   Mar. 3, 2025 9:41 a.m.\n"
    "\n"
    "   > 桶底積了一層綠色的藻，水也開始有味道\n"
    "\n"
    "   我們是每年梅雨季前清一次，先把水放乾，用軟毛刷加小蘇打刷，不要用漂白水，會傷到之後澆的菜。\n"
    "\n"
    "   --\n"
    "   Chang Chih-hao\n"
    "   https://example-garden.tw/hao\n"
    "\n"
    "   1 0\n"
    "   Reply   Quote\n"
    "\n"
    "   [a1.png]\n"
    "   林佩君\n"
    "   Mar. 4, 2025 8:12 p.m.\n"
    "\n"
    "   > 先把水放乾，用軟毛刷加小蘇打刷\n"
    "\n"
    "   謝謝！週末就來試試看，順便在進水口加一層紗網擋落葉。\n"
    "\n"
    "   pump: flow check failed (code 2) at valve.c(88) [unit=B2]\n"
    "   照片在筆記裡是這樣寫的：![[桶底.png]]\n"
    "\n"
    "   0 0\n"
    "   Reply   Quote\n"
    "\n"
    "   [a3.png]\n"
    "   吳美玲\n"
    "   Mar. 5, 2025 6:30 a.m.\n"
    "\n"
    "   紗網很有用，我們加了之後一年只要清一次，桶蓋也記得蓋緊，不然會變成蚊子的家。\n"
    "\n"
    "   0 0\n"
    "   Reply   Quote\n"
    "\n"
    "   Powered by an archive engine.\n";

TEST(MailQuotes, DropsAListThreadsHeadsQuotesAndSignatures) {
  const CleanedDocument c = CleanDocument(kListThread, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.failure.empty()) << c.failure;
  for (const char* kept : {"大家好，", "菜園角落那兩個雨水回收桶用了快三年", "我們是每年梅雨季前清一次",
                           "謝謝！週末就來試試看", "紗網很有用"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* gone :
       {"> 桶底積了", "> 先把水放乾", "Chang Chih-hao", "example-garden.tw", "Mar. 3, 2025", "Reply   Quote"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
  EXPECT_FALSE(HasLine(c.text, "張志豪")) << c.text;
}

// A blog post quoting a line of its own ("> " over words printed nowhere
// above), a date written "Feb. 3" in a sentence: no thread, no change.
const char kBlogPost[] =
    "   [logo.png] 慢读笔记\n"
    "     * 首页\n"
    "     * 归档\n"
    "     * 关于\n"
    "\n"
    "重读《城南旧事》的一个下午\n"
    "\n"
    "   2026-02-08  作者：阿默\n"
    "\n"
    "   那天是 Feb. 3 的下午，外面下着小雨，我从书架上抽出这本小时候读过的书。\n"
    "\n"
    "   > 我们看海去，我们看海去。\n"
    "\n"
    "   读到这一句的时候，忽然想起小学课本里的插图，一个小女孩站在胡同口。\n"
    "\n"
    "   书里写的是北京城南的几年光景，英子的眼睛看着大人的世界，不懂却记住了。\n"
    "\n"
    "   © 2026 慢读笔记\n";

TEST(MailQuotes, LeavesABlogPostsOwnQuotationAlone) {
  const CleanedDocument c = CleanDocument(kBlogPost, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"那天是 Feb. 3 的下午", "> 我们看海去，我们看海去。", "读到这一句的时候", "书里写的是北京城南的几年光景"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const DroppedLine& d : c.dropped) EXPECT_NE(d.reason, kForumFurniture) << d.text;
}

}  // namespace
}  // namespace wenyuan::clean
