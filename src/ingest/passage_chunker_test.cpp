#include "ingest/passage_chunker.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "clean/text_cleaner.h"
#include "test_support.h"
#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A paragraph of `n` distinct sentences of 10 code points each.
std::string Paragraph(size_t n, const std::string& tag = "段") {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    std::string num = std::to_string(100 + i % 900);  // three digits
    out += tag + "落第" + num + "句內容。";           // 1+1+1+3+3+1 = 10
  }
  return out;
}

// Checks every promise the chunker makes about `doc`'s passages.
void CheckPassages(const std::string& doc, const std::vector<catalog::PassageInput>& passages,
                   const ChunkOptions& options, const std::string& what) {
  std::u32string wide;
  for (size_t pos = 0; pos < doc.size();) wide += utf8::DecodeNext(doc, pos);
  const size_t n = wide.size();

  // Allowed cut points: sentence ends and starts, plus hard cuts inside
  // sentences longer than hard_max_chars.
  std::set<size_t> ends, begins;
  std::vector<text::TextSpan> sentences = text::SplitSentences(std::u32string_view(wide));
  for (const auto& s : sentences) {
    for (size_t b = s.begin; s.end - b > options.hard_max_chars; b += options.hard_max_chars) {
      ends.insert(b + options.hard_max_chars);
      begins.insert(b + options.hard_max_chars);
    }
    ends.insert(s.end);
    begins.insert(s.begin);
  }
  // Is [b, e) one sentence, or one hard-cut piece of a longer one?
  auto is_one_unit = [&](size_t b, size_t e) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), b,
                               [](size_t v, const text::TextSpan& s) { return v < s.begin; });
    if (it == sentences.begin()) return false;
    const text::TextSpan& s = *std::prev(it);
    if (s.begin == b && s.end == e) return true;
    return b >= s.begin && e <= s.end && e - b <= options.hard_max_chars && (b - s.begin) % options.hard_max_chars == 0;
  };
  const utf8::CodePointIndex index(doc);

  size_t prev_end = 0;
  for (size_t i = 0; i < passages.size(); ++i) {
    const auto& p = passages[i];
    SCOPED_TRACE(what + ": passage " + std::to_string(i));
    ASSERT_GE(p.start, 0);
    ASSERT_LT(p.start, p.end);
    ASSERT_LE(static_cast<size_t>(p.end), n);
    const size_t b = static_cast<size_t>(p.start), e = static_cast<size_t>(p.end);
    ASSERT_EQ(p.text, index.Slice(b, e));
    ASSERT_GE(b, prev_end) << "overlap";
    // Nothing but white space between passages (the whole document is covered).
    for (size_t k = prev_end; k < b; ++k) ASSERT_TRUE(utf8::IsSpace(wide[k])) << "gap at " << k;
    prev_end = e;
    ASSERT_TRUE(ends.count(e)) << "passage ends inside a sentence at " << e << ": " << p.text;
    ASSERT_TRUE(begins.count(b)) << "passage starts inside a sentence at " << b;
    if (e - b > options.max_chars) {
      ASSERT_TRUE(is_one_unit(b, e)) << "over-long passage of " << (e - b) << " code points is not a single sentence";
    }
    ASSERT_LE(e - b, std::max(options.max_chars, options.hard_max_chars));
  }
  for (size_t k = prev_end; k < n; ++k) ASSERT_TRUE(utf8::IsSpace(wide[k])) << "tail at " << k;
}

// The checker itself must catch a cut inside a sentence, an overlap and a gap.
void CheckHandMade(int64_t first_end, int64_t second_start) {
  const std::string doc = "第一句話。第二句話。";
  std::vector<catalog::PassageInput> passages(2);
  passages[0] = {utf8::SliceCodePoints(doc, 0, static_cast<size_t>(first_end)), 0, first_end};
  passages[1] = {utf8::SliceCodePoints(doc, static_cast<size_t>(second_start), 10), second_start, 10};
  CheckPassages(doc, passages, ChunkOptions{}, "hand-made");
}

TEST(PassageChunker, CheckerCatchesBadPassages) {
  CheckHandMade(5, 5);  // a good cut
  EXPECT_FATAL_FAILURE(CheckHandMade(3, 3), "inside a sentence");
  EXPECT_FATAL_FAILURE(CheckHandMade(5, 4), "overlap");
  EXPECT_FATAL_FAILURE(CheckHandMade(4, 5), "inside a sentence");
}

TEST(PassageChunker, ShortDocumentIsOnePassage) {
  const std::string doc = "這是一份很短的文件。只有兩句話。";
  auto passages = ChunkPassages(doc);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].text, doc);
  EXPECT_EQ(passages[0].start, 0);
  EXPECT_EQ(passages[0].end, static_cast<int64_t>(utf8::CodePointCount(doc)));
}

TEST(PassageChunker, EmptyAndBlankDocumentsHaveNoPassages) {
  EXPECT_TRUE(ChunkPassages("").empty());
  EXPECT_TRUE(ChunkPassages("\n\n \u3000\n").empty());
}

TEST(PassageChunker, ShortParagraphsAreKeptTogether) {
  const std::string doc = "第一段。\n第二段。\n第三段。";
  auto passages = ChunkPassages(doc);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].text, doc);
  CheckPassages(doc, passages, {}, "three short paragraphs");
}

