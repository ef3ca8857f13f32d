// How the extractive answerer weighs what it quotes: list items under
// another topic's lead, bigrams that straddle the question's words, rules
// stated in articles; and the option keys that set those weights.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "answer/extractive_answerer.h"
#include "reference/keyword_searcher.h"
#include "test_support.h"
#include "text/script_folder.h"
#include "text/word_analyzer.h"

namespace wenyuan::answer {
namespace extractive_answerer_weights_test {

constexpr auto Passage = wenyuan::testing::MakePassage;

search::SearchResponse Search(const std::string& question, const std::vector<catalog::PassageRecord>& passages) {
  return search::KeywordSearcher().Search("kb", passages, question, search::SearchOptions{});
}

// The score `options` give the evidence quoting `text`, or -1 if it is not quoted.
double ScoreOf(AnswerOptions options, const search::SearchResponse& response, const std::string& text) {
  options.max_sentences = 10;
  options.max_per_passage = 10;
  options.passage_floor = 0;
  for (const auto& e : ExtractiveAnswerer(options).AnswerFrom(response).evidence) {
    if (e.text == text) return e.score;
  }
  return -1.0;
}

TEST(ExtractiveAnswerer, ListItemsOfAnotherTopicGiveWayToTheRule) {
  // A training syllabus lists the reporting rule as a course topic; the
  // regulation states it. The syllabus item holds more of the question's
  // words, but its lead line (the list's topic) holds none of them.
  const std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "資安教育訓練要點",
              "五、訓練課程內容應涵蓋下列主題：\n（一）資安事件通報程序（資安事件應於知悉後一小時內完成通報）。\n"
              "（二）社交工程及釣魚郵件辨識。"),
      Passage(2, 0, "資安事件通報要點", "第五條　資安聯絡人知悉資安事件後，應於一小時內完成通報。"),
  };
  AnswerOptions one;
  one.max_sentences = 1;
  one.foreign_list_penalty = 0.3;  // off by default (docs/answers.md)
  auto response = Search("資安事件應於多久內完成通報？", passages);
  Answer with = ExtractiveAnswerer(one).AnswerFrom(response);
  ASSERT_TRUE(with.found);
  EXPECT_EQ(with.evidence[0].text, "第五條　資安聯絡人知悉資安事件後，應於一小時內完成通報。");
  // Without the penalty the syllabus line wins: the rule is what decides.
  AnswerOptions no_penalty = one;
  no_penalty.foreign_list_penalty = 1.0;
  Answer without = ExtractiveAnswerer(no_penalty).AnswerFrom(response);
  ASSERT_TRUE(without.found);
  EXPECT_NE(without.evidence[0].text, with.evidence[0].text);
}

TEST(ExtractiveAnswerer, ListItemsUnderAMatchingLeadKeepTheirPlace) {
  const std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "資安事件通報要點",
              "第六條　資安事件通報後，應依下列時限完成損害控制：\n一、第一級資安事件：七十二小時內完成。\n"
              "二、第三級資安事件：三十六小時內完成。"),
  };
  auto response = Search("第三級資安事件要在多久內完成損害控制？", passages);
  AnswerOptions penalty;
  penalty.foreign_list_penalty = 0.3;
  Answer a = ExtractiveAnswerer(penalty).AnswerFrom(response);
  ASSERT_TRUE(a.found);
  EXPECT_NE(a.text.find("三十六小時"), std::string::npos) << a.text;
  AnswerOptions no_penalty;
  no_penalty.foreign_list_penalty = 1.0;
  EXPECT_EQ(ExtractiveAnswerer(no_penalty).AnswerFrom(response).text, a.text);
}

