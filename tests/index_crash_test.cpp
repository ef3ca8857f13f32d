// Crash safety of ingest + index: `wenyuan ingest` of a few thousand small
// documents is killed with SIGKILL at random moments, again and again. After
// every kill the index opens, `check` passes (checksums, and the index holds
// exactly the catalog's passages: nothing half-written is visible), and every
// file the ingest reported as added is searchable.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <set>
#include <thread>

#include "catalog/catalog.h"
#include "catalog/document_queries.h"
#include "search/kb_index.h"
#include "search/kb_search.h"
#include "test_support.h"

extern char** environ;

namespace wenyuan {
namespace index_crash_test {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kRecordsPerFile = 10;

// Writes JSONL files of records cut from the shared retrieval corpora; each
// record's text starts with a unique marker "wyidNNNNN". Returns marker → file.
std::map<std::string, std::string> WriteInputs(const fs::path& dir) {
  std::map<std::string, std::string> markers;
  std::vector<std::string> chunks;
  for (const char* set : {"drcd-dev", "cmrc2018-trial"}) {
    for (const auto& line :
         wenyuan::testing::ReadLines(wenyuan::testing::SharedDir() / "data" / set / "corpus.jsonl")) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object() || !j.contains("text")) continue;
      auto text = wenyuan::testing::DecodeUtf8(j["text"].get<std::string>());
      if (!text) continue;
      for (size_t at = 0; at + 40 < text->size(); at += 100) {
        chunks.push_back(wenyuan::testing::EncodeUtf8(text->substr(at, 100)));
      }
    }
  }
  fs::create_directories(dir);
  for (size_t f = 0; f * kRecordsPerFile < chunks.size(); ++f) {
    char name[32];
    std::snprintf(name, sizeof name, "part%04zu.jsonl", f);
    const fs::path path = dir / name;
    std::string body;
    for (size_t r = f * kRecordsPerFile; r < std::min(chunks.size(), (f + 1) * kRecordsPerFile); ++r) {
      char marker[32];
      std::snprintf(marker, sizeof marker, "wyid%05zu", r);
      markers[marker] = path.string();
      body += nlohmann::json{{"id", marker},
                             {"title", std::string("record ") + marker},
                             {"text", std::string(marker) + " " + chunks[r]}}
                  .dump() +
              "\n";
    }
    wenyuan::testing::WriteFile(path, body);
  }
  return markers;
}

class IndexCrashTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = search::MakeDefaultAnalysis();
    ASSERT_TRUE(a.ok());
    analysis_ = new search::Analysis(*a);
  }
  static void TearDownTestSuite() { delete analysis_; }
  static inline search::Analysis* analysis_ = nullptr;
};

