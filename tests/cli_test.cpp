// Integration tests of the `wenyuan` command line's knowledge-base,
// ingest and usage handling: the real binary, run as a child process
// (RunWenyuan) on temporary data directories (search and ask:
// cli_query_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_support.h"
#include "test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

struct IngestSummary {
  size_t added = 0, updated = 0, unchanged = 0, failed = 0;
  bool operator==(const IngestSummary&) const = default;
};

std::ostream& operator<<(std::ostream& os, const IngestSummary& s) {
  return os << s.added << " added, " << s.updated << " updated, " << s.unchanged << " unchanged, " << s.failed
            << " failed";
}

// The summary line `ingest` prints as its whole stdout.
std::optional<IngestSummary> ParseSummary(const std::string& out) {
  static const std::regex kLine(
      R"(^(\d+) added, (\d+) updated, (\d+) unchanged, (\d+) failed; \d+ documents, \d+ passages, \d+ pages not indexed, \d+ duplicates; [^\n]*\n$)");
  std::smatch m;
  if (!std::regex_match(out, m, kLine)) return std::nullopt;
  return IngestSummary{std::stoul(m[1]), std::stoul(m[2]), std::stoul(m[3]), std::stoul(m[4])};
}

// kb list --json, parsed; fails the test if it does not parse.
json ListKbs(const fs::path& data) {
  CommandResult r = RunWenyuan({"--data", data.string(), "kb", "list", "--json"});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  json j = ParseJson(r.out);
  EXPECT_TRUE(j.is_object() && j.contains("kbs") && j["kbs"].is_array()) << r.out;
  if (!j.is_object() || !j.contains("kbs") || !j["kbs"].is_array()) return json::array();
  return j["kbs"];
}

std::vector<std::string> KbNames(const json& kbs) {
  std::vector<std::string> names;
  for (const auto& kb : kbs) names.push_back(kb.at("name").get<std::string>());
  return names;
}

const json* FindKb(const json& kbs, const std::string& name) {
  for (const auto& kb : kbs) {
    if (kb.at("name") == name) return &kb;
  }
  return nullptr;
}

// ---- kb create / list / drop ----

TEST(CliKb, CreateListDrop) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  for (const char* name : {"alpha", "beta-2", "Gamma_3"}) {
    CommandResult r = RunWenyuan({"--data", data, "kb", "create", name});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
  }
  json kbs = ListKbs(data);
  std::vector<std::string> names = KbNames(kbs);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"Gamma_3", "alpha", "beta-2"}));
  for (const auto& kb : kbs) {
    EXPECT_EQ(kb.at("documents"), 0) << kb.dump();
    EXPECT_EQ(kb.at("passages"), 0) << kb.dump();
    ASSERT_TRUE(kb.at("created_at").is_string());
    EXPECT_FALSE(kb.at("created_at").get<std::string>().empty());
  }

  CommandResult drop = RunWenyuan({"--data", data, "kb", "drop", "alpha"});
  ASSERT_EQ(drop.exit_code, 0) << Describe(drop);
  names = KbNames(ListKbs(data));
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"Gamma_3", "beta-2"}));

  CommandResult again = RunWenyuan({"--data", data, "kb", "drop", "alpha"});
  EXPECT_EQ(again.exit_code, 1) << Describe(again);
  EXPECT_EQ(CountLines(again.err), 1u) << again.err;
  EXPECT_NE(again.err.find("alpha"), std::string::npos) << again.err;

  // The plain listing names every KB too.
  CommandResult plain = RunWenyuan({"--data", data, "kb", "list"});
  ASSERT_EQ(plain.exit_code, 0) << Describe(plain);
  EXPECT_NE(plain.out.find("beta-2"), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find("Gamma_3"), std::string::npos) << plain.out;
  EXPECT_EQ(plain.out.find("alpha"), std::string::npos) << plain.out;
}

TEST(CliKb, ListOnFreshDataDirIsEmpty) {
  TempDir tmp;
  json kbs = ListKbs(tmp / "data");
  EXPECT_TRUE(kbs.empty()) << kbs.dump();
}