TEST(SetAnswerOption, NamesTheKeyThatIsWrong) {
  AnswerOptions o;
  EXPECT_TRUE(SetAnswerOption(o, "min_found_coverage", "0.3").ok());
  EXPECT_DOUBLE_EQ(o.found.min_found_coverage, 0.3);
  EXPECT_TRUE(SetAnswerOption(o, "max_sentences", "2").ok());
  EXPECT_EQ(o.max_sentences, 2u);
  Status bad = SetAnswerOption(o, "min_coverage", "1.5");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("answer.min_coverage"), std::string::npos);
  EXPECT_FALSE(SetAnswerOption(o, "nonsense", "1").ok());
  EXPECT_FALSE(SetAnswerOption(o, "passages", "2.5").ok());
  EXPECT_FALSE(SetAnswerOption(o, "type_weight", "x").ok());
}

TEST(ExtractiveAnswerer, CrossWordBigramsAreFoundFromTheQuestionsWords) {
  auto folder = text::ScriptFolder::Create();
  ASSERT_TRUE(folder.ok());
  auto words = text::WordAnalyzer::Create(*folder);
  ASSERT_TRUE(words.ok()) << words.status().message();
  // One sentence shares the question's 件應 only by the accident of
  // 資安事件應變; the other states the rule in the question's own words.
  const std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "應變小組", "第三級資安事件應變小組由處長召集。"),
      Passage(2, 0, "通報要點", "知悉資安事件後，應於一小時內通報。"),
  };
  auto response = Search("資安事件應於多久內通報？", passages);
  AnswerOptions off;
  off.words = *words;
  off.cross_word_weight = 1.0;
  AnswerOptions on = off;
  on.cross_word_weight = 0.0;
  on.max_sentences = off.max_sentences = 1;
  Answer with = ExtractiveAnswerer(on).AnswerFrom(response);
  ASSERT_TRUE(with.found);
  EXPECT_EQ(with.evidence[0].text, "知悉資安事件後，應於一小時內通報。");
  // The accidental sentence holds the question's weight through 件應 less
  // once cross-word bigrams weigh nothing.
  const std::string accidental = "第三級資安事件應變小組由處長召集。";
  EXPECT_LT(ScoreOf(on, response, accidental), ScoreOf(off, response, accidental));
  // Without a word analyser the option changes nothing.
  AnswerOptions no_words = on;
  no_words.words = nullptr;
  EXPECT_EQ(ExtractiveAnswerer(no_words).AnswerFrom(response).text, ExtractiveAnswerer(off).AnswerFrom(response).text);
}

TEST(ExtractiveAnswerer, ARuleStatedInAnArticleGainsTheRuleWeight) {
  const std::vector<catalog::PassageRecord> passages = {
      // One sentence a passage, so no two are quoted as one piece.
      Passage(1, 0, "資安事件通報要點", "第五條　資安聯絡人知悉資安事件後，應於一小時內完成通報。"),
      Passage(1, 1, "資安事件通報要點", "第八條　第三級資安事件由處長召集應變小組。"),
      Passage(2, 0, "資安週活動", "資安週活動介紹資安事件通報流程。"),
  };
  auto response = Search("資安事件多久內完成通報？", passages);
  AnswerOptions off;
  off.rule_weight = 0;
  AnswerOptions on = off;
  on.rule_weight = 0.5;
  const std::string rule = "第五條　資安聯絡人知悉資安事件後，應於一小時內完成通報。";
  ASSERT_GT(ScoreOf(off, response, rule), 0);
  EXPECT_GT(ScoreOf(on, response, rule), ScoreOf(off, response, rule));
  // Neither an article that states no rule nor a rule-less line elsewhere gains.
  const std::string other = "資安週活動介紹資安事件通報流程。";
  ASSERT_GT(ScoreOf(off, response, other), 0);
  EXPECT_DOUBLE_EQ(ScoreOf(on, response, other), ScoreOf(off, response, other));
  const std::string convenes = "第八條　第三級資安事件由處長召集應變小組。";
  ASSERT_GT(ScoreOf(off, response, convenes), 0);
  EXPECT_DOUBLE_EQ(ScoreOf(on, response, convenes), ScoreOf(off, response, convenes));
}

