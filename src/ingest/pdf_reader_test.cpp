// The PDF reader on PDFs made at test time: tiny hand-assembled ones (fast,
// no tools but poppler), and ones printed by headless Chromium from HTML with
// running headers, footers and page numbers, or with a page that is only an
// image of Chinese text (read by Tesseract OCR). Chromium or Tesseract
// missing skips the tests that need them; scripts/setup installs both.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using fixtures::MiniPdf;
using fixtures::MiniPdfPage;
using wenyuan::testing::ReadFile;
using wenyuan::testing::WriteFile;

class PdfReaderTest : public fixtures::RegistryReaderTest {
 protected:
  void SetUp() override {
    if (fixtures::FindProgram("pdftotext").empty()) GTEST_SKIP() << "pdftotext not installed (scripts/setup)";
  }
  static bool Contains(const std::vector<std::string>& list, const std::string& a, const std::string& b) {
    for (const auto& s : list) {
      if (s.find(a) != std::string::npos && s.find(b) != std::string::npos) return true;
    }
    return false;
  }
  static std::string Joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) out += s + "\n";
    return out;
  }
};

TEST_F(PdfReaderTest, PagesInOrderWithRunningHeaderAndPageNumbersRemoved) {
  std::vector<MiniPdfPage> pages;
  const std::vector<std::string> bodies{"Budget execution reached 96.4 percent.",
                                        "Twelve systems passed the security audit.",
                                        "Training covered 1,286 staff members.", "The plan for next year follows."};
  for (size_t p = 0; p < bodies.size(); ++p) {
    pages.push_back(
        {{"Beichen City Records Office - Internal", bodies[p], "Page " + std::to_string(p + 1) + " of 4"}, false});
  }
  auto path = tmp_ / "mini.pdf";
  WriteFile(path, MiniPdf(pages));
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "pdf");
  EXPECT_TRUE(doc->wrapped_lines);
  EXPECT_EQ(doc->text, bodies[0] + "\n" + bodies[1] + "\n" + bodies[2] + "\n" + bodies[3] + "\n");
  EXPECT_EQ(doc->title, bodies[0]);  // no Title in the info dictionary: the first line
  EXPECT_EQ(doc->metadata["pages"], "4");
  EXPECT_TRUE(doc->warnings.empty()) << Joined(doc->warnings);
}

TEST_F(PdfReaderTest, BlankPageIsNotOcred) {
  auto path = tmp_ / "blank.pdf";
  WriteFile(path, MiniPdf({{{"A page with enough text on it to count as a text layer."}, false}, {{}, false}}));
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "A page with enough text on it to count as a text layer.\n");
  EXPECT_TRUE(doc->warnings.empty()) << Joined(doc->warnings);
  EXPECT_EQ(doc->metadata.count("ocr_pages"), 0u);
}

TEST_F(PdfReaderTest, ScannedPageWithoutTesseractIsSkippedWithAWarning) {
  // A PATH with poppler's tools but no tesseract.
  const auto bin = tmp_ / "bin";
  fixtures::LinkPrograms(bin, {"pdftotext", "pdfinfo", "pdfimages", "pdftoppm"});
  fixtures::ScopedEnv path_env("PATH", bin.string());
  fixtures::ScopedEnv tmp_env("TMPDIR", tmp_.path().string());
  auto path = tmp_ / "scan.pdf";
  WriteFile(path, MiniPdf({{{"The first page has a real text layer of its own."}, false},
                           {{}, true},
                           {{"The third page has a real text layer as well."}, false}}));
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text,
            "The first page has a real text layer of its own.\n"
            "The third page has a real text layer as well.\n");
  ASSERT_EQ(doc->warnings.size(), 1u) << Joined(doc->warnings);
  EXPECT_NE(doc->warnings[0].find("page 2 had no text layer"), std::string::npos) << doc->warnings[0];
  EXPECT_NE(doc->warnings[0].find("tesseract is not installed"), std::string::npos) << doc->warnings[0];
}

