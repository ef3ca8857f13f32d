#include "eval/citation_metrics.h"

#include <gtest/gtest.h>

#include "text/script_folder.h"

namespace wenyuan::eval {
namespace {

constexpr const char* kIncident = "公務機關知悉資通安全事件後，應於一小時內通報主管機關。";
constexpr const char* kBackup = "備份資料應每日異地保存。";

text::BigramTokenizer Folding() {
  auto folder = text::ScriptFolder::Create();
  EXPECT_TRUE(folder.ok());
  return text::BigramTokenizer(folder.ok() ? *folder : nullptr);
}

TEST(ContentTerms, AreTheDistinctBigramsAndWordsSorted) {
  text::BigramTokenizer plain;
  // Sorted by bytes: 報 (E5 A0 B1) < 與 (E8 88 87) < 通 (E9 80 9A).
  EXPECT_EQ(ContentTerms(plain, "通報通報，GPT 與 gpt。"), (std::vector<std::string>{"gpt", "報通", "與", "通報"}));
  EXPECT_TRUE(ContentTerms(plain, "。，！").empty());
}

TEST(PassageSupports, NeedsHalfOfTheSentencesTerms) {
  text::BigramTokenizer plain;
  // 機關 關應 應於 於一 一小 小時 時內 內通 通報: all but 關應 are in the passage (8 of 9).
  EXPECT_TRUE(PassageSupports(plain, "機關應於一小時內通報。", kIncident));
  EXPECT_FALSE(PassageSupports(plain, "機關應於一小時內通報。", kBackup));
  // Exactly half is enough; less is not.
  EXPECT_TRUE(PassageSupports(plain, "alpha beta", "alpha gamma"));
  EXPECT_FALSE(PassageSupports(plain, "alpha beta delta", "alpha gamma"));
  // A sentence without terms is supported by nothing.
  EXPECT_FALSE(PassageSupports(plain, "。", kIncident));
}

TEST(PassageSupports, FoldsSimplifiedAndTraditionalTogether) {
  // Unfolded only 一小 of 机关 关应 应于 于一 一小 小时 时内 内通 通报 is in the passage.
  EXPECT_FALSE(PassageSupports(text::BigramTokenizer(), "机关应于一小时内通报。", kIncident));
  EXPECT_TRUE(PassageSupports(Folding(), "机关应于一小时内通报。", kIncident));
}

TEST(CountCitations, CountsClaimsCitedClaimsAndSupportedCitations) {
  std::vector<answer::CitedSentence> sentences = {
      {"機關應於一小時內通報。", {1, 2}, true},    // [1] supports it, [2] does not
      {"本部將持續加強資安防護工作。", {}, true},  // a claim citing nothing
      {"好。", {1}, false},                        // not a claim, still a citation: unsupported
      {"備份資料應每日異地保存。", {5}, true},     // no evidence [5]: unsupported
  };
  CitationCounts c = CountCitations(text::BigramTokenizer(), sentences, {kIncident, kBackup});
  EXPECT_EQ(c.claim_sentences, 3u);
  EXPECT_EQ(c.cited_claim_sentences, 2u);
  EXPECT_EQ(c.citations, 4u);
  EXPECT_EQ(c.supported_citations, 1u);
  EXPECT_DOUBLE_EQ(*c.precision(), 0.25);
  EXPECT_DOUBLE_EQ(*c.cited_share(), 2.0 / 3.0);

  // Pooled over answers: the counts add up.
  CitationCounts more =
      CountCitations(text::BigramTokenizer(), {{"備份資料應每日異地保存。", {2}, true}}, {kIncident, kBackup});
  c += more;
  EXPECT_EQ(c.claim_sentences, 4u);
  EXPECT_EQ(c.cited_claim_sentences, 3u);
  EXPECT_EQ(c.citations, 5u);
  EXPECT_EQ(c.supported_citations, 2u);
  EXPECT_DOUBLE_EQ(*c.precision(), 0.4);
  EXPECT_DOUBLE_EQ(*c.cited_share(), 0.75);
}

TEST(CountCitations, RatiosAreUndefinedWithoutCitationsOrClaims) {
  CitationCounts none = CountCitations(text::BigramTokenizer(), {{"好。", {}, false}}, {kIncident});
  EXPECT_EQ(none.claim_sentences, 0u);
  EXPECT_EQ(none.citations, 0u);
  EXPECT_FALSE(none.precision().has_value());
  EXPECT_FALSE(none.cited_share().has_value());
}

}  // namespace
}  // namespace wenyuan::eval
