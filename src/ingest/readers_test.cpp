// The readers through ReaderRegistry, on the real sample files and on broken
// or hostile input.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using fixtures::Encode;
using fixtures::ExpectFailsNaming;
using fixtures::Lines;
using fixtures::MakeZip;
using wenyuan::testing::ReadFile;
using wenyuan::testing::SamplesDir;
using wenyuan::testing::WriteFile;

class ReadersTest : public fixtures::RegistryReaderTest {
 protected:
  static bool HasLine(const std::string& text, const std::string& line) {
    for (const auto& l : Lines(text)) {
      if (l == line) return true;
    }
    return false;
  }
};

TEST_F(ReadersTest, RegistryPicksByExtensionCaseInsensitively) {
  EXPECT_NE(registry_.ForPath("a.TXT"), nullptr);
  EXPECT_EQ(registry_.ForPath("a.txt"), registry_.ForPath("b.Txt"));
  EXPECT_NE(registry_.ForPath("a.md"), registry_.ForPath("a.txt"));
  EXPECT_NE(registry_.ForPath("x/y.HTML"), nullptr);
  EXPECT_NE(registry_.ForPath("y.htm"), nullptr);
  EXPECT_NE(registry_.ForPath("y.pdf"), nullptr);
  EXPECT_NE(registry_.ForPath("y.docx"), nullptr);
  EXPECT_EQ(registry_.ForPath("y.xyz"), nullptr);
  EXPECT_EQ(registry_.ForPath("README"), nullptr);
  EXPECT_EQ(registry_.ForPath("y.doc"), nullptr);
  auto exts = registry_.Extensions();
  for (const char* e : {"txt", "md", "html", "pdf", "docx"}) {
    EXPECT_NE(std::find(exts.begin(), exts.end(), e), exts.end()) << e;
  }
}

TEST_F(ReadersTest, HtmlFaqKeepsMainContentAndDropsNavigation) {
  auto doc = Read(SamplesDir() / "faq-digital-certificate.html");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "html");
  // The page's own title (its <h1>), not "…｜site name" from <title>.
  EXPECT_EQ(doc->title, "市民數位憑證申辦常見問答");
  // <main> content, with headings and paragraphs on their own lines.
  EXPECT_NE(doc->text.find("年滿14歲、設籍北辰市之市民"), std::string::npos) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "Q1：誰可以申辦北辰市民數位憑證？")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "市民數位憑證申辦常見問答"));
  EXPECT_TRUE(HasLine(doc->text, "首頁 > 常見問答 > 市民數位憑證"));  // &gt; decoded
  // <nav>, <footer>, <head> are gone.
  EXPECT_EQ(doc->text.find("最新消息"), std::string::npos);
  EXPECT_EQ(doc->text.find("法規專區"), std::string::npos);
  EXPECT_EQ(doc->text.find("版權所有"), std::string::npos);
  EXPECT_EQ(doc->text.find("總機"), std::string::npos);
  EXPECT_EQ(doc->text.find("main.css"), std::string::npos);
  EXPECT_EQ(doc->date, "2024-10-03");
  EXPECT_TRUE(utf8::IsValid(doc->text));
}

TEST_F(ReadersTest, HtmlScriptsStylesAndTablesAndTitleFallback) {
  const std::string html =
      "<html><head><style>p{color:red}</style></head><body>"
      "<script>var secret = '腳本內容';</script>"
      "<h1>備用標題</h1><p>第一段\n文字，2024/5/21 發布。</p>"
      "<table><tr><th>項目</th><th>數量</th></tr><tr><td>熱點</td><td>1,286</td></tr></table>"
      "<p>A&amp;B &#x4E2D;文</p></body></html>";
  auto doc = ReadBytes("page.html", html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "備用標題");
  EXPECT_EQ(doc->text.find("腳本內容"), std::string::npos);
  EXPECT_EQ(doc->text.find("color"), std::string::npos);
  EXPECT_TRUE(HasLine(doc->text, "第一段文字，2024/5/21 發布。")) << doc->text;  // Han-Han break vanishes
  EXPECT_TRUE(HasLine(doc->text, "項目 | 數量")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "熱點 | 1,286")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "A&B 中文")) << doc->text;
  EXPECT_EQ(doc->date, "2024-05-21");
}

