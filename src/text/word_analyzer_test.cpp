#include "text/word_analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::text {
namespace {

// Loading jieba takes about a second, so the tests share one analyser, as
// the program does.
const WordAnalyzer& Analyzer() {
  static const std::shared_ptr<const WordAnalyzer> analyzer = [] {
    auto folder = ScriptFolder::Create();
    EXPECT_TRUE(folder.ok()) << folder.status().ToString();
    auto a = WordAnalyzer::Create(folder.ok() ? folder.value() : nullptr);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? a.value() : nullptr;
  }();
  return *analyzer;
}

std::vector<std::string> Terms(std::string_view text, const UserDictionary* user = nullptr) {
  std::vector<std::string> out;
  for (const Token& t : Analyzer().Tokenize(text, user)) out.push_back(t.term);
  return out;
}

bool Has(const std::vector<std::string>& terms, std::string_view term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

std::string NormalizedSlice(std::string_view text, uint32_t begin, uint32_t end) {
  std::string out;
  for (char32_t c : Analyzer().normalizer().NormalizeText(utf8::SliceCodePoints(text, begin, end))) {
    utf8::Append(out, c);
  }
  return out;
}

// Every token's range slices the original to a string that normalises to the
// token; ranges are in order, distinct and inside the text; no token is
// white space or punctuation alone.
void ExpectOffsetsRoundTrip(std::string_view text, const UserDictionary* user = nullptr) {
  std::vector<Token> tokens = Analyzer().Tokenize(text, user);
  size_t length = utf8::CodePointCount(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    ASSERT_LT(t.begin, t.end) << text;
    ASSERT_LE(t.end, length) << text;
    EXPECT_EQ(NormalizedSlice(text, t.begin, t.end), t.term) << "in: " << text;
    bool has_letter = false;
    for (size_t pos = 0; pos < t.term.size();) has_letter |= IsLetterOrDigit(utf8::DecodeNext(t.term, pos));
    EXPECT_TRUE(has_letter) << "token without letters: '" << t.term << "' in: " << text;
    if (i > 0) {
      const Token& p = tokens[i - 1];
      EXPECT_TRUE(p.begin < t.begin || (p.begin == t.begin && p.end < t.end)) << text;
    }
  }
}

TEST(WordAnalyzer, CreateFailsClearlyWithoutDictionary) {
  auto a = WordAnalyzer::Create(nullptr, "/nonexistent/jieba-dict");
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("jieba.dict.utf8"), std::string::npos) << a.status().ToString();
}

TEST(WordAnalyzer, SearchModeYieldsLongWordsAndTheirParts) {
  auto terms = Terms("中华人民共和国成立了");
  EXPECT_TRUE(Has(terms, "中华人民共和国"));
  EXPECT_TRUE(Has(terms, "中华"));
  EXPECT_TRUE(Has(terms, "人民"));
  EXPECT_TRUE(Has(terms, "共和国"));
}

TEST(WordAnalyzer, TraditionalAndSimplifiedGiveTheSameTerms) {
  const std::pair<const char*, const char*> pairs[] = {
      {"行政院會議通過臺灣資訊安全發展計畫，經濟部將於明年實施。",
       "行政院会议通过台湾资讯安全发展计画，经济部将于明年实施。"},
      {"國家發展委員會說明軟體產業的現況與問題", "国家发展委员会说明软体产业的现况与问题"},
      {"這裡的電腦網路連線很穩定", "这里的电脑网路连线很稳定"},
  };
  for (const auto& [trad, simp] : pairs) {
    EXPECT_EQ(Terms(trad), Terms(simp)) << trad;
    EXPECT_FALSE(Terms(trad).empty());
  }
}

TEST(WordAnalyzer, OffsetsPointIntoTheOriginalText) {
  std::string text = "臺灣 GPT-4o 發展";
  std::vector<Token> tokens = Analyzer().Tokenize(text);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.front().term, "台湾");
  EXPECT_EQ(tokens.front().begin, 0u);
  EXPECT_EQ(tokens.front().end, 2u);
  EXPECT_EQ(tokens.back().term, "发展");
  EXPECT_EQ(utf8::SliceCodePoints(text, tokens.back().begin, tokens.back().end), "發展");
}

TEST(WordAnalyzer, OffsetsRoundTripOnMixedText) {
  const char* texts[] = {
      "臺灣的AI發展🚀很快，简体中文也行；𠮷野家（𩸽）在這裡。",
      "Ｗｅｎｙｕａｎ支援ＧＰＴ－４ｏ與全形數字１２３，還有ＡＢＣ。",
      "😀😀😀 emoji 👨‍👩‍👧 family 𝐁𝐨𝐥𝐝 math ㈠ ① Ⅻ ﬁ café cafe\u0301 "
      "Ελληνικά "
      "Русский",
      "國科會 TAIDE 模型、鄭柵潔說：「北辰iFree 2024年5月21日上線」。https://www.ey.gov.tw/Page/9277F759E41CCD91?a=1。",
      "\xff\xfe broken \xe4\xb8 utf8 中文\xc0",
      "  \t\n\u3000 ",
      "",
      "C++ 與 C# 以及 Node.js、1,000,000 元、10:30 開會、e.g. x86_64",
  };
  for (const char* t : texts) ExpectOffsetsRoundTrip(t);
}

