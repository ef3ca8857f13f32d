#include "search/passage_index.h"

#include <gtest/gtest.h>

#include "search/kb_search.h"
#include "test_support.h"

namespace wenyuan::search {
namespace {

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

}  // namespace
}  // namespace wenyuan::search