TEST_F(IndexCrashTest, SigkillDuringIngestNeverLosesCommittedFilesOrShowsHalfWrittenOnes) {
  if (!fs::exists(wenyuan::testing::SharedDir() / "data" / "drcd-dev" / "corpus.jsonl")) {
    GTEST_SKIP() << "../shared/data not present";
  }
  const auto started = Clock::now();
  wenyuan::testing::TempDir tmp;
  const auto markers = WriteInputs(tmp / "input");
  ASSERT_GT(markers.size(), 2000u);
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(wenyuan::testing::RunWenyuan({"--data", data, "kb", "create", "c"}).exit_code, 0);
  std::map<std::string, std::vector<std::string>> markers_of;
  for (const auto& [marker, file] : markers) markers_of[file].push_back(marker);

  std::mt19937 rng(20261123);
  std::set<std::string> committed;
  int kills = 0, finished_rounds = 0;
  // How long after the first file goes in a kill may come: it shrinks when
  // an ingest ends first and grows back after a kill, so kills land while
  // ingest works however fast this machine and build are.
  int window_ms = 300;
  // `per_file`: how many of each file's records to look up (0: all).
  double verify_seconds = 0, wait_seconds = 0;
  auto verify = [&](const std::set<std::string>& files, int round, size_t per_file) {
    const auto verify_started = Clock::now();
    auto catalog = catalog::Catalog::Open(data);
    ASSERT_TRUE(catalog.ok());
    auto checked = search::CheckKbIndex(**catalog, *analysis_, "c");
    ASSERT_TRUE(checked.ok()) << "round " << round << ": " << checked.status().ToString();
    search::KbSessions sessions(DataLayout(data), *analysis_);
    auto kb = sessions.Open(**catalog, "c");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    for (const auto& file : files) {
      const auto& list = markers_of[file];
      for (size_t i = 0; i < list.size() && (per_file == 0 || i < per_file); ++i) {
        const std::string& marker = list[(i * 7 + static_cast<size_t>(round + 1)) % list.size()];
        search::SearchRequest request;
        request.query = marker;
        auto r = search::SearchKb(*kb, request);
        ASSERT_TRUE(r.ok()) << r.status().ToString();
        ASSERT_FALSE(r->hits.empty()) << "round " << round << ": " << marker << " of " << file << " not found";
        EXPECT_NE(r->hits[0].source.find(file), std::string::npos) << marker;
      }
    }
    verify_seconds += std::chrono::duration<double>(Clock::now() - verify_started).count();
  };
  std::vector<std::string> files;
  for (const auto& [file, list] : markers_of) files.push_back(file);
  for (int round = 0; kills < 50 && round < 120; ++round) {
    // A few files change between rounds, so ingests also replace passages.
    for (int i = 0; i < 15 && round > 0; ++i) {
      const std::string& file = files[rng() % files.size()];
      std::string body = wenyuan::testing::ReadFile(file);
      const size_t at = body.find("\"}");
      if (at != std::string::npos) body.insert(at, "（第" + std::to_string(round) + "版）");
      wenyuan::testing::WriteFile(file, body);
    }
    const fs::path log = tmp / ("ingest-" + std::to_string(round) + ".log");
    pid_t pid = wenyuan::testing::SpawnWenyuanLogged({"--data", data, "ingest", "c", (tmp / "input").string()}, log);
    ASSERT_GT(pid, 0);
    const auto spawned = Clock::now();
    // Kill at a random moment once files are going in (loading the
    // dictionaries takes a second first).
    for (int waited = 0; waited < 500; ++waited) {
      if (wenyuan::testing::ReadFile(log).find("ingest: [") != std::string::npos) break;
      int st = 0;
      if (::waitpid(pid, &st, WNOHANG) == pid) {
        pid = -pid;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    wait_seconds += std::chrono::duration<double>(Clock::now() - spawned).count();
    if (pid < 0) {  // it ended before any file went in
      ++finished_rounds;
      continue;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % static_cast<unsigned>(window_ms)));
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == 0) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      ++kills;
      window_ms = std::min(300, window_ms * 5 / 4);
    } else {
      ++finished_rounds;
      window_ms = std::max(10, window_ms * 2 / 3);
    }
    std::set<std::string> fresh;
    for (const auto& f : wenyuan::testing::FilesIngestedPerLog(log)) {
      if (committed.insert(f).second) fresh.insert(f);
    }
    // The real binary's check now and then; the same check in-process always.
    if (round % 10 == 0) {
      auto r = wenyuan::testing::RunWenyuan({"--data", data, "check", "c"});
      ASSERT_EQ(r.exit_code, 0) << "round " << round << ": " << r.err << r.out;
    }
    verify(fresh, round, 2);
    if (HasFatalFailure()) return;
  }
  EXPECT_GE(kills, 50);
  // Then an ingest that runs to the end: everything is there, once.
  auto last = wenyuan::testing::RunWenyuan({"--data", data, "ingest", "c", (tmp / "input").string()});
  ASSERT_EQ(last.exit_code, 0) << last.err;
  auto check = wenyuan::testing::RunWenyuan({"--data", data, "check", "c"});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  std::set<std::string> all;
  for (const auto& [file, list] : markers_of) all.insert(file);
  verify(all, -1, 0);
  auto catalog = catalog::Catalog::Open(data);
  ASSERT_TRUE(catalog.ok());
  auto kb = (*catalog)->GetKb("c");
  ASSERT_TRUE(kb.ok());
  auto stats = catalog::GetKbStats(**catalog, kb->id);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(static_cast<size_t>(stats->documents), markers.size());
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  std::printf(
      "crash test: %d kills, %d ingests finished on their own, %zu files reported added before a kill, "
      "%.1f s (%.1f s starting ingests, %.1f s verifying)\n",
      kills, finished_rounds, committed.size(), seconds, wait_seconds, verify_seconds);
}

}  // namespace index_crash_test
}  // namespace wenyuan
