// What the extractive answerer quotes and when it says "not found": the
// sentence that holds the fact, from the right document, at most three
// pieces, citations that point at the exact text.
#include "answer/extractive_answerer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "reference/keyword_searcher.h"
#include "test_support.h"
#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

constexpr auto Passage = wenyuan::testing::MakePassage;

std::vector<catalog::PassageRecord> Fixture() {
  return {
      Passage(1, 0, "市民數位憑證", "首次申辦免費。晶片卡版憑證效期為5年。到期前3個月可線上展期。逾期須臨櫃重新申辦。"),
      Passage(2, 0, "北辰iFree", "北辰iFree提供市民免費上網服務。全市熱點超過一千處。"),
      Passage(3, 0, "資安通報規定", "各機關發生資安事件時，應於一小時內完成通報。第三級事件應於三十六小時內完成復原。"),
      Passage(4, 0, "公務電子郵件", "公務電子郵件帳號限於公務使用。離職時帳號應於三日內停用。"),
  };
}

search::SearchResponse Search(const std::string& question,
                              const std::vector<catalog::PassageRecord>& passages = Fixture()) {
  return search::KeywordSearcher().Search("kb", passages, question, search::SearchOptions{});
}

// The one sentence an answer quoting a single sentence gives for `question`
// over `passages`; empty when no answer is found.
std::string BestSentence(const std::string& question, const std::vector<catalog::PassageRecord>& passages) {
  AnswerOptions one;
  one.max_sentences = 1;
  Answer answer = ExtractiveAnswerer(one).AnswerFrom(Search(question, passages));
  return answer.found && !answer.evidence.empty() ? answer.evidence[0].text : std::string();
}

// A response built by hand: the query is one term, found in the one hit.
search::SearchResponse OneHitFor(const std::string& term_text, search::SearchHit hit) {
  search::SearchResponse response;
  response.query = term_text;
  search::QueryTerm term;
  term.term = term_text;
  term.idf = 1.5;
  term.df = 1;
  response.terms = {term};
  response.hits.push_back(std::move(hit));
  return response;
}

// Every piece of evidence quotes its passage exactly where its citation says.
void CheckEvidence(const Answer& answer, const search::SearchResponse& response) {
  std::map<std::string, const search::SearchHit*> hits;
  for (const auto& h : response.hits) hits[h.passage_id] = &h;
  std::string text;
  for (size_t i = 0; i < answer.evidence.size(); ++i) {
    const Evidence& e = answer.evidence[i];
    ASSERT_TRUE(hits.count(e.citation.passage_id)) << e.citation.passage_id;
    const search::SearchHit& hit = *hits[e.citation.passage_id];
    EXPECT_LT(e.citation.begin, e.citation.end);
    EXPECT_EQ(utf8::SliceCodePoints(hit.text, e.citation.begin, e.citation.end), e.text);
    EXPECT_EQ(e.citation.document_id, hit.document_id);
    EXPECT_EQ(e.citation.title, hit.title);
    EXPECT_EQ(e.citation.source, hit.source);
    if (i) text += '\n';
    text += e.text + " [" + std::to_string(i + 1) + "]";
  }
  EXPECT_EQ(answer.text, text);
}

TEST(ExtractiveAnswerer, QuotesTheSentenceWithTheFact) {
  auto response = Search("憑證效期多久？");
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  EXPECT_EQ(answer.question, "憑證效期多久？");
  ASSERT_TRUE(answer.found);
  ASSERT_FALSE(answer.evidence.empty());
  // The best quote holds the fact (with its neighbours, when they are
  // quoted too: adjacent sentences make one quote).
  const Evidence& best = answer.evidence[0];
  EXPECT_NE(best.text.find("晶片卡版憑證效期為5年。"), std::string::npos) << best.text;
  EXPECT_EQ(best.citation.passage_id, "kb/1#0");
  EXPECT_LE(best.citation.begin, 7u);
  EXPECT_GE(best.citation.end, 19u);
  EXPECT_EQ(best.citation.source, "/docs/1.txt");
  EXPECT_GT(best.score, 0);
  CheckEvidence(answer, response);

  // Quoting one sentence only, it is exactly that sentence.
  AnswerOptions one;
  one.max_sentences = 1;
  Answer single = ExtractiveAnswerer(one).AnswerFrom(response);
  ASSERT_EQ(single.evidence.size(), 1u);
  EXPECT_EQ(single.evidence[0].text, "晶片卡版憑證效期為5年。");
  EXPECT_EQ(single.evidence[0].citation.begin, 7u);
  EXPECT_EQ(single.evidence[0].citation.end, 19u);
  EXPECT_EQ(single.text, "晶片卡版憑證效期為5年。 [1]");
  CheckEvidence(single, response);
}

