#include "text/bigram_tokenizer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::text {
namespace {

using Triple = std::tuple<std::string, uint32_t, uint32_t>;

std::vector<Triple> Tokens(std::string_view text) {
  std::vector<Triple> out;
  for (const auto& t : BigramTokenizer().Tokenize(text)) out.emplace_back(t.term, t.begin, t.end);
  return out;
}

TEST(BigramTokenizer, HanRunsBecomeOverlappingBigrams) {
  EXPECT_EQ(Tokens("資訊安全"), (std::vector<Triple>{{"資訊", 0, 2}, {"訊安", 1, 3}, {"安全", 2, 4}}));
  EXPECT_EQ(Tokens("資訊"), (std::vector<Triple>{{"資訊", 0, 2}}));
}

TEST(BigramTokenizer, SingleHanCharacterIsAUnigram) {
  EXPECT_EQ(Tokens("我"), (std::vector<Triple>{{"我", 0, 1}}));
  EXPECT_EQ(Tokens("，我！"), (std::vector<Triple>{{"我", 1, 2}}));
  EXPECT_EQ(Tokens("a我b"), (std::vector<Triple>{{"a", 0, 1}, {"我", 1, 2}, {"b", 2, 3}}));
}

TEST(BigramTokenizer, PunctuationAndSpaceSeparateRuns) {
  EXPECT_EQ(Tokens("資訊，安全 服務"), (std::vector<Triple>{{"資訊", 0, 2}, {"安全", 3, 5}, {"服務", 6, 8}}));
}

TEST(BigramTokenizer, LatinWordsAreLowerCased) {
  EXPECT_EQ(Tokens("Hello WORLD"), (std::vector<Triple>{{"hello", 0, 5}, {"world", 6, 11}}));
  EXPECT_EQ(Tokens("Wi-Fi 6"), (std::vector<Triple>{{"wi", 0, 2}, {"fi", 3, 5}, {"6", 6, 7}}));
  EXPECT_EQ(Tokens("IPv6升級"), (std::vector<Triple>{{"ipv6", 0, 4}, {"升級", 4, 6}}));
}

TEST(BigramTokenizer, FullWidthIsNarrowed) {
  EXPECT_EQ(Tokens("ＧＰＴ４"), (std::vector<Triple>{{"gpt4", 0, 4}}));
  EXPECT_EQ(Tokens("使用ＧＰＴ４模型"), (std::vector<Triple>{{"使用", 0, 2}, {"gpt4", 2, 6}, {"模型", 6, 8}}));
  EXPECT_EQ(BigramTokenizer().Tokenize("ＧＰＴ")[0].term, BigramTokenizer().Tokenize("gpt")[0].term);
}

TEST(BigramTokenizer, AstralAndEmojiOffsetsAreCodePoints) {
  EXPECT_EQ(Tokens("😀資安😀ab"), (std::vector<Triple>{{"資安", 1, 3}, {"ab", 4, 6}}));
  EXPECT_EQ(Tokens("𠀀𠀁x"), (std::vector<Triple>{{"𠀀𠀁", 0, 2}, {"x", 2, 3}}));
  EXPECT_EQ(Tokens("👍🏽好"), (std::vector<Triple>{{"好", 2, 3}}));
}

TEST(BigramTokenizer, EmptyAndSymbolOnlyTextHaveNoTokens) {
  EXPECT_TRUE(Tokens("").empty());
  EXPECT_TRUE(Tokens(" ，。！？…—「」 \n").empty());
  EXPECT_TRUE(Tokens("あいう한국어").empty());  // kana and hangul are not Han
}

TEST(BigramTokenizer, MalformedBytesCountOneCodePointEach) {
  const std::string text = "ab\xFF資安";
  EXPECT_EQ(Tokens(text), (std::vector<Triple>{{"ab", 0, 2}, {"資安", 3, 5}}));
  EXPECT_EQ(utf8::SliceCodePoints(text, 3, 5), "資安");
}

std::string Normalise(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::NarrowFullWidth(utf8::DecodeNext(s, pos));
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    utf8::Append(out, c);
  }
  return out;
}

bool IsWordChar(char32_t c) { return utf8::IsAsciiAlnum(utf8::NarrowFullWidth(c)); }

void CheckCorpus(const std::string& name) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const std::string path = (wenyuan::testing::SharedDir() / "corpus" / name).string();
  const std::string contents = wenyuan::testing::ReadFile(path);
  ASSERT_FALSE(contents.empty()) << path;
  std::istringstream in(contents);
  std::string line;
  size_t line_no = 0, tokens = 0;
  const BigramTokenizer tokenizer;
  while (std::getline(in, line)) {
    ++line_no;
    std::u32string wide;
    for (size_t pos = 0; pos < line.size();) wide += utf8::DecodeNext(line, pos);
    utf8::CodePointIndex index(line);
    std::vector<bool> covered(wide.size(), false);
    uint32_t prev_begin = 0;
    for (const auto& t : tokenizer.Tokenize(line)) {
      ASSERT_LT(t.begin, t.end) << name << ":" << line_no;
      ASSERT_LE(t.end, wide.size()) << name << ":" << line_no;
      ASSERT_LE(prev_begin, t.begin) << name << ":" << line_no;
      prev_begin = t.begin;
      const std::string slice(index.Slice(t.begin, t.end));
      if (utf8::IsHan(wide[t.begin])) {
        ASSERT_LE(t.end - t.begin, 2u);
        ASSERT_EQ(slice, t.term) << name << ":" << line_no;
      } else {
        ASSERT_EQ(Normalise(slice), t.term) << name << ":" << line_no;
        for (char c : t.term) ASSERT_TRUE(utf8::IsAsciiAlnum(static_cast<unsigned char>(c)));
        // A word is maximal: its neighbours are not word characters.
        if (t.begin > 0) {
          ASSERT_FALSE(IsWordChar(wide[t.begin - 1]));
        }
        if (t.end < wide.size()) {
          ASSERT_FALSE(IsWordChar(wide[t.end]));
        }
      }
      for (uint32_t i = t.begin; i < t.end; ++i) covered[i] = true;
      ++tokens;
    }
    // Nothing searchable is dropped: every Han and word character is in a token.
    for (size_t i = 0; i < wide.size(); ++i) {
      if (utf8::IsHan(wide[i]) || IsWordChar(wide[i])) {
        ASSERT_TRUE(covered[i]) << name << ":" << line_no << " code point " << i;
      }
    }
  }
  EXPECT_GT(line_no, 100u);
  EXPECT_GT(tokens, line_no);
}

TEST(BigramTokenizer, PropertyOverWebPagesCorpus) { CheckCorpus("web-pages-zh.txt"); }
TEST(BigramTokenizer, PropertyOverPeopleDailyCorpus) { CheckCorpus("people-daily-segmented.txt"); }

}  // namespace
}  // namespace wenyuan::text
