#include "answer/extractive_answerer.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "search/keyword_searcher.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

constexpr auto Passage = wenyuan::testing::MakePassage;

std::vector<catalog::PassageRecord> Fixture() {
  return {
      Passage(1, 0, "市民數位憑證",
              "首次申辦免費。晶片卡版憑證效期為5年。到期前3個月可線上展期。逾期須臨櫃重新申辦。"),
      Passage(2, 0, "北辰iFree", "北辰iFree提供市民免費上網服務。全市熱點超過一千處。"),
      Passage(3, 0, "資安通報規定",
              "各機關發生資安事件時，應於一小時內完成通報。第三級事件應於三十六小時內完成復原。"),
      Passage(4, 0, "公務電子郵件", "公務電子郵件帳號限於公務使用。離職時帳號應於三日內停用。"),
  };
}

search::SearchResponse Search(const std::string& question,
                              const std::vector<catalog::PassageRecord>& passages = Fixture()) {
  return search::KeywordSearcher().Search("kb", passages, question, search::SearchOptions{});
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
  const Evidence& best = answer.evidence[0];
  EXPECT_EQ(best.text, "晶片卡版憑證效期為5年。");
  EXPECT_EQ(best.citation.passage_id, "kb/1#0");
  EXPECT_EQ(best.citation.begin, 7u);
  EXPECT_EQ(best.citation.end, 19u);
  EXPECT_EQ(best.citation.source, "/docs/1.txt");
  EXPECT_GT(best.score, 0);
  CheckEvidence(answer, response);
  EXPECT_EQ(answer.text.rfind("晶片卡版憑證效期為5年。 [1]", 0), 0u) << answer.text;
}

TEST(ExtractiveAnswerer, AnswersFromTheRightDocument) {
  auto response = Search("資安事件要在多久內通報");
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_TRUE(answer.found);
  EXPECT_EQ(answer.evidence[0].text, "各機關發生資安事件時，應於一小時內完成通報。");
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
  strict.min_coverage = 0.9;
  Answer answer = ExtractiveAnswerer(strict).AnswerFrom(response);
  EXPECT_FALSE(answer.found);
  EXPECT_TRUE(answer.evidence.empty());
  EXPECT_TRUE(answer.text.empty());
}

TEST(ExtractiveAnswerer, AtMostThreeSentencesTwoPerPassageNoRepeats) {
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "甲", "資安事件應立即通報。資安事件應立即通報處理。資安事件須通報主管。資安事件通報很重要。"),
      Passage(2, 0, "乙", "資安事件應立即通報。"),  // the same sentence again
      Passage(3, 0, "丙", "資安事件通報流程說明。"),
      Passage(4, 0, "丁", "資安事件通報表單下載。"),
      Passage(5, 0, "戊", "無關的內容。"),
  };
  auto response = Search("資安事件通報", passages);
  ASSERT_GE(response.hits.size(), 4u);
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_TRUE(answer.found);
  EXPECT_EQ(answer.evidence.size(), 3u);
  std::map<std::string, int> per_passage;
  std::set<std::string> texts;
  for (const auto& e : answer.evidence) {
    EXPECT_LE(++per_passage[e.citation.passage_id], 2) << e.citation.passage_id;
    EXPECT_TRUE(texts.insert(e.text).second) << "repeated: " << e.text;
  }
  CheckEvidence(answer, response);

  AnswerOptions many;
  many.max_sentences = 10;
  Answer all = ExtractiveAnswerer(many).AnswerFrom(response);
  EXPECT_GT(all.evidence.size(), 3u);
  texts.clear();
  per_passage.clear();
  for (const auto& e : all.evidence) {
    EXPECT_LE(++per_passage[e.citation.passage_id], 2) << e.citation.passage_id;
    EXPECT_TRUE(texts.insert(e.text).second) << "repeated: " << e.text;
  }
  CheckEvidence(all, response);

  AnswerOptions one;
  one.max_sentences = 1;
  EXPECT_EQ(ExtractiveAnswerer(one).AnswerFrom(response).evidence.size(), 1u);
  AnswerOptions per_one;
  per_one.max_per_passage = 1;
  per_one.max_sentences = 10;
  Answer spread = ExtractiveAnswerer(per_one).AnswerFrom(response);
  per_passage.clear();
  for (const auto& e : spread.evidence) EXPECT_EQ(++per_passage[e.citation.passage_id], 1);
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
  search::SearchResponse response;
  response.query = "資安";
  search::QueryTerm term;
  term.term = "資安";
  term.idf = 1.5;
  term.df = 1;
  response.terms = {term};
  search::SearchHit hit;
  hit.passage_id = "kb/7#2";
  hit.document_id = 7;
  hit.title = "標題";
  hit.source = "/x.md";
  hit.text = "😀𠀀開頭。這句講資安的事。";
  hit.score = 3;
  response.hits.push_back(hit);
  Answer answer = ExtractiveAnswerer().AnswerFrom(response);
  ASSERT_TRUE(answer.found);
  ASSERT_EQ(answer.evidence.size(), 1u);
  EXPECT_EQ(answer.evidence[0].text, "這句講資安的事。");
  EXPECT_EQ(answer.evidence[0].citation.begin, 5u);
  EXPECT_EQ(answer.evidence[0].citation.end, 13u);
  EXPECT_EQ(answer.text, "這句講資安的事。 [1]");
}

}  // namespace
}  // namespace wenyuan::answer
