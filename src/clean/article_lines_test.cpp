// The shapes of the lines around an article, on lines written for this
// test in both scripts.
#include "clean/article_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

#include "clean/page_line.h"

namespace wenyuan::clean {
namespace {

TEST(ArticleLines, HeadlinesNamesAndSectionHeadings) {
  EXPECT_TRUE(LooksLikeHeadline(MakePageLine("北辰市智慧路燈年底完工")));
  EXPECT_FALSE(LooksLikeHeadline(MakePageLine("2024 / 05 / 21")));            // a date
  EXPECT_FALSE(LooksLikeHeadline(MakePageLine("回到上一頁北辰市首頁")));      // page controls
  EXPECT_FALSE(LooksLikeHeadline(MakePageLine("北辰市政府今日宣布完工。")));  // a sentence
  PageLine dropped = MakePageLine("北辰日報版權所有北辰日報");
  dropped.reason = "copyright notice";
  EXPECT_FALSE(LooksLikeHeadline(dropped));
  EXPECT_TRUE(LooksLikeName(MakePageLine("梅卡尔")));
  EXPECT_TRUE(IsCategoryTag(MakePageLine("  * [人才故事]")));
  EXPECT_FALSE(IsCategoryTag(MakePageLine("[人才故事]")));  // not listed
  EXPECT_TRUE(LooksLikeSectionHeading(MakePageLine("一、前言")));
  EXPECT_FALSE(LooksLikeSectionHeading(MakePageLine("返回首页")));
}

TEST(ArticleLines, CreditsAndCaptions) {
  EXPECT_TRUE(IsLabelledCredit(DecodeUtf32("撰文 : 黃錦輝 香港中文大學工程學院副院長（外務）、工程學院教授")));
  EXPECT_FALSE(IsLabelledCredit(DecodeUtf32("文化局今日公布補助名單")));
  // A reviewer's or photographer's credit is the article's too.
  EXPECT_TRUE(IsLabelledCredit(DecodeUtf32("審稿：感染科 主治醫師 陳俊宏")));
  EXPECT_TRUE(IsLabelledCredit(DecodeUtf32("摄影：周海")));
  EXPECT_FALSE(IsLabelledCredit(DecodeUtf32("整理房間的五個步驟")));
  EXPECT_TRUE(IsEditorCredit(DecodeUtf32("責任編輯：林美欣")));
  EXPECT_TRUE(IsEditorCredit(DecodeUtf32("【责任编辑:王小明】")));
  EXPECT_FALSE(IsEditorCredit(DecodeUtf32("译者：刘进龙")));
  EXPECT_TRUE(IsTitleOverCaption(MakePageLine("2023臺灣AI大賞的決審評審會議"),
                                 MakePageLine("2023台灣AI大賞的決審評審會議，由左至右為評審委員")));
  EXPECT_FALSE(IsTitleOverCaption(MakePageLine("北辰市智慧路燈年底完工"),
                                  MakePageLine("北辰市政府今日宣布，全市智慧路燈將於年底前完工。")));
}

TEST(ArticleLines, ReasonsThatEndTheHeadOrArePassedOver) {
  EXPECT_TRUE(EndsHead("breadcrumb"));
  EXPECT_TRUE(EndsHead("table of contents"));
  EXPECT_FALSE(EndsHead("share widget"));
  EXPECT_TRUE(IsWidgetReason("share widget"));
  EXPECT_FALSE(IsWidgetReason("breadcrumb"));
  EXPECT_TRUE(HasNavigationWord(DecodeUtf32("返回列表")));
  EXPECT_FALSE(HasNavigationWord(DecodeUtf32("智慧路燈")));
}

TEST(ArticleLines, WordsSharedWithTheBody) {
  std::unordered_set<std::u32string> body;
  for (auto& f : WordFeatures(DecodeUtf32("北辰市政府今日宣布，全市智慧路燈將於年底前完工，提供5G服務。")))
    body.insert(f);
  size_t shared = 0;
  EXPECT_DOUBLE_EQ(ShareInBody(DecodeUtf32("智慧路燈"), body, &shared), 1.0);
  EXPECT_EQ(shared, 3u);  // 智慧, 慧路, 路燈
  EXPECT_DOUBLE_EQ(ShareInBody(DecodeUtf32("交通管制"), body, &shared), 0.0);
  EXPECT_EQ(WordFeatures(DecodeUtf32("GPT-4 模型")), (std::vector<std::u32string>{U"gpt", U"模型"}));
}

}  // namespace
}  // namespace wenyuan::clean