TEST(ExtractiveAnswerer, CrossWordBigramsCountOnlyInsideTheQuestionsPhrase) {
  auto words = wenyuan::testing::SharedWordAnalyzer();
  ASSERT_TRUE(words);
  const std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "通報要點", "第三級資安事件應變小組由處長召集。"),
      Passage(1, 1, "通報要點", "知悉資安事件後，應於一小時內通報。"),
      Passage(2, 0, "訓練要點", "課程講授資安事件應於一小時內通報的程序。"),
  };
  auto response = Search("資安事件應於多久內通報？", passages);
  AnswerOptions off;
  off.words = words;
  AnswerOptions on = off;
  on.cross_word_in_phrase = true;
  on.cross_word_weight = 0;  // out of the phrase
  // 件應 in 資安事件應變 is the accident of two words meeting: it no longer
  // counts there; in 資安事件應於 it is the question's own phrase and does.
  const std::string accidental = "第三級資安事件應變小組由處長召集。";
  EXPECT_LT(ScoreOf(on, response, accidental), ScoreOf(off, response, accidental));
  const std::string phrase = "課程講授資安事件應於一小時內通報的程序。";
  EXPECT_GT(ScoreOf(on, response, phrase), ScoreOf(on, response, accidental));
  // Whether anything is found is decided on all the terms, as before.
  EXPECT_EQ(ExtractiveAnswerer(on).AnswerFrom(response).found, ExtractiveAnswerer(off).AnswerFrom(response).found);
  AnswerOptions no_words = on;
  no_words.words = nullptr;
  AnswerOptions plain;
  EXPECT_EQ(ExtractiveAnswerer(no_words).AnswerFrom(response).text,
            ExtractiveAnswerer(plain).AnswerFrom(response).text);
}

TEST(ExtractiveAnswerer, ItemsThatStateSomethingKeepTheirPlaceUnderAnyLead) {
  // 公告事項： holds nothing of the question, but its item states the fact.
  const std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "機房電力維護公告",
              "公告事項：\n一、本府機房將進行電力設備年度檢修，停機時間為上午八時至下午六時，共計十小時。\n"
              "二、停機期間暫停服務之系統如下：\n（一）市民數位憑證管理網。"),
  };
  auto response = Search("機房電力維護會停機多久？", passages);
  AnswerOptions penalty;
  penalty.foreign_list_penalty = 0.3;
  penalty.max_sentences = 1;
  Answer a = ExtractiveAnswerer(penalty).AnswerFrom(response);
  ASSERT_TRUE(a.found);
  EXPECT_NE(a.evidence[0].text.find("共計十小時"), std::string::npos) << a.text;
  AnswerOptions none = penalty;
  none.foreign_list_penalty = 1.0;
  const std::string item = "一、本府機房將進行電力設備年度檢修，停機時間為上午八時至下午六時，共計十小時。";
  EXPECT_DOUBLE_EQ(ScoreOf(penalty, response, item), ScoreOf(none, response, item));
}

