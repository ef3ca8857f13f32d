// DecodeText on real Chinese text converted to each encoding with glibc's
// iconv, on broken and binary input, and (when ../shared is there) on every
// line of the shared corpus that Big5 or GB18030 can represent.
#include "ingest/text_decoding.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "ingest/common_han.h"
#include "ingest/reader_fixtures_test_support.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

namespace fs = std::filesystem;

using fixtures::Encode;

const std::string kTraditional =
    "行政院公報\n"
    "主旨：公告修正「資通安全事件通報及應變辦法」第三條條文，自即日起生效。\n"
    "依據：資通安全管理法第十四條第四項。\n"
    "各機關應於知悉資通安全事件後一小時內，向上級或監督機關提出通報，"
    "並於三十六小時內完成損害控制或復原作業。\n";
const std::string kSimplified =
    "国务院办公厅关于进一步优化营商环境的通知\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "为深入贯彻落实党中央、国务院决策部署，持续推进政务服务标准化、规范化、便利化，"
    "经国务院同意，现将有关事项通知如下。\n";

std::string Utf16(const std::u16string& s, bool little_endian, bool bom) {
  std::string out = bom ? (little_endian ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char16_t u : s) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

void ExpectClean(const Result<DecodedText>& r, const std::string& text, const std::string& encoding) {
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->encoding, encoding);
  EXPECT_EQ(r->text, text);
  EXPECT_EQ(r->invalid_bytes, 0u);
  EXPECT_TRUE(r->warnings.empty()) << r->warnings.front();
}

void ExpectNotText(const Result<DecodedText>& r, const std::string& where) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  const std::string& m = r.status().message();
  EXPECT_TRUE(m.starts_with(where + ": does not look like text (binary data at byte ")) << m;
  EXPECT_EQ(m.find('\n'), std::string::npos) << m;
}

TEST(CommonHan, HoldsTheCommonCharactersOfBothScripts) {
  EXPECT_EQ(CommonHanCount(), 2956u);
  for (char32_t c : U"的一是不了人我在有他这中大来上国個們資訊國體")
    EXPECT_TRUE(c == 0 || IsCommonHan(c)) << static_cast<uint32_t>(c);
  for (char32_t c : U"龘靐齉𠀀a，") EXPECT_TRUE(c == 0 || !IsCommonHan(c)) << static_cast<uint32_t>(c);
}

TEST(TextDecoding, EmptyInputIsEmptyUtf8) { ExpectClean(DecodeText("", "a.txt"), "", "utf-8"); }

TEST(TextDecoding, Utf8PassesThroughAndItsBomIsDropped) {
  ExpectClean(DecodeText(kTraditional, "a.txt"), kTraditional, "utf-8");
  ExpectClean(DecodeText(kSimplified, "a.txt"), kSimplified, "utf-8");
  ExpectClean(DecodeText("\xEF\xBB\xBF" + kTraditional, "a.txt"), kTraditional, "utf-8");
  ExpectClean(DecodeText("\xEF\xBB\xBF", "a.txt"), "", "utf-8");
  ExpectClean(DecodeText("plain ASCII\r\nline two\tend\f", "a.txt"), "plain ASCII\r\nline two\tend\f", "utf-8");
}

TEST(TextDecoding, TraditionalTextInBig5) {
  auto big5 = Encode(kTraditional, "CP950");
  ASSERT_TRUE(big5);
  ExpectClean(DecodeText(*big5, "big5.txt"), kTraditional, "big5");
  // Big5 also as glibc's plain BIG5 and with a few words only.
  auto plain = Encode("受文者：各機關\n", "BIG5");
  ASSERT_TRUE(plain);
  ExpectClean(DecodeText(*plain, "b.txt"), "受文者：各機關\n", "big5");
}

