#include "answer/found_decision.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>

#include "test_support.h"

namespace wenyuan::answer {
namespace {

TEST(EnoughToAnswer, NeedsBothSharesAtTheirThresholds) {
  FoundThresholds t{0.25, 0.28};
  // Half of what the KB knows, and 3/10 of the whole question: answered.
  EXPECT_TRUE(EnoughToAnswer(QuestionCoverage{3, 6, 10}, t));
  // The same passage, but the question's other terms are unknown to the
  // KB and heavy: 3/12 of the whole is under 0.28.
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{3, 6, 12}, t));
  // Exactly at the thresholds counts.
  EXPECT_TRUE(EnoughToAnswer(QuestionCoverage{1, 2, 4}, {0.5, 0.25}));
  // Under the known-terms share, whatever the whole.
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{1, 5, 1}, t));
}

TEST(EnoughToAnswer, NothingKnownIsNotFound) {
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{0, 0, 5}, {}));
  EXPECT_FALSE(EnoughToAnswer(QuestionCoverage{0, 0, 0}, {0, 0}));
}

search::QueryTerm Term(const std::string& term, double idf, size_t df) {
  search::QueryTerm t;
  t.term = term;
  t.idf = idf;
  t.df = df;
  return t;
}

// A hit of document `document` (by default one named by its text).
search::SearchHit Hit(const std::string& text, double score, int64_t document = 0) {
  search::SearchHit h;
  h.text = text;
  h.score = score;
  h.document_id = document != 0 ? document : static_cast<int64_t>(std::hash<std::string>{}(text) >> 1) + 1;
  return h;
}

TEST(MeasureFound, CoverageOfTheKnownTermsAndOfAllOfThem) {
  search::SearchResponse r;
  r.query = "憑證效期";
  r.terms = {Term("憑證", 2, 3), Term("證效", 1, 0), Term("效期", 1, 2)};
  r.hits = {Hit("晶片卡憑證。效期為五年。", 4)};
  const FoundSignals s = MeasureFound(r, text::BigramTokenizer(), nullptr);
  EXPECT_DOUBLE_EQ(s.coverage.covered, 3);
  EXPECT_DOUBLE_EQ(s.coverage.known_total, 3);
  EXPECT_DOUBLE_EQ(s.coverage.whole_total, 4);
  EXPECT_DOUBLE_EQ(s.absent_share, 0.25);
  // Without a word analyser every absent term counts as a word, and the
  // model does not apply.
  EXPECT_DOUBLE_EQ(s.absent_word_share, 0.25);
  EXPECT_FALSE(s.read_words);
  EXPECT_DOUBLE_EQ(s.sentence_share, 0.75);
  EXPECT_DOUBLE_EQ(s.second_score, 0);
}

TEST(MeasureFound, AbsentBigramsAcrossTwoWordsArePhrasingNotTopic) {
  // 火星 is a word the KB lacks: topic. 件應 spans 事件|應於: phrasing.
  search::SearchResponse r;
  r.query = "火星資安事件應於何時通報";
  r.terms = {Term("火星", 3, 0), Term("件應", 3, 0), Term("資安", 2, 1), Term("事件", 2, 1)};
  r.hits = {Hit("資安事件。", 1)};
  const FoundSignals s = MeasureFound(r, text::BigramTokenizer(), wenyuan::testing::SharedWordAnalyzer().get());
  EXPECT_TRUE(s.read_words);
  EXPECT_DOUBLE_EQ(s.absent_share, 0.6);
  EXPECT_DOUBLE_EQ(s.absent_word_share, 0.3);
  EXPECT_DOUBLE_EQ(s.coverage.covered, 4);
}

TEST(MeasureFound, AbsentBigramsInsideAnAskingWordArePhrasing) {
  // 長時 lies inside 多長時間, a word that asks (and inside 長時間, which
  // does not): phrasing, as 件應 is. 火星 names the topic.
  search::SearchResponse r;
  r.query = "火星連線多長時間";
  r.terms = {Term("火星", 3, 0), Term("長時", 3, 0), Term("連線", 2, 1), Term("時間", 2, 1)};
  r.hits = {Hit("連線時間。", 1)};
  const auto words = wenyuan::testing::SharedWordAnalyzer();
  const auto question_words = words->Tokenize(r.query);
  ASSERT_TRUE(std::any_of(question_words.begin(), question_words.end(), [](const text::Token& w) {
    return w.begin <= 5 && w.end >= 7 && w.end - w.begin >= 3;
  })) << "the word analyser keeps a word around 長時";
  const FoundSignals s = MeasureFound(r, text::BigramTokenizer(), words.get());
  EXPECT_DOUBLE_EQ(s.absent_share, 0.6);
  EXPECT_DOUBLE_EQ(s.absent_word_share, 0.3);  // 火星 alone
}

