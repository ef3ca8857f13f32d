#include "util/utf8.h"

#include <gtest/gtest.h>

namespace wenyuan::utf8 {
namespace {

TEST(Utf8, DecodesMixedScriptsAndAstralPlane) {
  std::string s = "A發𠀀😀";
  size_t pos = 0;
  EXPECT_EQ(DecodeNext(s, pos), U'A');
  EXPECT_EQ(DecodeNext(s, pos), U'發');
  EXPECT_EQ(DecodeNext(s, pos), U'𠀀');
  EXPECT_EQ(DecodeNext(s, pos), U'😀');
  EXPECT_EQ(pos, s.size());
  EXPECT_EQ(CodePointCount(s), 4u);
}

TEST(Utf8, MalformedBytesAdvanceOneByteAndAreReported) {
  std::string s = "ab\xE6\x96zz\xF0\x9F";  // truncated 3- and 4-byte sequences
  size_t bad = 0;
  EXPECT_FALSE(IsValid(s, &bad));
  EXPECT_EQ(bad, 2u);
  size_t n = 0;
  for (size_t pos = 0; pos < s.size(); ++n) DecodeNext(s, pos);
  EXPECT_EQ(n, 8u);
  EXPECT_FALSE(IsValid("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(IsValid("\xED\xA0\x80"));  // surrogate
  EXPECT_TRUE(IsValid("\xEF\xBF\xBD"));   // a real U+FFFD is fine
}

TEST(Utf8, CodePointIndexSlicesByCodePoints) {
  std::string s = "資安event通報😀完";
  CodePointIndex index(s);
  EXPECT_EQ(index.size(), 11u);
  EXPECT_EQ(index.Slice(0, 2), "資安");
  EXPECT_EQ(index.Slice(2, 7), "event");
  EXPECT_EQ(index.Slice(9, 11), "😀完");
  EXPECT_EQ(index.Slice(10, 99), "完");
  EXPECT_EQ(SliceCodePoints(s, 7, 9), "通報");
}

TEST(Utf8, TrimAndFullWidth) {
  EXPECT_EQ(Trim("\u3000 標題 \n"), "標題");
  EXPECT_EQ(NarrowFullWidth(U'Ｇ'), U'G');
  EXPECT_TRUE(IsHan(U'臺'));
  EXPECT_TRUE(IsHan(U'𠀀'));
  EXPECT_FALSE(IsHan(U'あ'));
}

}  // namespace
}  // namespace wenyuan::utf8

namespace wenyuan::utf8 {
namespace {

TEST(AsciiLower, LowersAsciiLettersOnly) {
  EXPECT_EQ(AsciiLower("Source:ABC.Docx"), "source:abc.docx");
  EXPECT_EQ(AsciiLower("ＡＢＣ資安ÄÖ"), "ＡＢＣ資安ÄÖ");  // full-width and non-ASCII letters unchanged
  EXPECT_EQ(AsciiLower(""), "");
}

}  // namespace
}  // namespace wenyuan::utf8
