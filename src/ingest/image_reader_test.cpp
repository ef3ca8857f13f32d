// The image reader (Tesseract OCR in a child process) on screenshots of
// Chinese text that headless Chromium makes at test time, on files that are
// not images, and without tesseract; and TidyOcrText on made-up OCR output.
#include <gtest/gtest.h>

#include <string>

#include "ingest/document_reader.h"
#include "ingest/ocr.h"
#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using fixtures::ExpectFailsNaming;
using wenyuan::testing::ReadFile;
using wenyuan::testing::WriteFile;

TEST(TidyOcrText, JoinsChineseAndKeepsOtherSpaces) {
  EXPECT_EQ(TidyOcrText("  中 華 民 國  政府 機關 \n\n\n\nWenyuan  search   engine 2.0\f\n"),
            "中華民國政府機關\n\nWenyuan search engine 2.0\n");
  EXPECT_EQ(TidyOcrText("資訊 , 安全 ， 管理 2024 年 5 月"), "資訊 , 安全，管理 2024 年 5 月\n");
  EXPECT_EQ(TidyOcrText("\n\n  \n"), "");
  EXPECT_EQ(TidyOcrText("一\r\n二\r\n"), "一\n二\n");
}

using ImageReaderTest = fixtures::RegistryReaderTest;

TEST_F(ImageReaderTest, RegistryTakesImageExtensions) {
  const DocumentReader* png = registry_.ForPath("scan.png");
  ASSERT_NE(png, nullptr);
  for (const char* name : {"a.PNG", "a.jpg", "a.JPEG", "a.tif", "a.tiff"}) {
    EXPECT_EQ(registry_.ForPath(name), png) << name;
  }
  EXPECT_EQ(registry_.ForPath("a.gif"), nullptr);
}

TEST_F(ImageReaderTest, NotAnImageIsRefusedBeforeAnyToolRuns) {
  auto text = tmp_ / "notes.png";
  WriteFile(text, "這不是圖片，只是文字。");
  auto doc = Read(text);
  ExpectFailsNaming(doc, text);
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
  auto empty = tmp_ / "empty.jpg";
  WriteFile(empty, "");
  ExpectFailsNaming(Read(empty), empty);
  auto pdf = tmp_ / "doc.tiff";
  WriteFile(pdf, "%PDF-1.4\n");
  ExpectFailsNaming(Read(pdf), pdf);
}

TEST_F(ImageReaderTest, DamagedImageFailsNamingTheFile) {
  if (fixtures::FindProgram("tesseract").empty()) GTEST_SKIP() << "tesseract not installed (scripts/setup)";
  std::string junk = "\x89PNG\r\n\x1a\n";
  junk += fixtures::PseudoRandomBytes(99, 3000);
  auto png = tmp_ / "damaged.png";
  WriteFile(png, junk);
  ExpectFailsNaming(Read(png), png);
  auto jpg = tmp_ / "damaged.jpg";
  WriteFile(jpg, "\xFF\xD8\xFF\xE0" + junk.substr(8));
  ExpectFailsNaming(Read(jpg), jpg);
}

TEST_F(ImageReaderTest, WithoutTesseractTheImageFailsNamingFileAndTool) {
  const auto bin = tmp_ / "bin";
  std::filesystem::create_directories(bin);
  fixtures::ScopedEnv path_env("PATH", bin.string());
  auto png = tmp_ / "scan.png";
  WriteFile(png, std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, '\0'));
  auto doc = Read(png);
  ExpectFailsNaming(doc, png);
  EXPECT_EQ(doc.status().code(), StatusCode::kNotFound);
  EXPECT_NE(doc.status().message().find("tesseract"), std::string::npos) << doc.status().ToString();
}

TEST_F(ImageReaderTest, ScreenshotsOfChineseTextAreRead) {
  if (fixtures::ChromiumBinary().empty()) GTEST_SKIP() << "chromium not installed (scripts/setup)";
  if (fixtures::FindProgram("tesseract").empty()) GTEST_SKIP() << "tesseract not installed (scripts/setup)";
  WriteFile(tmp_ / "text.html",
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
            "body{margin:20px;background:#fff;color:#000;font-family:\"WenQuanYi Micro Hei\";"
            "font-size:32px;line-height:1.8}</style></head><body><p>資訊安全管理報告<br>"
            "中華民國政府機關<br>Annual Report 2024</p></body></html>");
  const auto profile = tmp_ / "chromium-profile";
  for (const char* name : {"notice.png", "notice.jpg"}) {
    auto image = tmp_ / name;
    Status shot = fixtures::ScreenshotHtml(tmp_ / "text.html", image, profile, 600, 260, 2);
    ASSERT_TRUE(shot.ok()) << shot.ToString();
    auto doc = Read(image);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->format, "image");
    EXPECT_TRUE(doc->wrapped_lines);
    EXPECT_EQ(doc->title, "");  // the ingester falls back to the file name
    // Characters written alike in both scripts; Tesseract may answer in either.
    const std::string flat = fixtures::WithoutSpaces(doc->text);
    EXPECT_NE(flat.find("安全管理"), std::string::npos) << name << ": " << doc->text;
    EXPECT_NE(flat.find("政府"), std::string::npos) << name << ": " << doc->text;
    EXPECT_NE(doc->text.find("Report"), std::string::npos) << name << ": " << doc->text;  // eng
    EXPECT_TRUE(utf8::IsValid(doc->text));
  }
  // A truncated image gives text or a one-line error naming the file.
  const std::string whole = ReadFile(tmp_ / "notice.png");
  auto cut = tmp_ / "cut.png";
  WriteFile(cut, whole.substr(0, whole.size() / 3));
  auto doc = Read(cut);
  if (doc.ok()) {
    EXPECT_TRUE(utf8::IsValid(doc->text));
  } else {
    ExpectFailsNaming(doc, cut);
  }
}

}  // namespace
}  // namespace wenyuan::ingest