TEST(CliKb, DuplicateCreateFailsWithOneLineNamingTheKb) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  CommandResult first = RunWenyuan({"--data", data, "kb", "create", "docs"});
  ASSERT_EQ(first.exit_code, 0) << Describe(first);

  CommandResult dup = RunWenyuan({"--data", data, "kb", "create", "docs"});
  EXPECT_EQ(dup.exit_code, 1) << Describe(dup);
  EXPECT_EQ(CountLines(dup.err), 1u) << dup.err;
  EXPECT_NE(dup.err.find("docs"), std::string::npos) << dup.err;
  EXPECT_TRUE(dup.out.empty()) << dup.out;

  CommandResult ok = RunWenyuan({"--data", data, "kb", "create", "docs", "--exist-ok"});
  EXPECT_EQ(ok.exit_code, 0) << Describe(ok);
  EXPECT_EQ(KbNames(ListKbs(data)), (std::vector<std::string>{"docs"}));
}

TEST(CliKb, RejectsBadNames) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  for (const std::string& name : {std::string("bad name"), std::string("bad/name"), std::string("知識庫"),
                                  std::string("_lead"), std::string("a.b"), std::string(65, 'a')}) {
    CommandResult r = RunWenyuan({"--data", data, "kb", "create", name});
    EXPECT_NE(r.exit_code, 0) << name << "\n" << Describe(r);
    EXPECT_FALSE(r.err.empty()) << name;
  }
  EXPECT_TRUE(ListKbs(data).empty());
  // 64 characters is still allowed.
  CommandResult longest = RunWenyuan({"--data", data, "kb", "create", std::string(64, 'a')});
  EXPECT_EQ(longest.exit_code, 0) << Describe(longest);
}

// ---- ingest ----

TEST(CliIngest, SamplesAddedThenUnchanged) {
  const size_t n = CountSupportedSampleFiles();
  ASSERT_GT(n, 0u);
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "sample"}).exit_code, 0);

  CommandResult first = RunWenyuan({"--data", data, "ingest", "sample", SamplesDir().string()});
  ASSERT_EQ(first.exit_code, 0) << Describe(first);
  auto summary = ParseSummary(first.out);
  ASSERT_TRUE(summary) << first.out;
  EXPECT_EQ(*summary, (IngestSummary{n, 0, 0, 0}));

  json kbs = ListKbs(data);
  const json* sample = FindKb(kbs, "sample");
  ASSERT_NE(sample, nullptr) << kbs.dump();
  EXPECT_EQ(sample->at("documents").get<size_t>(), n);
  EXPECT_GE(sample->at("passages").get<size_t>(), n);

  CommandResult second = RunWenyuan({"--data", data, "ingest", "sample", SamplesDir().string()});
  ASSERT_EQ(second.exit_code, 0) << Describe(second);
  summary = ParseSummary(second.out);
  ASSERT_TRUE(summary) << second.out;
  EXPECT_EQ(*summary, (IngestSummary{0, 0, n, 0}));
  EXPECT_EQ(FindKb(ListKbs(data), "sample")->at("documents").get<size_t>(), n);
}

TEST(CliIngest, ChangedFileIsUpdated) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  const fs::path file = tmp / "docs" / "note.txt";
  WriteFile(file, "第一版的內容。\n");
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "k"}).exit_code, 0);
  CommandResult first = RunWenyuan({"--data", data, "ingest", "k", file.string()});
  ASSERT_EQ(ParseSummary(first.out), (IngestSummary{1, 0, 0, 0})) << Describe(first);
  WriteFile(file, "第二版的內容，改過了。\n");
  CommandResult second = RunWenyuan({"--data", data, "ingest", "k", file.string()});
  EXPECT_EQ(second.exit_code, 0) << Describe(second);
  EXPECT_EQ(ParseSummary(second.out), (IngestSummary{0, 1, 0, 0})) << Describe(second);
  EXPECT_EQ(FindKb(ListKbs(data), "k")->at("documents"), 1);
}