TEST(PassageChunker, LongDocumentIsCutAtParagraphsAndSentences) {
  std::string doc;
  for (int p = 0; p < 12; ++p) {
    if (p) doc += '\n';
    doc += Paragraph(static_cast<size_t>(5 + p * 7), std::string("甲乙丙丁戊己庚辛壬癸子丑").substr(3 * p, 3));
  }
  ChunkOptions options;
  auto passages = ChunkPassages(doc, options);
  ASSERT_GT(passages.size(), 3u);
  CheckPassages(doc, passages, options, "generated");
  for (const auto& p : passages) {
    EXPECT_LE(static_cast<size_t>(p.end - p.start), options.max_chars);
  }
  // The last passage ends the document.
  EXPECT_EQ(static_cast<size_t>(passages.back().end), utf8::CodePointCount(doc));
}

TEST(PassageChunker, ParagraphLongerThanMaxIsCutBetweenSentences) {
  const std::string doc = Paragraph(200);  // 2000 code points, 200 sentences
  ChunkOptions options;
  options.min_chars = 30;
  options.max_chars = 95;
  auto passages = ChunkPassages(doc, options);
  ASSERT_EQ(passages.size(), 200u / 9 + 1);  // 9 sentences (90 chars) a passage
  CheckPassages(doc, passages, options, "one long paragraph");
  for (size_t i = 0; i + 1 < passages.size(); ++i) {
    EXPECT_EQ(passages[i].end - passages[i].start, 90);
    EXPECT_EQ(passages[i].end, passages[i + 1].start);
  }
}

TEST(PassageChunker, SentenceLongerThanMaxIsItsOwnPassage) {
  const std::string longest = Repeat("很", 150) + "。";
  const std::string doc = "短句一。" + longest + "短句二。";
  ChunkOptions options;
  options.min_chars = 10;
  options.max_chars = 50;
  auto passages = ChunkPassages(doc, options);
  CheckPassages(doc, passages, options, "one long sentence");
  bool seen = false;
  for (const auto& p : passages) seen |= p.text == longest;
  EXPECT_TRUE(seen);
}

TEST(PassageChunker, UnpunctuatedTextIsCutAtHardMax) {
  const std::string doc = Repeat("無標點文字", 1000);  // 5000 code points, no sentence end
  ChunkOptions options;
  auto passages = ChunkPassages(doc, options);
  ASSERT_EQ(passages.size(), 3u);
  EXPECT_EQ(passages[0].start, 0);
  EXPECT_EQ(passages[0].end, 2000);
  EXPECT_EQ(passages[1].end, 4000);
  EXPECT_EQ(passages[2].end, 5000);
  CheckPassages(doc, passages, options, "unpunctuated");
}

TEST(PassageChunker, OffsetsAreCodePointsWithAstralCharacters) {
  std::string doc;
  for (int i = 0; i < 60; ++i) doc += "𠀀😀句子。";  // 5 code points, 16 bytes
  ChunkOptions options;
  options.min_chars = 20;
  options.max_chars = 50;
  auto passages = ChunkPassages(doc, options);
  ASSERT_EQ(passages.size(), 6u);
  CheckPassages(doc, passages, options, "astral");
  EXPECT_EQ(passages[1].start, 50);
  EXPECT_EQ(passages[1].text, Repeat("𠀀😀句子。", 10));
}

// Random documents: sentences of random length and ending, random paragraph
// breaks, now and then a long run with no punctuation; random options.
TEST(PassageChunker, PropertyOverRandomDocuments) {
  uint32_t seed = 20240521;
  auto next = [&](uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  const std::vector<std::string> pieces = {"資", "訊", "安", "全", "a", "Z", "9", " ", "，", "𠀀", "😀"};
  const std::vector<std::string> enders = {"。", "！", "？", "；", "……", "。」", "！？", ". ", ""};
  for (int round = 0; round < 300; ++round) {
    std::string doc;
    const uint32_t sentences = next(60);
    for (uint32_t i = 0; i < sentences; ++i) {
      const uint32_t len = next(10) == 0 ? 100 + next(400) : 1 + next(40);
      for (uint32_t k = 0; k < len; ++k) doc += pieces[next(static_cast<uint32_t>(pieces.size()))];
      doc += enders[next(static_cast<uint32_t>(enders.size()))];
      if (next(5) == 0) doc += "\n";
    }
    ChunkOptions options;
    options.min_chars = next(100);
    options.max_chars = options.min_chars + 1 + next(200);
    options.hard_max_chars = 1 + next(400);
    auto passages = ChunkPassages(doc, options);
    CheckPassages(doc, passages, options, "random round " + std::to_string(round));
    if (::testing::Test::HasFatalFailure()) return;
  }
}

void CheckCorpus(const std::string& name, bool join) {
  WY_SKIP_WITHOUT_SHARED_CORPUS();
  const std::string raw = wenyuan::testing::ReadFile(wenyuan::testing::SharedDir() / "corpus" / name);
  ASSERT_FALSE(raw.empty()) << name;
  clean::CleanOptions clean_options;
  clean_options.join_wrapped_lines = join;
  const std::string doc = clean::CleanText(raw, clean_options);
  for (const ChunkOptions& options : {ChunkOptions{}, ChunkOptions{40, 120, 300}, ChunkOptions{1, 10, 25}}) {
    auto passages = ChunkPassages(doc, options);
    ASSERT_FALSE(passages.empty());
    CheckPassages(doc, passages, options, name + " max=" + std::to_string(options.max_chars) + (join ? " joined" : ""));
  }
}

TEST(PassageChunker, PropertyOverWebPagesCorpus) {
  CheckCorpus("web-pages-zh.txt", false);
  CheckCorpus("web-pages-zh.txt", true);
}

TEST(PassageChunker, PropertyOverPeopleDailyCorpus) {
  CheckCorpus("people-daily-segmented.txt", false);
  CheckCorpus("people-daily-segmented.txt", true);
}

}  // namespace
}  // namespace wenyuan::ingest