TEST_F(ReadersTest, PdfReportTextAndTitle) {
  auto doc = Read(SamplesDir() / "report-2024-annual.pdf");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "pdf");
  EXPECT_TRUE(doc->wrapped_lines);
  EXPECT_FALSE(doc->title.empty());
  EXPECT_NE(doc->title.find("工作成果報告"), std::string::npos) << doc->title;
  EXPECT_NE(doc->text.find("資通安全"), std::string::npos);
  EXPECT_NE(doc->text.find("預算執行率為96.4%"), std::string::npos);
  EXPECT_EQ(doc->date, "2025-01-20");  // 中華民國114年1月20日
  EXPECT_TRUE(utf8::IsValid(doc->text));
}

TEST_F(ReadersTest, DocxParagraphsAndTableRows) {
  auto doc = Read(SamplesDir() / "meeting-2024-03-quarterly.docx");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "docx");
  EXPECT_EQ(doc->title, "北辰市政府資訊服務處113年第1季資通安全管理審查會議紀錄");
  EXPECT_TRUE(HasLine(doc->text, "地點：市政大樓8樓 第一會議室")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "主席：處長 林志遠"));
  // A table row is one line, its non-empty cells joined with " | ".
  EXPECT_TRUE(HasLine(doc->text, "職稱 | 姓名 | 備註")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "副處長 | 陳怡君")) << doc->text;
  EXPECT_EQ(doc->text.find("w:t"), std::string::npos);  // no markup leaks
  EXPECT_EQ(doc->date, "2024-03-27");
}

TEST_F(ReadersTest, MarkdownHeadingsLoseTheirHashes) {
  auto doc = Read(SamplesDir() / "announcement-2024-security-week.md");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "md");
  EXPECT_EQ(doc->title, "公告：113年度北辰市政府「資安週」系列活動");
  EXPECT_TRUE(HasLine(doc->text, "主旨")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "活動內容"));
  EXPECT_TRUE(HasLine(doc->text, "日期 | 活動 | 地點 | 時數")) << doc->text;
  for (const auto& line : Lines(doc->text)) {
    EXPECT_FALSE(line.starts_with("#")) << line;
    EXPECT_EQ(line.find("---"), std::string::npos) << line;  // table rule dropped
  }
  EXPECT_EQ(doc->date, "2024-09-23");
}