TEST(CliIngest, BinaryFileFailsAndTheTextOnesAreAdded) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  const fs::path docs = tmp / "docs";
  WriteFile(docs / "good.txt", "北極星計畫於今年三月正式啟動。\n");
  // Stray bytes: read with a warning, not refused.
  WriteFile(docs / "stray.txt", "第一行沒有問題。\n第二行\xff\xfe壞了，但南十字星計畫照常進行。\n");
  // A binary file named .txt: the file that cannot be read.
  std::string binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  for (int i = 0; i < 300; ++i) binary += static_cast<char>((i * 131) & 0xff);
  WriteFile(docs / "bin.txt", binary);
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "mixed"}).exit_code, 0);

  CommandResult r = RunWenyuan({"--data", data, "ingest", "mixed", docs.string()});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_EQ(ParseSummary(r.out), (IngestSummary{2, 0, 0, 1})) << Describe(r);
  // Every line that names the binary file says why, on that one line.
  size_t failed_lines = 0;
  std::istringstream err(r.err);
  for (std::string line; std::getline(err, line);) {
    if (line.find("bin.txt") == std::string::npos) continue;
    ++failed_lines;
    EXPECT_NE(line.find("bin.txt: does not look like text (binary data at byte 8)"), std::string::npos) << line;
  }
  EXPECT_GE(failed_lines, 1u) << r.err;
  EXPECT_NE(r.err.find("stray.txt: line 2: 2 invalid bytes replaced with U+FFFD"), std::string::npos) << r.err;

  EXPECT_EQ(FindKb(ListKbs(data), "mixed")->at("documents"), 2);
  for (const char* query : {"北極星計畫", "南十字星計畫"}) {
    CommandResult search = RunWenyuan({"--data", data, "search", "mixed", query, "--json"});
    ASSERT_EQ(search.exit_code, 0) << Describe(search);
    json j = ParseJson(search.out);
    ASSERT_TRUE(j.is_object()) << search.out;
    ASSERT_GE(j["results"].size(), 1u) << search.out;
    const char* file = query == std::string("北極星計畫") ? "good.txt" : "stray.txt";
    EXPECT_TRUE(j["results"][0]["source"].get<std::string>().ends_with(file)) << search.out;
  }
}

TEST(CliIngest, Big5AndGb18030FilesAreSearchableInUtf8) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  const fs::path docs = tmp / "docs";
  // 臺北市資訊局公告：北極星計畫自即日起受理申請。 in Big5 (CP950), and
  // 上海市政府通知：南十字星计划正式启动。 in GB18030, written as bytes.
  WriteFile(docs / "big5.txt",
            "\xbb\x4f\xa5\x5f\xa5\xab\xb8\xea\xb0\x54\xa7\xbd\xa4\xbd\xa7\x69\xa1\x47"
            "\xa5\x5f\xb7\xa5\xac\x50\xad\x70\xb5\x65\xa6\xdb\xa7\x59\xa4\xe9\xb0\x5f"
            "\xa8\xfc\xb2\x7a\xa5\xd3\xbd\xd0\xa1\x43\n");
  WriteFile(docs / "gb.txt",
            "\xc9\xcf\xba\xa3\xca\xd0\xd5\xfe\xb8\xae\xcd\xa8\xd6\xaa\xa3\xba\xc4\xcf"
            "\xca\xae\xd7\xd6\xd0\xc7\xbc\xc6\xbb\xae\xd5\xfd\xca\xbd\xc6\xf4\xb6\xaf"
            "\xa1\xa3\n");
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "legacy"}).exit_code, 0);
  CommandResult r = RunWenyuan({"--data", data, "ingest", "legacy", docs.string()});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(ParseSummary(r.out), (IngestSummary{2, 0, 0, 0})) << Describe(r);
  for (auto [query, file] : {std::pair{"北極星計畫", "big5.txt"}, std::pair{"南十字星计划", "gb.txt"}}) {
    CommandResult search = RunWenyuan({"--data", data, "search", "legacy", query, "--json"});
    ASSERT_EQ(search.exit_code, 0) << Describe(search);
    json j = ParseJson(search.out);
    ASSERT_TRUE(j.is_object()) << search.out;
    ASSERT_GE(j["results"].size(), 1u) << search.out;
    EXPECT_TRUE(j["results"][0]["source"].get<std::string>().ends_with(file)) << search.out;
  }
}

