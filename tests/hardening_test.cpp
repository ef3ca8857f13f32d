// Integration tests of issue 15 ("no file, client or crash takes the server
// down or loses an accepted document") on the real binary: a server killed
// with SIGKILL with uploads in flight, a disk-full upload, a document over
// the text budget, reply headers, the Secure cookie and the order of rights
// and model checks on /api/draft.
#include <gtest/gtest.h>
#include <httplib.h>
#include <sys/resource.h>

#include <csignal>

#include "server_test_support.h"
#include "util/resource_budget.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// A data directory with one empty KB "docs".
std::string PrepareEmptyKb(const TempDir& dir) {
  const std::string data = (dir.path() / "data").string();
  CommandResult r = RunWenyuan({"--data", data, "-q", "kb", "create", "docs"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return data;
}

// A distinct text per file, so each can be searched for by its own word:
// the body is drawn from a pool of characters by a per-file sequence, so no
// two files are near-duplicates (which would be kept without passages).
std::string NumberedText(int i) {
  static const std::u32string kPool =
      U"國家政府機關公文規定辦法條例計畫預算經費審查核定申請文件資料系統網路安全管理單位人員教育訓練"
      U"環境保護交通運輸衛生醫療社會福利文化觀光農業漁業工業商業科技研究發展建設工程土地水利電力能源";
  uint32_t state = 2654435761u * static_cast<uint32_t>(i + 1);
  std::u32string body;
  for (int k = 0; k < 240; ++k) {
    state = state * 1664525u + 1013904223u;
    body += kPool[(state >> 8) % kPool.size()];
    if (k % 40 == 39) body += U'。';
  }
  return "第" + std::to_string(i) + "號公告\n\n" + EncodeUtf8(body) + "代號甲乙" + std::to_string(i) + "。\n";
}

// Issue 15: uploads answered 202 were lost when the server died, and
// GET /api/jobs/ID answered 404 after a restart. The job must be in the
// catalog before the 202, be resumed at the next start and stay visible.
TEST(ServerCrash, UploadAnswered202SurvivesSigkillAndIsResumed) {
  TempDir dir;
  const std::string data = PrepareEmptyKb(dir);
  std::vector<int64_t> jobs;
  constexpr int kFiles = 12;
  {
    auto server = StartServer(data, "rate_limit_per_minute = 0\n");
    ASSERT_TRUE(server->running()) << server->startup_error();
    auto client = ClientFor(server->port());
    for (int batch = 0; batch < 2; ++batch) {
      httplib::MultipartFormDataItems items;
      for (int i = batch * kFiles / 2; i < (batch + 1) * kFiles / 2; ++i) {
        items.push_back({"files", NumberedText(i), "notice-" + std::to_string(i) + ".txt", "text/plain"});
      }
      auto up = client->Post("/api/kb/docs/documents", items);
      ASSERT_TRUE(up) << Describe(up);
      ASSERT_EQ(up->status, 202) << Describe(up);
      jobs.push_back(JsonOf(up).value("job", int64_t{0}));
    }
    EXPECT_EQ(server->Stop(SIGKILL), 128 + SIGKILL);
  }
  auto server = StartServer(data, "rate_limit_per_minute = 0\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port());
  for (int64_t id : jobs) {
    json job = WaitForJob(*client, id);
    ASSERT_EQ(job.value("state", ""), "done") << job.dump();
    ASSERT_EQ(job["files"].size(), static_cast<size_t>(kFiles / 2)) << job.dump();
    for (const auto& f : job["files"]) {
      const std::string state = f.value("state", "");
      EXPECT_TRUE(state == "added" || state == "unchanged") << job.dump();
    }
  }
  for (int i = 0; i < kFiles; ++i) {
    auto found = client->Get("/api/search?kb=docs&q=" + Encode("代號甲乙" + std::to_string(i)));
    ASSERT_TRUE(found) << Describe(found);
    EXPECT_GE(JsonOf(found)["hits"].size(), 1u) << "file " << i << " lost: " << Describe(found);
  }
  auto listed = client->Get("/api/kb/docs/documents?limit=100");
  EXPECT_EQ(JsonOf(listed).value("total", 0), kFiles) << Describe(listed);
}

TEST(ServerHardening, JobErrorsNameTheFileNotWhereTheServerKeepsIt) {
  TempDir dir;
  const std::string data = PrepareEmptyKb(dir);
  auto server = StartServer(data, "");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port());
  auto up =
      client->Post("/api/kb/docs/documents",
                   httplib::MultipartFormDataItems{{"files", "PK not a zip at all", "broken.docx", "application/zip"}});
  ASSERT_TRUE(up) << Describe(up);
  ASSERT_EQ(up->status, 202) << Describe(up);
  json job = WaitForJob(*client, JsonOf(up).value("job", int64_t{0}));
  ASSERT_EQ(job["files"].size(), 1u) << job.dump();
  const std::string error = job["files"][0].value("error", "");
  EXPECT_NE(error.find("broken.docx"), std::string::npos) << job.dump();
  EXPECT_EQ(error.find(data), std::string::npos) << job.dump();
  EXPECT_EQ(error.find("/uploads/"), std::string::npos) << job.dump();
}

// Issue 15: a disk-full upload left uploads/KB/NAME.tmp behind and the 500
// body showed the server's absolute path. A file-size limit on the server
// process (SIGXFSZ ignored) makes its write fail as a full disk does.
TEST(ServerHardening, DiskFullUploadLeavesNoTemporaryFileAndNoServerPath) {
  TempDir dir;
  const std::string data = PrepareEmptyKb(dir);
  std::unique_ptr<ServerProcess> server;
  {
    rlimit old{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit low = old;
    low.rlim_cur = 2u << 20;
    auto old_handler = ::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &low), 0);
    server = StartServer(data, "");  // the child inherits both
    ::setrlimit(RLIMIT_FSIZE, &old);
    ::signal(SIGXFSZ, old_handler);
  }
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port());
  std::string big;
  while (big.size() < (3u << 20)) big += NumberedText(static_cast<int>(big.size()));
  auto up = client->Post("/api/kb/docs/documents",
                         httplib::MultipartFormDataItems{{"files", big, "big-notice.txt", "text/plain"}});
  ASSERT_TRUE(up) << Describe(up);
  EXPECT_EQ(up->status, 500) << Describe(up);
  EXPECT_NE(up->body.find("big-notice.txt"), std::string::npos) << up->body;
  EXPECT_EQ(up->body.find(data), std::string::npos) << up->body;
  EXPECT_EQ(up->body.find("/uploads/"), std::string::npos) << up->body;
  EXPECT_FALSE(fs::exists(fs::path(data) / "uploads" / "docs" / "big-notice.txt.tmp"));
  EXPECT_FALSE(fs::exists(fs::path(data) / "uploads" / "docs" / "big-notice.txt"));
  // The server is still up and answers.
  auto health = client->Get("/api/health");
  ASSERT_TRUE(health) << Describe(health);
  EXPECT_EQ(health->status, 200);
}

