// The `<page>` crawl reader through ReaderRegistry: the real crawl file in
// ../shared, content sniffing whatever the extension, tags sharing a line,
// and broken or hostile records.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using fixtures::AllWarnings;
using fixtures::AnyWarningHas;
using fixtures::ExpectFailsNaming;
using fixtures::Lines;
using wenyuan::testing::ReadFile;
using wenyuan::testing::SharedDir;

class CrawlReaderTest : public fixtures::SniffedReaderTest {
 protected:
  CrawlReaderTest() : SniffedReaderTest("crawl") {}

  std::unique_ptr<DocumentReader> crawl_ = MakeCrawlReader();
};

TEST_F(CrawlReaderTest, RealCrawlFileGivesEveryPageWithItsId) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const auto path = SharedDir() / "corpus" / "web-pages-zh.txt";
  const std::string bytes = ReadFile(path);
  const DocumentReader* reader = registry_.ForFile(path, bytes);
  ASSERT_NE(reader, nullptr);
  auto docs = reader->Read(path, bytes);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  const std::vector<std::string> expected_parts = {
      "cn-10", "cn-11", "cn-13", "cn-14", "cn-16", "cn-17", "cn-18", "cn-19", "cn-1",  "cn-20", "cn-21", "cn-22",
      "cn-23", "cn-24", "cn-25", "cn-26", "cn-27", "cn-28", "cn-29", "cn-2",  "cn-30", "cn-31", "cn-32", "cn-33",
      "cn-34", "cn-35", "cn-36", "cn-3",  "cn-4",  "cn-5",  "cn-6",  "cn-7",  "cn-8",  "cn-9"};
  ASSERT_EQ(docs->size(), 34u);
  for (size_t i = 0; i < docs->size(); ++i) {
    const ExtractedDocument& d = (*docs)[i];
    EXPECT_EQ(d.part, expected_parts[i]);
    EXPECT_EQ(d.format, "crawl");
    EXPECT_EQ(d.metadata.count("lang") ? d.metadata.at("lang") : "", "cn") << d.part;
    EXPECT_TRUE(d.warnings.empty()) << d.part << ": " << AllWarnings(*docs);
    EXPECT_TRUE(utf8::IsValid(d.text)) << d.part;
    EXPECT_TRUE(d.title.empty()) << d.part << ": " << d.title;  // titles are the cleaner's
    // Markup of the format never leaks into a page's text.
    for (const char* tag : {"<page", "</page>", "<text>", "</text>", "<lang", "§"}) {
      EXPECT_EQ(d.text.find(tag), std::string::npos) << d.part << " holds " << tag;
    }
    // cn-29 is a page that came back empty; every other page has text.
    if (d.part == "cn-29") {
      EXPECT_TRUE(d.text.empty()) << d.text;
    } else {
      EXPECT_FALSE(std::string_view(utf8::Trim(d.text)).empty()) << d.part;
    }
  }
  // The text keeps the page's own lines, indentation included.
  const ExtractedDocument& cn1 = (*docs)[8];
  EXPECT_TRUE(cn1.text.starts_with("   #alternate alternate alternate\n\n   NG Plus 新生代\n")) << cn1.text;
  EXPECT_NE(cn1.text.find("\n澳門要發展智慧城市？\n"), std::string::npos);
  EXPECT_TRUE(cn1.text.ends_with("   電話：2835 8780　傳真：2835 8780")) << cn1.text;
  EXPECT_EQ(cn1.date, "2018-07-05");
  EXPECT_EQ((*docs)[15].text, "   Please wait...");  // cn-26, a page that never loaded
  // Hard-wrapped lines stay as the crawler wrote them (joining is the cleaner's).
  EXPECT_NE(cn1.text.find("「智慧地球\n   」，即把"), std::string::npos);
}

