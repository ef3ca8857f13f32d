#include "ingest/document_preparer.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::ingest {
namespace {

using wenyuan::testing::TempDir;
using wenyuan::testing::WriteFile;

// A page of a site whose header and footer are plain <div>s, so only
// repetition across the site's pages shows they are not content.
std::string SitePage(int n) {
  return "<html><head><title>第" + std::to_string(n) +
         "則公告</title></head><body>"
         "<div class=top>北辰日報電子報　訂閱專線 02-1234-5678</div>"
         "<div class=top>今日天氣：晴時多雲</div>"
         "<h1>第" +
         std::to_string(n) +
         "則公告</h1>"
         "<p>本則公告說明第" +
         std::to_string(n) +
         "項措施的實施方式，適用對象為全體市民，"
         "自公告日起生效，詳細內容請參閱附件第" +
         std::to_string(n) +
         "號。</p>"
         "<div class=bottom>北辰日報社　地址：北辰市中正路1號</div></body></html>";
}

TEST(DocumentPreparer, SiteHeaderAndFooterLearntAcrossAFoldersPages) {
  TempDir dir;
  for (int i = 1; i <= 5; ++i) WriteFile(dir / ("page" + std::to_string(i) + ".html"), SitePage(i));
  ReaderRegistry readers;
  clean::SiteBoilerplate site = LearnFolderBoilerplate(readers, dir.path());
  EXPECT_TRUE(site.Contains("北辰日報電子報　訂閱專線 02-1234-5678"));
  EXPECT_FALSE(site.Contains("第3則公告"));

  const std::string bytes = SitePage(3);
  const auto path = dir / "page3.html";
  const DocumentReader* reader = readers.ForFile(path, bytes);
  ASSERT_NE(reader, nullptr);
  auto prepared = PrepareDocuments(*reader, path, bytes, &site);
  ASSERT_TRUE(prepared.ok()) << prepared.status().ToString();
  ASSERT_EQ(prepared->size(), 1u);
  const auto& doc = prepared->front();
  EXPECT_EQ(doc.title, "第3則公告");
  EXPECT_NE(doc.cleaned.text.find("本則公告說明第3項措施的實施方式"), std::string::npos);
  EXPECT_EQ(doc.cleaned.text.find("訂閱專線"), std::string::npos) << doc.cleaned.text;
  EXPECT_EQ(doc.cleaned.text.find("中正路1號"), std::string::npos) << doc.cleaned.text;
  size_t site_lines = 0;
  for (const auto& d : doc.cleaned.dropped) site_lines += d.reason == "repeated on many pages of the site";
  EXPECT_EQ(site_lines, 3u);

  // Without the folder's profile the same page keeps them: one page alone
  // cannot tell a header from content.
  auto alone = PrepareDocuments(*reader, path, bytes);
  ASSERT_TRUE(alone.ok());
  EXPECT_NE(alone->front().cleaned.text.find("訂閱專線"), std::string::npos);
}

// Issue 15: every ingest of a web page re-read all its sibling pages, however
// large; pages past the cap are left out of learning.
TEST(DocumentPreparer, OversizedSiblingPagesAreNotRead) {
  TempDir dir;
  const std::string filler = "<p>" + std::string(600u << 10, 'x') + "</p>";
  for (int i = 1; i <= 5; ++i) {
    std::string page = SitePage(i);
    page.insert(page.find("</body>"), filler);
    WriteFile(dir / ("page" + std::to_string(i) + ".html"), page);
  }
  ReaderRegistry readers;
  EXPECT_EQ(LearnFolderBoilerplate(readers, dir.path()).size(), 0u);

  // Small pages within the total cap are learnt from; past it, no more.
  TempDir small;
  for (int i = 1; i <= 5; ++i) WriteFile(small / ("page" + std::to_string(i) + ".html"), SitePage(i));
  EXPECT_GT(LearnFolderBoilerplate(readers, small.path()).size(), 0u);
  FolderLearningLimits tight;
  tight.max_total_bytes = SitePage(1).size() * 2;  // two pages: too few to learn from
  EXPECT_EQ(LearnFolderBoilerplate(readers, small.path(), tight).size(), 0u);
  FolderLearningLimits no_time;
  no_time.max_time = std::chrono::milliseconds(0);
  EXPECT_EQ(LearnFolderBoilerplate(readers, small.path(), no_time).size(), 0u);
}

// Issue 15: a 200 MB one-line .txt was stored and then broke every later
// ingest of its KB. A document over the character budget fails its file
// before cleaning, naming it.
TEST(DocumentPreparer, DocumentOverTheCharacterBudgetIsRefused) {
  TempDir dir;
  const auto path = dir / "one-line.txt";
  const std::string bytes(ResourceLimits{}.max_document_chars + 10, 'a');
  ReaderRegistry readers;
  const DocumentReader* reader = readers.ForFile(path, bytes);
  ASSERT_NE(reader, nullptr);
  auto prepared = PrepareDocuments(*reader, path, bytes);
  ASSERT_FALSE(prepared.ok());
  EXPECT_EQ(prepared.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(prepared.status().message().find(path.string()), std::string::npos) << prepared.status().ToString();
  EXPECT_NE(prepared.status().message().find("characters"), std::string::npos) << prepared.status().ToString();

  ResourceLimits limits;
  limits.max_document_chars = 5;
  auto small = PrepareDocuments(*reader, path, "文淵閣四庫全書", nullptr, 1, limits);
  EXPECT_EQ(small.status().code(), StatusCode::kResourceExhausted);
  auto fits = PrepareDocuments(*reader, path, "文淵閣", nullptr, 1, limits);
  EXPECT_TRUE(fits.ok()) << fits.status().ToString();
}

TEST(DocumentPreparer, LayoutFollowsTheFormat) {
  EXPECT_EQ(LayoutForFormat("crawl"), clean::SourceLayout::kWebDump);
  EXPECT_EQ(LayoutForFormat("pdf"), clean::SourceLayout::kPaged);
  EXPECT_EQ(LayoutForFormat("html"), clean::SourceLayout::kWebPage);
  EXPECT_EQ(LayoutForFormat("txt"), clean::SourceLayout::kPlainText);
  EXPECT_TRUE(IsWebPagePath("a/b/Index.HTM"));
  EXPECT_FALSE(IsWebPagePath("a/b/index.txt"));
}

}  // namespace
}  // namespace wenyuan::ingest
