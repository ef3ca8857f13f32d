// `wenyuan analyze`: tokens with code-point ranges that slice the input,
// Traditional and Simplified meeting, and a knowledge base's user
// dictionary taking effect at once, in analysis and in search.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"
#include "util/utf8.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;

json Analyze(const std::vector<std::string>& args) {
  std::vector<std::string> all = {"analyze", "--json"};
  all.insert(all.end(), args.begin(), args.end());
  CommandResult r = RunWenyuan(all);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  EXPECT_TRUE(j.is_object()) << r.out;
  return j.is_object() ? j : json::object();
}

std::vector<std::string> Terms(const json& j) {
  std::vector<std::string> out;
  for (const auto& t : j["tokens"]) out.push_back(t["term"].get<std::string>());
  return out;
}

TEST(AnalyzeCommand, RangesSliceTheInputAndScriptsMeet) {
  const std::string text = "臺灣的資訊安全政策於2024年5月21日發布，GPT-4o 也在其中😀。";
  json j = Analyze({text});
  ASSERT_FALSE(j["tokens"].empty());
  for (const auto& t : j["tokens"]) {
    EXPECT_EQ(utf8::SliceCodePoints(text, t["begin"].get<size_t>(), t["end"].get<size_t>()),
              t["text"].get<std::string>());
  }
  auto terms = Terms(j);
  EXPECT_NE(std::find(terms.begin(), terms.end(), "2024年5月21日"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "gpt-4o"), terms.end());
  // The same sentence in Simplified gives the same terms.
  EXPECT_EQ(Terms(Analyze({"台湾的资讯安全政策于2024年5月21日发布，GPT-4o 也在其中😀。"})), terms);
  // Question words are marked for ranking.
  json q = Analyze({"資安事件要如何通報？"});
  bool question = false;
  for (const auto& t : q["tokens"]) question |= t["kind"] == "question";
  EXPECT_TRUE(question) << q.dump();
  json bigrams = Analyze({"--field", "bigrams", "發展"});
  ASSERT_EQ(bigrams["tokens"].size(), 1u);
  EXPECT_EQ(bigrams["tokens"][0]["term"], "发展");
}

TEST(AnalyzeCommand, KnowledgeBaseDictionaryTakesEffectWithoutRebuilding) {
  TempDir dir;
  const std::string data = (dir / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "k"}).exit_code, 0);
  WriteFile(dir / "docs" / "memo.txt", "本處將與鄭柵潔科長共同推動智慧桿聯網計畫，預計年底完成。\n");
  ASSERT_EQ(RunWenyuan({"--data", data, "ingest", "k", (dir / "docs").string()}).exit_code, 0);

  auto whole = [&](const std::string& term) {
    json j = Analyze({"--data", data, "--kb", "k", "推動智慧桿聯網計畫"});
    auto terms = Terms(j);
    return std::find(terms.begin(), terms.end(), term) != terms.end();
  };
  EXPECT_FALSE(whole("智慧杆联网"));
  WriteFile(dir / "data" / "kbs" / "k" / "user-dictionary.txt", "# projects\n智慧桿聯網 10 nz\n");
  EXPECT_TRUE(whole("智慧杆联网"));  // folded, whole, no rebuild

  CommandResult s = RunWenyuan({"--data", data, "search", "k", "智慧桿聯網", "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  json results = json::parse(s.out, nullptr, false);
  ASSERT_TRUE(results.is_object());
  EXPECT_EQ(results["results"].size(), 1u);

  WriteFile(dir / "data" / "kbs" / "k" / "user-dictionary.txt", "智慧桿聯網 not-a-number nz extra\n");
  CommandResult bad = RunWenyuan({"--data", data, "analyze", "--kb", "k", "智慧桿聯網"});
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("user-dictionary.txt"), std::string::npos) << bad.err;
}

TEST(AnalyzeCommand, RegionalFoldingIsAPerKnowledgeBaseChoice) {
  TempDir dir;
  const std::string data = (dir / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "k"}).exit_code, 0);
  WriteFile(dir / "docs" / "cn.txt", "关于加强信息安全管理的通知\n各单位应定期检查软件漏洞并更新网络设备。\n");
  ASSERT_EQ(RunWenyuan({"--data", data, "ingest", "k", (dir / "docs").string()}).exit_code, 0);
  auto hits = [&](const std::string& q) {
    CommandResult r = RunWenyuan({"--data", data, "search", "k", q, "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out, nullptr, false);
    return j.is_object() ? j["results"].size() : size_t{0};
  };
  // A Taiwanese reader's 資訊 and 軟體 do not meet the mainland 信息 and 软件 ...
  EXPECT_EQ(hits("資訊"), 0u);
  EXPECT_EQ(hits("軟體"), 0u);
  // ... until the knowledge base asks for it; then they do, with no re-ingest.
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "set", "k", "regional-folding", "on"}).exit_code, 0);
  EXPECT_EQ(hits("資訊"), 1u);
  EXPECT_EQ(hits("軟體"), 1u);
  CommandResult list = RunWenyuan({"--data", data, "kb", "list", "--json"});
  EXPECT_NE(list.out.find("\"regional_folding\": true"), std::string::npos) << list.out;
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "set", "k", "regional-folding", "off"}).exit_code, 0);
  EXPECT_EQ(hits("資訊"), 0u);
  EXPECT_EQ(RunWenyuan({"--data", data, "kb", "set", "k", "colour", "blue"}).exit_code, 2);
}

}  // namespace
}  // namespace wenyuan::testing
