// The thread-tail rule on a page written for this test: an issue tracker's
// thread (Simplified, an English interface, no blank lines between its
// parts) whose last comment has its reactions and the poster's name
// under it, then the closing events, the sign-up prompt and the sidebar;
// the comments must all stay, a wrapped line's short end ("。") too; and
// an article (Simplified) under a box of latest replies, which must stay.
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

// A box of the latest replies (stamps, buttons) over an article: the
// article under the last reply's foot is no board's tail.
const char kRepliesOverArticle[] =
    "   [logo.png] 山野札记\n"
    "\n"
    "   最新回复\n"
    "\n"
    "   青禾\n"
    "   3月1日 08:12\n"
    "   上周也去了，山顶风很大，记得带外套。\n"
    "   回复  点赞 4\n"
    "\n"
    "   走走停停\n"
    "   3月1日 09:40\n"
    "   请问停车场周末会满吗？\n"
    "   回复  点赞 1\n"
    "\n"
    "   阿岚\n"
    "   3月2日 18:05\n"
    "   七点前到基本都有位置，九点以后就难说了。\n"
    "   回复  点赞 6\n"
    "\n"
    "雨后登牛背山\n"
    "\n"
    "   "
    "雨停后的第二天清晨，我们从山脚的村子出发，沿着石阶往上走，空气里全是泥土和松针的味道，远处的云还压在山腰上没有散开"
    "。\n"
    "\n"
    "   走到半山的观景台时，太阳刚好从云缝里钻出来，整片山谷一下子亮了，几个同行的人都停下来拍照，谁也不想再往上赶。\n"
    "\n"
    "   © 2026 山野札记\n";

TEST(ThreadTail, LeavesAnArticleUnderABoxOfLatestReplies) {
  const CleanedDocument c = CleanDocument(kRepliesOverArticle, SourceLayout::kWebDump, nullptr);
  for (const char* kept : {"雨停后的第二天清晨", "走到半山的观景台时"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
}

}  // namespace
}  // namespace wenyuan::clean
