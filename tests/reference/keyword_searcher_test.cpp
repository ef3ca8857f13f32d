#include "reference/keyword_searcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "search/kb_search.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::search {
namespace {

constexpr auto Passage = wenyuan::testing::MakePassage;

std::vector<catalog::PassageRecord> Fixture() {
  return {
      Passage(1, 0, "市民數位憑證申辦說明", "市民數位憑證可至市政大樓一樓市民服務中心申辦，現場約十分鐘即可製卡完成。"),
      Passage(1, 1, "市民數位憑證申辦說明", "晶片卡版憑證效期為五年。到期前三個月可線上展期，展期免費。"),
      Passage(2, 0, "北辰iFree無線網路",
              "北辰iFree無線網路提供市民免費上網服務，全市熱點超過一千處，其中Wi-Fi 6熱點九百四十處。"),
      Passage(3, 0, "資安事件通報規定",
              "各機關發生資安事件時，應於知悉後一小時內完成通報，並於三十六小時內完成損害控制。"),
      Passage(4, 0, "公務電子郵件管理要點", "公務電子郵件帳號限於公務使用，不得用於註冊私人網站服務。"),
  };
}

SearchResponse SearchFor(const std::string& query, size_t k = 10,
                         const std::vector<catalog::PassageRecord>& passages = Fixture()) {
  SearchOptions options;
  options.k = k;
  return KeywordSearcher().Search("kb", passages, query, options);
}

TEST(KeywordSearcher, RightPassageRanksFirst) {
  auto r = SearchFor("資安事件要多久內通報");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].passage_id, "kb/3#0");
  EXPECT_EQ(r.hits[0].document_id, 3);
  EXPECT_EQ(r.hits[0].title, "資安事件通報規定");
  EXPECT_EQ(r.hits[0].source, "/docs/3.txt");
  EXPECT_EQ(r.hits[0].date, "2024-05-21");
  EXPECT_EQ(r.kb, "kb");
  EXPECT_EQ(r.query, "資安事件要多久內通報");

  r = SearchFor("憑證效期幾年");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].passage_id, "kb/1#1");
  EXPECT_EQ(r.hits[0].passage_number, 1);

  r = SearchFor("IFREE 熱點");  // Latin words match case-insensitively
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].passage_id, "kb/2#0");

  r = SearchFor("ｉｆｒｅｅ");  // full-width too
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].passage_id, "kb/2#0");
}

TEST(KeywordSearcher, ScoresDescendAndTermsCarryIdf) {
  auto r = SearchFor("市民服務");
  ASSERT_GE(r.hits.size(), 2u);
  for (size_t i = 1; i < r.hits.size(); ++i) EXPECT_GE(r.hits[i - 1].score, r.hits[i].score);
  for (const auto& h : r.hits) EXPECT_GT(h.score, 0);
  ASSERT_EQ(r.terms.size(), 3u);  // 市民 民服 服務
  EXPECT_EQ(r.terms[0].term, "市民");
  EXPECT_EQ(r.terms[1].term, "民服");
  EXPECT_EQ(r.terms[2].term, "服務");
  // 民服 occurs in one passage, 市民 in three (with titles): rarer weighs more.
  EXPECT_EQ(r.terms[0].df, 3u);
  EXPECT_EQ(r.terms[1].df, 1u);
  EXPECT_EQ(r.terms[2].df, 3u);
  EXPECT_GT(r.terms[1].idf, r.terms[0].idf);
  EXPECT_GT(r.terms[0].idf, 0);
}

TEST(KeywordSearcher, TitleMatchBoosts) {
  const std::string body = "本文件說明相關規定與作業流程，請各單位配合辦理。";
  std::vector<catalog::PassageRecord> passages = {
      Passage(1, 0, "一般行政規定", body + "憑證"),
      Passage(2, 0, "憑證管理規定", body + "憑證"),
      Passage(3, 0, "其他", "毫不相關的內容。"),
  };
  auto r = SearchFor("憑證", 10, passages);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].document_id, 2);
  EXPECT_GT(r.hits[0].score, r.hits[1].score);

  // A title alone is enough to match, and weighs double.
  passages[1].text = body;
  r = SearchFor("憑證", 10, passages);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].document_id, 2);
  EXPECT_EQ(r.hits[1].document_id, 1);
}

TEST(KeywordSearcher, SnippetHighlightsSliceToQueryTerms) {
  auto r = SearchFor("資安事件");
  ASSERT_FALSE(r.hits.empty());
  const SearchHit& hit = r.hits[0];
  EXPECT_EQ(hit.passage_id, "kb/3#0");
  const Snippet& s = hit.snippet;
  EXPECT_EQ(s.text, utf8::SliceCodePoints(hit.text, s.begin, s.end));
  ASSERT_FALSE(s.highlights.empty());
  size_t prev_end = 0;
  for (const auto& h : s.highlights) {
    EXPECT_LT(h.begin, h.end);
    EXPECT_GE(h.begin, prev_end);  // sorted, disjoint
    EXPECT_GE(h.begin, s.begin);
    EXPECT_LE(h.end, s.end);
    prev_end = h.end;
    EXPECT_EQ(utf8::SliceCodePoints(hit.text, h.begin, h.end), "資安事件");
  }
}

