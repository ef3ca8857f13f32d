#include "clean/text_repair.h"

#include <gtest/gtest.h>

namespace wenyuan::clean {
namespace {

TEST(TextRepair, DecodesEntitiesIncludingDoublyEscaped) {
  RepairStats st;
  EXPECT_EQ(RepairText("A&amp;B &lt;x&gt; &#x4E2D;&#25991; a&nbsp;b &amp;amp;", &st), "A&B <x> 中文 a b &");
  EXPECT_GE(st.entities, 7u);
  EXPECT_EQ(RepairText("AT&T and &unknown; stay"), "AT&T and &unknown; stay");
}

TEST(TextRepair, RemovesStrayTagsButNotComparisons) {
  RepairStats st;
  EXPECT_EQ(RepairText("第一段<br>第二段</p><span class=\"x\">字</span>", &st), "第一段第二段字");
  EXPECT_EQ(st.tags, 4u);
  EXPECT_EQ(RepairText("if a<b and c>d"), "if a<b and c>d");
  EXPECT_EQ(RepairText("x < 3 > y"), "x < 3 > y");
}

TEST(TextRepair, RemovesPinyinReadingsAfterHanOnly) {
  RepairStats st;
  EXPECT_EQ(RepairText("中(zhōng)國(guó)人（rén）", &st), "中國人");
  EXPECT_EQ(st.pinyin, 3u);
  // No tone mark, or not after a Han character: not a reading.
  EXPECT_EQ(RepairText("人工智慧(AI)與 GPT(gpt)"), "人工智慧(AI)與 GPT(gpt)");
  EXPECT_EQ(RepairText("版本(zhōng)"), "版本");
  EXPECT_EQ(RepairText("v(zhōng)"), "v(zhōng)");
}

TEST(TextRepair, DropsReplacementCharactersAndNarrowsFullWidthLetters) {
  RepairStats st;
  EXPECT_EQ(RepairText("斷\xEF\xBF\xBD行ＧＰＴ－４１２３，", &st), "斷行GPT－4123，");
  EXPECT_EQ(st.replacement_chars, 1u);
  EXPECT_EQ(st.full_width, 7u);
}

TEST(TextRepair, RemovesWordSegmentationSpacesOnlyInSegmentedText) {
  std::string segmented =
      "人民网 记者 报道 ， 2023年 12月 28日 07 : 56 ， ChatGPT 4 . 0 版本 上线 ， 大模型 的 性能 进一步 提升 。";
  RepairStats st;
  std::string out = RepairText(segmented, &st);
  EXPECT_EQ(out, "人民网记者报道，2023年12月28日07:56，ChatGPT 4.0版本上线，大模型的性能进一步提升。");
  EXPECT_GT(st.segmentation_spaces, 10u);
  // Ordinary text with a few spaces is left alone.
  std::string normal = "北辰市 資訊服務處 於今日宣布 IPv6 全面上線，市民可使用 5G 網路。";
  EXPECT_EQ(RepairText(normal), normal);
  EXPECT_FALSE(LooksWordSegmented(U"北辰市 資訊服務處"));
}

TEST(TextRepair, DropsEncodingDamageThatCannotBeUndoneAndCountsIt) {
  // A news paragraph after a lossy GBK round trip: "。" became "?" and 齊
  // lost its first byte ("饼R"); a link lost its "<" and its text.
  const std::string damaged =
      "他表示，網絡安全是數字化的底座，要提前布局?”饼R向東說，企業應加大投入。"
      "點擊閱讀報告全文?从啻?/a>，了解更多。";
  RepairStats st;
  std::string out = RepairText(damaged, &st);
  EXPECT_EQ(out, "他表示，網絡安全是數字化的底座，要提前布局”向東說，企業應加大投入。點擊閱讀報告全文，了解更多。");
  EXPECT_EQ(st.damaged_runs, 2u);
  // A question mark after a question word, and "?" in text without
  // full-width punctuation, are left alone; so are "A股" and real tags' ends.
  const std::string question = "這是什麼?你知道嗎？他說，今天的A股市場，表現不錯。";
  EXPECT_EQ(RepairText(question), question);
  EXPECT_EQ(RepairText("中文?中文"), "中文?中文");
  EXPECT_EQ(RepairText("速度 km/h 與 3/4"), "速度 km/h 與 3/4");
}

}  // namespace
}  // namespace wenyuan::clean