TEST(ExtractiveAnswerer, AnswersFromTheRightDocument) {
  auto response = Search("資安事件要在多久內通報");
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_TRUE(answer.found);
  EXPECT_EQ(answer.evidence[0].text.rfind("各機關發生資安事件時，應於一小時內完成通報。", 0), 0u)
      << answer.evidence[0].text;
  EXPECT_EQ(answer.evidence[0].citation.document_id, 3);
  CheckEvidence(answer, response);
}

TEST(ExtractiveAnswerer, UnrelatedQuestionIsNotFound) {
  auto response = Search("火星探測計畫的進度");
  ASSERT_TRUE(response.hits.empty());
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  EXPECT_FALSE(answer.found);
  EXPECT_TRUE(answer.evidence.empty());
  EXPECT_TRUE(answer.text.empty());

  Answer empty = ExtractiveAnswerer().AnswerFrom(search::SearchResponse{});
  EXPECT_FALSE(empty.found);
}

TEST(ExtractiveAnswerer, QuestionMostlyAboutWhatTheKbLacksIsNotFound) {
  // Only 憑證 is in the knowledge base; the rest of the question is not.
  auto response = Search("火星探測器登陸計畫的憑證");
  ASSERT_FALSE(response.hits.empty());
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  EXPECT_FALSE(answer.found);
  EXPECT_TRUE(answer.evidence.empty());
}

TEST(ExtractiveAnswerer, LowCoverageIsNotFound) {
  // The question's terms are spread over two documents; no one sentence
  // holds most of them.
  auto response = Search("資安事件通報與iFree熱點");
  ASSERT_GE(response.hits.size(), 2u);
  AnswerOptions strict;
  strict.found.min_coverage = 0.9;
  Answer answer = ExtractiveAnswerer(strict).AnswerFrom(response);
  EXPECT_FALSE(answer.found);
  EXPECT_TRUE(answer.evidence.empty());
  EXPECT_TRUE(answer.text.empty());
}

// The sentences an answer quotes, each quote split back into sentences,
// with the passage each comes from.
std::vector<std::pair<std::string, std::string>> QuotedSentences(const Answer& answer) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : answer.evidence) {
    for (const auto& span : text::SplitSentences(e.text)) {
      out.push_back({e.citation.passage_id, utf8::SliceCodePoints(e.text, span.begin, span.end)});
    }
  }
  return out;
}

TEST(ExtractiveAnswerer, AtMostThreeSentencesCappedPerPassageNoRepeats) {
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "甲", "資安事件應立即通報。資安事件應立即通報處理。資安事件須通報主管。資安事件通報很重要。"),
      Passage(2, 0, "乙", "資安事件應立即通報。"),  // the same sentence again
      Passage(3, 0, "丙", "資安事件通報流程說明。"),
      Passage(4, 0, "丁", "資安事件通報表單下載。"),
      Passage(5, 0, "戊", "無關的內容。"),
  };
  auto response = Search("資安事件通報", passages);
  ASSERT_GE(response.hits.size(), 4u);
  for (size_t per : {1u, 2u, 3u}) {
    for (size_t max : {1u, 3u, 10u}) {
      AnswerOptions options;
      options.max_per_passage = per;
      options.max_sentences = max;
      options.passage_floor = 0;  // every passage competes
      Answer answer = ExtractiveAnswerer(options).AnswerFrom(response);
      ASSERT_TRUE(answer.found);
      const auto quoted = QuotedSentences(answer);
      EXPECT_LE(quoted.size(), max);
      // Passage 1 gives up to `per`, 3 and 4 one each (2 repeats 1).
      EXPECT_GE(quoted.size(), std::min<size_t>(max, per + 2)) << per << " " << max;
      std::map<std::string, size_t> per_passage;
      std::set<std::string> texts;
      for (const auto& [passage, sentence] : quoted) {
        EXPECT_LE(++per_passage[passage], per) << passage;
        EXPECT_TRUE(texts.insert(sentence).second) << "repeated: " << sentence;
      }
      CheckEvidence(answer, response);
    }
  }
}

