#include "ingest/xml_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::ingest {
namespace {

// Scans `xml` into a readable trace: "<a>", "</a>", "<b/>", and "text".
Status Trace(std::string_view xml, std::vector<std::string>& out) {
  return ScanXml(
      xml,
      [&](const XmlTag& tag) {
        out.push_back(std::string(tag.closing ? "</" : "<") + std::string(tag.name) + (tag.self_closing ? "/>" : ">"));
      },
      [&](std::string_view text) { out.emplace_back(text); });
}

using Strings = std::vector<std::string>;

TEST(XmlScanner, DecodesEntities) {
  EXPECT_EQ(DecodeXmlEntities("a &amp; b &lt;c&gt; &quot;q&quot; &apos;s&apos;"), "a & b <c> \"q\" 's'");
  EXPECT_EQ(DecodeXmlEntities("&#x4E2D;&#25991;&#X41;&#65;"), "中文AA");
  EXPECT_EQ(DecodeXmlEntities("&#x1F600;"), "😀");
  EXPECT_EQ(DecodeXmlEntities("&amp;amp;"), "&amp;");  // decoded once
}

TEST(XmlScanner, LeavesUnknownOrBrokenEntitiesAlone) {
  EXPECT_EQ(DecodeXmlEntities("&nbsp;"), "&nbsp;");
  EXPECT_EQ(DecodeXmlEntities("A & B"), "A & B");
  EXPECT_EQ(DecodeXmlEntities("&#xZZ;"), "&#xZZ;");
  EXPECT_EQ(DecodeXmlEntities("&#;"), "&#;");
  EXPECT_EQ(DecodeXmlEntities("&#x;"), "&#x;");
  EXPECT_EQ(DecodeXmlEntities("&"), "&");
  EXPECT_EQ(DecodeXmlEntities("&amp"), "&amp");
  EXPECT_EQ(DecodeXmlEntities("&#99999999999;"), "&#99999999999;");
  // Out of range references never produce invalid UTF-8.
  EXPECT_EQ(DecodeXmlEntities("&#x110000;"), "\xEF\xBF\xBD");
  EXPECT_EQ(DecodeXmlEntities("&#xD800;"), "\xEF\xBF\xBD");
}

TEST(XmlScanner, ReportsTagsAndTextInOrder) {
  Strings out;
  ASSERT_TRUE(Trace("<w:p a=\"1\"><w:br/>text &amp; more<w:t\nx='y'>字</w:t></w:p>", out).ok());
  EXPECT_EQ(out, (Strings{"<w:p>", "<w:br/>", "text & more", "<w:t>", "字", "</w:t>", "</w:p>"}));
}

TEST(XmlScanner, SkipsDeclarationsCommentsAndKeepsCdata) {
  Strings out;
  ASSERT_TRUE(Trace("<?xml version=\"1.0\"?><!DOCTYPE r><!-- <fake> --><r><![CDATA[<raw> &amp;]]></r>", out).ok());
  EXPECT_EQ(out, (Strings{"<r>", "<raw> &amp;", "</r>"}));
}

TEST(XmlScanner, UnterminatedTagFailsWithByteOffset) {
  Strings out;
  Status s = Trace("<r>abc<b", out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("byte 6"), std::string::npos) << s.message();

  s = Trace("<r><!-- never ends", out);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("byte 3"), std::string::npos) << s.message();

  s = Trace("<r><![CDATA[x", out);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("byte 3"), std::string::npos) << s.message();
}

TEST(XmlScanner, EmptyAndTextOnlyInput) {
  Strings out;
  ASSERT_TRUE(Trace("", out).ok());
  EXPECT_TRUE(out.empty());
  ASSERT_TRUE(Trace("just text &lt;", out).ok());
  EXPECT_EQ(out, (Strings{"just text <"}));
}

}  // namespace
}  // namespace wenyuan::ingest
