// Kill loop on `wenyuan ingest` over real files of mixed formats: samples/
// (PDF, DOCX, HTML, Markdown, text) and the web pages and news text of
// ../shared/corpus, cut into one .txt file per page. The ingest is killed
// with SIGKILL at a random moment 30 times (a dozen files change between
// rounds, so replacements are killed too). After every kill the real
// binary's `check` passes and every file an earlier ingest reported added
// or updated is still a document of the KB: nothing committed is lost. A
// last ingest that runs to the end then holds every file. Prints the kills
// and the counts.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <regex>
#include <set>
#include <thread>

#include "catalog/catalog.h"
#include "catalog/document_queries.h"
#include "test_support.h"

extern char** environ;

namespace wenyuan {
namespace ingest_kill_test {

namespace fs = std::filesystem;

// Fills `dir` with samples/ and ../shared/corpus cut into one file per page;
// returns how many files.
size_t WriteInputs(const fs::path& dir) {
  fs::create_directories(dir);
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(testing::SamplesDir())) {
    if (!entry.is_regular_file()) continue;
    fs::copy_file(entry.path(), dir / entry.path().filename());
    ++files;
  }
  const fs::path corpus = testing::SharedDir() / "corpus";
  fs::copy_file(corpus / "people-daily-segmented.txt", dir / "people-daily-segmented.txt");
  ++files;
  // web-pages-zh.txt holds pages as <page="ID"><text>…</text>…: one file each.
  const std::string pages = testing::ReadFile(corpus / "web-pages-zh.txt");
  size_t at = pages.find("<page=");
  while (at != std::string::npos) {
    const size_t next = pages.find("<page=", at + 1);
    const std::string page = pages.substr(at, next == std::string::npos ? std::string::npos : next - at);
    const size_t text = page.find("<text>");
    if (text != std::string::npos && page.size() - text > 200) {
      char name[32];
      std::snprintf(name, sizeof name, "page-%03zu.txt", files);
      testing::WriteFile(dir / name, page.substr(text + 6));
      ++files;
    }
    at = next;
  }
  return files;
}

// The committed files that are not documents of KB "c".
std::vector<std::string> Missing(const std::string& data, const std::set<std::string>& files) {
  std::vector<std::string> missing;
  auto catalog = catalog::Catalog::Open(data);
  if (!catalog.ok()) return {"catalog: " + catalog.status().message()};
  auto kb = (*catalog)->GetKb("c");
  if (!kb.ok()) return {"kb: " + kb.status().message()};
  for (const auto& file : files) {
    catalog::DocumentFilter filter;
    filter.source = file;
    filter.limit = 1;
    auto page = catalog::ListDocuments(**catalog, kb->id, filter);
    if (!page.ok() || page->total == 0) missing.push_back(file);
  }
  return missing;
}

TEST(IngestKillTest, SigkillAtRandomMomentsLosesNoCommittedDocument) {
  if (!fs::exists(testing::SharedDir() / "corpus" / "web-pages-zh.txt")) {
    GTEST_SKIP() << "../shared/corpus not present";
  }
  testing::TempDir tmp;
  const fs::path input = tmp / "input";
  const size_t file_count = WriteInputs(input);
  ASSERT_GT(file_count, 50u);
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(testing::RunWenyuan({"--data", data, "kb", "create", "c"}).exit_code, 0);
  std::vector<fs::path> texts;
  for (const auto& entry : fs::directory_iterator(input)) {
    if (entry.path().filename().string().starts_with("page-")) texts.push_back(entry.path());
  }

  std::mt19937 rng(20261204);
  std::set<std::string> committed;
  int kills = 0, finished = 0, rounds = 0;
  // How long after its first progress line a kill may come: it shrinks
  // when an ingest ends before the kill and grows back after a kill, so
  // kills land while ingest still works however fast this machine and
  // build are.
  int window_ms = 800;
  for (; kills < 30 && rounds < 90; ++rounds) {
    // A dozen files change each round: the next ingest has work to be
    // killed in, replacements of committed documents among it.
    for (int i = 0; i < 12 && rounds > 0; ++i) {
      const fs::path& file = texts[rng() % texts.size()];
      testing::WriteFile(file, testing::ReadFile(file) + "\n第" + std::to_string(rounds) + "版補充說明。\n");
    }
    const fs::path log = tmp / ("ingest-" + std::to_string(rounds) + ".log");
    pid_t pid = wenyuan::testing::SpawnWenyuanLogged({"--data", data, "ingest", "c", input.string()}, log);
    ASSERT_GT(pid, 0);
    int status = 0;
    bool ended = false;
    for (int waited = 0; waited < 1000 && !ended; ++waited) {
      if (testing::ReadFile(log).find("ingest: [") != std::string::npos) break;
      ended = ::waitpid(pid, &status, WNOHANG) == pid;
      if (!ended) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!ended) {
      std::this_thread::sleep_for(std::chrono::milliseconds(rng() % static_cast<unsigned>(window_ms)));
      if (::waitpid(pid, &status, WNOHANG) == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        ++kills;
        window_ms = std::min(800, window_ms * 5 / 4);
      } else {
        ended = true;
        window_ms = std::max(20, window_ms * 2 / 3);
      }
    }
    if (ended) ++finished;
    const std::set<std::string> now = wenyuan::testing::FilesIngestedPerLog(log);
    committed.insert(now.begin(), now.end());
    auto check = testing::RunWenyuan({"--data", data, "check", "c"});
    ASSERT_EQ(check.exit_code, 0) << "after round " << rounds << ": " << check.err << check.out;
    const auto missing = Missing(data, committed);
    ASSERT_TRUE(missing.empty()) << "after round " << rounds << ", committed but gone: " << missing.front();
  }
  EXPECT_GE(kills, 30);
  auto last = testing::RunWenyuan({"--data", data, "ingest", "c", input.string()});
  ASSERT_EQ(last.exit_code, 0) << last.err;
  auto check = testing::RunWenyuan({"--data", data, "check", "c"});
  ASSERT_EQ(check.exit_code, 0) << check.err << check.out;
  std::set<std::string> all;
  for (const auto& entry : fs::directory_iterator(input)) all.insert(entry.path().string());
  const auto missing = Missing(data, all);
  EXPECT_TRUE(missing.empty()) << missing.size() << " files missing after a full ingest, e.g. " << missing.front();
  std::printf(
      "ingest kill loop: %zu files, %d kills, %d ingests finished on their own, %zu files committed before a "
      "kill or end, %zu lost\n",
      file_count, kills, finished, committed.size(), Missing(data, committed).size());
}

}  // namespace ingest_kill_test
}  // namespace wenyuan
