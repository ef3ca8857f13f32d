// The .xlsx and .pptx readers on archives built with libzip in the test:
// records under headers, shared and inline strings, numbers and dates,
// slides in numeric order, tables; and on truncated, random, damaged and
// oversized archives, which must end in one-line errors naming the file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/document_reader.h"
#include "ingest/office_archive.h"
#include "ingest/reader_fixtures_test_support.h"
#include "ingest/xml_scanner.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

using fixtures::ExpectFailsNaming;
using fixtures::MakeZip;
using wenyuan::testing::ReadFile;
using wenyuan::testing::WriteFile;
using Parts = std::vector<std::pair<std::string, std::string>>;

class OfficeReadersTest : public fixtures::RegistryReaderTest {
 protected:
  // Every prefix of a real archive fails cleanly (or, for the whole file, reads).
  void ExpectTruncationsFail(const std::filesystem::path& real_path, const std::string& ext) {
    const std::string real = ReadFile(real_path);
    ASSERT_GT(real.size(), 200u);
    auto path = tmp_ / ("cut." + ext);
    for (size_t n = 0; n < real.size(); n += 1 + n / 4) {
      WriteFile(path, real.substr(0, n));
      ExpectFailsNaming(Read(path), path);
    }
  }
  void ExpectGarbageFails(const std::string& ext) {
    const std::string junk = fixtures::PseudoRandomBytes(4242, 5000);
    auto path = tmp_ / ("random." + ext);
    WriteFile(path, junk);
    ExpectFailsNaming(Read(path), path);
    auto empty_zip = tmp_ / ("empty." + ext);
    WriteFile(empty_zip, std::string("PK\x05\x06", 4) + std::string(18, '\0'));
    ExpectFailsNaming(Read(empty_zip), empty_zip);
    auto text = tmp_ / ("text." + ext);
    WriteFile(text, "名稱,數量\n甲,1\n");
    ExpectFailsNaming(Read(text), text);
  }
};

// ---- XmlAttribute (used by both readers) ----

TEST(XmlAttribute, FindsDecodedValuesByQualifiedName) {
  std::vector<std::string> seen;
  Status s = ScanXml(
      "<c r=\"B2\" t='s' s = \"3\"/><sheet name=\"收支&amp;預算\" r:id=\"rId7\"/><p>",
      [&](const XmlTag& tag) {
        seen.push_back(std::string(tag.name) + ":" + XmlAttribute(tag, "r") + "," + XmlAttribute(tag, "t") + "," +
                       XmlAttribute(tag, "s") + "," + XmlAttribute(tag, "name") + "," + XmlAttribute(tag, "r:id"));
      },
      [](std::string_view) {});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"c:B2,s,3,,", "sheet:,,,收支&預算,rId7", "p:,,,,"}));
}