TEST_F(PdfReaderTest, GarbageAfterThePdfHeaderFailsNamingTheFile) {
  auto path = tmp_ / "garbage.pdf";
  std::string junk = "%PDF-1.7\n";
  junk += fixtures::PseudoRandomBytes(7, 4000);
  WriteFile(path, junk);
  auto doc = Read(path);
  if (doc.ok()) {
    EXPECT_TRUE(utf8::IsValid(doc->text));
  } else {
    EXPECT_NE(doc.status().message().find(path.string()), std::string::npos) << doc.status().ToString();
    EXPECT_EQ(doc.status().message().find('\n'), std::string::npos) << doc.status().ToString();
  }
}

TEST_F(PdfReaderTest, EveryTruncationEndsInTextOrAOneLineError) {
  const std::string real = MiniPdf({{{"Line one of the first page, long enough to be text."}, false},
                                    {{}, true},
                                    {{"Line one of the third page, long enough to be text."}, false}});
  auto bin = tmp_ / "bin";  // no tesseract: truncations with a scanned page stay fast
  fixtures::LinkPrograms(bin, {"pdftotext", "pdfinfo", "pdfimages", "pdftoppm"});
  fixtures::ScopedEnv path_env("PATH", bin.string());
  auto path = tmp_ / "cut.pdf";
  for (size_t n : {size_t{5}, size_t{9}, size_t{40}, size_t{200}, real.size() / 2, real.size() - 30, real.size() - 1}) {
    WriteFile(path, real.substr(0, n));
    auto doc = Read(path);
    if (doc.ok()) {
      EXPECT_TRUE(utf8::IsValid(doc->text)) << n;
    } else {
      EXPECT_NE(doc.status().message().find(path.string()), std::string::npos) << doc.status().ToString();
      EXPECT_EQ(doc.status().message().find('\n'), std::string::npos) << doc.status().ToString();
    }
  }
}

// ---- Chromium-made fixtures ----

class ChromiumPdfTest : public PdfReaderTest {
 protected:
  void SetUp() override {
    PdfReaderTest::SetUp();
    if (IsSkipped()) return;
    if (fixtures::ChromiumBinary().empty()) GTEST_SKIP() << "chromium not installed (scripts/setup)";
  }
  std::filesystem::path Profile() const { return tmp_ / "chromium-profile"; }
};

constexpr const char* kPageStyle = R"(<style>
@page { size: A4; margin: 20mm; }
body { font-family: "WenQuanYi Micro Hei"; font-size: 13pt; margin: 0; }
.running { position: fixed; top: 0; left: 0; font-size: 9pt; }
.page { page-break-after: always; padding-top: 14mm; }
.page:last-child { page-break-after: auto; }
.body { min-height: 150mm; }
.footer { font-size: 9pt; }
</style>)";