TEST(KeywordSearcher, SnippetOfLongPassageWindowsOnTheHits) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "這是一段填充用的文字。";  // 11 code points each
  text += "關鍵詞北辰憑證出現在這裡。";
  for (int i = 0; i < 5; ++i) text += "這是一段填充用的文字。";
  std::vector<catalog::PassageRecord> passages = {Passage(9, 0, "長文", text), Passage(8, 0, "別的", "沒有關係。")};
  SearchOptions options;
  options.snippet_chars = 60;
  auto r = KeywordSearcher().Search("kb", passages, "北辰憑證", options);
  ASSERT_EQ(r.hits.size(), 1u);
  const Snippet& s = r.hits[0].snippet;
  EXPECT_EQ(s.end - s.begin, 60u);
  EXPECT_EQ(s.text, utf8::SliceCodePoints(text, s.begin, s.end));
  EXPECT_NE(s.text.find("北辰憑證"), std::string::npos) << s.text;
  ASSERT_EQ(s.highlights.size(), 1u);
  EXPECT_EQ(utf8::SliceCodePoints(text, s.highlights[0].begin, s.highlights[0].end), "北辰憑證");
  EXPECT_EQ(s.highlights[0].begin, 40u * 11 + 3);
}

TEST(KeywordSearcher, MakeSnippetDirectly) {
  const std::string text = "ABC資安😀資安";
  text::BigramTokenizer tok;
  auto s = MakeSnippet(text, tok, {"資安"}, 100);
  EXPECT_EQ(s.text, text);
  EXPECT_EQ(s.begin, 0u);
  EXPECT_EQ(s.end, 8u);
  ASSERT_EQ(s.highlights.size(), 2u);
  EXPECT_EQ(s.highlights[0].begin, 3u);
  EXPECT_EQ(s.highlights[0].end, 5u);
  EXPECT_EQ(s.highlights[1].begin, 6u);
  EXPECT_EQ(s.highlights[1].end, 8u);
}

TEST(KeywordSearcher, KIsRespected) {
  auto r = SearchFor("市民", 2);
  EXPECT_EQ(r.hits.size(), 2u);
  EXPECT_GE(r.candidates, 3u);
  auto all = SearchFor("市民", 100);
  EXPECT_EQ(all.hits.size(), all.candidates);
  ASSERT_GE(all.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].passage_id, all.hits[0].passage_id);
  EXPECT_EQ(r.hits[1].passage_id, all.hits[1].passage_id);
  EXPECT_TRUE(SearchFor("市民", 0).hits.empty());
}

TEST(KeywordSearcher, EmptyOrUnmatchedQueriesGiveNoHits) {
  auto empty = SearchFor("");
  EXPECT_TRUE(empty.hits.empty());
  EXPECT_EQ(empty.candidates, 0u);
  EXPECT_TRUE(empty.terms.empty());
  auto punct = SearchFor("，。！？ ");
  EXPECT_TRUE(punct.hits.empty());
  EXPECT_TRUE(punct.terms.empty());
  auto none = SearchFor("量子力學");
  EXPECT_TRUE(none.hits.empty());
  EXPECT_EQ(none.candidates, 0u);
  ASSERT_EQ(none.terms.size(), 3u);
  for (const auto& t : none.terms) {
    EXPECT_EQ(t.df, 0u);
    EXPECT_GT(t.idf, 0);  // an unseen term keeps the IDF of document frequency 0
  }
  auto known = SearchFor("憑證");
  ASSERT_EQ(known.terms.size(), 1u);
  EXPECT_GT(none.terms[0].idf, known.terms[0].idf);
  auto no_passages = SearchFor("憑證", 10, {});
  EXPECT_TRUE(no_passages.hits.empty());
}

TEST(KeywordSearcher, RepeatedQueryTermsAreListedOnce) {
  auto r = SearchFor("憑證 憑證 憑證");
  ASSERT_EQ(r.terms.size(), 1u);
  EXPECT_EQ(r.terms[0].term, "憑證");
  ASSERT_FALSE(r.hits.empty());
}

TEST(ValidateQuery, Limits) {
  QueryLimits limits;
  EXPECT_TRUE(ValidateQuery("憑證效期", 10, limits).ok());
  EXPECT_EQ(ValidateQuery("", 10, limits).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ValidateQuery(" \t\u3000", 10, limits).code(), StatusCode::kInvalidArgument);

  std::string at_limit;
  for (size_t i = 0; i < limits.max_query_chars; ++i) at_limit += "字";  // 3 bytes each
  EXPECT_TRUE(ValidateQuery(at_limit, 10, limits).ok());
  Status too_long = ValidateQuery(at_limit + "字", 10, limits);
  EXPECT_EQ(too_long.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(too_long.message().find("513"), std::string::npos) << too_long.message();

  Status bad = ValidateQuery("ab\xFF", 10, limits);
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.message().find("UTF-8"), std::string::npos);

  EXPECT_EQ(ValidateQuery("憑證", 0, limits).code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(ValidateQuery("憑證", 1, limits).ok());
  EXPECT_TRUE(ValidateQuery("憑證", limits.max_k, limits).ok());
  EXPECT_EQ(ValidateQuery("憑證", limits.max_k + 1, limits).code(), StatusCode::kInvalidArgument);

  QueryLimits tight;
  tight.max_query_chars = 3;
  tight.max_k = 5;
  EXPECT_TRUE(ValidateQuery("一二三", 5, tight).ok());
  EXPECT_FALSE(ValidateQuery("一二三四", 5, tight).ok());
  EXPECT_FALSE(ValidateQuery("一", 6, tight).ok());
}

}  // namespace
}  // namespace wenyuan::search