TEST(OfficeArchive, ResolvesRelationshipTargets) {
  EXPECT_EQ(ResolvePartTarget("xl", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
  EXPECT_EQ(ResolvePartTarget("xl", "/xl/worksheets/sheet2.xml"), "xl/worksheets/sheet2.xml");
  EXPECT_EQ(ResolvePartTarget("xl/worksheets", "../sharedStrings.xml"), "xl/sharedStrings.xml");
  EXPECT_EQ(ResolvePartTarget("xl", "../../../etc/passwd"), "etc/passwd");
}

// ---- XLSX ----

std::string Sheet(const std::string& rows) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
         rows + "</sheetData></worksheet>";
}

Parts WorkbookParts() {
  // Sheet order comes from workbook.xml (預算 first), not from the part names.
  const std::string workbook =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns:r=\"r\"><sheets>"
      "<sheet name=\"預算\" sheetId=\"2\" r:id=\"rId2\"/>"
      "<sheet name=\"人員\" sheetId=\"1\" r:id=\"rId1\"/>"
      "<sheet name=\"空白\" sheetId=\"3\" r:id=\"rId3\"/>"
      "<sheet name=\"只有標題列\" sheetId=\"4\" r:id=\"rId4\"/>"
      "</sheets></workbook>";
  const std::string rels =
      "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/>"
      "<Relationship Id=\"rId3\" Target=\"worksheets/sheet3.xml\"/>"
      "<Relationship Id=\"rId4\" Target=\"worksheets/sheet4.xml\"/>"
      "<Relationship Id=\"rId9\" Target=\"styles.xml\"/></Relationships>";
  const std::string shared =
      "<sst><si><t>項目</t></si><si><t>金額</t></si><si><t>日期</t></si>"
      "<si><r><t>資安</t></r><r><t xml:space=\"preserve\">設備</t></r></si>"
      "<si><t>教育訓練</t><rPh><t>きょういく</t></rPh></si>"
      "<si><t>姓名</t></si><si><t>職稱</t></si><si><t>王小明</t></si><si><t>科長</t></si>"
      "<si><t>北辰市政府113年度預算表</t></si></sst>";
  const std::string styles =
      "<styleSheet><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd;@\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00_);[Red]\\(#,##0.00\\)\"/></numFmts>"
      "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>"
      "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";
  const std::string budget = Sheet(
      // A title row above the table, a blank row, then the header.
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>"
      "<row r=\"2\"/>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c>"
      "<c r=\"C3\" t=\"s\"><v>2</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\" s=\"3\"><v>1250000.5</v></c>"
      "<c r=\"C4\" s=\"1\"><v>45383</v></c></row>"
      // A missing middle cell keeps the columns in place; a formula's cached result is used.
      "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>4</v></c><c r=\"C5\" s=\"2\"><v>45292</v></c></row>"
      "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>合計</t></is></c>"
      "<c r=\"B6\"><f>SUM(B4:B5)</f><v>1250000.5</v></c><c r=\"C6\" t=\"e\"><v>#N/A</v></c></row>"
      "<row r=\"7\"><c r=\"A7\" t=\"str\"><f>A6&amp;\"說明\"</f><v>合計說明</v></c>"
      "<c r=\"B7\" t=\"b\"><v>1</v></c><c r=\"D7\"><v>0.1</v></c></row>");
  const std::string people = Sheet(
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c><c r=\"B1\" t=\"s\"><v>6</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c><c r=\"B2\" t=\"s\"><v>8</v></c></row>"
      // An out-of-range shared string is dropped, not a crash.
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>99999</v></c><c r=\"B3\" t=\"s\"><v>-1</v></c></row>");
  const std::string header_only = Sheet(
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>欄一</t></is></c>"
      "<c r=\"B1\" t=\"inlineStr\"><is><t>欄二</t></is></c></row>");
  return {{"xl/workbook.xml", workbook},
          {"xl/_rels/workbook.xml.rels", rels},
          {"xl/sharedStrings.xml", shared},
          {"xl/styles.xml", styles},
          {"xl/worksheets/sheet1.xml", people},
          {"xl/worksheets/sheet2.xml", budget},
          {"xl/worksheets/sheet3.xml", Sheet("")},
          {"xl/worksheets/sheet4.xml", header_only},
          {"docProps/core.xml", "<cp:coreProperties><dc:title>年度預算</dc:title></cp:coreProperties>"}};
}

TEST_F(OfficeReadersTest, XlsxSheetsBecomeRecordsUnderTheirHeaders) {
  auto path = tmp_ / "budget.xlsx";
  MakeZip(path, WorkbookParts());
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "xlsx");
  EXPECT_EQ(doc->title, "年度預算");
  EXPECT_EQ(doc->text,
            "預算\n"
            "北辰市政府113年度預算表\n"
            "項目: 資安設備 | 金額: 1250000.5 | 日期: 2024-04-01\n"
            "項目: 教育訓練 | 日期: 2024-01-01\n"
            "項目: 合計 | 金額: 1250000.5\n"
            "項目: 合計說明 | 金額: TRUE | 0.1\n"
            "\n"
            "人員\n"
            "姓名: 王小明 | 職稱: 科長\n"
            "\n"
            "只有標題列\n"
            "欄一 | 欄二\n");
  EXPECT_EQ(doc->date, "2024-04-01");
  EXPECT_TRUE(doc->warnings.empty());
}

TEST_F(OfficeReadersTest, XlsxWithoutRelsOrSharedStringsStillReads) {
  // No rels, no sharedStrings, no cell references, and SpreadsheetML under
  // an "x:" prefix as some writers emit it.
  auto path = tmp_ / "plain.xlsx";
  MakeZip(path, {{"xl/workbook.xml", "<x:workbook><x:sheets><x:sheet name=\"Sheet1\"/></x:sheets></x:workbook>"},
                 {"xl/worksheets/sheet1.xml",
                  "<x:worksheet><x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:t>名稱</x:t></x:is></x:c>"
                  "<x:c t=\"inlineStr\"><x:is><x:t>數量</x:t></x:is></x:c></x:row><x:row><x:c t=\"inlineStr\">"
                  "<x:is><x:t>A&amp;B</x:t></x:is></x:c><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>"}});
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "Sheet1\n名稱: A&B | 數量: 3\n");
  EXPECT_EQ(doc->title, "");
}