TEST_F(ReadersTest, MarkdownInlineMarkup) {
  auto doc = ReadBytes("a.md",
                       "Intro\n## 標題 **粗體**\n請見[說明文件](https://x.example/a)與"
                       "![圖片說明](img.png)，指令 `wenyuan ingest`。\n> 引言\n```\ncode\n```\n"
                       "```sql\nselect * from t;\n| ts | dt |\n```\n- 項目[`time_zone`](a.md)\n<!-- INFO END -->\n> "
                       "[!NOTE]\n[!include [banner](b.md)]\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "標題 粗體");
  EXPECT_TRUE(HasLine(doc->text, "請見說明文件與圖片說明，指令 wenyuan ingest。")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "引言"));
  EXPECT_TRUE(HasLine(doc->text, "code"));
  EXPECT_EQ(doc->text.find("```"), std::string::npos);
  EXPECT_EQ(doc->text.find("https://x.example"), std::string::npos);
  EXPECT_TRUE(HasLine(doc->text, "項目time_zone")) << doc->text;
  EXPECT_TRUE(HasLine(doc->text, "select * from t;")) << doc->text;  // code stays as written
  EXPECT_TRUE(HasLine(doc->text, "| ts | dt |")) << doc->text;
  EXPECT_EQ(doc->text.find("INFO END"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("[!"), std::string::npos) << doc->text;
}

TEST_F(ReadersTest, PlainTextTitleIsFirstLineAndDateIsFound) {
  auto doc = Read(SamplesDir() / "petition-reply-ifree-signal.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "txt");
  EXPECT_EQ(doc->title, "北辰市政府資訊服務處\u3000人民陳情案件回覆");
  EXPECT_EQ(doc->date, "2024-06-12");
  EXPECT_NE(doc->text.find("受文者：張○○君"), std::string::npos);

  auto blank_first = ReadBytes("b.txt", "\n  \n  真正的標題  \n內文。");
  ASSERT_TRUE(blank_first.ok());
  EXPECT_EQ(blank_first->title, "真正的標題");
  EXPECT_EQ(blank_first->date, "");
}

TEST_F(ReadersTest, StrayBytesInTextAreReplacedWithAWarning) {
  auto doc = ReadBytes("stray.txt", "第一行\n第二行\n壞\xFF掉了\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "第一行\n第二行\n壞\uFFFD掉了\n");
  EXPECT_EQ(doc->title, "第一行");
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_EQ(doc->warnings[0], "line 3: 1 invalid byte replaced with U+FFFD");

  auto md = ReadBytes("stray.md", "# 標題\n\n內文\xC0\xAF很長的一段正常文字，繼續說明。\n");
  ASSERT_TRUE(md.ok()) << md.status().ToString();
  EXPECT_EQ(md->title, "標題");
  EXPECT_NE(md->text.find("內文\uFFFD\uFFFD很長"), std::string::npos) << md->text;
  ASSERT_EQ(md->warnings.size(), 1u);
  EXPECT_EQ(md->warnings[0], "line 3: 2 invalid bytes replaced with U+FFFD");
}

TEST_F(ReadersTest, BinaryFileNamedTxtFailsNamingIt) {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  for (int i = 0; i < 500; ++i) png += static_cast<char>((i * 37) & 0xFF);
  for (const char* name : {"picture.txt", "picture.md", "picture.html"}) {
    auto path = tmp_ / name;
    WriteFile(path, png);
    auto doc = Read(path);
    ExpectFailsNaming(doc, path);
    EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(doc.status().message().find("does not look like text (binary data at byte 8)"), std::string::npos)
        << doc.status().message();
  }
}

TEST_F(ReadersTest, Big5AndGb18030TextFilesAreDecoded) {
  const std::string trad = "臺北市政府公告\n主旨：本市資訊服務處自即日起受理線上申請，請各機關配合辦理。\n";
  const std::string simp = "北京市人民政府通知\n为进一步做好数据安全管理工作，现将有关事项通知如下。\n";
  auto big5 = Encode(trad, "CP950");
  auto gb = Encode(simp, "GB18030");
  ASSERT_TRUE(big5 && gb);
  auto t = ReadBytes("big5.txt", *big5);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->text, trad);
  EXPECT_EQ(t->title, "臺北市政府公告");
  EXPECT_TRUE(t->warnings.empty());
  auto s = ReadBytes("gb.md", "# " + *gb);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->title, "北京市人民政府通知");
  EXPECT_NE(s->text.find("现将有关事项通知如下。"), std::string::npos) << s->text;
}

TEST_F(ReadersTest, Utf16LittleEndianWithBomIsDecoded) {
  const std::u16string text = u"標題行\n內容😀ABC";
  std::string bytes = "\xFF\xFE";
  for (char16_t u : text) {
    bytes += static_cast<char>(u & 0xFF);
    bytes += static_cast<char>(u >> 8);
  }
  auto doc = ReadBytes("utf16.txt", bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "標題行\n內容😀ABC");
  EXPECT_EQ(doc->title, "標題行");
}

TEST_F(ReadersTest, Utf8BomIsStripped) {
  auto doc = ReadBytes("bom.txt", "\xEF\xBB\xBF標題\n內文");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "標題");
  EXPECT_EQ(doc->text, "標題\n內文");
  auto md = ReadBytes("bom.md", "\xEF\xBB\xBF# 標題\n內文");
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(md->title, "標題");
}