TEST(MeasureFound, TitleNamedIsTheShareOfTheTitlesTermsTheQuestionNames) {
  search::SearchResponse r;
  r.query = "五月艾分布在哪些地區";
  r.terms = {Term("五月", 2, 3), Term("月艾", 4, 0), Term("分布", 1, 5), Term("地區", 1, 5)};
  // The top passage is another article's, on 錦地羅: its title's terms
  // (錦地, 地羅) are not in the question.
  r.hits = {Hit("錦地羅分布在亞洲地區。", 2)};
  r.hits[0].title = "錦地羅";
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).title_named, 0);
  // A title the question names in part: 五月 of 五月花 (五月, 月花).
  r.hits[0].title = "五月花";
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).title_named, 0.5);
  // Only terms the KB has count (月艾, of 五月艾, has none), and a title
  // with no terms names nothing.
  r.hits[0].title = "五月艾";
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).title_named, 0.5);
  r.hits[0].title = "";
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).title_named, 0);
}

TEST(MeasureFound, ReadsTheSentencesItIsGiven) {
  search::SearchResponse r;
  r.query = "資安通報時限";
  r.terms = {Term("資安", 2, 1), Term("通報", 2, 1), Term("時限", 2, 1)};
  r.hits = {Hit("資安事件的通報時限為一小時。其他另訂。", 1)};
  const text::BigramTokenizer tokenizer;
  // Split by itself, the top passage's sentences hold what the answerer's do.
  const SentenceTerms split = TopPassageSentences(r, tokenizer);
  ASSERT_EQ(split.size(), 2u);
  EXPECT_EQ(split[0], (std::set<std::string>{"資安", "通報", "時限"}));
  EXPECT_TRUE(split[1].empty());
  const FoundSignals own = MeasureFound(r, tokenizer, nullptr);
  const FoundSignals given = MeasureFound(r, split, tokenizer, nullptr);
  EXPECT_DOUBLE_EQ(given.coverage.covered, own.coverage.covered);
  EXPECT_DOUBLE_EQ(given.sentence_share, own.sentence_share);
  // What it is given is what it reads: three sentences apart, none
  // adjacent to both others.
  const FoundSignals apart = MeasureFound(r, SentenceTerms{{"資安"}, {}, {"通報"}, {}, {"時限"}}, tokenizer, nullptr);
  EXPECT_DOUBLE_EQ(apart.coverage.covered, 6);
  EXPECT_NEAR(apart.sentence_share, 1.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(MeasureFound(r, SentenceTerms{}, tokenizer, nullptr).coverage.covered, 0);
}

TEST(MeasureFound, ScatteredTermsHoldLessInTheirBestTwoSentences) {
  search::SearchResponse r;
  r.query = "資安通報時限";
  r.terms = {Term("資安", 2, 1), Term("通報", 2, 1), Term("時限", 2, 1)};
  r.hits = {Hit("資安事件的通報時限為一小時。其他另訂。", 1)};
  const FoundSignals together = MeasureFound(r, text::BigramTokenizer(), nullptr);
  EXPECT_DOUBLE_EQ(together.sentence_share, 1.0);
  r.hits = {Hit("資安很重要。天氣晴朗。午餐吃麵。通報要快。時限另訂。", 1)};
  const FoundSignals apart = MeasureFound(r, text::BigramTokenizer(), nullptr);
  EXPECT_DOUBLE_EQ(apart.coverage.covered, 6);        // the passage holds all three…
  EXPECT_NEAR(apart.sentence_share, 4.0 / 6, 1e-12);  // …no two sentences do
}

TEST(MeasureFound, SecondScoreIsTheBestOtherDocumentsShareOfTheTop) {
  search::SearchResponse r;
  r.query = "資安";
  r.terms = {Term("資安", 2, 2)};
  r.hits = {Hit("資安。", 4), Hit("資安規定。", 1)};
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).second_score, 0.25);
  // A second passage of the top one's document is passed over for the best
  // of another document.
  r.hits = {Hit("資安。", 4, 1), Hit("資安通報。", 3, 1), Hit("資安規定。", 1, 2)};
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).second_score, 0.25);
  r.hits.pop_back();
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).second_score, 0);
  r.hits.pop_back();
  EXPECT_DOUBLE_EQ(MeasureFound(r, text::BigramTokenizer(), nullptr).second_score, 0);
  r.hits.clear();
  const FoundSignals none = MeasureFound(r, text::BigramTokenizer(), nullptr);
  EXPECT_DOUBLE_EQ(none.coverage.covered, 0);
  EXPECT_FALSE(EnoughToAnswer(none, FoundThresholds{}));
}

