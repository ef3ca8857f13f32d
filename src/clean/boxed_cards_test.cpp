// The boxed-card rule on an article written for this test: a "read also"
// card drawn with box characters between two paragraphs goes whole (its
// date line too), a framed notice whose lines all stay is left alone.
#include "clean/boxed_cards.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kArticle[] =
    "   [logo.png] 江城晚报\n\n"
    "老旧小区加装电梯提速　今年已有两百部投入使用\n"
    "   2025-06-18 08:30  记者 周晓\n"
    "   市住建局昨日通报，今年以来全市老旧小区新装电梯两百零三部，比去年同期多出一倍，\n"
    "   居民申请到完工的平均时间由十四个月缩短到八个月。\n"
    "   相关阅读\n"
    "   ╭───────────────────────────╮\n"
    "   │ [thumb_x.jpg] 加装电梯费用怎么分？楼层系数表来了 │\n"
    "   │ 2025-05-30                                       │\n"
    "   ╰───────────────────────────╯\n"
    "   住在六楼的李阿姨说，以前下楼买菜要歇两次，现在电梯装好了，每天都能下楼散步。\n"
    "   住建局表示，下半年还将简化审批流程，对符合条件的小区给予每部二十万元补贴。\n"
    "   ┌───────────────────────────┐\n"
    "   │ 申请电话：12345转住建局，工作日上午九点至下午五点。 │\n"
    "   └───────────────────────────┘\n";

TEST(BoxedCards, ATeaserCardGoesWholeAFramedNoticeStays) {
  const CleanedDocument c = CleanDocument(kArticle, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(Contains(c.text, "住在六楼的李阿姨说")) << c.text;
  EXPECT_TRUE(Contains(c.text, "申请电话：12345转住建局")) << c.text;
  EXPECT_FALSE(Contains(c.text, "楼层系数表")) << c.text;
  EXPECT_FALSE(Contains(c.text, "2025-05-30")) << c.text;
}

}  // namespace
}  // namespace wenyuan::clean