TEST_F(ReadersTest, TruncatedDocxFailsCleanly) {
  const std::string real = ReadFile(SamplesDir() / "meeting-2024-03-quarterly.docx");
  ASSERT_GT(real.size(), 500u);
  auto path = tmp_ / "truncated.docx";
  WriteFile(path, real.substr(0, 500));
  ExpectFailsNaming(Read(path), path);
  // Every shorter prefix fails too, and none crashes.
  for (size_t n : {0u, 1u, 4u, 22u, 30u, 100u, 1000u, 2000u, 3000u, 3900u}) {
    WriteFile(path, real.substr(0, n));
    ExpectFailsNaming(Read(path), path);
  }
}

TEST_F(ReadersTest, RandomBytesNamedDocxFailCleanly) {
  const std::string junk = fixtures::PseudoRandomBytes(12345, 4096);
  auto path = tmp_ / "random.docx";
  WriteFile(path, junk);
  auto doc = Read(path);
  ExpectFailsNaming(doc, path);
  // A real ZIP that is not a DOCX.
  auto zip_like = tmp_ / "nodoc.docx";
  WriteFile(zip_like, std::string("PK\x05\x06", 4) + std::string(18, '\0'));  // empty archive
  ExpectFailsNaming(Read(zip_like), zip_like);
}

TEST_F(ReadersTest, DamagedDocxArchiveFailsCleanly) {
  std::string real = ReadFile(SamplesDir() / "meeting-2024-03-quarterly.docx");
  for (size_t i = real.size() / 3; i < real.size() / 3 + 64; ++i) real[i] = static_cast<char>(~real[i]);
  auto path = tmp_ / "damaged.docx";
  WriteFile(path, real);
  auto doc = Read(path);
  if (!doc.ok()) {
    EXPECT_NE(doc.status().message().find(path.string()), std::string::npos) << doc.status().ToString();
  } else {
    EXPECT_TRUE(utf8::IsValid(doc->text));
  }
}

std::string WordXml(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"x\"><w:body>" + body +
         "</w:body></w:document>";
}

