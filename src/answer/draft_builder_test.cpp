#include "answer/draft_builder.h"

#include <gtest/gtest.h>

namespace wenyuan::answer {
namespace {

GroundedAnswer ExtractiveOf(size_t quotes) {
  GroundedAnswer a;
  a.kb = "regs";
  a.request = "資安事件通報";
  a.found = true;
  a.mode = "extractive";
  for (size_t i = 0; i < quotes; ++i) {
    Evidence e;
    e.text = "第" + std::to_string(i + 1) + "句規定。";
    e.citation = {"regs/1#" + std::to_string(i), 1, "要點", "regs.txt", 0, 6};
    a.evidence.push_back(e);
  }
  return a;
}

TEST(DraftBuilderTest, WithoutAModelTheOfficialDocumentQuotesTheEvidence) {
  auto t = LoadDraftTemplate(Task::kOfficialDocument, {});
  ASSERT_TRUE(t.ok());
  Draft d = BuildDraft(*t, ExtractiveOf(2), {2026, 12, 4});
  EXPECT_EQ(d.label, kNoModelLabel);
  ASSERT_EQ(d.sections.size(), 6u);
  EXPECT_EQ(d.sections[0].body, "（請填入受文者）");
  EXPECT_EQ(d.sections[1].body, "中華民國115年12月4日");
  EXPECT_EQ(d.sections[3].body, "有關「資安事件通報」一案，請查照。");
  EXPECT_EQ(d.sections[4].body, "一、第1句規定。[1]\n二、第2句規定。[2]");
  const std::string text = d.Text();
  EXPECT_NE(text.find("未使用語言模型"), std::string::npos);
  EXPECT_NE(text.find("說明：\n一、第1句規定。[1]"), std::string::npos) << text;
}

TEST(DraftBuilderTest, QuotesAreSharedOutInSectionOrder) {
  auto t = LoadDraftTemplate(Task::kPressRelease, {});
  ASSERT_TRUE(t.ok());
  Draft d = BuildDraft(*t, ExtractiveOf(3), {2026, 1, 2});
  EXPECT_EQ(d.sections[1].heading, "導言");
  EXPECT_EQ(d.sections[1].body, "第1句規定。[1]");
  EXPECT_EQ(d.sections[2].body, "第2句規定。[2]\n第3句規定。[3]");
  Draft none = BuildDraft(*t, ExtractiveOf(0), {2026, 1, 2});
  EXPECT_EQ(none.sections[1].body, "（資料中未找到可引用的內容）");
}

TEST(DraftBuilderTest, TheModelsTextIsCutAtItsHeadings) {
  auto t = LoadDraftTemplate(Task::kOfficialDocument, {});
  ASSERT_TRUE(t.ok());
  GroundedAnswer a = ExtractiveOf(2);
  a.mode = "llm";
  a.text = "主旨：請加強通報[1]。\n說明：\n一、依要點辦理[2]。\n**辦法**：各機關配合。";
  Draft d = BuildDraft(*t, a, {2026, 12, 4});
  EXPECT_TRUE(d.label.empty());
  EXPECT_EQ(d.sections[0].body, "（請填入受文者）");
  EXPECT_EQ(d.sections[3].body, "請加強通報[1]。");
  EXPECT_TRUE(d.sections[3].written_by_model);
  EXPECT_EQ(d.sections[4].body, "一、依要點辦理[2]。");
  EXPECT_EQ(d.sections[5].body, "各機關配合。");
}

TEST(DraftBuilderTest, AQaAnswerByTheModelStandsInTheAnswerSection) {
  auto t = LoadDraftTemplate(Task::kQa, {});
  ASSERT_TRUE(t.ok());
  GroundedAnswer a = ExtractiveOf(2);
  a.mode = "llm";
  a.text = "應於一小時內通報[1]。";
  Draft d = BuildDraft(*t, a, {2026, 12, 4});
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.sections[1].body, "應於一小時內通報[1]。");
}

TEST(DraftBuilderTest, RocDates) {
  EXPECT_EQ(RocDate({2026, 12, 4}), "中華民國115年12月4日");
  EXPECT_EQ(RocDate({1912, 1, 1}), "中華民國1年1月1日");
}

}  // namespace
}  // namespace wenyuan::answer