TEST(ExtractiveAnswerer, AnArticlesRuleGainsByTheQuestionsWordsItHolds) {
  // Every sentence repeats 資安事件 and most 應於 or 通報, so the
  // sentence-level IDF leaves them little; the memo alone holds 內通. The
  // article gains by the share of the question's IDF it holds, common words
  // included, which is more than its sentence-level share.
  const std::vector<catalog::PassageRecord> passages = {
      // One sentence a passage, so no two are quoted as one piece.
      Passage(1, 0, "資安事件通報要點", "第五條　知悉資安事件後，應於一小時內以電話完成通報。"),
      Passage(1, 1, "資安事件通報要點", "第七條　資安事件處理完畢後，應於一個月內提交報告。"),
      Passage(2, 0, "工作提醒", "發現資安事件，請依要點於一小時內通報。"),
      Passage(3, 0, "演練", "資安事件通報演練每年辦理一次。"),
  };
  auto response = Search("資安事件應於多久內通報？", passages);
  const std::string rule = "第五條　知悉資安事件後，應於一小時內以電話完成通報。";
  const std::string memo = "發現資安事件，請依要點於一小時內通報。";
  AnswerOptions none;
  none.rule_weight = 0;
  AnswerOptions by_coverage;
  by_coverage.rule_by_plain_share = false;
  AnswerOptions by_plain;
  ASSERT_TRUE(by_plain.rule_by_plain_share);  // the default
  const double base = ScoreOf(none, response, rule);
  ASSERT_GT(base, 0);
  const double coverage_gain = ScoreOf(by_coverage, response, rule) - base;
  const double plain_gain = ScoreOf(by_plain, response, rule) - base;
  EXPECT_GT(coverage_gain, 0);
  EXPECT_GT(plain_gain, coverage_gain);
  EXPECT_LE(plain_gain, by_plain.rule_weight);  // a share of the question's weight, times the rule weight
  // A sentence outside any article gains nothing either way.
  EXPECT_DOUBLE_EQ(ScoreOf(by_plain, response, memo), ScoreOf(by_coverage, response, memo));
  EXPECT_DOUBLE_EQ(ScoreOf(by_plain, response, memo), ScoreOf(none, response, memo));
}

TEST(ExtractiveAnswerer, CrossWordCapWeighsTheGlueNoMoreThanTheWordsItJoins) {
  auto words = wenyuan::testing::SharedWordAnalyzer();
  ASSERT_TRUE(words);
  const std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "資安事件通報要點", "知悉資安事件後，應於一小時內以電話完成通報。"),
      Passage(2, 0, "工作提醒", "發現資安事件，請依要點於一小時內通報。"),
      Passage(3, 0, "演練", "資安事件通報演練每年辦理一次。"),
  };
  auto response = Search("資安事件應於多久內通報？", passages);
  const std::string glue = "發現資安事件，請依要點於一小時內通報。";  // 內通
  AnswerOptions off;
  off.words = words;
  ASSERT_EQ(off.cross_word_cap, 0);  // off by default: it did not generalise
  AnswerOptions on = off;
  on.cross_word_cap = 1;
  ASSERT_GT(ScoreOf(off, response, glue), 0);
  EXPECT_LT(ScoreOf(on, response, glue), ScoreOf(off, response, glue));
  // Without a word analyser there are no cross-word bigrams to cap.
  off.words = on.words = nullptr;
  EXPECT_EQ(ExtractiveAnswerer(on).AnswerFrom(response).text, ExtractiveAnswerer(off).AnswerFrom(response).text);
}

TEST(SetAnswerOption, EvidenceChoiceKeys) {
  AnswerOptions o;
  EXPECT_TRUE(SetAnswerOption(o, "rule_weight", "0.4").ok());
  EXPECT_DOUBLE_EQ(o.rule_weight, 0.4);
  EXPECT_TRUE(SetAnswerOption(o, "fine_question_types", "0").ok());
  EXPECT_FALSE(o.fine_question_types);
  EXPECT_TRUE(SetAnswerOption(o, "cross_word_in_phrase", "1").ok());
  EXPECT_TRUE(o.cross_word_in_phrase);
  EXPECT_TRUE(SetAnswerOption(o, "rule_by_plain_share", "0").ok());
  EXPECT_FALSE(o.rule_by_plain_share);
  EXPECT_TRUE(SetAnswerOption(o, "cross_word_cap", "2").ok());
  EXPECT_DOUBLE_EQ(o.cross_word_cap, 2);
  EXPECT_FALSE(SetAnswerOption(o, "rule_by_plain_share", "2").ok());
  Status bad = SetAnswerOption(o, "cross_word_in_phrase", "0.5");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("answer.cross_word_in_phrase"), std::string::npos);
}

}  // namespace extractive_answerer_weights_test
}  // namespace wenyuan::answer