TEST_F(ReadersTest, HandMadeDocxBreaksTabsAndNestedTables) {
  auto path = tmp_ / "made.docx";
  MakeZip(path, {{"word/document.xml", WordXml("<w:p><w:r><w:t>第一段</w:t><w:tab/><w:t>A&amp;B</w:t></w:r></w:p>"
                                               "<w:p><w:r><w:t>換行前</w:t><w:br/><w:t>換行後</w:t></w:r></w:p>"
                                               "<w:p/>"
                                               "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p>"
                                               "<w:p><w:r><w:t>甲二</w:t></w:r></w:p></w:tc>"
                                               "<w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                                               "<w:p><w:r><w:t>2024年5月21日</w:t></w:r></w:p>")}});
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "第一段 A&B\n換行前\n換行後\n甲 甲二 | 乙\n2024年5月21日\n");
  EXPECT_EQ(doc->title, "第一段 A&B");  // no core.xml: the first line
  EXPECT_EQ(doc->date, "2024-05-21");
}

TEST_F(ReadersTest, DocxTableInsideACellStaysInThatCell) {
  auto path = tmp_ / "nested.docx";
  auto cell = [](const std::string& inner) { return "<w:tc>" + inner + "</w:tc>"; };
  auto para = [](const std::string& t) { return "<w:p><w:r><w:t>" + t + "</w:t></w:r></w:p>"; };
  const std::string inner_table = "<w:tbl><w:tr>" + cell(para("Inner1")) + cell(para("Inner2")) + "</w:tr></w:tbl>";
  MakeZip(path, {{"word/document.xml", WordXml("<w:tbl><w:tr>" + cell(para("Outer") + inner_table) +
                                               cell(para("Right")) + "</w:tr></w:tbl>")}});
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  // The inner row must not be glued onto the cell's own text ("OuterInner1").
  EXPECT_EQ(doc->text, "Outer Inner1 | Inner2 | Right\n");
}

TEST_F(ReadersTest, DocxWithBrokenXmlFailsNamingFileAndPart) {
  auto path = tmp_ / "broken.docx";
  MakeZip(path, {{"word/document.xml", WordXml("<w:p><w:r><w:t>文字</w:t></w:r></w:p>") + "<w:p"}});
  auto doc = Read(path);
  ExpectFailsNaming(doc, path);
  EXPECT_NE(doc.status().message().find("word/document.xml"), std::string::npos) << doc.status().message();
  EXPECT_NE(doc.status().message().find("byte"), std::string::npos) << doc.status().message();

  auto bad_utf8 = tmp_ / "badutf8.docx";
  MakeZip(bad_utf8, {{"word/document.xml", WordXml("<w:p><w:r><w:t>\xFF</w:t></w:r></w:p>")}});
  ExpectFailsNaming(Read(bad_utf8), bad_utf8);

  auto no_body = tmp_ / "nobody.docx";
  MakeZip(no_body, {{"docProps/core.xml", "<dc:title>x</dc:title>"}});
  ExpectFailsNaming(Read(no_body), no_body);
}

TEST_F(ReadersTest, PdfWithoutHeaderIsRefused) {
  auto path = tmp_ / "hello.pdf";
  WriteFile(path, "hello");
  auto doc = Read(path);
  ExpectFailsNaming(doc, path);
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ReadersTest, TruncatedPdfDoesNotCrash) {
  const std::string real = ReadFile(SamplesDir() / "report-2024-annual.pdf");
  ASSERT_TRUE(real.starts_with("%PDF-"));
  auto path = tmp_ / "truncated.pdf";
  WriteFile(path, real.substr(0, 2000));
  auto doc = Read(path);
  if (doc.ok()) {
    EXPECT_TRUE(utf8::IsValid(doc->text));
  } else {
    EXPECT_NE(doc.status().message().find(path.string()), std::string::npos) << doc.status().ToString();
  }
}

TEST_F(ReadersTest, DeeplyNestedHtmlIsRefusedBeforeParsing) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "深層文字";
  auto doc = ReadBytes("deep.html", html);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("deep.html"), std::string::npos) << doc.status().ToString();
  EXPECT_NE(doc.status().message().find("nest"), std::string::npos) << doc.status().ToString();
}

// Issue 15: stray end tags that close nothing must not lower the estimate,
// or gumbo gets the whole depth: `<div></span>` x 100,000 nests 100,000 deep.
TEST_F(ReadersTest, StrayEndTagsDoNotHideNesting) {
  for (std::string unit : {"<div></span>", "<span><div></span>", "<b><div></b>", "<div></table>"}) {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += unit;
    html += "深層文字";
    auto doc = ReadBytes("stray.html", html);
    ASSERT_FALSE(doc.ok()) << unit;
    EXPECT_NE(doc.status().message().find("stray.html"), std::string::npos) << doc.status().ToString();
    EXPECT_NE(doc.status().message().find("nest"), std::string::npos) << doc.status().ToString();
  }
}

TEST_F(ReadersTest, EndTagsThatCloseAcrossInlineElementsStillCount) {
  // Real pages leave inline elements open; their block's end tag closes them.
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) html += "<div><span><a href=#>連結" + std::to_string(i) + "</div>";
  auto doc = ReadBytes("inline.html", html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("連結19999"), std::string::npos);
}