TEST(ExtractiveAnswerer, AdjacentSentencesAreQuotedAsOnePiece) {
  // The answer (the year) sits in the sentence after the one that names
  // the subject; both are quoted, as one piece with one citation.
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "市立圖書館",
              "市立圖書館總館位於市府路。總館於一九八六年落成啟用。分館共有四十二所。館藏以中文圖書為主。")};
  auto response = Search("市立圖書館總館何時落成？", passages);
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_TRUE(answer.found);
  ASSERT_FALSE(answer.evidence.empty());
  EXPECT_NE(answer.evidence[0].text.find("總館於一九八六年落成啟用。"), std::string::npos);
  // Quotes of one passage never overlap or touch: touching ones are one.
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const auto& e : answer.evidence) ranges.push_back({e.citation.begin, e.citation.end});
  std::sort(ranges.begin(), ranges.end());
  const auto spans = text::SplitSentences(passages[0].text);
  for (size_t i = 1; i < ranges.size(); ++i) {
    // Some sentence lies between two quotes.
    bool gap = std::any_of(spans.begin(), spans.end(), [&](const text::TextSpan& s) {
      return s.begin >= ranges[i - 1].second && s.end <= ranges[i].first;
    });
    EXPECT_TRUE(gap);
  }
  CheckEvidence(answer, response);
}

TEST(ExtractiveAnswerer, TermsEverySentenceSharesCountLessThanRareOnes) {
  // Every sentence names the topic (大果西番蓮); only one has 根部. The
  // question's best single sentence is the one with 根部, even though the
  // topic's bigrams outweigh it in the KB.
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "大果西番蓮",
              "大果西番蓮是西番蓮屬果實最大的一種。大果西番蓮原產熱帶美洲。大果西番蓮有時在溫室中種植。"
              "它的根部可用來當作催吐劑。大果西番蓮的果實可以食用。"),
      Passage(2, 0, "百香果", "百香果又稱雞蛋果，是西番蓮屬的植物。"),
      Passage(3, 0, "溫室", "溫室是用來種植植物的建築。"),
  };
  EXPECT_EQ(BestSentence("大果西番蓮的根部有什麼作用？", passages), "它的根部可用來當作催吐劑。");
}

TEST(ExtractiveAnswerer, QuestionTypePrefersSentencesWithTheAskedKindOfThing) {
  // Both sentences share the same question terms; only one holds a number.
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "停車場", "停車場收費標準另行公告。停車場收費每小時30元。停車場收費以現金支付。")};
  EXPECT_EQ(BestSentence("停車場收費多少？", passages), "停車場收費每小時30元。");
}

TEST(ExtractiveAnswerer, SentencesThatAskAreNotPreferred) {
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "常見問題", "數位憑證可以線上展期嗎？數位憑證可以線上展期，到期前三個月開放。")};
  EXPECT_EQ(BestSentence("數位憑證可以線上展期嗎", passages), "數位憑證可以線上展期，到期前三個月開放。");
}

TEST(ExtractiveAnswerer, AnFaqsAnswerLineFollowsItsQuestionLine) {
  // The question line matches the question best but asks; the line after
  // it answers, sharing only a word with the question.
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "線上申辦常見問答",
              "問：e點通線上申辦平台目前一共有多少項服務？答：目前共提供142項服務，多數可全程線上辦理。"
              "問：申辦需要自然人憑證嗎？答：部分服務需要。"),
      Passage(2, 0, "年度報告", "線上申辦平台的使用人數逐年成長，平台服務品質持續提升。")};
  EXPECT_EQ(BestSentence("e點通線上申辦平台一共有多少項服務", passages),
            "答：目前共提供142項服務，多數可全程線上辦理。");
}

