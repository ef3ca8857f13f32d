#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::text {
namespace sentence_splitter_test {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& span : SplitSentences(text)) {
    out.push_back(utf8::SliceCodePoints(text, span.begin, span.end));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(SentenceSplitter, ChineseTerminators) {
  EXPECT_EQ(Sentences("今天天氣很好。我們去公園！你要來嗎？"),
            (Strings{"今天天氣很好。", "我們去公園！", "你要來嗎？"}));
  EXPECT_EQ(Sentences("第一項；第二項……第三項"), (Strings{"第一項；", "第二項……", "第三項"}));
  EXPECT_EQ(Sentences("Is it? Yes! Done; ok"), (Strings{"Is it?", "Yes!", "Done;", "ok"}));
}

TEST(SentenceSplitter, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("他說：「好。」然後走了。"), (Strings{"他說：「好。」", "然後走了。"}));
  EXPECT_EQ(Sentences("『真的嗎？』』（完。）下一句"), (Strings{"『真的嗎？』』", "（完。）", "下一句"}));
  EXPECT_EQ(Sentences("“好的。”再見。"), (Strings{"“好的。”", "再見。"}));
}

TEST(SentenceSplitter, MixedTerminatorsStayTogether) {
  EXPECT_EQ(Sentences("真的嗎！？是的。"), (Strings{"真的嗎！？", "是的。"}));
  EXPECT_EQ(Sentences("什麼？！？！好吧"), (Strings{"什麼？！？！", "好吧"}));
}

TEST(SentenceSplitter, NewlineEndsASentence) {
  EXPECT_EQ(Sentences("第一行沒有句號\n第二行也沒有"), (Strings{"第一行沒有句號", "第二行也沒有"}));
  EXPECT_EQ(Sentences("一\r\n二\r三"), (Strings{"一", "二", "三"}));
  EXPECT_EQ(Sentences("項目一\n\n\n項目二。"), (Strings{"項目一", "項目二。"}));
}

TEST(SentenceSplitter, DecimalsAndVersionsAreNotSplit) {
  EXPECT_EQ(Sentences("圓周率約為3.14左右。版本v1.2已發布。"), (Strings{"圓周率約為3.14左右。", "版本v1.2已發布。"}));
  EXPECT_EQ(Sentences("It costs 3.14 dollars. Next one."), (Strings{"It costs 3.14 dollars.", "Next one."}));
  EXPECT_EQ(Sentences("see www.example.com now"), (Strings{"see www.example.com now"}));
  // A numbered list item "1. " does not end a sentence, but a number at the
  // end of a line does.
  EXPECT_EQ(Sentences("1. 第一項內容"), (Strings{"1. 第一項內容"}));
  EXPECT_EQ(Sentences("共計3.\n下一行"), (Strings{"共計3.", "下一行"}));
}

TEST(SentenceSplitter, FullStopsInsideAShortQuotationStayInIt) {
  EXPECT_EQ(Sentences("他說：「好。我們走吧。」然後離開了。"), (Strings{"他說：「好。我們走吧。」", "然後離開了。"}));
  EXPECT_EQ(Sentences("本規定（詳見附件。不另行文）自即日起施行。下一句。"),
            (Strings{"本規定（詳見附件。不另行文）自即日起施行。", "下一句。"}));
  // A quotation that closes right after its full stop ends the sentence.
  EXPECT_EQ(Sentences("他說：「好。」再見。"), (Strings{"他說：「好。」", "再見。"}));
  // A long quotation is prose in its own right: its sentences split.
  const std::string clause(3 * 40, 'x');  // 120 ASCII letters, one clause
  const std::string long_quote = "「" + clause + "。" + clause + "。」";
  EXPECT_EQ(Sentences(long_quote), (Strings{"「" + clause + "。", clause + "。」"}));
  // A bracket never closed does not swallow the line beyond the limit.
  EXPECT_GE(Sentences("（" + clause + "。後面。再後面。").size(), 2u);
}

TEST(SentenceSplitter, CircledListMarkersStartItems) {
  EXPECT_EQ(Sentences("申請文件：①身分證②印章③申請書。"), (Strings{"申請文件：", "①身分證", "②印章", "③申請書。"}));
  EXPECT_EQ(Sentences("⑴第一點⑵第二點"), (Strings{"⑴第一點", "⑵第二點"}));
}

