// The title of a web page from its structure, through the HTML reader, on
// small pages written for these tests: news pages whose <title> carries the
// site's and the section's names, pages whose <title> is only the site's
// name or a file's, and pages whose headline is elsewhere.
#include "ingest/html_title.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/document_preparer.h"
#include "ingest/reader_fixtures_test_support.h"

namespace wenyuan::ingest {
namespace {

class HtmlTitleTest : public fixtures::RegistryReaderTest {
 protected:
  std::string TitleOf(const std::string& html) {
    auto doc = ReadBytes("page.html", html);
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    return doc.ok() ? doc->title : std::string("(unreadable)");
  }
};

const char kArticle[] =
    "<p>市立圖書館昨日宣布，自下月起週一至週五延長開放至晚上十時，以便上班族借閱。</p>"
    "<p>館方表示，延長時段將增派兩名館員，並開放自助借還書機。</p>";

TEST_F(HtmlTitleTest, SiteNameNamedByLogoAndCopyrightIsDroppedFromTheTitle) {
  // No <h1>: the headline is an <h2>; the site's name is the logo's alt text
  // and the copyright holder, the section's name a menu link.
  const std::string html =
      std::string("<html><head><title>北嶺晚報 - 社會 - 市立圖書館延長夜間開放時間</title></head><body>") +
      "<table><tr><td><img src=\"/img/top_logo.gif\" alt=\"北嶺晚報\"></td>"
      "<td><a href=\"/\">主頁</a> | <a href=\"/society/\">社會</a></td></tr></table>"
      "<h2>市立圖書館延長夜間開放時間</h2>" +
      kArticle + "<p>北嶺晚報有限公司 版權所有 不得轉載</p></body></html>";
  EXPECT_EQ(TitleOf(html), "市立圖書館延長夜間開放時間");
}

TEST_F(HtmlTitleTest, OneWalkGivesTheTextAndTheTitlesClues) {
  // The site's name stands only in a copyright line inside a form (not
  // text) and in a table cell beside a link; the <title> has it too. The
  // text keeps the article and the row's cells, not the form or the logo.
  const std::string html = std::string("<html><head><title>南灣新聞網 - 圖書館延長夜間開放</title></head><body>") +
                           "<h1>圖書館延長夜間開放</h1>" + kArticle +
                           "<form><div>© 2024 南灣新聞網</div><button>訂閱</button></form>"
                           "<table><tr><td>聯絡我們</td><td>南灣新聞網 版權所有</td></tr></table>"
                           "<img src=\"/logo.png\" alt=\"南灣新聞網標誌\"></body></html>";
  auto doc = ReadBytes("page.html", html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "圖書館延長夜間開放");
  EXPECT_EQ(doc->text,
            "圖書館延長夜間開放\n"
            "市立圖書館昨日宣布，自下月起週一至週五延長開放至晚上十時，以便上班族借閱。\n"
            "館方表示，延長時段將增派兩名館員，並開放自助借還書機。\n"
            "聯絡我們 | 南灣新聞網版權所有\n");  // white space between Han goes
}

TEST_F(HtmlTitleTest, SiteNameFromTheHeaderOrMetadataOnEitherSide) {
  const std::string body = std::string("<body><header><a href=\"/\">南灣新聞網</a></header>") + kArticle + "</body>";
  EXPECT_EQ(TitleOf("<html><head><title>南灣新聞網 | 圖書館延長夜間開放</title></head>" + body), "圖書館延長夜間開放");
  EXPECT_EQ(TitleOf("<html><head><title>南灣新聞網：圖書館延長夜間開放</title></head>" + body), "圖書館延長夜間開放");
  EXPECT_EQ(TitleOf("<html><head><meta property=\"og:site_name\" content=\"南灣新聞網\">"
                    "<title>圖書館延長夜間開放｜南灣新聞網</title></head><body>" +
                    std::string(kArticle) + "</body></html>"),
            "圖書館延長夜間開放");
  // A "：" inside the headline is not a separator.
  EXPECT_EQ(TitleOf("<html><head><title>公告：圖書館延長夜間開放 | 南灣新聞網</title></head>" + body),
            "公告：圖書館延長夜間開放");
}

TEST_F(HtmlTitleTest, ATitleThatIsOnlyTheSiteNameGivesWayToTheHeadline) {
  const std::string head =
      "<html><head><meta property=\"og:site_name\" content=\"南灣新聞網\"><title>南灣新聞網</title></head>";
  EXPECT_EQ(TitleOf(head + "<body><h1>圖書館延長夜間開放</h1>" + kArticle + "</body></html>"), "圖書館延長夜間開放");
  // A banner <h1> holding the site's name is no headline either.
  EXPECT_EQ(TitleOf(head + "<body><h1>南灣新聞網</h1><h2>圖書館延長夜間開放時間</h2>" + kArticle + "</body></html>"),
            "圖書館延長夜間開放時間");
  // Nothing but the site's name: no title (the cleaner then guesses one).
  EXPECT_EQ(TitleOf(head + "<body>" + kArticle + "</body></html>"), "");
}

TEST_F(HtmlTitleTest, AShortOrGeneratedTitleGivesWayToTheFirstHeading) {
  EXPECT_EQ(TitleOf(std::string("<html><head><title>出國報告</title></head><body><h1>赴北海道考察除雪機具報告</h1>") +
                    kArticle + "</body></html>"),
            "赴北海道考察除雪機具報告");
  EXPECT_EQ(TitleOf(std::string("<html><head><title>Microsoft Word - 除雪報告定稿.docx</title></head>"
                                "<body><h1>赴北海道考察除雪機具報告</h1>") +
                    kArticle + "</body></html>"),
            "赴北海道考察除雪機具報告");
}

TEST_F(HtmlTitleTest, TheHeadingThatIsAPartOfTheTitleWinsUnlessItIsALabel) {
  // The <h1> is the headline; the <title> adds a label and the site's name.
  EXPECT_EQ(TitleOf(std::string("<html><head><title>新聞稿：圖書館延長夜間開放 - 北辰市政府</title></head><body>"
                                "<h1>圖書館延長夜間開放</h1>") +
                    kArticle + "</body></html>"),
            "圖書館延長夜間開放");
  // The <h1> is only the kind of document: the <title> says more.
  EXPECT_EQ(TitleOf(std::string("<html><head><title>公告：圖書館延長夜間開放｜北辰市政府</title></head><body>"
                                "<h1>公告</h1>") +
                    kArticle + "</body></html>"),
            "公告：圖書館延長夜間開放");
  // An article's own <header> is not the site's chrome.
  EXPECT_EQ(TitleOf(std::string("<html><head><title>圖書館延長夜間開放 | 南灣新聞網</title></head><body>"
                                "<article><header><h1>圖書館延長夜間開放</h1></header>") +
                    kArticle + "</article><footer>© 2024 南灣新聞網</footer></body></html>"),
            "圖書館延長夜間開放");
}

TEST_F(HtmlTitleTest, ALongTitleStaysOverAShortSectionHeading) {
  EXPECT_EQ(TitleOf(std::string("<html><head><title>市立游泳池暫停開放一週進行水質檢測 - 北辰體育</title></head>"
                                "<body><h2>最新消息</h2>") +
                    kArticle + "</body></html>"),
            "市立游泳池暫停開放一週進行水質檢測");
  // "_" inside an identifier is no separator; a photograph's alt text that
  // repeats the headline does not make it the site's name.
  EXPECT_EQ(TitleOf(std::string("<html><head><title>config_file 參數說明 - 北辰技術文件</title></head><body>") +
                    kArticle + "</body></html>"),
            "config_file 參數說明");
  EXPECT_EQ(TitleOf(std::string("<html><head><title>圖書館延長夜間開放時間_本地_南灣網</title></head><body>"
                                "<img src=\"/photos/library.jpg\" alt=\"圖書館延長夜間開放時間\">") +
                    kArticle + "<p>南灣網 版權所有</p></body></html>"),
            "圖書館延長夜間開放時間");
}

TEST(HtmlTitle, CopyrightLines) {
  EXPECT_TRUE(IsCopyrightLine("© 2024 南灣新聞網"));
  EXPECT_TRUE(IsCopyrightLine("南灣新聞網 版權所有"));
  EXPECT_TRUE(IsCopyrightLine("Copyright 2024 Nanwan News. All rights reserved."));
  EXPECT_FALSE(IsCopyrightLine("圖書館延長夜間開放"));
}

TEST(HtmlTitle, ABig5NewsPageIsTitledByItsHeadlineAfterCleaning) {
  // Through reader and cleaner, as ingest does: a Big5 page whose <title>
  // starts with the paper's name and whose headline the cleaner would take
  // for link labels run together.
  const std::string utf8_page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">"
      "<title>北嶺晚報 - 港聞 - 圖書館延長夜間開放時間 上班族可借閱至晚上十時</title></head><body>"
      "<table><tr><td><img src=\"/img/logo.gif\" alt=\"北嶺晚報\"></td>"
      "<td><a href=\"/\">主頁</a></td><td><a href=\"/local/\">港聞</a></td><td><a "
      "href=\"/intl/\">國際</a></td></tr></table>"
      "<p><a href=\"/local/\">港聞</a></p><p><a href=\"/finance/\">財經</a></p><p><a href=\"/sports/\">體育</a></p>"
      "<h2>圖書館延長夜間開放時間 上班族可借閱至晚上十時</h2>" +
      std::string(kArticle) +
      "<p>館方又指，夜間時段的自修室座位將改為網上預約，每人每次最多預約三小時，逾時未到即取消。</p>"
      "<p>北嶺晚報有限公司 版權所有 不得轉載 Copyright 2024 All rights reserved.</p></body></html>";
  auto big5 = fixtures::Encode(utf8_page, "BIG5");
  ASSERT_TRUE(big5.has_value());
  ReaderRegistry readers;
  const std::filesystem::path path = "news.html";
  const DocumentReader* reader = readers.ForFile(path, *big5);
  ASSERT_NE(reader, nullptr);
  auto prepared = PrepareDocuments(*reader, path, *big5);
  ASSERT_TRUE(prepared.ok()) << prepared.status().ToString();
  ASSERT_EQ(prepared->size(), 1u);
  // Spaces between Han characters are segmentation, which repair removes.
  EXPECT_EQ(prepared->front().title, "圖書館延長夜間開放時間上班族可借閱至晚上十時");
  EXPECT_NE(prepared->front().cleaned.text.find("圖書館延長夜間開放時間"), std::string::npos)
      << prepared->front().cleaned.text;
}

}  // namespace
}  // namespace wenyuan::ingest
