// The thread-tail rule on a page written for this test: an issue tracker's
// thread (Simplified, an English interface, no blank lines between its
// parts) whose last comment has its reactions and the poster's name
// under it, then the closing events, the sign-up prompt and the sidebar;
// the comments must all stay, a wrapped line's short end ("。") too.
#include "clean/thread_tail.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace {

const char kIssueThread[] =
    "   [mark.svg] Sign in\n"
    "     * Product\n"
    "     * Pricing\n"
    "\n"
    "   inkwell-dev / inkwell Public\n"
    "\n"
    "   导出 PDF 时竖排文字的标点位置不对\n"
    "   [5512?s=80] chen-yu\n"
    "   commented on Mar 2, 2026\n"
    "   用竖排模板导出 PDF，句号和逗号都跑到了字的左下角，应该在右上角。横排导出没有这个问题，预览里也是对的。\n"
    "   👍 3\n"
    "   [7741?s=80] maple-li\n"
    "   commented on Mar 3, 2026\n"
    "   Member\n"
    "   确认可以复现，是排版引擎在竖排时没有换用竖排标点的字形，我看一下字体回退的那段逻辑。\n"
    "   [9120?s=80] zhou-ning\n"
    "   commented on Mar 5, 2026\n"
    "   我用思源宋体也一样，换成系统自带的宋体反而正常，可能和字体里有没有竖排替换表有关，供参考\n"
    "   。\n"
    "   👍 1\n"
    "   [7741?s=80] maple-li\n"
    "   commented on Mar 8, 2026\n"
    "   Member\n"
    "   修好了，竖排时改为查询字体的竖排替换表，没有的字体回退到旋转标点，下个版本发布，谢谢两位！\n"
    "   ❤️ 2\n"
    "   maple-li\n"
    "   closed this as completed\n"
    "   on Mar 8, 2026\n"
    "   Sign up for free to join this conversation. Already have an account? Sign in to comment\n"
    "   Assignees\n"
    "   No one assigned\n"
    "   Milestone\n"
    "   No milestone\n";

TEST(ThreadTail, DropsWhatFollowsTheLastCommentsFoot) {
  const CleanedDocument c = CleanDocument(kIssueThread, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.failure.empty()) << c.failure;
  for (const char* kept : {"用竖排模板导出 PDF", "确认可以复现", "我用思源宋体也一样", "修好了，竖排时改为查询字体"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  EXPECT_TRUE(HasLine(c.text, "。")) << c.text;
  for (const char* gone : {"closed this as completed", "on Mar 8, 2026", "Sign up for free", "Assignees",
                           "No one assigned", "No milestone"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
