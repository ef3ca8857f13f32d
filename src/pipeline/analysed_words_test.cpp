#include "pipeline/analysed_words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "search/analysis.h"
#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::pipeline {
namespace {

using wenyuan::testing::TempDir;

class AnalysedWordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto a = search::MakeDefaultAnalysis();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analysis_ = std::move(a).value();
  }
  // The passages of `text` at the code-point ranges, as document `id`'s.
  std::vector<search::IndexablePassage> Rows(int64_t id, const std::string& text,
                                             const std::vector<std::pair<int64_t, int64_t>>& ranges) {
    std::vector<search::IndexablePassage> rows;
    for (size_t i = 0; i < ranges.size(); ++i) {
      search::IndexablePassage p;
      p.passage.document_id = id;
      p.passage.number = static_cast<int64_t>(i);
      p.passage.start = ranges[i].first;
      p.passage.end = ranges[i].second;
      p.passage.text =
          utf8::SliceCodePoints(text, static_cast<size_t>(p.passage.start), static_cast<size_t>(p.passage.end));
      rows.push_back(p);
    }
    return rows;
  }
  std::vector<std::vector<text::Token>> Tokens(const std::vector<search::IndexablePassage>& rows) {
    std::vector<std::vector<text::Token>> out;
    for (const auto& r : rows) out.push_back(analysis_.words->Tokenize(r.passage.text));
    return out;
  }
  static std::string Describe(const std::vector<enrich::WordOccurrence>& words) {
    std::string out;
    for (const auto& w : words) out += w.term + "@" + std::to_string(w.begin) + "-" + std::to_string(w.end) + " ";
    return out;
  }
  TempDir tmp_;
  search::Analysis analysis_;
};

const std::string kText =
    "北辰市政府資訊服務處今日宣布全市機關網站已全面支援網路協定。\n"
    "交通局指出新站點將優先設置於捷運站與學校周邊。\n"
    "市立圖書館自下月起延長開放時間，處長表示將持續推動物聯網應用。";

TEST_F(AnalysedWordsTest, PassageWordsMakeTheWordsOfTheWholeText) {
  const auto file = tmp_.path() / "words.tmp";
  auto words = AnalysedWords::Create(file);
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  // Document 7 in three passages, handed over in two chunks; then document 9.
  auto rows = Rows(7, kText, {{0, 30}, {31, 54}, {55, 87}});
  std::vector<search::IndexablePassage> first(rows.begin(), rows.begin() + 2), second(rows.begin() + 2, rows.end());
  (*words)->Add(first, Tokens(first), 2);
  (*words)->Add(second, Tokens(second), 1);
  auto other = Rows(9, "另一份文件談自行車。", {{0, 10}});
  (*words)->Add(other, Tokens(other), 1);
  (*words)->Flush();
  EXPECT_EQ((*words)->documents(), 2u);

  std::vector<enrich::WordOccurrence> found;
  ASSERT_TRUE((*words)->Find(7, found));
  const auto whole = enrich::ContentWords(kText, *analysis_.words, nullptr);
  ASSERT_FALSE(whole.empty());
  EXPECT_EQ(Describe(found), Describe(whole));  // terms and document offsets
  ASSERT_TRUE((*words)->Find(9, found));
  EXPECT_EQ(Describe(found), Describe(enrich::ContentWords("另一份文件談自行車。", *analysis_.words, nullptr)));
  EXPECT_FALSE((*words)->Find(8, found));
  EXPECT_TRUE(std::filesystem::exists(file));
  words->reset();
  EXPECT_FALSE(std::filesystem::exists(file));  // the scratch file goes with it
}

TEST_F(AnalysedWordsTest, ADocumentAnalysedAgainIsReplacedAndOnePartlySeenHasNone) {
  auto words = AnalysedWords::Create(tmp_.path() / "words.tmp");
  ASSERT_TRUE(words.ok());
  auto old_rows = Rows(3, "舊的文字談論圖書館。", {{0, 10}});
  (*words)->Add(old_rows, Tokens(old_rows), 1);
  auto new_rows = Rows(3, kText, {{0, 30}, {31, 54}, {55, 87}});
  (*words)->Add(new_rows, Tokens(new_rows), 1);  // starts again at passage 0
  // Document 4's passages from the second on only (a repair re-adding some).
  auto partial = Rows(4, kText, {{0, 30}, {31, 54}});
  partial.erase(partial.begin());
  (*words)->Add(partial, Tokens(partial), 1);
  (*words)->Flush();
  std::vector<enrich::WordOccurrence> found;
  ASSERT_TRUE((*words)->Find(3, found));
  EXPECT_EQ(Describe(found), Describe(enrich::ContentWords(kText, *analysis_.words, nullptr)));
  EXPECT_FALSE((*words)->Find(4, found));  // enrichment analyses its text itself
}

TEST(AnalysedWordsCreate, AFolderThatIsNotThereIsAnError) {
  TempDir tmp;
  auto words = AnalysedWords::Create(tmp.path() / "missing" / "words.tmp");
  ASSERT_FALSE(words.ok());
  EXPECT_NE(words.status().message().find("words.tmp"), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::pipeline