FoundSignals Signals(double covered, double absent, double absent_word, double sentence, double second) {
  FoundSignals s;
  s.coverage = {covered, 10 * (1 - absent), 10};
  s.absent_share = absent;
  s.absent_word_share = absent_word;
  s.sentence_share = sentence;
  s.second_score = second;
  s.read_words = true;
  return s;
}

TEST(FoundProbability, RisesWithCoverageFallsWithAbsentWordsAndATie) {
  const double base = FoundProbability(Signals(5, 0.2, 0.1, 0.4, 0.5));
  EXPECT_GT(base, 0);
  EXPECT_LT(base, 1);
  EXPECT_GT(FoundProbability(Signals(7, 0.2, 0.1, 0.4, 0.5)), base);  // more of the question held
  EXPECT_GT(FoundProbability(Signals(5, 0.2, 0.1, 0.6, 0.5)), base);  // held closer together
  EXPECT_LT(FoundProbability(Signals(5, 0.2, 0.2, 0.4, 0.5)), base);  // more absent words
  EXPECT_LT(FoundProbability(Signals(5, 0.2, 0.1, 0.4, 0.9)), base);  // the next passage ties
  // The same absent weight counts less as phrasing than as words.
  EXPECT_GT(FoundProbability(Signals(3, 0.4, 0.0, 0.3, 0.5)), FoundProbability(Signals(3, 0.4, 0.4, 0.3, 0.5)));
  // A top passage whose document the question names.
  FoundSignals named = Signals(5, 0.2, 0.1, 0.4, 0.5);
  named.title_named = 1;
  EXPECT_GT(FoundProbability(named), base);
}

TEST(EnoughToAnswer, AnotherSubjectsPassageIsNotFoundWhereTheNamedOneIs) {
  // The same shares of the question, the next passage close behind: the
  // top passage of a document the question does not name is not found,
  // one of the document it names is.
  FoundSignals s = Signals(3, 0.3, 0.05, 0.25, 0.8);
  s.title_named = 0;
  EXPECT_FALSE(EnoughToAnswer(s, FoundThresholds{}));
  s.title_named = 1;
  EXPECT_TRUE(EnoughToAnswer(s, FoundThresholds{}));
}

TEST(EnoughToAnswer, TheModelDecidesAfterTheFloorsAndOnlyWithWords) {
  // Clears both floors (0.3 of what the KB has, 0.3 of all), but the
  // question's absent words are heavy and the next passage ties.
  FoundSignals s = Signals(3, 0.0, 0.0, 0.1, 1.0);
  s.coverage.known_total = 5;
  s.absent_share = s.absent_word_share = 0.5;
  ASSERT_LT(FoundProbability(s), FoundThresholds{}.min_found_probability);
  EXPECT_FALSE(EnoughToAnswer(s, FoundThresholds{}));
  FoundThresholds off;
  off.min_found_probability = 0;
  EXPECT_TRUE(EnoughToAnswer(s, off));
  s.read_words = false;
  EXPECT_TRUE(EnoughToAnswer(s, FoundThresholds{}));
  // A passage that holds the question and stands out passes.
  EXPECT_GE(FoundProbability(Signals(8, 0.2, 0.0, 0.8, 0.2)), FoundThresholds{}.min_found_probability);
  EXPECT_TRUE(EnoughToAnswer(Signals(8, 0.2, 0.0, 0.8, 0.2), FoundThresholds{}));
}

}  // namespace
}  // namespace wenyuan::answer