TEST(TextDecoding, HongKongTextInBig5Hkscs) {
  // 嘅 and 咗 exist only in HKSCS; ① is an ETEN extension that CP950 maps
  // to private use.
  const std::string text = "佢哋話今日嘅會議已經取消咗，請大家留意政府公告。①\n";
  auto bytes = Encode(text, "BIG5-HKSCS");
  ASSERT_TRUE(bytes);
  ExpectClean(DecodeText(*bytes, "hk.txt"), text, "big5");
}

TEST(TextDecoding, SimplifiedAndTraditionalTextInGb18030) {
  auto gb = Encode(kSimplified, "GB18030");
  ASSERT_TRUE(gb);
  ExpectClean(DecodeText(*gb, "gb.txt"), kSimplified, "gb18030");
  // GB18030 holds Traditional characters too, and four-byte sequences for
  // what GBK lacks (€, 𠀀, ǹ).
  auto trad = Encode(kTraditional, "GB18030");
  ASSERT_TRUE(trad);
  ExpectClean(DecodeText(*trad, "gbt.txt"), kTraditional, "gb18030");
  const std::string wide = kSimplified + "价格：€100，罕用字𠀀与ǹ。\n";
  auto four = Encode(wide, "GB18030");
  ASSERT_TRUE(four);
  ExpectClean(DecodeText(*four, "gb4.txt"), wide, "gb18030");
  // GBK (CP936) text is GB18030 text.
  auto gbk = Encode(kSimplified, "GBK");
  ASSERT_TRUE(gbk);
  ExpectClean(DecodeText(*gbk, "gbk.txt"), kSimplified, "gb18030");
}

TEST(TextDecoding, Utf16WithAndWithoutBom) {
  for (const std::string& text : {kTraditional, kSimplified, std::string("An English line.\nAnd 一 more.\n")}) {
    auto le = Encode(text, "UTF-16LE");
    auto be = Encode(text, "UTF-16BE");
    ASSERT_TRUE(le && be);
    ExpectClean(DecodeText("\xFF\xFE" + *le, "le.txt"), text, "utf-16le");
    ExpectClean(DecodeText("\xFE\xFF" + *be, "be.txt"), text, "utf-16be");
    ExpectClean(DecodeText(*le, "le.txt"), text, "utf-16le");
    ExpectClean(DecodeText(*be, "be.txt"), text, "utf-16be");
  }
  const std::u16string astral = u"資訊服務處 ABC\n😀𠀀";
  ExpectClean(DecodeText(Utf16(astral, true, true), "le.txt"), "資訊服務處 ABC\n😀𠀀", "utf-16le");
  ExpectClean(DecodeText(Utf16(astral, false, false), "be.txt"), "資訊服務處 ABC\n😀𠀀", "utf-16be");
}

TEST(TextDecoding, BrokenUtf16IsRepairedAndReported) {
  std::u16string text = u"第一行文字，內容正常。\n第二行";
  text += static_cast<char16_t>(0xD83D);  // a high surrogate with no pair
  text += u"接著還有很多正常的文字。\n";
  auto r = DecodeText(Utf16(text, true, true) + "x", "u16.txt");  // and an odd byte at the end
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->encoding, "utf-16le");
  EXPECT_EQ(r->text, "第一行文字，內容正常。\n第二行\uFFFD接著還有很多正常的文字。\n\uFFFD");
  EXPECT_EQ(r->invalid_bytes, 3u);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "line 2: 3 invalid bytes replaced with U+FFFD (read as utf-16le)");

  std::u16string lone;
  for (int i = 0; i < 20; ++i) lone += static_cast<char16_t>(0xDE00);  // low surrogates alone
  ExpectNotText(DecodeText(Utf16(lone, false, true), "lone.txt"), "lone.txt");
}

