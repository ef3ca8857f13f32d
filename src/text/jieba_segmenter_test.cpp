// JiebaSegmenter against cppjieba, word for word: the same words with the
// same offsets in the same order as QuerySegment::Cut(text, words, true) over
// the same dictionary and HMM model, on edge cases, on ../shared/corpus, on a
// slice of the scale corpus, and through WordAnalyzer with a user dictionary.
#include "text/jieba_segmenter.h"

#include <gtest/gtest.h>

// cppjieba and limonp put using-directives in their headers; they stay in
// this file.
#include <cppjieba/DictTrie.hpp>
#include <cppjieba/HMMModel.hpp>
#include <cppjieba/QuerySegment.hpp>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/word_analyzer.h"
#include "util/utf8.h"

namespace wenyuan::text {
namespace {

struct Reference {
  Reference(const std::string& dict, const std::string& model) : trie(dict), hmm(model), segment(&trie, &hmm) {}
  cppjieba::DictTrie trie;
  cppjieba::HMMModel hmm;
  cppjieba::QuerySegment segment;
};

std::filesystem::path DictDir() { return WordAnalyzer::DefaultDictDir(); }

const Reference& Jieba() {
  static const Reference* ref =
      new Reference((DictDir() / "jieba.dict.utf8").string(), (DictDir() / "hmm_model.utf8").string());
  return *ref;
}

const JiebaSegmenter& Ours() {
  static const std::unique_ptr<const JiebaSegmenter> seg = [] {
    auto s = JiebaSegmenter::Load(DictDir() / "jieba.dict.utf8", DictDir() / "hmm_model.utf8");
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }();
  return *seg;
}

std::string Utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) utf8::Append(out, c);
  return out;
}

std::u32string Decode(std::string_view text) {
  std::u32string out;
  for (size_t pos = 0; pos < text.size();) out.push_back(utf8::DecodeNext(text, pos));
  return out;
}

// Cuts `text` both ways and expects the same word stream; returns the count
// of words compared.
size_t ExpectSameWords(std::u32string_view text) {
  JiebaSegmenter::Scratch scratch;
  std::vector<WordSpan> ours;
  Ours().CutForSearch(text, scratch, ours);
  const std::string utf8 = Utf8(text);
  std::vector<cppjieba::Word> theirs;
  Jieba().segment.Cut(utf8, theirs, true);
  EXPECT_EQ(ours.size(), theirs.size()) << "in: " << utf8.substr(0, 300);
  for (size_t i = 0; i < std::min(ours.size(), theirs.size()); ++i) {
    const WordSpan& o = ours[i];
    const cppjieba::Word& t = theirs[i];
    if (o.begin != t.unicode_offset || o.length != t.unicode_length || Utf8(text.substr(o.begin, o.length)) != t.word) {
      ADD_FAILURE() << "word " << i << ": ours '" << Utf8(text.substr(o.begin, o.length)) << "' at " << o.begin
                    << ", cppjieba's '" << t.word << "' at " << t.unicode_offset << " in: " << utf8.substr(0, 300);
      return i;
    }
  }
  return ours.size();
}

// The runs WordAnalyzer hands the segmenter: normalised, letters and digits
// of no alphabetic script.
std::vector<std::u32string> AnalyzerRuns(std::string_view text) {
  std::u32string norm = testing::SharedWordAnalyzer()->normalizer().NormalizeText(text);
  std::vector<std::u32string> runs;
  std::u32string run;
  for (char32_t c : norm) {
    if (!IsAlphabeticWordChar(c) && IsLetterOrDigit(c)) {
      run.push_back(c);
    } else if (!run.empty()) {
      runs.push_back(std::move(run));
      run.clear();
    }
  }
  if (!run.empty()) runs.push_back(std::move(run));
  return runs;
}

size_t ExpectSameWordsOnText(std::string_view text) {
  size_t words = ExpectSameWords(Decode(text));
  for (const std::u32string& run : AnalyzerRuns(text)) words += ExpectSameWords(run);
  return words;
}

TEST(JiebaSegmenter, LoadsTheDictionary) {
  EXPECT_GT(Ours().word_count(), 300000u);
  auto missing = JiebaSegmenter::Load("/nonexistent/jieba.dict.utf8", DictDir() / "hmm_model.utf8");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/jieba.dict.utf8"), std::string::npos);
}

TEST(JiebaSegmenter, MalformedFilesFailWithFileAndLine) {
  testing::TempDir dir;
  testing::WriteFile(dir / "dict", "中国 100 ns\n人民 x\n");
  auto bad_dict = JiebaSegmenter::Load(dir / "dict", DictDir() / "hmm_model.utf8");
  ASSERT_FALSE(bad_dict.ok());
  EXPECT_NE(bad_dict.status().message().find("line 2"), std::string::npos) << bad_dict.status().ToString();
  testing::WriteFile(dir / "hmm", "#start\n0 0 0\n");
  auto bad_hmm = JiebaSegmenter::Load(DictDir() / "jieba.dict.utf8", dir / "hmm");
  ASSERT_FALSE(bad_hmm.ok());
  EXPECT_NE(bad_hmm.status().message().find((dir / "hmm").string()), std::string::npos);
}

