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

TEST(DocumentPreparer, LayoutFollowsTheFormat) {
  EXPECT_EQ(LayoutForFormat("crawl"), clean::SourceLayout::kWebDump);
  EXPECT_EQ(LayoutForFormat("pdf"), clean::SourceLayout::kPaged);
  EXPECT_EQ(LayoutForFormat("html"), clean::SourceLayout::kStructured);
  EXPECT_EQ(LayoutForFormat("txt"), clean::SourceLayout::kPlainText);
  EXPECT_TRUE(IsWebPagePath("a/b/Index.HTM"));
  EXPECT_FALSE(IsWebPagePath("a/b/index.txt"));
}

}  // namespace
}  // namespace wenyuan::ingest