TEST(TextDecoding, StrayBytesInUtf8AreReplacedAndTheLineIsNamed) {
  std::string text, expected;
  for (int i = 1; i <= 10; ++i) {
    std::string line = "第" + std::to_string(i) + "行：資通安全事件通報及應變。\n";
    text += i == 7 ? "第7行：資通\xFF\xFE\xC0安全事件通報及應變。\n" : line;
    expected += i == 7 ? "第7行：資通\uFFFD\uFFFD\uFFFD安全事件通報及應變。\n" : line;
  }
  auto r = DecodeText(text, "docs/stray.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->encoding, "utf-8");
  EXPECT_EQ(r->text, expected);
  EXPECT_EQ(r->invalid_bytes, 3u);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "line 7: 3 invalid bytes replaced with U+FFFD");

  // One maximal ill-formed subpart is one U+FFFD (Unicode 3.9); overlongs,
  // surrogates and values past U+10FFFF are invalid.
  auto sub = DecodeText("資通安全事件通報\xE6\x96 與\xED\xA0\x80應變\xF4\x90\x80\x80辦法。" + kTraditional, "s.txt");
  ASSERT_TRUE(sub.ok()) << sub.status().ToString();
  EXPECT_EQ(sub->encoding, "utf-8");
  EXPECT_EQ(sub->text, "資通安全事件通報\uFFFD 與\uFFFD\uFFFD\uFFFD應變\uFFFD\uFFFD\uFFFD\uFFFD辦法。" + kTraditional);
  EXPECT_EQ(sub->invalid_bytes, 9u);
}

TEST(TextDecoding, StrayBytesInBig5AndGb18030AreReplaced) {
  auto big5 = Encode(kTraditional, "CP950");
  ASSERT_TRUE(big5);
  std::string broken = *big5;
  size_t line3 = broken.find('\n', broken.find('\n') + 1) + 1;
  broken.insert(line3, "\xFF");
  auto r = DecodeText(broken, "b.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->encoding, "big5");
  std::string expected = kTraditional;
  expected.insert(expected.find('\n', expected.find('\n') + 1) + 1, "\uFFFD");
  EXPECT_EQ(r->text, expected);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "line 3: 1 invalid byte replaced with U+FFFD (read as big5)");

  auto gb = Encode(kSimplified, "GB18030");
  ASSERT_TRUE(gb);
  auto g = DecodeText(*gb + "\x80\n", "g.txt");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->encoding, "gb18030");
  EXPECT_EQ(g->text, kSimplified + "\uFFFD\n");
  ASSERT_EQ(g->warnings.size(), 1u);
  EXPECT_EQ(g->warnings[0], "line 4: 1 invalid byte replaced with U+FFFD (read as gb18030)");
}

TEST(TextDecoding, TruncatedMultibyteCharacterAtTheEnd) {
  // UTF-8: "中" cut after two of its three bytes.
  auto u = DecodeText("資通安全\xE4\xB8", "u.txt");
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  EXPECT_EQ(u->encoding, "utf-8");
  EXPECT_EQ(u->text, "資通安全\uFFFD");
  EXPECT_EQ(u->invalid_bytes, 2u);
  ASSERT_EQ(u->warnings.size(), 1u);
  EXPECT_EQ(u->warnings[0], "line 1: 2 invalid bytes replaced with U+FFFD");
  // Big5 and GB18030: the last character's second byte missing.
  for (auto [text, charset, encoding] :
       {std::tuple{kTraditional, "CP950", "big5"}, std::tuple{kSimplified, "GB18030", "gb18030"}}) {
    std::string cut = text.substr(0, text.size() - 1);  // without the final "\n"
    auto bytes = Encode(cut, charset);
    ASSERT_TRUE(bytes);
    bytes->pop_back();
    auto r = DecodeText(*bytes, "t.txt");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->encoding, encoding);
    EXPECT_EQ(r->text, cut.substr(0, cut.size() - 3) + "\uFFFD");  // "。" is three UTF-8 bytes
    EXPECT_EQ(r->invalid_bytes, 1u);
    EXPECT_EQ(r->warnings.size(), 1u);
  }
  // UTF-16: an odd byte at the end.
  auto le = Encode("資通安全", "UTF-16LE");
  ASSERT_TRUE(le);
  auto w = DecodeText("\xFF\xFE" + *le + "\x4E", "w.txt");
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->text, "資通安全\uFFFD");
}