TEST(JiebaSegmenter, SameWordsAsCppjiebaOnEdgeCases) {
  const char* cases[] = {
      "",
      "中",
      "的",
      "a",
      "7",
      "，",
      "。",
      " ",
      "\t\n",
      "中华人民共和国成立了",
      "南京市长江大桥",
      "我来到北京清华大学",
      "他来到了网易杭研大厦",
      "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
      "iPhone15手机和GPT-4o模型，3.14元，v2.0.1版",
      "abc中文def123.45.6ghi",
      "Ａｂｃ１２３全角，。！？「」『』（）",
      "，，。。  中文，英文。",
      "钟鼎彝器龘靐齉爩犭丬",  // rare characters, unknown runs
      "𠀀𠀁𪚥中国𫠝",          // outside the BMP
      "あいうえお東京都カタカナ한국어입니다",
      "的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的",
      "中华人民共和国中华人民共和国中华人民共和国",
  };
  for (const char* c : cases) ExpectSameWords(Decode(c));
  // A very long run with no separator, and one of a single repeated word.
  std::u32string long_run;
  for (int i = 0; i < 400; ++i) long_run += U"研究生命起源与发展中国家";
  ExpectSameWords(long_run);
  ExpectSameWords(std::u32string(3000, U'啊'));
}

TEST(JiebaSegmenter, SameWordsAsCppjiebaOnTheSharedCorpus) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  size_t words = 0;
  for (const char* name : {"people-daily-segmented.txt", "web-pages-zh.txt"}) {
    std::istringstream in(testing::ReadFile(testing::SharedDir() / "corpus" / name));
    std::string line;
    while (std::getline(in, line)) words += ExpectSameWordsOnText(line);
  }
  EXPECT_GT(words, 100000u);
}

// A fixture of the scale corpus's first documents (zstd -dc | head), the
// Traditional Chinese of government gazettes and news.
TEST(JiebaSegmenter, SameWordsAsCppjiebaOnTheScaleCorpus) {
  const std::filesystem::path scale = testing::SharedDir() / "data" / "scale" / "zh-scale.jsonl.zst";
  if (!std::filesystem::exists(scale)) GTEST_SKIP() << scale << " not present";
  testing::TempDir dir;
  const std::filesystem::path fixture = dir / "slice.jsonl";
  const std::string command =
      "zstd -dc '" + scale.string() + "' 2>/dev/null | head -n 150 > '" + fixture.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  std::istringstream in(testing::ReadFile(fixture));
  std::string line;
  size_t docs = 0, words = 0;
  while (std::getline(in, line)) {
    auto doc = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << line.substr(0, 200);
    words += ExpectSameWordsOnText(doc.value("title", ""));
    words += ExpectSameWordsOnText(doc.value("text", ""));
    ++docs;
  }
  EXPECT_EQ(docs, 150u);
  EXPECT_GT(words, 100000u);
}

// Through WordAnalyzer: the tokens inside each run are cppjieba's words of the
// run plus the user dictionary's terms there, one per range.
TEST(JiebaSegmenter, AnalyzerTokensAreCppjiebaWordsAndUserTerms) {
  const WordAnalyzer& analyzer = *testing::SharedWordAnalyzer();
  auto user = UserDictionary::Parse("鄭柵潔\n國科會 n\n北辰iFree\n研究生命\n的\n", "test", analyzer.normalizer());
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  const std::string texts[] = {
      "國科會主委鄭柵潔說，北辰iFree的研究生命起源計畫在2024年5月21日開始。",
      "中华人民共和国成立了，GPT-4o和Llama 3.1都在研究生命科学。",
      "行政院國家科學及技術委員會（國科會）今日公布113年度預算。",
  };
  for (const std::string& text : texts) {
    const std::u32string norm = analyzer.normalizer().NormalizeText(text);
    std::map<std::pair<uint32_t, uint32_t>, std::string> expected;
    std::vector<std::pair<uint32_t, uint32_t>> runs;
    for (size_t i = 0; i < norm.size();) {
      if (IsAlphabeticWordChar(norm[i]) || !IsLetterOrDigit(norm[i])) {
        ++i;
        continue;
      }
      size_t e = i;
      while (e < norm.size() && !IsAlphabeticWordChar(norm[e]) && IsLetterOrDigit(norm[e])) ++e;
      if (i > 0 && norm[i - 1] >= '0' && norm[i - 1] <= '9') {  // 年, 月, 日 of a date: the pre-tokeniser's
        i = e;
        continue;
      }
      runs.emplace_back(i, e);
      std::vector<cppjieba::Word> words;
      Jieba().segment.Cut(Utf8(norm.substr(i, e - i)), words, true);
      for (const auto& w : words) {
        uint32_t b = static_cast<uint32_t>(i + w.unicode_offset);
        expected[{b, b + w.unicode_length}] = w.word;
      }
      i = e;
    }
    auto inside_a_run = [&](uint32_t b, uint32_t e) {
      for (auto [rb, re] : runs) {
        if (b >= rb && e <= re) return true;
      }
      return false;
    };
    std::vector<TermMatch> matches;
    (*user)->FindAll(norm, matches);
    for (const TermMatch& m : matches) {
      if (inside_a_run(m.begin, m.end)) expected[{m.begin, m.end}] = (*user)->terms()[m.term_index].normalized;
    }
    std::map<std::pair<uint32_t, uint32_t>, std::string> got;
    for (const Token& t : analyzer.Tokenize(text, user->get())) {
      if (inside_a_run(t.begin, t.end)) got[{t.begin, t.end}] = t.term;
    }
    EXPECT_EQ(got, expected) << text;
    EXPECT_GT(expected.size(), 5u) << text;
  }
}

}  // namespace
}  // namespace wenyuan::text
