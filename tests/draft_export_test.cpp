// `wenyuan draft --out FILE.odt|FILE.docx` end to end, without a model: the
// real binary writes the file and a real reader (Debian's pandoc) opens it;
// the template's headings, the evidence quotes, the 未使用語言模型 label and
// every source (as a footnote) must be there. Skipped only where pandoc is
// not installed (scripts/setup installs it).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"
#include "util/subprocess.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;

class DraftExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = (dir_ / "data").string();
    ASSERT_EQ(RunWenyuan({"--data", data_, "-q", "kb", "create", "regs"}).exit_code, 0);
    CommandResult ingest = RunWenyuan(
        {"--data", data_, "-q", "ingest", "regs", (SamplesDir() / "regulation-incident-reporting.txt").string()});
    ASSERT_EQ(ingest.exit_code, 0) << Describe(ingest);
  }

  // The file as pandoc reads it, in plain text (footnotes at the end).
  static std::string ReadWithPandoc(const std::filesystem::path& file) {
    auto r = RunSubprocess({"pandoc", "--wrap=none", "-t", "plain", file.string()}, {});
    if (!r.ok()) return "pandoc failed: " + r.status().ToString();
    if (r->exit_code != 0) return "pandoc exit " + std::to_string(r->exit_code) + ": " + r->stderr_text;
    return r->stdout_text;
  }

  void ExpectReadable(const std::string& task, const std::string& extension, const std::vector<std::string>& headings) {
    const auto out = dir_ / ("draft" + extension);
    CommandResult r = RunWenyuan(
        {"--data", data_, "draft", "regs", "--task", task, "資安事件通報時限", "--out", out.string(), "--json"});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    json j = json::parse(r.out);
    ASSERT_TRUE(std::filesystem::exists(out));
    const std::string text = ReadWithPandoc(out);
    SCOPED_TRACE(task + extension + ":\n" + text);
    for (const std::string& h : headings) EXPECT_NE(text.find(h + "："), std::string::npos) << h;
    EXPECT_NE(text.find("未使用語言模型"), std::string::npos);
    // Every quote is in the file, and every source is named in a footnote.
    ASSERT_FALSE(j["evidence"].empty());
    for (const auto& e : j["evidence"]) {
      const std::string quote = e["text"];
      EXPECT_NE(text.find(quote.substr(0, 30)), std::string::npos) << quote;
      EXPECT_NE(text.find(e["citation"]["passage_id"].get<std::string>()), std::string::npos);
    }
    EXPECT_NE(text.find("北辰市政府資通安全事件通報及應變要點"), std::string::npos);
    EXPECT_NE(text.find("[1]"), std::string::npos);  // pandoc's footnote mark
  }

  TempDir dir_;
  std::string data_;
};

bool HavePandoc() { return RunSubprocess({"pandoc", "--version"}, {}).ok(); }

TEST_F(DraftExportTest, OfficialDocumentAsOdtAndDocx) {
  if (!HavePandoc()) GTEST_SKIP() << "pandoc is not installed (scripts/setup installs it)";
  const std::vector<std::string> headings = {"受文者", "發文日期", "發文字號", "主旨", "說明", "辦法"};
  ExpectReadable("official-document", ".odt", headings);
  ExpectReadable("official-document", ".docx", headings);
}

TEST_F(DraftExportTest, EveryTaskExports) {
  if (!HavePandoc()) GTEST_SKIP() << "pandoc is not installed (scripts/setup installs it)";
  ExpectReadable("press-release", ".docx", {"標題", "導言", "內文", "新聞聯絡人"});
  ExpectReadable("petition-reply", ".odt", {"陳情事項", "逐點答復", "依據規定", "聯絡方式"});
  ExpectReadable("legislator-qa", ".odt", {"問題", "答復要點", "補充資料"});
}

TEST_F(DraftExportTest, BadOutputsAndTemplatesAreOneLineErrors) {
  CommandResult pdf = RunWenyuan({"--data", data_, "draft", "regs", "--task", "qa", "通報", "--out", "x.pdf"});
  EXPECT_EQ(pdf.exit_code, 2) << Describe(pdf);
  EXPECT_NE(pdf.err.find("x.pdf: a draft is written as .odt or .docx"), std::string::npos) << pdf.err;
  std::filesystem::create_directories(std::filesystem::path(data_) / "templates");
  WriteFile(std::filesystem::path(data_) / "templates" / "official-document.tmpl",
            "task = official-document\ntitle = 函\nrequest_label = 主題\nintro = x\n[主旨]\nfill = sometimes\n");
  CommandResult bad = RunWenyuan({"--data", data_, "draft", "regs", "--task", "official-document", "通報"});
  EXPECT_EQ(bad.exit_code, 1) << Describe(bad);
  EXPECT_NE(bad.err.find("official-document.tmpl: line 6: fill must be"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace wenyuan::testing
