#include "reference/passage_index.h"

#include <gtest/gtest.h>

#include "search/kb_search.h"
#include "test_support.h"

namespace wenyuan::search {
namespace passage_index_test {

catalog::PassageRecord Passage(int64_t doc, const std::string& title, const std::string& text) {
  return wenyuan::testing::MakePassage(doc, 0, title, text);
}

class PassageIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = MakeDefaultAnalysis();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analysis_ = new Analysis(*a);
  }
  static void TearDownTestSuite() { delete analysis_; }
  static inline Analysis* analysis_ = nullptr;

  std::vector<catalog::PassageRecord> passages_ = {
      Passage(1, "資安通報", "各機關於知悉資安事件後，應於1小時內完成通報。"),
      Passage(2, "臺灣開放資料", "臺灣的開放資料平台提供2,048個資料集，民眾可免費下載。"),
      Passage(3, "如何申請", "市民如何申請數位憑證？請攜帶身分證至服務櫃檯辦理。"),
  };
};

TEST_F(PassageIndexTest, TraditionalAndSimplifiedQueriesMeetBothStreams) {
  PassageIndex index(passages_, *analysis_);
  for (const char* q : {"资安事件通报", "資安事件通報"}) {
    auto r = index.Search("kb", q, {});
    ASSERT_FALSE(r.hits.empty()) << q;
    EXPECT_EQ(r.hits[0].document_id, 1) << q;
  }
}

TEST_F(PassageIndexTest, QuestionWordsCountLittle) {
  PassageIndex index(passages_, *analysis_);
  // "如何" is in passage 3, but the content words point to passage 2.
  auto r = index.Search("kb", "如何下載開放資料", {});
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].document_id, 2);
  double question_weight = -1, content_weight = -1;
  for (const auto& t : r.terms) {
    if (t.term == "如何") question_weight = t.idf;
    if (t.term == "开放") content_weight = t.idf;
  }
  ASSERT_GT(question_weight, 0);
  EXPECT_LT(question_weight * 2, content_weight);
}

TEST_F(PassageIndexTest, OneCharacterQueryFindsTheWordsThatHoldIt) {
  PassageIndex index(passages_, *analysis_);
  // 台 is the folded form of 臺 (臺灣) and of 檯 (櫃檯), inside bigrams only.
  auto r = index.Search("kb", "台", {});
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].document_id, 2);  // in its title and text
  EXPECT_EQ(r.hits[1].document_id, 3);
  EXPECT_TRUE(index.Search("kb", "駭", {}).hits.empty());
  EXPECT_FALSE(r.hits[0].snippet.highlights.empty());
}

TEST_F(PassageIndexTest, FieldsCanBeChosen) {
  Analysis words_only = *analysis_;
  words_only.use_bigrams = false;
  PassageIndex index(passages_, words_only);
  auto r = index.Search("kb", "數位憑證", {});
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].document_id, 3);
}

TEST_F(PassageIndexTest, APassageWhoseTitleTheQuestionNamesRanksFirst) {
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, "軟枝黃蟬", "軟枝黃蟬與黃蟬相似，軟枝黃蟬的花較大。"),
      Passage(2, "黃蟬", "原生於巴西的灌木，花為黃色。"),
  };
  for (int i = 0; i < 6; ++i) passages.push_back(Passage(10 + i, "其他", "無關的段落" + std::to_string(i)));
  Analysis plain = *analysis_;
  plain.ranking.title_match_weight = 0;
  // Without the title match, the passage that repeats 黃蟬 wins; with it
  // (the default), the passage about 黃蟬 itself does, in either script.
  EXPECT_EQ(PassageIndex(passages, plain).Search("kb", "黃蟬是什麼植物", {}).hits.at(0).document_id, 1);
  PassageIndex index(passages, *analysis_);
  for (const char* q : {"黃蟬是什麼植物", "黄蝉是什么植物"}) {
    auto r = index.Search("kb", q, {});
    ASSERT_GE(r.hits.size(), 2u) << q;
    EXPECT_EQ(r.hits[0].document_id, 2) << q;
  }
}

TEST_F(PassageIndexTest, GrammarCharactersAcrossWordsCountLittle) {
  PassageIndex index(passages_, *analysis_);
  // 是什 spans 是 (a stop word) and 什麼 (a question word): grammar too.
  // 证是 holds the content character 證: a content term. Neither occurs in
  // any passage, so both have the IDF of df 0 before weighting.
  auto r = index.Search("kb", "憑證是什麼", {});
  double straddling = -1, content = -1;
  for (const auto& t : r.terms) {
    if (t.term == "是什") straddling = t.idf;
    if (t.term == "证是") content = t.idf;
  }
  ASSERT_GT(content, 0);
  EXPECT_DOUBLE_EQ(straddling, content * analysis_->ranking.grammar_word_weight);
}

}  // namespace passage_index_test
}  // namespace wenyuan::search
