#include "answer/prompt_builder.h"

#include <gtest/gtest.h>

namespace wenyuan::answer {
namespace {

std::vector<PromptEvidence> ThreePassages() {
  return {{"資通安全管理法", "/laws/a.txt", "公務機關知悉資通安全事件後，應於一小時內通報。"},
          {"施行細則", "/laws/b.txt", "通報內容應包括事件發生時間與影響範圍。"},
          {"作業要點", "", "各機關應指定資安長一人。"}};
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

TEST(BuildPrompt, NumbersTheEvidenceAndStatesTheRules) {
  PromptBudget budget;
  BuiltPrompt p = BuildPrompt(SpecFor(Task::kQa), "多久內要通報？", ThreePassages(), budget);
  ASSERT_EQ(p.messages.size(), 2u);
  EXPECT_EQ(p.messages[0].role, "system");
  EXPECT_EQ(p.messages[1].role, "user");
  EXPECT_NE(p.messages[0].content.find(GroundingRules()), std::string::npos);
  const std::string& user = p.messages[1].content;
  EXPECT_NE(user.find("[1] 標題：資通安全管理法\n來源：/laws/a.txt\n內容：公務機關知悉"), std::string::npos);
  EXPECT_NE(user.find("[2] 標題：施行細則"), std::string::npos);
  EXPECT_NE(user.find("[3] 標題：作業要點\n內容："), std::string::npos);  // no source line when there is none
  EXPECT_NE(user.find("問題：多久內要通報？"), std::string::npos);
  EXPECT_EQ(p.evidence_used, 3u);
  EXPECT_GT(p.prompt_tokens, 0u);
}

TEST(BuildPrompt, EachTaskAsksForItsOwnSections) {
  for (const TaskSpec& spec : AllTasks()) {
    BuiltPrompt p = BuildPrompt(spec, "資安通報", ThreePassages(), {});
    const std::string& system = p.messages[0].content;
    EXPECT_NE(system.find(spec.title), std::string::npos) << spec.name;
    for (std::string_view section : spec.sections) {
      EXPECT_NE(system.find(section), std::string::npos) << spec.name << " lacks " << section;
    }
    EXPECT_NE(p.messages[1].content.find(std::string(spec.request_label) + "：資安通報"), std::string::npos);
  }
  const std::string doc = BuildPrompt(SpecFor(Task::kOfficialDocument), "x", ThreePassages(), {}).messages[0].content;
  EXPECT_NE(doc.find("主旨："), std::string::npos);
  EXPECT_NE(doc.find("辦法："), std::string::npos);
}

TEST(BuildPrompt, DropsEvidenceThatDoesNotFitTheContext) {
  PromptBudget budget;
  budget.reply_tokens = 100;
  // From a context that holds everything down to one that holds nothing:
  // less room never means more evidence, and prompt plus reply always fit.
  size_t previous = 3;
  bool saw_all = false, saw_some = false, saw_none = false;
  for (size_t context = 1200; context >= 100; context -= 5) {
    budget.context_tokens = context;
    BuiltPrompt p = BuildPrompt(SpecFor(Task::kQa), "問題", ThreePassages(), budget);
    EXPECT_LE(p.evidence_used, previous) << context;
    EXPECT_EQ(Count(p.messages[1].content, "] 標題："), p.evidence_used);
    if (p.evidence_used > 0) {
      EXPECT_LE(p.prompt_tokens + budget.reply_tokens, context) << context;
    }
    saw_all |= p.evidence_used == 3;
    saw_some |= p.evidence_used == 1 || p.evidence_used == 2;
    saw_none |= p.evidence_used == 0;
    previous = p.evidence_used;
  }
  EXPECT_TRUE(saw_all && saw_some && saw_none);
}

TEST(BuildPrompt, SaysSoWhenNothingFits) {
  PromptBudget budget;
  budget.context_tokens = 300;
  budget.reply_tokens = 300;
  BuiltPrompt p = BuildPrompt(SpecFor(Task::kPressRelease), "主題", ThreePassages(), budget);
  EXPECT_EQ(p.evidence_used, 0u);
  EXPECT_NE(p.messages[1].content.find("沒有找到可引用的資料"), std::string::npos);
}

TEST(Tasks, ParseByNameAndListChoicesOnError) {
  EXPECT_EQ(*ParseTask("press-release"), Task::kPressRelease);
  EXPECT_EQ(*ParseTask("official-document"), Task::kOfficialDocument);
  EXPECT_EQ(*ParseTask("legislator-qa"), Task::kLegislatorQa);
  auto bad = ParseTask("poem");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("petition-reply"), std::string::npos);
  for (const TaskSpec& spec : AllTasks()) EXPECT_EQ(SpecFor(spec.task).name, spec.name);
}

}  // namespace
}  // namespace wenyuan::answer