TEST_F(ChromiumPdfTest, RunningHeadersFootersAndPageNumbersAreRemoved) {
  const std::vector<std::string> bodies{
      "本處推動資通安全管理制度，完成十二項系統稽核。", "預算執行率為96.4%，較上年度增加三個百分點。",
      "辦理資安教育訓練，共計1,286人次參加。", "明年度將持續強化個人資料保護與備援機制。"};
  std::string html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
      "<title>北辰市政府資訊服務處年度資安報告</title>" +
      std::string(kPageStyle) + "</head><body><div class=\"running\">北辰市政府資訊服務處　內部參考文件</div>";
  for (size_t p = 0; p < bodies.size(); ++p) {
    const std::string n = std::to_string(p + 1);
    html += "<div class=\"page\"><div class=\"body\"><p>" + bodies[p] +
            "</p></div>"
            "<div class=\"footer\">機密等級：普通　第 " +
            n +
            " 頁，共 4 頁</div>"
            "<div class=\"footer\">- " +
            n + " -</div></div>";
  }
  html += "</body></html>";
  WriteFile(tmp_ / "report.html", html);
  auto pdf = tmp_ / "report.pdf";
  Status made = fixtures::PrintHtmlToPdf(tmp_ / "report.html", pdf, Profile());
  ASSERT_TRUE(made.ok()) << made.ToString();

  auto doc = Read(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "北辰市政府資訊服務處年度資安報告");
  EXPECT_EQ(doc->metadata["pages"], "4");
  size_t last = 0;
  for (const auto& body : bodies) {
    size_t at = doc->text.find(body);
    ASSERT_NE(at, std::string::npos) << body << "\n---\n" << doc->text;
    EXPECT_GE(at, last) << "pages out of order";
    last = at;
  }
  EXPECT_EQ(doc->text.find("內部參考文件"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("機密等級"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->text.find("頁，共"), std::string::npos) << doc->text;
  for (const auto& line : {"-1-", "- 1 -", "-2-", "-4-", "1", "4"}) {
    EXPECT_EQ(("\n" + doc->text).find("\n" + std::string(line) + "\n"), std::string::npos) << line;
  }
  EXPECT_TRUE(doc->warnings.empty()) << Joined(doc->warnings);
  EXPECT_EQ(doc->date, "");
}

TEST_F(ChromiumPdfTest, PageThatIsOnlyAnImageIsReadByOcr) {
  if (fixtures::FindProgram("tesseract").empty()) GTEST_SKIP() << "tesseract not installed (scripts/setup)";
  // Chinese text as a picture: a screenshot, then a PDF page holding only that image.
  WriteFile(tmp_ / "text.html",
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
            "body{margin:20px;background:#fff;color:#000;font-family:\"WenQuanYi Micro Hei\";"
            "font-size:32px;line-height:1.8}</style></head><body><p>資訊安全管理報告<br>"
            "中華民國政府機關<br>本處推動資通安全管理制度</p></body></html>");
  Status shot = fixtures::ScreenshotHtml(tmp_ / "text.html", tmp_ / "text.png", Profile(), 600, 260, 3);
  ASSERT_TRUE(shot.ok()) << shot.ToString();
  const std::string first_page = "第一頁有文字層：本報告說明本年度各項工作的推動成果與檢討。";
  WriteFile(tmp_ / "scan.html",
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page{size:A4;margin:20mm}"
            "body{margin:0;font-family:\"WenQuanYi Micro Hei\";font-size:13pt}"
            ".page{page-break-after:always}.page:last-child{page-break-after:auto}"
            "img{width:70mm}</style></head><body><div class=\"page\"><p>" +
                first_page + "</p></div><div class=\"page\"><img src=\"text.png\"></div></body></html>");
  auto pdf = tmp_ / "scan.pdf";
  Status made = fixtures::PrintHtmlToPdf(tmp_ / "scan.html", pdf, Profile());
  ASSERT_TRUE(made.ok()) << made.ToString();

  const auto scratch = tmp_ / "scratch";
  std::filesystem::create_directories(scratch);
  fixtures::ScopedEnv tmp_env("TMPDIR", scratch.string());
  auto doc = Read(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find(first_page), std::string::npos) << doc->text;
  // Characters written alike in both scripts, which Tesseract reads reliably
  // at this size; it may answer in either script.
  const std::string flat = fixtures::WithoutSpaces(doc->text);
  EXPECT_NE(flat.find("安全管理"), std::string::npos) << doc->text;
  EXPECT_NE(flat.find("政府"), std::string::npos) << doc->text;
  EXPECT_EQ(doc->metadata["ocr_pages"], "2");
  EXPECT_TRUE(Contains(doc->warnings, "page 2 had no text layer", "OCR")) << Joined(doc->warnings);
  EXPECT_EQ(doc->warnings.size(), 1u) << Joined(doc->warnings);
  // The rendered page images went with their temporary directory.
  EXPECT_TRUE(std::filesystem::is_empty(scratch));
}

}  // namespace
}  // namespace wenyuan::ingest