TEST(WordAnalyzer, LatinWordsNumbersAndVersionsStayWhole) {
  auto terms = Terms("GPT-4o 與 5G 網路，Llama 3.1 模型，Python3.12 和 C++ 以及 1,000 元");
  EXPECT_TRUE(Has(terms, "gpt-4o"));
  EXPECT_TRUE(Has(terms, "gpt"));
  EXPECT_TRUE(Has(terms, "4o"));
  EXPECT_TRUE(Has(terms, "5g"));
  EXPECT_TRUE(Has(terms, "llama"));
  EXPECT_TRUE(Has(terms, "3.1"));
  EXPECT_TRUE(Has(terms, "llama 3.1"));
  EXPECT_FALSE(Has(terms, "3"));
  EXPECT_TRUE(Has(terms, "python3.12"));
  EXPECT_TRUE(Has(terms, "c++"));
  EXPECT_TRUE(Has(terms, "1,000"));
  EXPECT_TRUE(Has(terms, "网路"));
}

TEST(WordAnalyzer, DatesStayWhole) {
  auto terms = Terms("2024年5月21日發布，民國113年施行，2024-05-21 生效，5月3號開會");
  EXPECT_TRUE(Has(terms, "2024年5月21日"));
  EXPECT_TRUE(Has(terms, "2024年"));
  EXPECT_TRUE(Has(terms, "21日"));
  EXPECT_TRUE(Has(terms, "113年"));
  EXPECT_TRUE(Has(terms, "2024-05-21"));
  EXPECT_TRUE(Has(terms, "2024"));
  EXPECT_TRUE(Has(terms, "5月3号"));
  EXPECT_TRUE(Has(terms, "发布"));
}

TEST(WordAnalyzer, UrlsStayWhole) {
  std::string text = "詳見https://www.ey.gov.tw/Page/9277F759?a=1&b=2。或 www.example.com/x）";
  auto terms = Terms(text);
  EXPECT_TRUE(Has(terms, "https://www.ey.gov.tw/page/9277f759?a=1&b=2")) << ::testing::PrintToString(terms);
  EXPECT_TRUE(Has(terms, "www.example.com/x"));
  ExpectOffsetsRoundTrip(text);
}

TEST(WordAnalyzer, WhitespaceAndPunctuationMakeNoTokens) {
  EXPECT_TRUE(Terms("，。！？、；：「」『』（）…… ,.!?- \t\n 🙂").empty());
}

TEST(WordAnalyzer, FullWidthAndCaseAreFolded) {
  EXPECT_EQ(Terms("ＧＰＴ"), Terms("gpt"));
  EXPECT_EQ(Terms("ＧＰＴ"), std::vector<std::string>{"gpt"});
}

TEST(WordAnalyzer, UserDictionaryTermsComeOutWhole) {
  auto dict = UserDictionary::Parse("北辰iFree\n鄭柵潔 100 nr\n國科會\n", "test.dict", Analyzer().normalizer());
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  std::string text = "郑栅洁表示，北辰IFREE與國科會合作";
  auto without = Terms(text);
  EXPECT_FALSE(Has(without, "北辰ifree"));
  auto with = Terms(text, dict->get());
  EXPECT_TRUE(Has(with, "郑栅洁"));
  EXPECT_TRUE(Has(with, "北辰ifree"));
  EXPECT_TRUE(Has(with, "国科会"));
  // jieba's own pieces are still there.
  for (const auto& t : without) EXPECT_TRUE(Has(with, t)) << t;
  ExpectOffsetsRoundTrip(text, dict->get());
}

TEST(WordAnalyzer, SharedAcrossThreadsGivesIdenticalResults) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "行政院會議通過臺灣資訊安全發展計畫，GPT-4o 於2024年5月21日發布。";
  auto dict = UserDictionary::Parse("資訊安全發展\n", "t", Analyzer().normalizer());
  ASSERT_TRUE(dict.ok());
  const std::vector<Token> expected = Analyzer().Tokenize(text, dict->get());
  std::vector<std::vector<Token>> results(4);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 20; ++round) results[k] = Analyzer().Tokenize(text, dict->get());
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) {
    ASSERT_EQ(r.size(), expected.size());
    for (size_t i = 0; i < r.size(); ++i) {
      EXPECT_EQ(r[i].term, expected[i].term);
      EXPECT_EQ(r[i].begin, expected[i].begin);
      EXPECT_EQ(r[i].end, expected[i].end);
    }
  }
}

TEST(WordAnalyzer, PropertiesHoldOnEveryCorpusLine) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  size_t lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(::wenyuan::testing::SharedDir() / "corpus")) {
    if (!entry.is_regular_file()) continue;
    for (const std::string& line : ::wenyuan::testing::ReadLines(entry.path())) {
      ExpectOffsetsRoundTrip(line);
      if (::testing::Test::HasFailure()) return;
      ++lines;
    }
  }
  EXPECT_GT(lines, 100u);
}

}  // namespace
}  // namespace wenyuan::text
