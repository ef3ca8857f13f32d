// The readers' contribution rules on pages written for this test: a
// handicraft tutorial (Traditional) with the makers' posted works under
// it and a chain of questions and the author's replies; and an interview
// (Simplified) whose "记者：" and "答：" lines, right under a picture,
// name no one after a word and must stay.
#include "clean/readers_contributions.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace readers_contributions_test {

const char kTutorial[] =
    "   [logo.png] 手作日和\n"
    "     * 教學\n"
    "     * 材料包\n"
    "     * 作品牆\n"
    "\n"
    "   首頁 > 教學 > 皮革\n"
    "\n"
    "手縫皮革零錢包（新手一小時完成）\n"
    "\n"
    "   9.1 分   86 人做過這個作品\n"
    "\n"
    "   [avatar.jpg] 阿棠的工作桌\n"
    "\n"
    "   這個零錢包只需要一塊手掌大的植鞣皮和一顆四合扣，不用車縫，一個下午就能完成，很適合第一次接觸皮革的朋友。\n"
    "\n"
    "   1. 依紙型在皮面畫線，用美工刀沿線裁下兩片。\n"
    "   2. 用菱斬在邊緣打出縫線孔，孔距三毫米。\n"
    "   3. 以馬鞍縫法縫合兩側，最後在開口裝上四合扣。\n"
    "\n"
    "   教學發布時間：2026-02-01 15:20\n"
    "\n"
    "86 人做過這個作品\n"
    "\n"
    "   [work_a.jpg]\n"
    "   小魚乾\n"
    "   第一次做皮件就成功了，線有點歪但很有成就感！\n"
    "   02-08 21:14   ♡ 9\n"
    "\n"
    "   [work_b.jpg]\n"
    "   木頭人\n"
    "   換成深咖啡色的皮，送給爸爸當生日禮物。\n"
    "   02-06 10:31   ♡ 15\n"
    "\n"
    "   (BUTTON) 看更多作品\n"
    "\n"
    "留言 (12)\n"
    "\n"
    "   小魚乾：請問菱斬要買幾齒的？\n"
    "     阿棠的工作桌 回覆 小魚乾：新手買四齒和二齒各一支就夠用了。\n"
    "   柚子茶：沒有四合扣可以改用磁扣嗎？\n"
    "     阿棠的工作桌 回覆 柚子茶：可以，磁扣要先在皮上開小孔再壓。\n"
    "   ____________________ 寫下你的留言 (BUTTON) 送出\n"
    "\n"
    "   © 2026 手作日和\n";

TEST(ReadersContributions, DropsPostedWorksAndAReplyChainUnderATutorial) {
  const CleanedDocument c = CleanDocument(kTutorial, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.failure.empty()) << c.failure;
  for (const char* kept : {"這個零錢包只需要一塊手掌大的植鞣皮", "依紙型在皮面畫線", "以馬鞍縫法縫合兩側",
                           "教學發布時間：2026-02-01 15:20"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* gone : {"小魚乾", "第一次做皮件就成功了", "木頭人", "送給爸爸當生日禮物", "請問菱斬要買幾齒的",
                           "新手買四齒和二齒", "柚子茶", "磁扣要先在皮上開小孔"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
  EXPECT_FALSE(HasLine(c.text, "86 人做過這個作品")) << c.text;
}

const char kInterview[] =
    "   [logo.png] 城市周报\n"
    "     * 首页\n"
    "     * 人物\n"
    "\n"
    "修了四十年钟表，他说慢一点才准\n"
    "\n"
    "   2026-01-20  记者 周原\n"
    "\n"
    "   在老城区一条不到两米宽的巷子里，陈师傅的钟表铺已经开了四十年。\n"
    "\n"
    "   [chen.jpg]\n"
    "\n"
    "   记者：现在还有很多人来修机械表吗？\n"
    "   答：比前几年多了，年轻人喜欢老表，拿来的多是父辈留下的。\n"
    "   记者：最难修的是哪一种？\n"
    "   答：怀表，零件小，很多已经买不到，只能自己车。\n"
    "\n"
    "   说完他又低下头，把放大镜往眼睛上推了推。\n"
    "\n"
    "   © 2026 城市周报\n";

TEST(ReadersContributions, LeavesAnInterviewsLinesAlone) {
  const CleanedDocument c = CleanDocument(kInterview, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"记者：现在还有很多人来修机械表吗？", "答：比前几年多了", "记者：最难修的是哪一种？", "答：怀表，零件小"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
}

}  // namespace readers_contributions_test
}  // namespace wenyuan::clean
