// `wenyuan backup` and `wenyuan restore` on a live data directory: a real
// `wenyuan ingest` process keeps adding documents (with vectors, a taxonomy
// and a user dictionary) while the backup is taken. The backup restored
// into a new data directory passes `wenyuan check`, and every document its
// catalog holds is found by searching its unique marker on a server
// started on it. Restore refuses a non-empty data directory unless told.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "server_test_support.h"
#include "test_support.h"

extern char** environ;

namespace wenyuan {
namespace {

namespace fs = std::filesystem;
using wenyuan::testing::RunWenyuan;

constexpr int kFiles = 300;
constexpr int kRecordsPerFile = 10;

// JSONL files of records, each with the unique marker "bkNNNNN" in its
// title and text, and made-up Chinese sentences around it.
void WriteInputs(const fs::path& dir) {
  static const std::u32string kChars =
      U"資訊安全通報程序機關應於知悉事件後一小時內向主管單位報告並記錄處理經過民眾申請案件辦理期限公開資料"
      U"會議紀錄決議事項預算執行情形年度計畫推動成果檢討改善措施";
  std::mt19937 rng(20261204);
  fs::create_directories(dir);
  for (int f = 0; f < kFiles; ++f) {
    std::string body;
    for (int r = 0; r < kRecordsPerFile; ++r) {
      char marker[16];
      std::snprintf(marker, sizeof marker, "bk%05d", f * kRecordsPerFile + r);
      std::u32string text;
      for (int i = 0; i < 120; ++i) {
        text += kChars[rng() % kChars.size()];
        if (i % 30 == 29) text += U'。';
      }
      body += nlohmann::json{{"title", std::string("備份測試 ") + marker},
                             {"text", std::string(marker) + " " + wenyuan::testing::EncodeUtf8(text)}}
                  .dump() +
              "\n";
    }
    char name[32];
    std::snprintf(name, sizeof name, "part%04d.jsonl", f);
    wenyuan::testing::WriteFile(dir / name, body);
  }
}

bool StillRunning(pid_t pid) {
  int status = 0;
  return ::waitpid(pid, &status, WNOHANG) == 0;
}

TEST(BackupTest, BackupDuringIngestRestoresToACheckedDataDirectoryWhereEveryDocumentIsFound) {
  wenyuan::testing::TempDir tmp;
  WriteInputs(tmp / "input");
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "c"}).exit_code, 0);
  wenyuan::testing::WriteFile(tmp / "tax.txt", "資安: 資訊安全, 通報\n會議: 會議紀錄\n");
  ASSERT_EQ(RunWenyuan({"--data", data, "taxonomy", "add", "c", "主題", (tmp / "tax.txt").string()}).exit_code, 0);
  wenyuan::testing::WriteFile(fs::path(data) / "kbs" / "c" / "user-dictionary.txt", "通報程序\n");
  // A first file committed before the long ingest starts.
  auto first = RunWenyuan(
      {"--data", data, "-q", "ingest", "c", (tmp / "input" / "part0000.jsonl").string(), "--embedder", "hashing"});
  ASSERT_EQ(first.exit_code, 0) << first.err;

  const fs::path log = tmp / "ingest.log";
  pid_t pid = wenyuan::testing::SpawnWenyuanLogged(
      {"--data", data, "ingest", "c", (tmp / "input").string(), "--embedder", "hashing"}, log);
  ASSERT_GT(pid, 0);
  // Once files are going in (loading the dictionaries takes a second).
  for (int waited = 0; waited < 3000 && StillRunning(pid); ++waited) {
    if (wenyuan::testing::ReadFile(log).find("ingest: [") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(StillRunning(pid)) << "the ingest ended before the backup began:\n" << wenyuan::testing::ReadFile(log);
  const fs::path backup = tmp / "backup";
  auto b = RunWenyuan({"--data", data, "backup", backup.string(), "--json"});
  const bool overlapped = StillRunning(pid);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_TRUE(overlapped) << "the ingest ended before the backup did";
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << wenyuan::testing::ReadFile(log);
  const auto marker = nlohmann::json::parse(b.out, nullptr, false);
  ASSERT_TRUE(marker.is_object()) << b.out;
  ASSERT_EQ(marker["kbs"].size(), 1u);
  EXPECT_GT(marker["kbs"][0]["index_files"].get<int>(), 0);
  EXPECT_TRUE(fs::exists(backup / "wenyuan-backup.json"));

  // A backup into a folder that is not empty is refused.
  auto again = RunWenyuan({"--data", data, "backup", backup.string()});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("not empty"), std::string::npos) << again.err;

  const std::string restored = (tmp / "restored").string();
  auto r = RunWenyuan({"--data", restored, "restore", backup.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  auto check = RunWenyuan({"--data", restored, "check", "c"});
  ASSERT_EQ(check.exit_code, 0) << check.err << check.out;
  EXPECT_TRUE(fs::exists(fs::path(restored) / "kbs" / "c" / "taxonomies"));
  EXPECT_EQ(wenyuan::testing::ReadFile(fs::path(restored) / "kbs" / "c" / "user-dictionary.txt"), "通報程序\n");
  EXPECT_TRUE(fs::exists(fs::path(restored) / "kbs" / "c" / "vectors"));

  // Every document of the restored catalog, found by its marker.
  auto exported = RunWenyuan({"--data", restored, "export", "c", "--format", "jsonl"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  std::vector<std::string> markers;
  size_t at = 0;
  while ((at = exported.out.find("\"title\":\"備份測試 bk", at)) != std::string::npos) {
    at += std::string("\"title\":\"備份測試 ").size();
    markers.push_back(exported.out.substr(at, 7));
  }
  ASSERT_GE(markers.size(), static_cast<size_t>(kRecordsPerFile)) << exported.out.substr(0, 500);
  EXPECT_LT(markers.size(), static_cast<size_t>(kFiles * kRecordsPerFile))
      << "the backup holds every document: it was not taken during the ingest";

  wenyuan::testing::ServerProcess server({"--data", restored, "-q", "serve", "--port", "0"});
  ASSERT_TRUE(server.running()) << server.startup_error();
  auto client = wenyuan::testing::ClientFor(server.port());
  for (const auto& m : markers) {
    auto res = client->Get("/api/search?kb=c&k=1&q=" + m);
    const auto j = wenyuan::testing::JsonOf(res);
    ASSERT_TRUE(j.is_object() && j["hits"].is_array()) << wenyuan::testing::Describe(res);
    ASSERT_FALSE(j["hits"].empty()) << m << " not found in the restored data directory";
    EXPECT_NE(j["hits"][0]["title"].get<std::string>().find(m), std::string::npos) << m;
  }
  server.Stop();

  // Restoring over a data directory that is not empty needs --force.
  auto refused = RunWenyuan({"--data", restored, "restore", backup.string()});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  auto forced = RunWenyuan({"--data", restored, "restore", backup.string(), "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  // Not a backup at all.
  auto bogus = RunWenyuan({"--data", (tmp / "elsewhere").string(), "restore", (tmp / "input").string()});
  EXPECT_EQ(bogus.exit_code, 1);
  EXPECT_NE(bogus.err.find("not a complete wenyuan backup"), std::string::npos) << bogus.err;
}

}  // namespace
}  // namespace wenyuan
