#include "answer/cited_evidence.h"

#include <gtest/gtest.h>

#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

const char kPassage[] =
    "第一條　為建立通報機制，特訂定本要點。第五條　各機關知悉資安事件後，應於一小時內通報資訊服務處。"
    "第九條　各機關每年應辦理演練。";

Evidence Whole(const std::string& id, const std::string& text) {
  Evidence e;
  e.text = text;
  e.citation = {id, 1, "要點", "regs.txt", 0, utf8::CodePointCount(text)};
  return e;
}

TEST(CitedEvidenceTest, BestSupportIsTheSentenceSharingTheMostBigrams) {
  SupportMatch m = BestSupport(kPassage, "資安事件應於一小時內通報[1]。");
  EXPECT_EQ(utf8::SliceCodePoints(kPassage, m.begin, m.end),
            "第五條　各機關知悉資安事件後，應於一小時內通報資訊服務處。");
  EXPECT_GT(m.shared, 3u);
  SupportMatch none = BestSupport(kPassage, "天氣晴朗");
  EXPECT_EQ(none.shared, 0u);
  EXPECT_EQ(none.end, utf8::CodePointCount(kPassage));
}

TEST(CitedEvidenceTest, OnlyCitedPassagesStayRenumberedAndNarrowed) {
  GroundedAnswer g;
  g.mode = "llm";
  g.evidence = {Whole("regs/1#0", "無關的段落。"), Whole("regs/1#1", kPassage), Whole("regs/1#2", "另一段。")};
  g.text = "應於一小時內通報[2]。";
  g.cited = {2};
  g.sentences = {{"應於一小時內通報。", {2}, true}};
  KeepCitedEvidence(g);
  ASSERT_EQ(g.evidence.size(), 1u);
  EXPECT_EQ(g.evidence[0].citation.passage_id, "regs/1#1");
  EXPECT_EQ(g.text, "應於一小時內通報[1]。");
  EXPECT_EQ(g.cited, std::vector<size_t>{1});
  EXPECT_EQ(g.sentences[0].citations, std::vector<size_t>{1});
  EXPECT_EQ(g.evidence[0].text, "第五條　各機關知悉資安事件後，應於一小時內通報資訊服務處。");
  const size_t begin = utf8::CodePointCount("第一條　為建立通報機制，特訂定本要點。");
  EXPECT_EQ(g.evidence[0].citation.begin, begin);
  EXPECT_EQ(g.evidence[0].citation.end, begin + utf8::CodePointCount(g.evidence[0].text));
  ASSERT_EQ(g.support.size(), 1u);
  ASSERT_EQ(g.support[0].size(), 1u);
  EXPECT_EQ(g.support[0][0].evidence, 1u);
  EXPECT_EQ(g.support[0][0].begin, begin);
}

}  // namespace
}  // namespace wenyuan::answer
