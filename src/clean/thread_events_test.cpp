// The thread-event rules on pages written for this test: a code host's
// issue (Traditional, an English interface) with its Latin menus,
// repository bar and counters over the title, the opening post's "opened
// on" line, and a linked change between two comments; and a board's thread
// (Simplified) whose first post opens with a Latin command under its first
// sentence, which must stay.
#include "clean/thread_events.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/cleaned_text_test_support.h"
#include "clean/document_cleaner.h"

namespace wenyuan::clean {
namespace thread_events_test {

const char kIssue[] =
    "   Skip to content\n"
    "   [logo.svg]\n"
    "     * Features\n"
    "     * Docs\n"
    "     * Blog\n"
    "   Find a repository...\n"
    "   Log in\n"
    "   Create account\n"
    "   tide-lab / tidemap Public\n"
    "     * Watch 41\n"
    "     * Fork 96\n"
    "     * Star 1.2k\n"
    "   潮汐圖在繁體中文介面下日期顯示成亂碼\n"
    "   [11?s=64]\n"
    "   hsu-ming\n"
    "   opened on Apr 1, 2026 · edited by hsu-ming\n"
    "   切換到繁體中文介面後，潮汐圖下方的日期都變成方框，英文介面正常。我用的是 2.3.0 版，系統是 macOS 14。\n"
    "   👍 2  🎉 0\n"
    "   [12?s=64]\n"
    "   lai-yun\n"
    "   commented on Apr 2, 2026\n"
    "   Member\n"
    "   是字型檔沒有包含中文字，圖表元件預設用了內建的英文字型，我改成跟隨系統字型試試。\n"
    "   👍 4  🎉 0\n"
    "   lai-yun\n"
    "   linked a pull request that will close this issue on Apr 3, 2026\n"
    "   圖表改用系統字型 #210\n"
    "   Merged\n"
    "   [13?s=64]\n"
    "   kao-pei\n"
    "   commented on Apr 4, 2026\n"
    "   裝了新版之後日期正常了，月份和星期都顯示得很清楚。\n"
    "   👍 1  🎉 0\n"
    "   [14?s=64]\n"
    "   wu-chen\n"
    "   commented on Apr 4, 2026\n"
    "   我這邊日文介面也有一樣的問題，新版也一起修好了。\n"
    "   👍 3  🎉 0\n"
    "   [12?s=64]\n"
    "   lai-yun\n"
    "   commented on Apr 5, 2026\n"
    "   Member\n"
    "   對，這次改動對所有非拉丁文字的介面都有效，會寫進更新說明。\n"
    "   👍 1  🎉 0\n"
    "   [11?s=64]\n"
    "   hsu-ming\n"
    "   commented on Apr 5, 2026\n"
    "   確認修好了，謝謝！\n"
    "   👍 0  🎉 1\n"
    "   hsu-ming\n"
    "   closed this as completed on Apr 5, 2026\n"
    "   Labels\n"
    "   bug\n";

TEST(ThreadEvents, DropsALatinInterfaceAndEventsBetweenComments) {
  const CleanedDocument c = CleanDocument(kIssue, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(c.failure.empty()) << c.failure;
  for (const char* kept : {"切換到繁體中文介面後", "我用的是 2.3.0 版", "是字型檔沒有包含中文字",
                           "裝了新版之後日期正常了", "確認修好了，謝謝！"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
  for (const char* gone : {"Features", "Find a repository", "Create account", "tidemap Public", "Fork 96", "Star 1.2k",
                           "opened on", "linked a pull request", "圖表改用系統字型", "Merged", "closed this"}) {
    EXPECT_FALSE(Contains(c.text, gone)) << gone << "\n" << c.text;
  }
}

// The same issue under a Latin title set flush left (a heading): it stays.
TEST(ThreadEvents, KeepsALatinTitleSetFlushLeft) {
  std::string page = kIssue;
  const std::string title = "   潮汐圖在繁體中文介面下日期顯示成亂碼\n";
  page.replace(page.find(title), title.size(), "\nTideMap 2.3 dates render as boxes\n\n");
  const CleanedDocument c = CleanDocument(page, SourceLayout::kWebDump, nullptr);
  EXPECT_TRUE(HasLine(c.text, "TideMap 2.3 dates render as boxes")) << c.text;
  EXPECT_FALSE(Contains(c.text, "Fork 96")) << c.text;
}

const char kBoardThread[] =
    "   [logo.png] 运维小站\n"
    "   首页 | 问答 | 文章\n"
    "\n"
    "   nginx 重载后日志不再写入\n"
    "\n"
    "   1楼  老郑  2026-03-02 10:14\n"
    "   每次执行下面这条命令之后，access.log 就不再增长了：\n"
    "   nginx -s reload\n"
    "   要等到重启服务才恢复，请问是什么原因？\n"
    "   回复  点赞 2\n"
    "\n"
    "   2楼  小白运维  2026-03-02 10:40\n"
    "   多半是 logrotate 把文件挪走以后没有给 nginx 发 USR1 信号，进程还写着旧的文件句柄。\n"
    "   回复  点赞 5\n"
    "\n"
    "   3楼  老郑  2026-03-02 11:02\n"
    "   果然是这个原因，在 postrotate 里加上信号以后正常了，谢谢！\n"
    "   回复  点赞 1\n";

TEST(ThreadEvents, KeepsALatinCommandInTheFirstPost) {
  const CleanedDocument c = CleanDocument(kBoardThread, SourceLayout::kWebDump, nullptr);
  for (const char* kept :
       {"nginx -s reload", "每次执行下面这条命令之后", "要等到重启服务才恢复", "多半是 logrotate", "果然是这个原因"}) {
    EXPECT_TRUE(Contains(c.text, kept)) << kept << "\n" << c.text;
  }
}

}  // namespace thread_events_test
}  // namespace wenyuan::clean