TEST(TextDecoding, BinaryDataFailsNamingTheFile) {
  std::mt19937 rng(42);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(rng() & 0xFF);
  ExpectNotText(DecodeText(noise, "data/bin.txt"), "data/bin.txt");
  // A PNG header: NUL bytes that are not UTF-16; the first is byte 8.
  const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0", 29);
  auto p = DecodeText(png, "img.txt");
  ExpectNotText(p, "img.txt");
  EXPECT_NE(p.status().message().find("byte 8)"), std::string::npos) << p.status().message();
  // A single NUL in otherwise fine text is enough.
  ExpectNotText(DecodeText(kTraditional + std::string(1, '\0'), "nul.txt"), "nul.txt");
  // No NULs, but control characters throughout.
  std::string controls;
  for (int i = 0; i < 200; ++i) controls += std::string("ab\x01\x02\x03");
  ExpectNotText(DecodeText(controls, "ctl.txt"), "ctl.txt");
  // High bytes only: no reading makes text of them.
  std::string high(4096, '\0');
  for (char& c : high) c = static_cast<char>(0x80 | (rng() & 0x7F));
  ExpectNotText(DecodeText(high, "high.txt"), "high.txt");
}

TEST(TextDecoding, DeclaredCharsetIsHonouredWhenItFits) {
  // Two characters alone are ambiguous: these Big5 bytes also read as two
  // common GB18030 characters. The declaration settles it.
  auto big5 = Encode("醫療", "CP950");
  ASSERT_TRUE(big5);
  ExpectClean(DecodeText(*big5, "p.html", "big5"), "醫療", "big5");
  ExpectClean(DecodeText(*big5, "p.html", " Big5-HKSCS "), "醫療", "big5");
  auto gb = Encode("医疗", "GB18030");
  ASSERT_TRUE(gb);
  ExpectClean(DecodeText(*gb, "p.html", "gb2312"), "医疗", "gb18030");
  // A declaration that matches what detection finds changes nothing.
  auto long_big5 = Encode(kTraditional, "CP950");
  ASSERT_TRUE(long_big5);
  ExpectClean(DecodeText(*long_big5, "p.html", "x-x-big5"), kTraditional, "big5");
  ExpectClean(DecodeText(kSimplified, "p.html", "UTF-8"), kSimplified, "utf-8");
  // ASCII declared as anything is fine.
  ExpectClean(DecodeText("<p>hello</p>", "p.html", "iso-8859-1"), "<p>hello</p>", "utf-8");
}

TEST(TextDecoding, DeclaredCharsetThatDoesNotFitIsOverruledWithAWarning) {
  // UTF-8 text declared gb2312 (a page converted without its <meta>).
  auto r = DecodeText(kSimplified, "p.html", "gb2312");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->encoding, "utf-8");
  EXPECT_EQ(r->text, kSimplified);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "declared charset \"gb2312\" does not match the bytes; read as utf-8");
  // Big5 bytes declared UTF-8.
  auto big5 = Encode(kTraditional, "CP950");
  ASSERT_TRUE(big5);
  auto b = DecodeText(*big5, "p.html", "utf-8");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->encoding, "big5");
  EXPECT_EQ(b->text, kTraditional);
  ASSERT_EQ(b->warnings.size(), 1u);
  EXPECT_NE(b->warnings[0].find("read as big5"), std::string::npos);
  // GB18030 bytes declared Big5.
  auto gb = Encode(kSimplified, "GB18030");
  ASSERT_TRUE(gb);
  auto g = DecodeText(*gb, "p.html", "big5");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->encoding, "gb18030");
  EXPECT_EQ(g->text, kSimplified);
  EXPECT_EQ(g->warnings.size(), 1u);
  // A label we do not know, on non-ASCII text.
  auto k = DecodeText(kSimplified, "p.html", "koi8-r");
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(k->text, kSimplified);
  ASSERT_EQ(k->warnings.size(), 1u);
  EXPECT_EQ(k->warnings[0], "declared charset \"koi8-r\" is not supported; read as utf-8");
  // A byte-order mark wins over any declaration, silently.
  ExpectClean(DecodeText("\xEF\xBB\xBF" + kSimplified, "p.html", "big5"), kSimplified, "utf-8");
}