// Checks that each `<page id>.expected.txt` among `entries` names a page of
// `docs` and that each of its lines is made of that page's characters, in
// order (white space and lynx list markers aside), so a fixture cannot
// drift from its page. Counts the fixtures and the empty ones.
void ExpectFixturesCopiedFromTheirPages(const std::vector<std::filesystem::directory_entry>& entries,
                                        const std::vector<ExtractedDocument>& docs, size_t* fixtures, size_t* empty) {
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = ".expected.txt";
    if (!name.ends_with(suffix)) continue;
    const std::string part = name.substr(0, name.size() - suffix.size());
    auto page = std::find_if(docs.begin(), docs.end(), [&](const ExtractedDocument& d) { return d.part == part; });
    ASSERT_NE(page, docs.end()) << name << " names no page of the crawl file";
    std::string stream;  // the page's characters without spaces or list markers
    for (const auto& line : Lines(page->text)) {
      std::string_view t = utf8::Trim(line);
      for (std::string_view marker : {"* ", "+ ", "o "}) {
        if (t.starts_with(marker)) t.remove_prefix(marker.size());
      }
      stream += wenyuan::testing::RemoveWhitespace(t);
    }
    const std::string expected = ReadFile(entry.path());
    ++*fixtures;
    if (expected.empty()) ++*empty;
    EXPECT_TRUE(expected.empty() || expected.back() == '\n') << name;
    size_t at = 0;
    for (const auto& line : Lines(expected)) {
      EXPECT_EQ(std::string(utf8::Trim(line)), line) << name << ": untrimmed line";
      const std::string key = wenyuan::testing::RemoveWhitespace(line);
      ASSERT_FALSE(key.empty()) << name << ": empty line";
      const size_t found = stream.find(key, at);
      ASSERT_NE(found, std::string::npos) << name << ": not from the page, or out of order: " << line;
      at = found + key.size();
    }
  }
}

// tests/fixtures/clean (and its *untouched-pages*/) holds hand-labelled pages
// of the crawl file, each copied from its page.
TEST_F(CrawlReaderTest, CleaningFixturesAreCopiedFromTheirPages) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const auto path = SharedDir() / "corpus" / "web-pages-zh.txt";
  auto docs = crawl_->Read(path, ReadFile(path));
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  const auto dir = wenyuan::testing::SourceDir() / "tests" / "fixtures" / "clean";
  size_t fixtures = 0, empty = 0;
  std::vector<std::filesystem::directory_entry> entries;
  for (const auto& folder : {dir, dir / "formerly-untouched-pages", dir / "formerly-untouched-pages-2",
                             dir / "formerly-untouched-pages-3", dir / "formerly-untouched-pages-4"}) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) entries.push_back(entry);
  }
  ExpectFixturesCopiedFromTheirPages(entries, *docs, &fixtures, &empty);
  EXPECT_GE(fixtures, 10u);
  EXPECT_GE(empty, 1u);  // at least one failed page
}

// Reads `folder`/pages.txt (written pages in the crawl format) and checks
// that its labels are copied from those pages, one label a page.
void ExpectWrittenFoldCopiedFromItsPages(const DocumentReader& crawl, const std::filesystem::path& folder,
                                         size_t pages) {
  const auto path = folder / "pages.txt";
  auto docs = crawl.Read(path, ReadFile(path));
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  EXPECT_TRUE(AllWarnings(*docs).empty()) << AllWarnings(*docs);
  size_t fixtures = 0, empty = 0;
  std::vector<std::filesystem::directory_entry> entries(std::filesystem::directory_iterator(folder), {});
  ExpectFixturesCopiedFromTheirPages(entries, *docs, &fixtures, &empty);
  EXPECT_EQ(fixtures, docs->size()) << folder;
  EXPECT_EQ(fixtures, pages) << folder;
}

