#include "answer/naive_baseline.h"

#include <gtest/gtest.h>

#include "reference/keyword_searcher.h"
#include "test_support.h"

namespace wenyuan::answer {
namespace {

search::SearchResponse Response(const std::string& query, const std::vector<std::string>& texts) {
  search::SearchResponse r;
  r.query = query;
  for (const auto& t : texts) {
    search::SearchHit h;
    h.text = t;
    r.hits.push_back(h);
  }
  return r;
}

TEST(NaiveBaseline, TheTopPassagesSentencesWithTheMostQuestionCharacters) {
  auto r =
      Response("憑證效期多久", {"首次申辦免費。晶片卡版憑證效期為5年。到期前可線上展期。憑證遺失要補發。逾期須重辦。",
                                "憑證效期多久？憑證效期多久。"});  // a better second passage is ignored
  // Shares: 0, 4 (憑證效期), 1 (期), 2 (憑證), 1 (期) → ties keep their order.
  EXPECT_EQ(NaiveBaselineSentences(r, nullptr),
            (std::vector<std::string>{"晶片卡版憑證效期為5年。", "憑證遺失要補發。", "到期前可線上展期。"}));
  EXPECT_EQ(NaiveBaselineSentences(r, nullptr, 1), (std::vector<std::string>{"晶片卡版憑證效期為5年。"}));
}

TEST(NaiveBaseline, RepeatedCharactersCountOnceAndPunctuationNever) {
  auto r = Response("資資資？？", {"無關。資料。資訊資產。"});
  // "資訊資產。" holds 資 twice but counts it once: a tie with "資料。",
  // which comes first; "無關。" shares nothing, not even the ？.
  EXPECT_EQ(NaiveBaselineSentences(r, nullptr, 3), (std::vector<std::string>{"資料。", "資訊資產。", "無關。"}));
}

TEST(NaiveBaseline, FoldsScriptsWhenGivenAFolder) {
  auto folder = text::ScriptFolder::Create();
  ASSERT_TRUE(folder.ok()) << folder.status().message();
  auto r = Response("数据库", {"無關的句子。資料庫的數據庫備份。"});
  EXPECT_EQ(NaiveBaselineSentences(r, folder->get(), 1), (std::vector<std::string>{"資料庫的數據庫備份。"}));
  EXPECT_EQ(NaiveBaselineSentences(r, nullptr, 1), (std::vector<std::string>{"無關的句子。"}));
}

TEST(NaiveBaseline, NoHitsNoSentences) {
  EXPECT_TRUE(NaiveBaselineSentences(search::SearchResponse{}, nullptr).empty());
}

}  // namespace
}  // namespace wenyuan::answer