TEST(ExtractiveAnswerer, NotFoundThresholdsAreTheOptionsGiven) {
  // The question's weight the top passage holds decides; sweep each
  // threshold across it and the answer flips exactly there.
  auto response = Search("資安事件通報與iFree熱點");
  ASSERT_FALSE(response.hits.empty());
  AnswerOptions open;
  open.found.min_coverage = 0;
  open.found.min_found_coverage = 0;
  ASSERT_TRUE(ExtractiveAnswerer(open).AnswerFrom(response).found);
  double flip_kb = -1, flip_whole = -1;
  for (int i = 0; i <= 100; ++i) {
    AnswerOptions kb = open, whole = open;
    kb.found.min_coverage = whole.found.min_found_coverage = i / 100.0;
    if (flip_kb < 0 && !ExtractiveAnswerer(kb).AnswerFrom(response).found) flip_kb = i / 100.0;
    if (flip_whole < 0 && !ExtractiveAnswerer(whole).AnswerFrom(response).found) flip_whole = i / 100.0;
  }
  // The top passage holds part of the question, not all of it…
  EXPECT_GT(flip_kb, 0.2);
  EXPECT_LT(flip_kb, 1.0);
  EXPECT_GT(flip_whole, 0.0);
  EXPECT_LE(flip_whole, flip_kb);
  // …and once not found, stricter thresholds stay not found.
  AnswerOptions strict = open;
  strict.found.min_coverage = flip_kb + 0.05;
  EXPECT_FALSE(ExtractiveAnswerer(strict).AnswerFrom(response).found);
  EXPECT_TRUE(ExtractiveAnswerer(strict).AnswerFrom(response).evidence.empty());
}

TEST(ExtractiveAnswerer, DefaultThresholds) {
  // Pinned, since `ask` and eval depend on them (docs/answers.md).
  AnswerOptions defaults;
  EXPECT_DOUBLE_EQ(defaults.found.min_coverage, 0.25);
  EXPECT_DOUBLE_EQ(defaults.found.min_found_coverage, 0.14);
  EXPECT_DOUBLE_EQ(defaults.found.min_found_probability, 0.29);
  EXPECT_EQ(defaults.max_sentences, 3u);
}

TEST(ExtractiveAnswerer, VeryShortSentencesAreNotQuoted) {
  std::vector<catalog::PassageRecord> passages = {Passage(1, 0, "x", "憑證。憑證效期五年。")};
  auto response = Search("憑證", passages);
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_TRUE(answer.found);
  for (const auto& e : answer.evidence) EXPECT_NE(e.text, "憑證。");
  EXPECT_EQ(answer.evidence[0].text, "憑證效期五年。");
}

TEST(ExtractiveAnswerer, HandBuiltResponseWithAstralText) {
  search::SearchHit hit;
  hit.passage_id = "kb/7#2";
  hit.document_id = 7;
  hit.title = "標題";
  hit.source = "/x.md";
  hit.text = "😀𠀀開頭。這句講資安的事。";
  hit.score = 3;
  const search::SearchResponse response = OneHitFor("資安", hit);
  AnswerOptions one;
  one.max_sentences = 1;
  Answer answer = ExtractiveAnswerer(one).AnswerFrom(response);
  ASSERT_TRUE(answer.found);
  ASSERT_EQ(answer.evidence.size(), 1u);
  EXPECT_EQ(answer.evidence[0].text, "這句講資安的事。");
  EXPECT_EQ(answer.evidence[0].citation.begin, 5u);
  EXPECT_EQ(answer.evidence[0].citation.end, 13u);
  EXPECT_EQ(answer.text, "這句講資安的事。 [1]");

  // With room for more, the sentence before it comes along as its context,
  // the two quoted as one piece from code point 0.
  Answer with_context = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_EQ(with_context.evidence.size(), 1u);
  EXPECT_EQ(with_context.evidence[0].text, "😀𠀀開頭。這句講資安的事。");
  EXPECT_EQ(with_context.evidence[0].citation.begin, 0u);
  EXPECT_EQ(with_context.evidence[0].citation.end, 13u);
}

TEST(ExtractiveAnswerer, SentencesWithNothingOfTheQuestionComeOnlyAsContext) {
  // Three sentences, only the last holds the question's term: the first,
  // two away from it, is never quoted.
  search::SearchHit hit;
  hit.passage_id = "kb/7#0";
  hit.text = "第一句無關。第二句也無關。這句講資安的事。";
  hit.score = 1;
  const search::SearchResponse response = OneHitFor("資安", hit);
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_EQ(answer.evidence.size(), 1u);
  EXPECT_EQ(answer.evidence[0].text, "第二句也無關。這句講資安的事。");
}

}  // namespace
}  // namespace wenyuan::answer
