#include "ingest/text_decoding.h"

#include <gtest/gtest.h>

#include <string>

namespace wenyuan::ingest {
namespace {

std::string Utf16(const std::u16string& s, bool little_endian, bool bom = true) {
  std::string out = bom ? (little_endian ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char16_t u : s) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

TEST(TextDecoding, Utf8PassesThroughAndBomIsDropped) {
  auto plain = DecodeToUtf8("中文 text\n", "a.txt");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(*plain, "中文 text\n");
  auto bom = DecodeToUtf8("\xEF\xBB\xBF中文", "a.txt");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(*bom, "中文");
  auto empty = DecodeToUtf8("", "a.txt");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

TEST(TextDecoding, Utf16WithBomIsConverted) {
  const std::u16string text = u"資訊服務處 ABC\n😀𠀀";
  auto le = DecodeToUtf8(Utf16(text, true), "le.txt");
  ASSERT_TRUE(le.ok()) << le.status().ToString();
  EXPECT_EQ(*le, "資訊服務處 ABC\n😀𠀀");
  auto be = DecodeToUtf8(Utf16(text, false), "be.txt");
  ASSERT_TRUE(be.ok()) << be.status().ToString();
  EXPECT_EQ(*be, "資訊服務處 ABC\n😀𠀀");
}

TEST(TextDecoding, BrokenUtf16IsRefused) {
  auto odd = DecodeToUtf8(Utf16(u"ab", true) + "x", "odd.txt");
  ASSERT_FALSE(odd.ok());
  EXPECT_NE(odd.status().message().find("odd.txt"), std::string::npos);
  std::u16string lone = u"a";
  lone += static_cast<char16_t>(0xD83D);  // high surrogate with no pair
  lone += u"b";
  auto unpaired = DecodeToUtf8(Utf16(lone, true), "lone.txt");
  ASSERT_FALSE(unpaired.ok());
  EXPECT_EQ(unpaired.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(unpaired.status().message().find("lone.txt"), std::string::npos);
  std::u16string trailing = u"a";
  trailing += static_cast<char16_t>(0xD83D);  // high surrogate at the very end
  EXPECT_FALSE(DecodeToUtf8(Utf16(trailing, false), "t.txt").ok());
  std::u16string low_first = u"a";
  low_first += static_cast<char16_t>(0xDE00);
  EXPECT_FALSE(DecodeToUtf8(Utf16(low_first, true), "t.txt").ok());
}

TEST(TextDecoding, InvalidUtf8NamesLineAndByte) {
  auto r = DecodeToUtf8("第一行\n第二行\nab\xFF", "docs/bad.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  const std::string& m = r.status().message();
  EXPECT_NE(m.find("docs/bad.txt"), std::string::npos) << m;
  EXPECT_NE(m.find("line 3"), std::string::npos) << m;
  EXPECT_NE(m.find("byte 22"), std::string::npos) << m;  // 9+1+9+1+2
}

TEST(TextDecoding, OverlongsSurrogatesAndTruncationAreRefused) {
  EXPECT_FALSE(DecodeToUtf8("\xC0\xAF", "x").ok());
  EXPECT_FALSE(DecodeToUtf8("\xED\xA0\x80", "x").ok());
  EXPECT_FALSE(DecodeToUtf8("中\xE6\x96", "x").ok());
  EXPECT_FALSE(DecodeToUtf8("\xF4\x90\x80\x80", "x").ok());  // past U+10FFFF
  // Big5 bytes are not UTF-8 (detection is for later).
  EXPECT_FALSE(DecodeToUtf8("\xA4\xA4\xA4\xE5", "big5.txt").ok());
}

}  // namespace
}  // namespace wenyuan::ingest