// Every fold of written pages (tests/fixtures/clean/blind-pages-N and
// formerly-blind-pages[-N]: six pages in the crawl format in pages.txt,
// written and labelled blind) is held to the same rule. A fold a writer
// adds is found by its folder's name; no test is added per fold.
TEST_F(CrawlReaderTest, WrittenFoldsAreCopiedFromTheirPages) {
  const auto dir = wenyuan::testing::SourceDir() / "tests" / "fixtures" / "clean";
  std::vector<std::filesystem::path> folds;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && (name.starts_with("blind-pages") || name.starts_with("formerly-blind-pages"))) {
      folds.push_back(entry.path());
    }
  }
  std::sort(folds.begin(), folds.end());
  EXPECT_GE(folds.size(), 41u);  // the folds written up to the fourteenth session
  for (const auto& fold : folds) {
    SCOPED_TRACE(fold.filename().string());
    ExpectWrittenFoldCopiedFromItsPages(*crawl_, fold, 6);
  }
}

TEST_F(CrawlReaderTest, RecognisedByContentWhateverTheExtension) {
  const std::string crawl = "<lang=\"cn\">\n<page=\"a-1\">\n<text>\n   第一頁\n</text>\n</page> §\n</lang>\n";
  for (const char* name : {"dump.txt", "dump.dat", "dump", "dump.html", "DUMP.TXT"}) {
    const DocumentReader* reader = registry_.ForFile(tmp_ / name, crawl);
    ASSERT_NE(reader, nullptr) << name;
    auto docs = reader->Read(tmp_ / name, crawl);
    ASSERT_TRUE(docs.ok()) << name << ": " << docs.status().ToString();
    ASSERT_EQ(docs->size(), 1u) << name;
    EXPECT_EQ(docs->front().format, "crawl") << name;
    EXPECT_EQ(docs->front().part, "a-1");
    EXPECT_EQ(docs->front().text, "   第一頁");
  }
  EXPECT_TRUE(crawl_->RecognisesContent("\xEF\xBB\xBF\n  <page=\"x\">\n<text>\nhi\n</text></page>"));
  // Not crawl files: HTML, prose that mentions the tags later, a lone <lang>.
  EXPECT_FALSE(crawl_->RecognisesContent("<html><body><p>hi</p></body></html>"));
  EXPECT_FALSE(crawl_->RecognisesContent("說明：本檔以 <page=\"id\"> 開頭，<text> 包住正文。"));
  EXPECT_FALSE(crawl_->RecognisesContent("<lang=\"cn\">\n沒有頁面\n"));
  EXPECT_FALSE(crawl_->RecognisesContent(""));
}

TEST_F(CrawlReaderTest, TagsMayShareALineAndAttributesAreKept) {
  auto docs = ReadAs("one-line.txt",
                     "<lang=\"zh-tw\"><page=\"tw-1\" url=\"https://example.gov.tw/news/1\" "
                     "title='公告'><text>第一行\n第二行，2024年5月21日。</text></page> §\n"
                     "<page=\"tw-2\"><text>https://example.gov.tw/news/2\n正文</text></page> §"
                     "<lang=\"cn\"><page=\"cn-9\"><text>简体</text></page> §\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 3u) << AllWarnings(*docs);
  const auto& a = (*docs)[0];
  EXPECT_EQ(a.part, "tw-1");
  EXPECT_EQ(a.text, "第一行\n第二行，2024年5月21日。");
  EXPECT_EQ(a.url, "https://example.gov.tw/news/1");
  EXPECT_EQ(a.title, "公告");
  EXPECT_EQ(a.date, "2024-05-21");
  EXPECT_EQ(a.metadata.at("lang"), "zh-tw");
  const auto& b = (*docs)[1];
  EXPECT_EQ(b.url, "https://example.gov.tw/news/2");  // a first line that is a URL
  EXPECT_EQ(b.text, "https://example.gov.tw/news/2\n正文");
  EXPECT_TRUE(b.title.empty());
  EXPECT_TRUE(b.date.empty());
  EXPECT_EQ((*docs)[2].metadata.at("lang"), "cn");
  EXPECT_EQ((*docs)[2].text, "简体");
  EXPECT_EQ(AllWarnings(*docs), "");
}

TEST_F(CrawlReaderTest, UnterminatedPageKeepsItsTextAndWarnsWithTheLine) {
  auto docs = ReadAs("cut.txt",
                     "<page=\"p1\">\n<text>\n 完整的一頁\n</text>\n</page> §\n"
                     "<page=\"p2\">\n<text>\n 被截斷的一頁\n 第二行");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[1].part, "p2");
  EXPECT_EQ((*docs)[1].text, " 被截斷的一頁\n 第二行");
  ASSERT_EQ((*docs)[1].warnings.size(), 1u) << AllWarnings(*docs);
  EXPECT_NE((*docs)[1].warnings[0].find("line 9"), std::string::npos) << (*docs)[1].warnings[0];
  EXPECT_NE((*docs)[1].warnings[0].find("</text>"), std::string::npos);
  EXPECT_TRUE((*docs)[0].warnings.empty());
}