TEST(CliIngest, MissingPathFailsWithOneLineNamingIt) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "k"}).exit_code, 0);
  const std::string missing = (tmp / "no-such-folder").string();
  CommandResult r = RunWenyuan({"--data", data, "ingest", "k", missing});
  EXPECT_NE(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(CountLines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find(missing), std::string::npos) << r.err;
  EXPECT_EQ(FindKb(ListKbs(data), "k")->at("documents"), 0);
}

TEST(CliIngest, UnknownKbFails) {
  TempDir tmp;
  CommandResult r = RunWenyuan({"--data", (tmp / "data").string(), "ingest", "nokb", SamplesDir().string()});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("nokb"), std::string::npos) << r.err;
}

// ---- usage ----

TEST(CliUsage, UnknownCommandExitsTwo) {
  TempDir tmp;
  CommandResult r = RunWenyuan({"--data", (tmp / "data").string(), "frobnicate"});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("frobnicate"), std::string::npos) << r.err;
  CommandResult kb = RunWenyuan({"--data", (tmp / "data").string(), "kb", "rename", "x"});
  EXPECT_EQ(kb.exit_code, 2) << Describe(kb);
}

TEST(CliUsage, UnknownFlagOrMissingValueExitsTwo) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  CommandResult r = RunWenyuan({"--data", data, "kb", "list", "--bogus"});
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("--bogus"), std::string::npos) << r.err;
  CommandResult inline_switch = RunWenyuan({"--data", data, "kb", "list", "--json=yes"});
  EXPECT_EQ(inline_switch.exit_code, 2) << Describe(inline_switch);
  CommandResult missing = RunWenyuan({"kb", "list", "--data"});
  EXPECT_EQ(missing.exit_code, 2) << Describe(missing);
  CommandResult none = RunWenyuan({});
  EXPECT_EQ(none.exit_code, 2) << Describe(none);
  CommandResult bad_level = RunWenyuan({"--data", data, "--log-level", "loud", "kb", "list"});
  EXPECT_EQ(bad_level.exit_code, 2) << Describe(bad_level);
}

TEST(CliUsage, VersionAndHelp) {
  CommandResult v = RunWenyuan({"--version"});
  EXPECT_EQ(v.exit_code, 0) << Describe(v);
  EXPECT_TRUE(std::regex_match(v.out, std::regex(R"(wenyuan \d+\.\d+\.\d+\n)"))) << v.out;
  CommandResult h = RunWenyuan({"--help"});
  EXPECT_EQ(h.exit_code, 0) << Describe(h);
  EXPECT_NE(h.out.find("usage:"), std::string::npos) << h.out;
}

TEST(CliUsage, DataFlagWorksAfterTheCommand) {
  TempDir tmp;
  const std::string one = (tmp / "one").string();
  const std::string two = (tmp / "two").string();
  ASSERT_EQ(RunWenyuan({"kb", "create", "first", "--data", one}).exit_code, 0);
  ASSERT_EQ(RunWenyuan({"kb", "create", "second", "--data=" + two}).exit_code, 0);
  EXPECT_EQ(KbNames(ListKbs(one)), (std::vector<std::string>{"first"}));
  EXPECT_EQ(KbNames(ListKbs(two)), (std::vector<std::string>{"second"}));
  CommandResult r = RunWenyuan({"kb", "list", "--json", "--data", two});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  json j = ParseJson(r.out);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_EQ(KbNames(j["kbs"]), (std::vector<std::string>{"second"}));
}

}  // namespace
}  // namespace wenyuan::testing