// Malformed XML in a part the text does not depend on is reported as a
// warning (never dropped silently); in the workbook's relationships, which
// say where the sheets are, it fails the file naming the part.
TEST_F(OfficeReadersTest, MalformedSidePartsAreWarningsOrErrorsNeverSilent) {
  auto parts = WorkbookParts();
  for (auto& [name, xml] : parts) {
    if (name == "docProps/core.xml") xml = "<cp:coreProperties><dc:title>年度預算</dc:title><dc:creator";
    if (name == "xl/styles.xml") xml = "<styleSheet><cellXfs><xf numFmtId=\"14\"/></cellXfs><numFmts";
  }
  auto path = tmp_ / "side-parts.xlsx";
  MakeZip(path, parts);
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "");
  ASSERT_EQ(doc->warnings.size(), 2u);
  EXPECT_NE(doc->warnings[0].find("xl/styles.xml"), std::string::npos) << doc->warnings[0];
  EXPECT_NE(doc->warnings[1].find("docProps/core.xml"), std::string::npos) << doc->warnings[1];
  EXPECT_NE(doc->text.find("項目: 資安設備 | 金額: 1250000.5 | 日期: 45383"), std::string::npos) << doc->text;

  for (auto& [name, xml] : parts) {
    if (name == "xl/_rels/workbook.xml.rels") xml += "<Relationship Id=\"x";
  }
  auto bad_rels = tmp_ / "bad-rels.xlsx";
  MakeZip(bad_rels, parts);
  auto failed = Read(bad_rels);
  ExpectFailsNaming(failed, bad_rels);
  EXPECT_NE(failed.status().message().find("workbook.xml.rels"), std::string::npos) << failed.status().ToString();
}

TEST_F(OfficeReadersTest, XlsxHostileInputFailsCleanly) {
  auto good = tmp_ / "good.xlsx";
  MakeZip(good, WorkbookParts());
  ExpectTruncationsFail(good, "xlsx");
  ExpectGarbageFails("xlsx");

  auto no_workbook = tmp_ / "noworkbook.xlsx";
  MakeZip(no_workbook, {{"xl/worksheets/sheet1.xml", Sheet("")}});
  ExpectFailsNaming(Read(no_workbook), no_workbook);

  auto broken = tmp_ / "broken.xlsx";
  MakeZip(broken, {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"},
                   {"xl/worksheets/sheet1.xml", Sheet("<row><c><v>1</v></c></row>") + "<row"}});
  auto doc = Read(broken);
  ExpectFailsNaming(doc, broken);
  EXPECT_NE(doc.status().message().find("xl/worksheets/sheet1.xml"), std::string::npos) << doc.status().ToString();

  auto bad_utf8 = tmp_ / "badutf8.xlsx";
  MakeZip(bad_utf8, {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"},
                     {"xl/sharedStrings.xml", "<sst><si><t>\xFF\xFE</t></si></sst>"}});
  ExpectFailsNaming(Read(bad_utf8), bad_utf8);

  // A damaged compressed part: flip bytes in the middle of the archive.
  std::string bytes = ReadFile(good);
  for (size_t i = bytes.size() / 3; i < bytes.size() / 3 + 40; ++i) bytes[i] = static_cast<char>(~bytes[i]);
  auto damaged = tmp_ / "damaged.xlsx";
  WriteFile(damaged, bytes);
  auto d = Read(damaged);
  if (!d.ok())
    ExpectFailsNaming(d, damaged);
  else
    EXPECT_TRUE(utf8::IsValid(d->text));
}