TEST_F(CrawlReaderTest, MissingCloseTagsDoNotSwallowTheNextPage) {
  auto docs = ReadAs("open.txt",
                     "<page=\"a\">\n<text>\n甲頁\n"           // no </text>, no </page>
                     "<page=\"b\">\n<text>\n乙頁\n</text>\n"  // no </page>
                     "<page=\"c\">\n<text>\n丙頁\n</text>\n</page> §\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 3u);
  EXPECT_EQ((*docs)[0].text, "甲頁");
  EXPECT_EQ((*docs)[1].text, "乙頁");
  EXPECT_EQ((*docs)[2].text, "丙頁");
  EXPECT_TRUE(AnyWarningHas(*docs, "line 4: page \"a\" has no </text>")) << AllWarnings(*docs);
  EXPECT_TRUE(AnyWarningHas(*docs, "line 8: page \"b\" has no </page>")) << AllWarnings(*docs);
  EXPECT_TRUE((*docs)[2].warnings.empty());
}

TEST_F(CrawlReaderTest, RepeatedEmptyAndStrangeIdsGetUniqueParts) {
  auto docs = ReadAs("ids.txt",
                     "<page=\"x\"><text>一</text></page> §\n"
                     "<page=\"x\"><text>二</text></page> §\n"
                     "<page=\"\"><text>三</text></page> §\n"
                     "<page=\"a#b\"><text>四</text></page> §\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 4u);
  std::vector<std::string> parts;
  for (const auto& d : *docs) parts.push_back(d.part);
  EXPECT_EQ(parts[0], "x");
  EXPECT_NE(parts[1], "x");
  EXPECT_EQ(parts[2], "page-3");
  EXPECT_EQ(parts[3], "page-4");
  std::sort(parts.begin(), parts.end());
  EXPECT_EQ(std::unique(parts.begin(), parts.end()), parts.end());
  EXPECT_TRUE(AnyWarningHas(*docs, "line 2: page id \"x\" repeats")) << AllWarnings(*docs);
  EXPECT_TRUE(AnyWarningHas(*docs, "line 3: page without a usable id")) << AllWarnings(*docs);
}

TEST_F(CrawlReaderTest, StrayTextAndUnknownTagsWarnButDoNotStopTheRead) {
  auto docs = ReadAs("stray.txt",
                     "<page=\"a\">\n多餘的字\n<text>\n正文\n</text>\n不該在這\n</page> §\n"
                     "孤兒文字\n<foo=\"bar\">\n</text>\n<page=\"b\"><text>乙</text></page>\n"
                     "<page=\"c\" broken=\"unterminated><text>丙</text></page>\n");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_GE(docs->size(), 2u) << AllWarnings(*docs);
  EXPECT_EQ((*docs)[0].text, "正文");
  EXPECT_EQ((*docs)[1].part, "b");
  EXPECT_EQ((*docs)[1].text, "乙");
  EXPECT_TRUE(AnyWarningHas(*docs, "line 2: text outside <text>")) << AllWarnings(*docs);
  EXPECT_TRUE(AnyWarningHas(*docs, "line 6: text after </text>")) << AllWarnings(*docs);
  EXPECT_TRUE(AnyWarningHas(*docs, "line 8: text outside any <page>")) << AllWarnings(*docs);
  EXPECT_TRUE(AnyWarningHas(*docs, "line 9: unknown tag <foo>")) << AllWarnings(*docs);
  EXPECT_TRUE(AnyWarningHas(*docs, "line 10: </text> without <text>")) << AllWarnings(*docs);
}

TEST_F(CrawlReaderTest, AFileWithoutAnyPageFailsNamingTheFile) {
  last_path_ = tmp_ / "empty-crawl.txt";
  // Read directly: without a <page>, the registry does not take it for crawl.
  auto direct = crawl_->Read(last_path_, "<lang=\"cn\">\n</lang>\n");
  ExpectFailsNaming(direct, last_path_);
  EXPECT_NE(direct.status().message().find("no <page>"), std::string::npos);
  ExpectFailsNaming(crawl_->Read(last_path_, ""), last_path_);
}

TEST_F(CrawlReaderTest, AHugeSingleLinePageIsCappedWithAWarning) {
  std::string bytes = "<page=\"big\">\n<text>\n";
  bytes += std::string(10 << 20, 'x');  // one 10 MB line
  bytes += "\n</text>\n</page> §\n<page=\"after\"><text>後面一頁</text></page> §\n";
  auto docs = ReadAs("huge.txt", bytes);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_LE((*docs)[0].text.size(), size_t{4} << 20);
  EXPECT_GE((*docs)[0].text.size(), size_t{1} << 20);
  EXPECT_TRUE(AnyWarningHas(*docs, "line 3: page \"big\" is longer than")) << AllWarnings(*docs);
  EXPECT_EQ((*docs)[1].text, "後面一頁");
  // A multi-byte text cut at the cap stays valid UTF-8.
  std::string han = "<page=\"han\"><text>";
  for (int i = 0; i < (5 << 20) / 3 + 7; ++i) han += "字";
  han += "</text></page>";
  auto han_docs = ReadAs("han.txt", han);
  ASSERT_TRUE(han_docs.ok()) << han_docs.status().ToString();
  EXPECT_TRUE(utf8::IsValid(han_docs->front().text));
  EXPECT_FALSE(han_docs->front().warnings.empty());
}

TEST_F(CrawlReaderTest, NoiseNeverCrashes) {
  // Tags cut in every place, a tag with no '>', NUL bytes and a long line of
  // '<' characters: whatever comes back, it comes back as a value.
  const std::string base = "<lang=\"cn\"><page=\"a\" url=\"u\"><text>正文\n</text></page> §\n";
  for (size_t cut = 0; cut <= base.size(); ++cut) {
    std::string bytes = "<page=\"z\"><text>" + base.substr(0, cut);
    auto docs = crawl_->Read("noise.txt", bytes);
    if (docs.ok()) {
      for (const auto& d : *docs) EXPECT_TRUE(utf8::IsValid(d.text));
    }
  }
  std::string junk = "<page=\"j\">\n<text>\n" + std::string(100000, '<') + "\n" + std::string(100000, '>') +
                     "\n<page=\"k\" <<<>\n</page>";
  auto docs = crawl_->Read("junk.txt", junk);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  EXPECT_GE(docs->size(), 1u);
  // Binary bytes: refused by decoding, or read; either way a value naming the file.
  auto binary = crawl_->Read("binary.txt", "<page=\"b\"><text>" + std::string("a\0\xff\xfe", 4) + "</text>");
  if (!binary.ok()) {
    EXPECT_NE(binary.status().message().find("binary.txt"), std::string::npos);
  }
}

}  // namespace
}  // namespace wenyuan::ingest