// Issue 15: a 200 MB one-line .txt was committed and then broke every later
// ingest of its KB. Over the per-document text budget, the file fails with
// a clear error naming it, nothing of it is stored, and the KB stays usable.
TEST(IngestBudget, OneLineTextOverTheBudgetIsRefusedAndTheKbStaysUsable) {
  TempDir dir;
  const std::string data = PrepareEmptyKb(dir);
  const fs::path huge = dir / "one-line.txt";
  WriteFile(huge, std::string(ResourceLimits{}.max_document_chars + 100, 'a'));
  CommandResult r = RunWenyuan({"--data", data, "ingest", "docs", huge.string()});
  EXPECT_NE(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("one-line.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("characters (the limit per document)"), std::string::npos) << r.err;
  CommandResult list = RunWenyuan({"--data", data, "kb", "list", "--json"});
  json kbs = json::parse(list.out, nullptr, false);
  ASSERT_TRUE(kbs.is_object()) << list.out;
  EXPECT_EQ(kbs["kbs"][0].value("documents", -1), 0) << "nothing of the refused file is stored: " << list.out;

  const fs::path small = dir / "small.txt";
  WriteFile(small, NumberedText(7));
  CommandResult ok = RunWenyuan({"--data", data, "ingest", "docs", small.string()});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  CommandResult search = RunWenyuan({"--data", data, "search", "docs", "代號甲乙7", "--json"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  json j = json::parse(search.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << search.out;
  ASSERT_EQ(j["results"].size(), 1u) << search.out;
}

class ServerHeadersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    data_ = (dir_->path() / "data").string();
    setup_error_ = PrepareTwoKbs(data_);
    if (!setup_error_.empty()) return;
    reader_other_ = CreateKey(data_, {"--role", "reader", "--kb", "other"});
    reader_sample_ = CreateKey(data_, {"--role", "reader", "--kb", "sample"});
    server_ = StartServer(data_, "rate_limit_per_minute = 0\nsecure_cookies = true\n").release();
    if (!server_->running()) setup_error_ = "server did not start: " + server_->startup_error();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }

  static inline TempDir* dir_ = nullptr;
  static inline std::string data_, reader_other_, reader_sample_, setup_error_;
  static inline ServerProcess* server_ = nullptr;
};

TEST_F(ServerHeadersTest, ApiRepliesAreNotCachedOrSniffed) {
  auto client = ClientFor(server_->port(), reader_sample_);
  for (const std::string& path :
       std::vector<std::string>{"/api/health", "/api/search?kb=sample&q=" + Encode("資安"), "/api/kb",
                                "/api/no-such-route", "/v1/models", "/api/search?kb=other&q=x"}) {
    auto r = client->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->get_header_value("Cache-Control"), "no-store") << path << " " << Describe(r);
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << path << " " << Describe(r);
  }
}

TEST_F(ServerHeadersTest, SessionCookieIsSecureWhenConfigured) {
  auto client = ClientFor(server_->port());
  auto in = client->Post("/api/session", json{{"key", reader_sample_}}.dump(), "application/json");
  ASSERT_TRUE(in) << Describe(in);
  ASSERT_EQ(in->status, 200) << Describe(in);
  EXPECT_NE(in->get_header_value("Set-Cookie").find("; Secure"), std::string::npos)
      << in->get_header_value("Set-Cookie");
}

// Issue 15: /api/draft told a key that may not read the KB that no model is
// configured (503) before refusing it (403).
TEST_F(ServerHeadersTest, DraftChecksRightsBeforeTheModel) {
  auto outsider = ClientFor(server_->port(), reader_other_);
  auto denied = outsider->Post("/api/draft", json{{"kb", "sample"}, {"topic", "資安通報"}}.dump(), "application/json");
  ASSERT_TRUE(denied) << Describe(denied);
  EXPECT_EQ(denied->status, 403) << Describe(denied);
  auto missing =
      outsider->Post("/api/draft", json{{"kb", "nosuchkb"}, {"topic", "資安通報"}}.dump(), "application/json");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 403) << Describe(missing);
  // With the right to read, a server without a model drafts the template
  // from the evidence (issue 16) instead of refusing.
  auto insider = ClientFor(server_->port(), reader_sample_);
  auto drafted = insider->Post("/api/draft", json{{"kb", "sample"}, {"topic", "資安通報"}}.dump(), "application/json");
  ASSERT_TRUE(drafted);
  EXPECT_EQ(drafted->status, 200) << Describe(drafted);
  EXPECT_NE(drafted->body.find("未使用語言模型"), std::string::npos) << drafted->body.substr(0, 400);
}

}  // namespace
}  // namespace wenyuan::testing
