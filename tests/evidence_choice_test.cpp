// Which sentences `wenyuan ask` quotes first over real sample documents: a
// regulation's article and its items over a training syllabus that names
// the rule as a course topic (docs/answers.md, "How the evidence is chosen").
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace wenyuan::testing {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

class EvidenceChoiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    data_ = (dir_->path() / "data").string();
    const fs::path docs = dir_->path() / "docs";
    fs::create_directories(docs);
    for (const char* name : {"regulation-incident-reporting.txt", "regulation-security-training.txt",
                             "regulation-official-email.md", "zh-hans-tech-notice-lanternmq-vuln.txt"}) {
      fs::copy_file(SamplesDir() / name, docs / name);
    }
    CommandResult c = RunWenyuan({"--data", data_, "kb", "create", "kb"});
    CommandResult i = RunWenyuan({"--data", data_, "-q", "ingest", "kb", docs.string()});
    if (c.exit_code != 0 || i.exit_code != 0) setup_error_ = c.err + "\n" + i.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }

  // The evidence `ask` quotes for `question`, in order.
  static json Evidence(const std::string& question) {
    CommandResult r = RunWenyuan({"--data", data_, "ask", "kb", question, "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out, nullptr, /*allow_exceptions=*/false);
    EXPECT_TRUE(j.is_object() && j.contains("evidence") && j["evidence"].is_array()) << r.out;
    return j.is_object() && j.contains("evidence") ? j["evidence"] : json::array();
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string data_;
  static inline std::string setup_error_;
};

std::string SourceName(const json& evidence) {
  return fs::path(evidence["citation"].value("source", "")).filename().string();
}

TEST_F(EvidenceChoiceTest, ASyllabusLineNamingTheRuleIsNotQuotedFirst) {
  // The syllabus item 「（一）資安事件通報程序（資安事件應於知悉後1小時內
  // 通報）。」 holds every word of the question, but it names a course topic
  // under a lead about something else.
  json evidence = Evidence("資安事件應於多久內通報？");
  ASSERT_FALSE(evidence.empty());
  EXPECT_NE(SourceName(evidence[0]), "regulation-security-training.txt") << evidence.dump(2);
  EXPECT_EQ(evidence[0].value("text", "").find("資安事件通報程序"), std::string::npos) << evidence.dump(2);
}

TEST_F(EvidenceChoiceTest, AnArticlesItemAnswersUnderItsLead) {
  // 第六條's 款 「二、第三級、第四級資安事件：36小時內完成。」 is the
  // article's own rule, though its lead line is what holds the question.
  json evidence = Evidence("第三級資安事件應在通報後多久內完成損害控制或復原？");
  ASSERT_FALSE(evidence.empty());
  EXPECT_EQ(SourceName(evidence[0]), "regulation-incident-reporting.txt") << evidence.dump(2);
  EXPECT_NE(evidence[0].value("text", "").find("36小時內完成"), std::string::npos) << evidence.dump(2);
}

TEST_F(EvidenceChoiceTest, AMayQuestionIsAnsweredByTheArticlesRule) {
  json evidence = Evidence("公務郵件可以設定自動轉寄到外部信箱嗎？");
  ASSERT_FALSE(evidence.empty());
  EXPECT_EQ(SourceName(evidence[0]), "regulation-official-email.md") << evidence.dump(2);
  EXPECT_NE(evidence[0].value("text", "").find("不得設定自動轉寄"), std::string::npos) << evidence.dump(2);
}

}  // namespace
}  // namespace wenyuan::testing
