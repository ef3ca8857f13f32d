#include "server/source_display.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::server {
namespace {

TEST(SourceDisplayTest, ShowsSourcesRelativeToTheLongestFolderTheyCameFrom) {
  SourceDisplay display({"/srv/docs", "/srv/docs/規章/", "/var/lib/wenyuan/uploads/policies"});
  EXPECT_EQ(display.Show("/srv/docs/規章/資安.txt"), "資安.txt");
  EXPECT_EQ(display.Show("/srv/docs/新聞/2024.html"), "新聞/2024.html");
  EXPECT_EQ(display.Show("/var/lib/wenyuan/uploads/policies/會議紀錄.pdf"), "會議紀錄.pdf");
  EXPECT_EQ(display.Show("/srv/docs/pages.jsonl#p7"), "pages.jsonl#p7");
  // Under no known folder: the file name only, never the absolute path.
  EXPECT_EQ(display.Show("/home/someone/private/報告.docx"), "報告.docx");
  EXPECT_EQ(display.Show("/tmp/x/crawl.txt#a/b"), "crawl.txt#a/b");
  // A folder's own prefix is not a match for a sibling folder.
  EXPECT_EQ(display.Show("/srv/docs-old/a.txt"), "a.txt");
  EXPECT_EQ(display.Show("https://example.gov.tw/news/1"), "https://example.gov.tw/news/1");
}

TEST(SourceDisplayTest, RewritesEverySourceInAResponse) {
  SourceDisplay display({"/data/in"});
  nlohmann::json j = {{"hits", {{{"source", "/data/in/a/b.txt"}, {"title", "/data/in/x"}}}},
                      {"citations", {{{"n", 1}, {"source", "/elsewhere/c.md"}}}},
                      {"source", 3}};
  display.Apply(j);
  EXPECT_EQ(j["hits"][0]["source"], "a/b.txt");
  EXPECT_EQ(j["hits"][0]["title"], "/data/in/x");
  EXPECT_EQ(j["citations"][0]["source"], "c.md");
  EXPECT_EQ(j["source"], 3);
}

TEST(SourceDisplayTest, RecordsTheFoldersIngestWasGivenOnce) {
  wenyuan::testing::TempDir tmp;
  const auto data = tmp / "data";
  std::filesystem::create_directories(tmp / "in" / "sub");
  wenyuan::testing::WriteFile(tmp / "in" / "sub" / "one.txt", "x");
  ASSERT_TRUE(RecordSourceRoot(data, "kb", tmp / "in").ok());
  ASSERT_TRUE(RecordSourceRoot(data, "kb", tmp / "in/").ok());
  ASSERT_TRUE(RecordSourceRoot(data, "kb", tmp / "in" / "sub" / "one.txt").ok());
  const auto lines = wenyuan::testing::ReadLines(SourceRootsPath(data, "kb"));
  ASSERT_EQ(lines.size(), 2u);
  const std::string in = std::filesystem::weakly_canonical(tmp / "in").string();
  EXPECT_EQ(lines[0], in + "/");
  EXPECT_EQ(lines[1], in + "/sub/");
}

}  // namespace
}  // namespace wenyuan::server
