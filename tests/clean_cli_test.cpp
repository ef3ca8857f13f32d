// Integration tests of `wenyuan clean --explain` and `wenyuan clean --stats`
// with the real binary, on documents written for the test: a trip report
// with a cover page and a table of contents, a news page with a copyright
// notice, and a petition reply whose first line is a letterhead.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace wenyuan::testing {
namespace {

namespace fs = std::filesystem;

const char kReport[] =
    "赴韓國考察資料儲存技術出國報告\n"
    "服務機關：北辰市政府資訊服務處\n"
    "出國人員：王大明\n"
    "報告日期：113年7月1日\n"
    "\n"
    "目錄\n"
    "壹、目的 ....................... 1\n"
    "貳、過程 ······················· 2\n"
    "參、心得與建議 ················· 9\n"
    "\n"
    "壹、目的\n"
    "本次考察旨在了解韓國資料中心儲存架構之發展，作為本處規劃新一代儲存系統之參考。\n";

const char kNews[] =
    "奇安信发布年度网络安全报告\n"
    "齐向东在发布会上表示，网络安全产业正在快速发展，企业应持续加大安全投入。\n"
    "版权声明：凡注明“来源：本网”的所有作品，版权均属于本网，未经授权不得转载。\n";

const char kReply[] =
    "北辰市政府資訊服務處　人民陳情案件回覆\n"
    "主旨：有關台端反映捷運站無線網路訊號不穩一案，復請查照。\n"
    "說明：本處已請維護廠商於本月內完成基地台之調校。\n";

TEST(CleanCli, ExplainNamesEveryRuleThatFiredAndTheCoverFields) {
  TempDir dir;
  WriteFile(dir.path() / "report.txt", kReport);
  CommandResult r = RunWenyuan({"clean", (dir.path() / "report.txt").string(), "--explain"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("[table of contents] 壹、目的 ..."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--- field [cover page → metadata] 出國人員: 王大明"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--- rules that fired: cover-page field (kept as metadata) ×3; table of contents ×4;"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\n壹、目的\n本次考察"), std::string::npos) << r.out;
}

TEST(CleanCli, StatsSummariseAFolderPerRule) {
  TempDir dir;
  WriteFile(dir.path() / "report.txt", kReport);
  WriteFile(dir.path() / "sub" / "news.txt", kNews);
  WriteFile(dir.path() / "reply.txt", kReply);
  WriteFile(dir.path() / "image.bin", std::string("\x00\x01\x02", 3));
  CommandResult r = RunWenyuan({"clean", "--stats", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("3 files, 3 documents (0 not indexed)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("lines dropped: 8"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4  table of contents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3  cover-page field (kept as metadata)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1  copyright notice"), std::string::npos) << r.out;

  CommandResult missing = RunWenyuan({"clean", "--stats", (dir.path() / "nope").string()});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("nope: no such file or folder"), std::string::npos) << Describe(missing);
}

TEST(CleanCli, TheTitleIsTheSubjectNotTheLetterhead) {
  TempDir dir;
  WriteFile(dir.path() / "reply.txt", kReply);
  CommandResult r = RunWenyuan({"clean", (dir.path() / "reply.txt").string(), "--explain"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("— 有關台端反映捷運站無線網路訊號不穩一案\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace wenyuan::testing