TEST_F(ReadersTest, ModeratelyNestedAndSloppyHtmlStillReads) {
  std::string html = "<html><body>";
  for (int i = 0; i < 2000; ++i) html += "<div>";
  html += "深層文字";
  for (int i = 0; i < 2000; ++i) html += "</div>";
  for (int i = 0; i < 20000; ++i) html += "<p>段落" + std::to_string(i);  // end tags left out
  auto doc = ReadBytes("sloppy.html", html);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("深層文字"), std::string::npos);
  EXPECT_NE(doc->text.find("段落19999"), std::string::npos);
}

TEST_F(ReadersTest, HtmlStrayBytesAreReplacedWithAWarning) {
  auto doc = ReadBytes("stray.html", "<p>好的開始，這一段沒有問題。</p>\n<p>壞\xC0\xAF掉的字</p>");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_TRUE(HasLine(doc->text, "壞\uFFFD\uFFFD掉的字")) << doc->text;
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_EQ(doc->warnings[0], "line 2: 2 invalid bytes replaced with U+FFFD");
}

TEST_F(ReadersTest, HtmlDeclaredCharsetIsHonoured) {
  // Two characters alone read as common words in Big5 and in GB18030 both:
  // only the declaration tells them apart.
  auto big5 = Encode("醫療", "CP950");
  ASSERT_TRUE(big5);
  for (const std::string& head :
       {std::string("<meta charset=\"big5\">"), std::string("<META CHARSET=Big5 />"),
        std::string("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">"),
        std::string("<meta content='text/html; charset = \"BIG5\"' http-equiv='content-type'>")}) {
    auto doc =
        ReadBytes("b.html", "<html><head>" + head + "<title>t</title></head><body><p>" + *big5 + "</p></body></html>");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->text, "醫療\n") << head;
    EXPECT_TRUE(doc->warnings.empty()) << head;
  }
  auto xml =
      ReadBytes("b.xhtml", "<?xml version=\"1.0\" encoding=\"big5\"?>\n<html><body><p>" + *big5 + "</p></body></html>");
  ASSERT_TRUE(xml.ok()) << xml.status().ToString();
  EXPECT_EQ(xml->text, "醫療\n");

  // A page in GB2312 that says so, with more text than the first 2 KB.
  const std::string simp = "关于开展网络安全检查工作的通知";
  auto gb = Encode(simp, "GB18030");
  ASSERT_TRUE(gb);
  std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
      "<title>" +
      *gb + "</title></head><body>";
  for (int i = 0; i < 200; ++i) page += "<p>" + *gb + "</p>\n";
  auto doc = ReadBytes("gb.html", page + "</body></html>");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, simp);
  EXPECT_TRUE(HasLine(doc->text, simp)) << doc->text.substr(0, 200);
  EXPECT_TRUE(doc->warnings.empty());
}

TEST_F(ReadersTest, HtmlWithoutOrWithAWrongDeclarationIsDetected) {
  const std::string trad = "行政院資通安全處公告：本處將於下週進行系統維護，屆時網站暫停服務。";
  auto big5 = Encode(trad, "CP950");
  ASSERT_TRUE(big5);
  auto plain = ReadBytes("n.html", "<html><body><p>" + *big5 + "</p></body></html>");
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  EXPECT_EQ(plain->text, trad + "\n");
  EXPECT_TRUE(plain->warnings.empty());
  auto wrong =
      ReadBytes("w.html", "<html><head><meta charset=\"utf-8\"></head><body><p>" + *big5 + "</p></body></html>");
  ASSERT_TRUE(wrong.ok()) << wrong.status().ToString();
  EXPECT_EQ(wrong->text, trad + "\n");
  ASSERT_EQ(wrong->warnings.size(), 1u);
  EXPECT_EQ(wrong->warnings[0], "declared charset \"utf-8\" does not match the bytes; read as big5");
}

}  // namespace
}  // namespace wenyuan::ingest