TEST(SentenceSplitter, RunOnSentencesAreCutAtACommaNearTheMiddle) {
  std::string run_on;
  for (int i = 0; i < 20; ++i) run_on += "這是一個分句內容，";  // 9 characters each
  run_on += "結束。";
  auto spans = SplitSentences(run_on);
  ASSERT_GE(spans.size(), 2u);
  size_t total = 0;
  for (const auto& s : spans) {
    EXPECT_LE(s.length(), kMaxSentenceChars);
    EXPECT_GE(s.length(), kMinClauseChars);
    total += s.length();
  }
  EXPECT_EQ(total, utf8::CodePointCount(run_on));
  // Every piece but the last ends at a comma.
  for (size_t i = 0; i + 1 < spans.size(); ++i) {
    EXPECT_EQ(utf8::SliceCodePoints(run_on, spans[i].end - 1, spans[i].end), "，");
  }
  // With no comma to cut at, a long sentence stays whole.
  std::string han;
  for (int i = 0; i < 200; ++i) han += "字";
  EXPECT_EQ(SplitSentences(han).size(), 1u);
}

TEST(SentenceSplitter, SpansAreTrimmedAndSliceTheOriginal) {
  const std::string text = "  \u3000你好。  再見。 \t";
  auto spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 3u);
  EXPECT_EQ(spans[0].end, 6u);
  EXPECT_EQ(spans[0].length(), 3u);
  EXPECT_EQ(spans[1].begin, 8u);
  EXPECT_EQ(spans[1].end, 11u);
  EXPECT_EQ(utf8::SliceCodePoints(text, spans[0].begin, spans[0].end), "你好。");
  EXPECT_EQ(utf8::SliceCodePoints(text, spans[1].begin, spans[1].end), "再見。");
}

TEST(SentenceSplitter, OffsetsAreCodePointsEvenForAstralCharacters) {
  const std::string text = "𠀀😀好。𠀁！";
  auto spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(spans[0].end, 4u);
  EXPECT_EQ(spans[1].begin, 4u);
  EXPECT_EQ(spans[1].end, 6u);
}

TEST(SentenceSplitter, EmptyAndBlankTextGiveNoSentences) {
  EXPECT_TRUE(SplitSentences(std::string_view("")).empty());
  EXPECT_TRUE(SplitSentences(std::string_view(" \n\t\u3000\n")).empty());
  EXPECT_EQ(Sentences("。"), (Strings{"。"}));
}

TEST(SentenceSplitter, Utf8AndUtf32OverloadsAgree) {
  const std::string text = "第一句。第二句！\n第三句 3.5 分？」尾巴";
  std::u32string wide;
  for (size_t pos = 0; pos < text.size();) wide += utf8::DecodeNext(text, pos);
  auto a = SplitSentences(text);
  auto b = SplitSentences(std::u32string_view(wide));
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].begin, b[i].begin);
    EXPECT_EQ(a[i].end, b[i].end);
  }
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) out += utf8::DecodeNext(s, pos);
  return out;
}

std::u32string WithoutSpace(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s) {
    if (!utf8::IsSpace(c)) out += c;
  }
  return out;
}

// Every line of a real corpus: spans are in bounds, in order, disjoint,
// non-empty, trimmed, and together hold everything but white space.
void CheckCorpus(const std::string& name) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const std::string path = (wenyuan::testing::SharedDir() / "corpus" / name).string();
  const std::string contents = wenyuan::testing::ReadFile(path);
  ASSERT_FALSE(contents.empty()) << path;
  std::istringstream in(contents);
  std::string line;
  size_t line_no = 0, sentences = 0;
  while (std::getline(in, line)) {
    ++line_no;
    const std::u32string wide = Decode(line);
    auto spans = SplitSentences(line);
    std::u32string joined;
    size_t prev_end = 0;
    for (const auto& s : spans) {
      ASSERT_LT(s.begin, s.end) << name << ":" << line_no;
      ASSERT_LE(s.end, wide.size()) << name << ":" << line_no;
      ASSERT_LE(prev_end, s.begin) << name << ":" << line_no;
      ASSERT_FALSE(utf8::IsSpace(wide[s.begin])) << name << ":" << line_no;
      ASSERT_FALSE(utf8::IsSpace(wide[s.end - 1])) << name << ":" << line_no;
      prev_end = s.end;
      joined += wide.substr(s.begin, s.length());
    }
    ASSERT_EQ(WithoutSpace(joined), WithoutSpace(wide)) << name << ":" << line_no << ": " << line;
    sentences += spans.size();
  }
  EXPECT_GT(line_no, 100u);
  EXPECT_GT(sentences, line_no / 4);

  // The whole file at once: no sentence runs across a line break.
  const std::u32string all = Decode(contents);
  for (const auto& s : SplitSentences(std::u32string_view(all))) {
    ASSERT_EQ(all.substr(s.begin, s.length()).find(U'\n'), std::u32string::npos);
  }
}

TEST(SentenceSplitter, PropertyOverWebPagesCorpus) { CheckCorpus("web-pages-zh.txt"); }
TEST(SentenceSplitter, PropertyOverPeopleDailyCorpus) { CheckCorpus("people-daily-segmented.txt"); }

}  // namespace sentence_splitter_test
}  // namespace wenyuan::text
