// ReadOfficePartText on parts of a real ZIP built with libzip: the lines it
// lays out for WordprocessingML and DrawingML, where the two markups differ,
// and errors naming the file and the part.
#include "ingest/office_part_text.h"

#include <gtest/gtest.h>

#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"

namespace wenyuan::ingest {
namespace {

class OfficePartTextTest : public ::testing::Test {
 protected:
  Result<std::string> Text(const std::string& xml, OfficeMarkup markup) {
    const auto path = dir_ / "a.zip";
    fixtures::MakeZip(path, {{"part.xml", xml}});
    bytes_ = testing::ReadFile(path);
    auto archive = OfficeArchive::Open(bytes_, path.string(), "TEST");
    if (!archive.ok()) return archive.status();
    return ReadOfficePartText(*archive, "part.xml", markup);
  }

  // The text, or the error's message after "error: ".
  std::string Lines(const std::string& xml, OfficeMarkup markup) {
    auto text = Text(xml, markup);
    return text.ok() ? *text : "error: " + text.status().message();
  }

  testing::TempDir dir_;
  std::string bytes_;
};

TEST_F(OfficePartTextTest, WordprocessingParagraphsTabsBreaksAndTables) {
  const std::string xml =
      "<w:body><w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t> 丙 </w:t></w:r></w:p>"
      "<w:p/><w:p><w:r><w:t>丁</w:t><w:cr/><w:t>戊</w:t></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>名稱</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>數量</w:t></w:r></w:p>"
      "</w:tc></w:tr></w:tbl>"
      "<w:p><a:p><a:t>not Word markup</a:t></a:p></w:p></w:body>";
  EXPECT_EQ(Lines(xml, OfficeMarkup::kWordprocessing), "甲 乙\n丙\n丁\n戊\n名稱 | 數量\n");
}

TEST_F(OfficePartTextTest, DrawingTakesAnyPrefixAndFlattensLineBreakingCharacters) {
  const std::string xml =
      "<p:sld><a:p><a:r><a:t>標題&#10;一</a:t></a:r></a:p><x:p><x:r><x:t>二</x:t></x:r><x:br/>"
      "<x:r><x:t>三</x:t></x:r></x:p><a:tbl><a:tr><a:tc><a:p><a:r><a:t>甲</a:t></a:r></a:p></a:tc>"
      "<a:tc><a:p><a:r><a:t>乙</a:t></a:r></a:p></a:tc></a:tr></a:tbl></p:sld>";
  EXPECT_EQ(Lines(xml, OfficeMarkup::kDrawing), "標題 一\n二\n三\n甲 | 乙\n");
  EXPECT_EQ(Lines(xml, OfficeMarkup::kWordprocessing), "") << "no w: names, no text";
}

TEST_F(OfficePartTextTest, ErrorsNameTheFileAndThePart) {
  auto bad = Text("<w:p><w:t>甲</w:t", OfficeMarkup::kWordprocessing);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find((dir_ / "a.zip").string() + ": part.xml"), std::string::npos)
      << bad.status().message();
  fixtures::MakeZip(dir_ / "b.zip", {{"other.xml", "<a/>"}});
  const std::string bytes = testing::ReadFile(dir_ / "b.zip");
  auto archive = OfficeArchive::Open(bytes, (dir_ / "b.zip").string(), "TEST");
  ASSERT_TRUE(archive.ok());
  auto missing = ReadOfficePartText(*archive, "part.xml", OfficeMarkup::kDrawing);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace wenyuan::ingest
