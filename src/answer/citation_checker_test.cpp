#include "answer/citation_checker.h"

#include <gtest/gtest.h>

namespace wenyuan::answer {
namespace {

using Strings = std::vector<std::string>;
using Numbers = std::vector<size_t>;

TEST(CheckCitations, KeepsValidCitations) {
  auto c = CheckCitations("機關應於一小時內通報主管機關[1]。備份資料應每日異地保存[2]。", 2);
  EXPECT_EQ(c.text, "機關應於一小時內通報主管機關[1]。備份資料應每日異地保存[2]。");
  EXPECT_EQ(c.cited, (Numbers{1, 2}));
  EXPECT_TRUE(c.removed.empty());
  EXPECT_TRUE(c.unsupported_sentences.empty());
}

TEST(CheckCitations, RemovesOutOfRangeCitationsAndFlagsWhatIsLeftBare) {
  auto c = CheckCitations("機關應於一小時內通報主管機關[3]。備份資料應每日異地保存[0][2]。", 2);
  EXPECT_EQ(c.text, "機關應於一小時內通報主管機關。備份資料應每日異地保存[2]。");
  EXPECT_EQ(c.cited, (Numbers{2}));
  EXPECT_EQ(c.removed, (Strings{"[3]", "[0]"}));
  EXPECT_EQ(c.unsupported_sentences, (Strings{"機關應於一小時內通報主管機關。"}));
}

TEST(CheckCitations, FoldsDuplicateMarkersInOneRun) {
  auto c = CheckCitations("資安事件應於一小時內通報[1][1][2][1]。", 2);
  EXPECT_EQ(c.text, "資安事件應於一小時內通報[1][2]。");
  EXPECT_EQ(c.duplicates_folded, 2u);
  EXPECT_EQ(c.cited, (Numbers{1, 2}));
  // The same number cited again in a later sentence is not a duplicate.
  auto d = CheckCitations("第一句話說明通報時限[1]。第二句話說明通報對象[1]。", 1);
  EXPECT_EQ(d.text, "第一句話說明通報時限[1]。第二句話說明通報對象[1]。");
  EXPECT_EQ(d.duplicates_folded, 0u);
}

TEST(CheckCitations, FlagsSentencesWithoutCitations) {
  auto c = CheckCitations("本部將持續加強資安防護工作。依規定應於一小時內通報[1]。好。", 1);
  EXPECT_EQ(c.unsupported_sentences, (Strings{"本部將持續加強資安防護工作。"}));  // "好。" is too short
}

TEST(CheckCitations, NormalisesFullWidthAndListMarkers) {
  auto c = CheckCitations("依規定應於一小時內通報［1］，並副知上級【2】；另應保存紀錄[1, 3]。", 3);
  EXPECT_EQ(c.text, "依規定應於一小時內通報[1]，並副知上級[2]；另應保存紀錄[1][3]。");
  EXPECT_EQ(c.cited, (Numbers{1, 2, 3}));
}

TEST(CheckCitations, AMarkerAfterTheFullStopBelongsToThatSentence) {
  auto c = CheckCitations("機關應於一小時內通報主管機關。[1] 下一句也有它的出處喔[1]。", 1);
  EXPECT_TRUE(c.unsupported_sentences.empty()) << c.unsupported_sentences[0];
}

TEST(CheckCitations, HeadingsAndYearsAreNotCitationsOrClaims) {
  auto c = CheckCitations("主旨：\n說明：\n一、本辦法自[2024]年起施行並適用於全體機關[1]。", 1);
  EXPECT_EQ(c.text, "主旨：\n說明：\n一、本辦法自[2024]年起施行並適用於全體機關[1]。");
  EXPECT_TRUE(c.removed.empty());
  EXPECT_TRUE(c.unsupported_sentences.empty());
}

TEST(CheckCitations, EachLineIsItsOwnSentence) {
  auto c = CheckCitations("標題：資安通報新制上路\n導言：行政院今日宣布新制[1]", 1);
  EXPECT_EQ(c.unsupported_sentences, (Strings{"標題：資安通報新制上路"}));
}

TEST(CheckCitations, NoEvidenceMeansEveryMarkerGoes) {
  auto c = CheckCitations("依規定應於一小時內通報[1]。", 0);
  EXPECT_EQ(c.text, "依規定應於一小時內通報。");
  EXPECT_EQ(c.removed, (Strings{"[1]"}));
  EXPECT_EQ(c.unsupported_sentences.size(), 1u);
}

TEST(CheckCitations, ListsEachSentenceWithWhatItCites) {
  auto c = CheckCitations("說明：\n機關應於一小時內通報主管機關[1][3]。[2]備份資料應每日異地保存。好[9]。", 3);
  ASSERT_EQ(c.sentences.size(), 4u);
  EXPECT_EQ(c.sentences[0].text, "說明：");
  EXPECT_FALSE(c.sentences[0].claim);  // a heading
  EXPECT_EQ(c.sentences[1].text, "機關應於一小時內通報主管機關。");
  // A marker right after a sentence's end ("。[2]") belongs to that sentence.
  EXPECT_EQ(c.sentences[1].citations, (Numbers{1, 2, 3}));
  EXPECT_TRUE(c.sentences[1].claim);
  EXPECT_EQ(c.sentences[2].text, "備份資料應每日異地保存。");
  EXPECT_TRUE(c.sentences[2].citations.empty());
  EXPECT_TRUE(c.sentences[2].claim);
  EXPECT_EQ(c.sentences[3].text, "好。");
  EXPECT_TRUE(c.sentences[3].citations.empty());  // [9] is not valid evidence
  EXPECT_FALSE(c.sentences[3].claim);             // too short
}

TEST(CheckCitations, LeavesTextWithoutMarkersAlone) {
  auto c = CheckCitations("", 3);
  EXPECT_EQ(c.text, "");
  EXPECT_TRUE(c.cited.empty());
  auto d = CheckCitations("[abc] 與 [1 不是引用", 3);
  EXPECT_EQ(d.text, "[abc] 與 [1 不是引用");
}

}  // namespace
}  // namespace wenyuan::answer