TEST_F(OfficeReadersTest, XlsxZipBombIsRefused) {
  // One sheet that unpacks past the per-part cap (64 MiB) but packs small.
  std::string huge = Sheet("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
  huge.insert(huge.size() - 24, std::string((64u << 20) + 16, ' '));
  auto path = tmp_ / "bomb.xlsx";
  MakeZip(path, {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"},
                 {"xl/worksheets/sheet1.xml", huge}});
  ASSERT_LT(std::filesystem::file_size(path), 1u << 20);
  auto doc = Read(path);
  ExpectFailsNaming(doc, path);
  EXPECT_EQ(doc.status().code(), StatusCode::kResourceExhausted) << doc.status().ToString();
}

// One long shared string referenced by every cell: the archive and the
// parts are small, the text they expand to is not. Issue 15: an 18 KB file
// grew ingest to 2.5 GB. The reader must refuse it by the text it would
// produce, naming the file and the sheet.
TEST_F(OfficeReadersTest, XlsxSharedStringExpansionIsRefusedByItsOutput) {
  const std::string long_text(64u << 10, 'x');  // 64 KiB, packs to almost nothing
  std::string rows;
  for (int r = 1; r <= 1000; ++r) {
    rows += "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c></row>";
  }
  auto path = tmp_ / "expand.xlsx";
  MakeZip(path, {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"},
                 {"xl/sharedStrings.xml", "<sst><si><t>" + long_text + "</t></si></sst>"},
                 {"xl/worksheets/sheet1.xml", Sheet(rows)}});
  ASSERT_LT(std::filesystem::file_size(path), 64u << 10);
  auto doc = Read(path);
  ExpectFailsNaming(doc, path);
  EXPECT_EQ(doc.status().code(), StatusCode::kResourceExhausted) << doc.status().ToString();
  EXPECT_NE(doc.status().message().find("sheet S"), std::string::npos) << doc.status().ToString();

  // The header is repeated on every row: a long header expands as well.
  std::string small_rows = "<row><c t=\"s\"><v>0</v></c></row>";
  for (int r = 2; r <= 1000; ++r) small_rows += "<row><c t=\"inlineStr\"><is><t>甲</t></is></c></row>";
  auto header_path = tmp_ / "header.xlsx";
  MakeZip(header_path, {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"},
                        {"xl/sharedStrings.xml", "<sst><si><t>" + long_text + "</t></si></sst>"},
                        {"xl/worksheets/sheet1.xml", Sheet(small_rows)}});
  auto header_doc = Read(header_path);
  ExpectFailsNaming(header_doc, header_path);
  EXPECT_EQ(header_doc.status().code(), StatusCode::kResourceExhausted) << header_doc.status().ToString();
}

TEST_F(OfficeReadersTest, XlsxOutputBudgetComesFromTheLimits) {
  ResourceLimits limits;
  limits.max_parse_output_bytes = 1000;
  auto reader = MakeXlsxReader(limits);
  std::string rows;
  for (int r = 1; r <= 10; ++r)
    rows += "<row><c t=\"inlineStr\"><is><t>第" + std::to_string(r) + "列</t></is></c></row>";
  auto path = tmp_ / "small.xlsx";
  MakeZip(path, {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"},
                 {"xl/worksheets/sheet1.xml", Sheet(rows)}});
  const std::string bytes = ReadFile(path);
  auto fits = reader->Read(path, bytes);
  ASSERT_TRUE(fits.ok()) << fits.status().ToString();
  EXPECT_NE(fits->front().text.find("第10列"), std::string::npos);
  limits.max_parse_output_bytes = 50;
  auto tight = MakeXlsxReader(limits)->Read(path, bytes);
  EXPECT_EQ(tight.status().code(), StatusCode::kResourceExhausted) << tight.status().ToString();
  limits.max_parse_output_bytes = 1000;
  limits.max_parse_time = std::chrono::milliseconds(0);
  auto late = MakeXlsxReader(limits)->Read(path, bytes);
  EXPECT_EQ(late.status().code(), StatusCode::kTimeout) << late.status().ToString();
  ExpectFailsNaming(late, path);
}

// ---- PPTX ----

std::string Slide(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><p:sld xmlns:a=\"a\" xmlns:p=\"p\"><p:cSld><p:spTree>" + body +
         "</p:spTree></p:cSld></p:sld>";
}
std::string Para(const std::string& text) {
  return "<a:p><a:r><a:rPr lang=\"zh-TW\"/><a:t>" + text + "</a:t></a:r></a:p>";
}

Parts DeckParts() {
  return {
      {"ppt/presentation.xml", "<p:presentation/>"},
      // Stored out of order; slide10 must come after slide2.
      {"ppt/slides/slide10.xml", Slide("<p:sp><p:txBody>" + Para("結語") + Para("謝謝聆聽") + "</p:txBody></p:sp>")},
      {"ppt/slides/slide1.xml", Slide("<p:sp><p:txBody>" + Para("113年度資安工作報告") +
                                      "<a:p><a:r><a:t>報告人：</a:t></a:r><a:r><a:t>資訊服務處</a:t></a:r></a:p>"
                                      "<a:p><a:endParaRPr/></a:p>" +
                                      Para("2024年12月5日") + "</p:txBody></p:sp>")},
      {"ppt/slides/slide2.xml",
       Slide("<p:sp><p:txBody>" + Para("成果") +
             "<a:p><a:r><a:t>第一行</a:t></a:r><a:br/><a:r><a:t>第二行 A&amp;B</a:t></a:r></a:p>"
             "</p:txBody></p:sp><p:graphicFrame><a:graphic><a:graphicData><a:tbl>"
             "<a:tr><a:tc><a:txBody>" +
             Para("項目") + "</a:txBody></a:tc><a:tc><a:txBody>" + Para("數量") +
             "</a:txBody></a:tc></a:tr><a:tr><a:tc><a:txBody>" + Para("稽核") + "</a:txBody></a:tc><a:tc><a:txBody>" +
             Para("12") +
             "</a:txBody></a:tc></a:tr>"
             "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")},
      {"ppt/slides/slide3.xml", Slide("")},  // a picture-only slide: no block
      {"ppt/slides/_rels/slide1.xml.rels", "<Relationships/>"},
      {"ppt/notesSlides/notesSlide1.xml", Slide(Para("講者備忘"))},
  };
}

TEST_F(OfficeReadersTest, PptxSlidesInNumericOrderOneBlockEach) {
  auto path = tmp_ / "deck.pptx";
  MakeZip(path, DeckParts());
  auto doc = Read(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "pptx");
  EXPECT_EQ(doc->title, "113年度資安工作報告");
  EXPECT_EQ(doc->text,
            "113年度資安工作報告\n"
            "報告人：資訊服務處\n"
            "2024年12月5日\n"
            "\n"
            "成果\n"
            "第一行\n"
            "第二行 A&B\n"
            "項目 | 數量\n"
            "稽核 | 12\n"
            "\n"
            "結語\n"
            "謝謝聆聽\n");
  EXPECT_EQ(doc->date, "2024-12-05");
}

TEST_F(OfficeReadersTest, PptxHostileInputFailsCleanly) {
  auto good = tmp_ / "good.pptx";
  MakeZip(good, DeckParts());
  ExpectTruncationsFail(good, "pptx");
  ExpectGarbageFails("pptx");

  auto not_pptx = tmp_ / "docx-inside.pptx";
  MakeZip(not_pptx, {{"word/document.xml", "<w:document/>"}});
  ExpectFailsNaming(Read(not_pptx), not_pptx);

  auto broken = tmp_ / "broken.pptx";
  MakeZip(broken, {{"ppt/slides/slide1.xml", Slide(Para("好")) + "<a:p"}});
  auto doc = Read(broken);
  ExpectFailsNaming(doc, broken);
  EXPECT_NE(doc.status().message().find("ppt/slides/slide1.xml"), std::string::npos) << doc.status().ToString();

  auto bad_utf8 = tmp_ / "badutf8.pptx";
  MakeZip(bad_utf8, {{"ppt/slides/slide1.xml", Slide(Para("\xC0\xAF"))}});
  ExpectFailsNaming(Read(bad_utf8), bad_utf8);
}

TEST_F(OfficeReadersTest, RegistryTakesOfficeExtensions) {
  EXPECT_NE(registry_.ForPath("a.xlsx"), nullptr);
  EXPECT_EQ(registry_.ForPath("a.XLSX"), registry_.ForPath("b.xlsx"));
  EXPECT_NE(registry_.ForPath("a.pptx"), nullptr);
  EXPECT_NE(registry_.ForPath("a.pptx"), registry_.ForPath("a.xlsx"));
  EXPECT_EQ(registry_.ForPath("a.xls"), nullptr);
  EXPECT_EQ(registry_.ForPath("a.ppt"), nullptr);
}

}  // namespace
}  // namespace wenyuan::ingest