TEST(TextDecoding, LinesInUtf8AndBig5AreEachReadInTheirOwn) {
  // A note pasted together: UTF-8 lines around lines saved in Big5.
  const std::string utf8_part = "會議紀錄（續）\n與會人員一致同意於下季度完成系統汰換。\n";
  const std::string big5_text = "主旨：公告修正資通安全事件通報及應變辦法。\n各機關應於一小時內通報上級機關。\n";
  auto big5 = Encode(big5_text, "CP950");
  ASSERT_TRUE(big5);
  const std::string bytes = utf8_part + *big5 + "散會時間：下午四時。\n";
  auto r = DecodeText(bytes, "mixed.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, utf8_part + big5_text + "散會時間：下午四時。\n");
  EXPECT_EQ(r->encoding, "utf-8+big5");
  EXPECT_EQ(r->invalid_bytes, 0u);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].find("two encodings"), std::string::npos) << r->warnings[0];
  // And GB18030 lines among UTF-8 ones.
  auto gb = Encode(kSimplified, "GB18030");
  ASSERT_TRUE(gb);
  auto g = DecodeText(utf8_part + *gb, "mixed-gb.txt");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->text, utf8_part + kSimplified);
  EXPECT_EQ(g->encoding, "utf-8+gb18030");
}

// `bytes` read as `charset`, each invalid byte one U+FFFD: what a program
// that guessed the wrong encoding saved.
std::string MisreadAs(const std::string& bytes, const char* charset) {
  std::string out;
  for (size_t i = 0; i < bytes.size();) {
    bool done = false;
    for (size_t len : {2u, 1u}) {
      if (i + len > bytes.size()) continue;
      auto piece = fixtures::Convert(bytes.substr(i, len), "UTF-8", charset);
      if (piece && !piece->empty()) {
        out += *piece;
        i += len;
        done = true;
        break;
      }
    }
    if (!done) {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

TEST(TextDecoding, MojibakeFromAGbkRoundTripIsRepaired) {
  const std::string line1 = "齊向東表示網絡安全產業正快速發展，企業應加大投入。";
  const std::string line2 = "奇安信今天发布年度网络安全报告，勒索攻击数量同比上升。";
  const std::string mojibake1 = MisreadAs(line1, "GB18030");
  const std::string mojibake2 = MisreadAs(line2, "GB18030");
  ASSERT_NE(mojibake1, line1);
  const std::string text = "新聞稿\n" + mojibake1 + "\n" + mojibake2 + "\n記者王小明報導。\n";
  auto r = DecodeText(text, "news.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->mojibake_lines, 2u);
  // What the round trip lost stays lost (U+FFFD, removed by cleaning);
  // everything else is back.
  std::string repaired = r->text;
  for (size_t at; (at = repaired.find("\xEF\xBF\xBD")) != std::string::npos;) repaired.erase(at, 3);
  EXPECT_NE(repaired.find("網絡安全產業正"), std::string::npos) << repaired;
  EXPECT_NE(repaired.find("發展，企業應加大投入"), std::string::npos) << repaired;
  EXPECT_NE(repaired.find("奇安信今天发布年度网络安全报告"), std::string::npos) << repaired;
  EXPECT_TRUE(repaired.starts_with("新聞稿\n")) << repaired;
  EXPECT_TRUE(repaired.ends_with("\n記者王小明報導。\n")) << repaired;
  ASSERT_FALSE(r->warnings.empty());
  EXPECT_NE(r->warnings.back().find("mojibake (UTF-8 once read as gbk) repaired"), std::string::npos)
      << r->warnings.back();
}

TEST(TextDecoding, MojibakeTooDamagedToRepairIsDroppedAndCounted) {
  // UTF-8 read as Big5 loses most of its bytes: nothing to read back.
  const std::string line = "齊向東表示網絡安全產業正快速發展，企業應加大投入。";
  const std::string text = "新聞稿\n" + MisreadAs(line, "CP950") + "\n記者王小明報導。\n";
  auto r = DecodeText(text, "news.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, "新聞稿\n記者王小明報導。\n");
  EXPECT_EQ(r->mojibake_lines, 1u);
}

// The sample: GBK bytes read one byte out of step after a lost
// byte ("”饼R" is ” A1 B1, then B1 FD 52 where 齊 is FD 52). 齊 comes back;
// the lost "。" stays lost ("?", dropped by cleaning). A tag tail whose
// text was lost ("?从啻?/a>") has nothing to read back and is left to
// cleaning, which drops it and counts it.
TEST(TextDecoding, GbkReadOutOfStepByALostByteIsReadBack) {
  const std::string text =
      "他表示，網絡安全是數字化的底座，要提前布局?”饼R向東說，企業應加大投入。\n"
      "點擊閱讀報告全文?从啻?/a>，了解更多。\n";
  auto r = DecodeText(text, "news.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find("布局?”齊向東說"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("全文?从啻?/a>"), std::string::npos) << r->text;
  ASSERT_FALSE(r->warnings.empty());
  EXPECT_NE(r->warnings.back().find("1 character of GBK read out of step"), std::string::npos) << r->warnings.back();
  // A Latin letter after a Han character in ordinary text is no such thing:
  // "的A股" (的 is B5 C4; 市 before it does not end in B5), nor without a
  // lost character in the line.
  for (const std::string plain : {"今天股市的A股指數上漲?\n", "今天股市的A股指數上漲。\n", "布局。”饼R向東說\n"}) {
    auto p = DecodeText(plain, "plain.txt");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->text, plain);
  }
}

TEST(TextDecoding, TextWithRareCharactersIsNotMojibake) {
  // Classical text with rare characters, and a table of chemical names.
  const std::string text = "鄹人之子，蹴踖如也；犨麑邾莒，鼗鼙鞉鞞。\n氫氦鋰鈹硼碳氮氧氟氖鈉鎂鋁矽磷硫氯氬\n";
  auto r = DecodeText(text, "old.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, text);
  EXPECT_EQ(r->mojibake_lines, 0u);
}

TEST(TextDecoding, EncodingLabels) {
  EXPECT_EQ(EncodingForLabel("UTF-8"), "utf-8");
  EXPECT_EQ(EncodingForLabel(" utf8 "), "utf-8");
  EXPECT_EQ(EncodingForLabel("GB2312"), "gb18030");
  EXPECT_EQ(EncodingForLabel("gbk"), "gb18030");
  EXPECT_EQ(EncodingForLabel("x-gbk"), "gb18030");
  EXPECT_EQ(EncodingForLabel("GB18030"), "gb18030");
  EXPECT_EQ(EncodingForLabel("big5"), "big5");
  EXPECT_EQ(EncodingForLabel("Big5-HKSCS"), "big5");
  EXPECT_EQ(EncodingForLabel("cp950"), "big5");
  EXPECT_EQ(EncodingForLabel("utf-16"), "utf-16le");
  EXPECT_EQ(EncodingForLabel("UTF-16BE"), "utf-16be");
  EXPECT_EQ(EncodingForLabel("iso-8859-1"), "");
  EXPECT_EQ(EncodingForLabel(""), "");
}

TEST(TextDecoding, DecodeToUtf8IsTheTextAlone) {
  auto gb = Encode(kSimplified, "GB18030");
  ASSERT_TRUE(gb);
  auto r = DecodeToUtf8(*gb, "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, kSimplified);
  EXPECT_FALSE(DecodeToUtf8(std::string("\0\x01\x02\x03\x04", 5), "a.txt").ok());
}

// DecodeTextKeeping gives what DecodeText gives, but leaves UTF-8 that
// stands as it is in the caller's bytes (no copy).
TEST(TextDecoding, KeepingLeavesUtf8AsItIsInTheBytesAndElseDecodes) {
  auto kept = DecodeTextKeeping(kTraditional, "a.jsonl");
  ASSERT_TRUE(kept.ok());
  EXPECT_TRUE(kept->text_is_input);
  EXPECT_TRUE(kept->text.empty());
  EXPECT_EQ(kept->encoding, "utf-8");
  EXPECT_TRUE(kept->warnings.empty());
  auto plain = DecodeText(kTraditional, "a.jsonl");
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->text_is_input);
  EXPECT_EQ(plain->text, kTraditional);

  const std::string line = "齊向東表示網絡安全產業正快速發展，企業應加大投入。";
  const std::string mojibake = "新聞稿\n" + MisreadAs(line, "GB18030") + "\n記者王小明報導。\n";
  const std::string with_mark = "\xEF\xBB\xBF" + kTraditional;
  auto gb = Encode(kSimplified, "GB18030");
  ASSERT_TRUE(gb);
  for (const std::string& bytes : {mojibake, with_mark, *gb}) {
    auto a = DecodeTextKeeping(bytes, "a.jsonl");
    auto b = DecodeText(bytes, "a.jsonl");
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_FALSE(a->text_is_input);
    EXPECT_EQ(a->text, b->text);
    EXPECT_EQ(a->encoding, b->encoding);
    EXPECT_EQ(a->mojibake_lines, b->mojibake_lines);
    EXPECT_EQ(a->warnings, b->warnings);
  }
}

// Every line of the shared corpus that Big5 (CP950) or GB18030 represents
// exactly is detected and decoded back to itself, as a whole document and
// line by line; and the whole document survives UTF-16 without a mark.
TEST(TextDecoding, SharedCorpusRoundTrips) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  // A line shorter than this (in non-ASCII characters) can read plausibly
  // in both encodings; detection is judged on longer ones.
  constexpr size_t kMinNonAscii = 12;
  size_t files = 0, tested = 0;
  for (const auto& entry : fs::directory_iterator(wenyuan::testing::SharedDir() / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    const std::string name = entry.path().filename().string();
    std::vector<std::string> lines;
    for (auto& line : wenyuan::testing::ReadLines(entry.path())) {
      if (utf8::IsValid(line)) lines.push_back(line);
    }
    for (auto [charset, encoding] : {std::pair{"CP950", "big5"}, std::pair{"GB18030", "gb18030"}}) {
      std::string document, encoded;
      size_t wrong = 0;
      for (const auto& line : lines) {
        auto bytes = Encode(line, charset);
        if (!bytes) continue;
        document += line + "\n";
        encoded += *bytes + "\n";
        size_t non_ascii = 0;
        for (size_t pos = 0; pos < line.size();) non_ascii += utf8::DecodeNext(line, pos) >= 0x80;
        if (non_ascii < kMinNonAscii) continue;
        ++tested;
        auto r = DecodeText(*bytes, name);
        if (!r.ok() || r->encoding != encoding || r->text != line) {
          if (++wrong <= 5) ADD_FAILURE() << name << " as " << encoding << ": " << line;
        }
      }
      EXPECT_EQ(wrong, 0u) << name << " as " << encoding;
      ExpectClean(DecodeText(encoded, name), document, encoding);
      if (encoding == std::string("gb18030")) {
        auto le = Encode(document, "UTF-16LE");
        ASSERT_TRUE(le);
        ExpectClean(DecodeText(*le, name), document, "utf-16le");
      }
    }
  }
  EXPECT_GT(files, 0u);
  EXPECT_GT(tested, 1000u);
}

}  // namespace
}  // namespace wenyuan::ingest
