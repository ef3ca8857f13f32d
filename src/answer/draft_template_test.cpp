#include "answer/draft_template.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::answer {
namespace {

TEST(DraftTemplateTest, EveryTaskHasAValidBuiltInTemplate) {
  for (const TaskSpec& spec : AllTasks()) {
    auto t = LoadDraftTemplate(spec.task, {});
    ASSERT_TRUE(t.ok()) << spec.name << ": " << t.status().ToString();
    EXPECT_EQ(t->name, spec.name);
    EXPECT_GT(t->TotalQuotes(), 0u);
  }
}

TEST(DraftTemplateTest, OfficialDocumentHasTheLayoutOfTheManual) {
  auto t = LoadDraftTemplate(Task::kOfficialDocument, {});
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  std::vector<std::string> headings;
  for (const auto& s : t->sections) headings.push_back(s.heading);
  EXPECT_EQ(headings, (std::vector<std::string>{"受文者", "發文日期", "發文字號", "主旨", "說明", "辦法"}));
  EXPECT_EQ(t->ModelSections(), (std::vector<std::string>{"主旨", "說明", "辦法"}));
  const std::string instruction = t->Instruction();
  EXPECT_NE(instruction.find("說明：（分項以「一、」"), std::string::npos) << instruction;
  EXPECT_EQ(t->sections[1].fill, SectionFill::kDate);
  EXPECT_EQ(t->sections[4].numbering, Numbering::kChinese);
}

TEST(DraftTemplateTest, MistakesNameTheFileAndLine) {
  struct Case {
    std::string text;
    std::string expect;
  };
  const std::string head = "task = qa\ntitle = 問答\nrequest_label = 問題\nintro = 請回答\n";
  const std::vector<Case> cases = {
      {head + "[答覆]\nfill = quotes\n", "t.tmpl: line 6: fill must be text, request, date or evidence"},
      {head + "[答覆]\nfill = evidence\nquotes = 99\n", "t.tmpl: line 7: quotes must be a whole number"},
      {head + "[答覆]\nfill = evidence\ncolour = red\n", "t.tmpl: line 7: unknown key 'colour'"},
      {head + "[答覆\n", "t.tmpl: line 5: a section line reads [heading]"},
      {head + "just words\n", "t.tmpl: line 5: expected 'key = value'"},
      {head + "[甲]\nfill = text\n", "t.tmpl: line 5: section [甲] fills with text but has no 'text = ...'"},
      {head + "[甲]\nfill = date\n", "no section has 'fill = evidence'"},
      {head + "[甲]\nfill = evidence\n[甲]\nfill = date\n", "t.tmpl: line 7: section [甲] appears twice"},
      {"task = poem\n", "t.tmpl: line 1: unknown task 'poem'"},
      {"title = x\nrequest_label = y\nintro = z\n[a]\nfill = evidence\n", "'task = NAME' is missing"},
  };
  for (const Case& c : cases) {
    auto t = ParseDraftTemplate(c.text, "t.tmpl");
    ASSERT_FALSE(t.ok()) << c.text;
    EXPECT_NE(t.status().message().find(c.expect), std::string::npos) << t.status().message();
  }
}

TEST(DraftTemplateTest, AFileInTheTemplateDirReplacesTheBuiltInOne) {
  testing::TempDir dir;
  testing::WriteFile(dir / "qa.tmpl",
                     "# ours\ntask = qa\ntitle = 本局問答\nrequest_label = 問題\nintro = 請回答\n\n"
                     "[回覆]\nfill = evidence\nquotes = 2\nnumbering = arabic\n");
  auto t = LoadDraftTemplate(Task::kQa, dir.path());
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->title, "本局問答");
  EXPECT_EQ(t->TotalQuotes(), 2u);
  EXPECT_EQ(t->where, (dir / "qa.tmpl").string());
  // The other tasks keep their built-in templates.
  auto press = LoadDraftTemplate(Task::kPressRelease, dir.path());
  ASSERT_TRUE(press.ok());
  EXPECT_EQ(press->title, "新聞稿");

  // A broken file is an error, not a silent fallback; so is a misnamed one.
  testing::WriteFile(dir / "press-release.tmpl", "task = press-release\ntitle = 新聞稿\n");
  auto broken = LoadDraftTemplate(Task::kPressRelease, dir.path());
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("press-release.tmpl: 'request_label = ...' is missing"), std::string::npos)
      << broken.status().message();
  EXPECT_FALSE(ValidateTemplateDir(dir.path()).ok());
  testing::WriteFile(dir / "press-release.tmpl", std::string(BuiltInTemplateText("qa")));
  auto misnamed = LoadDraftTemplate(Task::kPressRelease, dir.path());
  ASSERT_FALSE(misnamed.ok());
  EXPECT_NE(misnamed.status().message().find("says 'task = qa'"), std::string::npos);
}

}  // namespace
}  // namespace wenyuan::answer
