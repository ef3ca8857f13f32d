// Integration tests of uploads, ingest jobs, document management and the
// server's defences against bad input: size and type limits, path
// traversal, malformed multipart and JSON, invalid UTF-8, slow clients;
// plus the OpenAI-compatible facade and /metrics. The real binary serves a
// prepared data directory on 127.0.0.1.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "server_test_support.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

class ServerDocumentsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    data_ = (dir_->path() / "data").string();
    setup_error_ = PrepareTwoKbs(data_);
    if (!setup_error_.empty()) return;
    editor_ = CreateKey(data_, {"--role", "editor", "--kb", "sample"});
    admin_ = CreateKey(data_, {"--role", "admin"});
    server_ = StartServer(data_,
                          "rate_limit_per_minute = 0\n"
                          "max_upload_bytes = 200000\n"
                          "max_upload_file_bytes = 100000\n"
                          "read_timeout_seconds = 1\n"
                          "header_timeout_seconds = 1\n"
                          "threads = 4\n")
                  .release();
    if (!server_->running()) setup_error_ = "server did not start: " + server_->startup_error();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }
  void TearDown() override {
    if (server_ && !server_->running()) ADD_FAILURE() << "the server died:\n" << server_->stderr_text();
  }
  std::unique_ptr<httplib::Client> Editor() { return ClientFor(server_->port(), editor_); }
  std::unique_ptr<httplib::Client> Admin() { return ClientFor(server_->port(), admin_); }
  httplib::Result Upload(const std::string& kb, const httplib::MultipartFormDataItems& items) {
    return Editor()->Post("/api/kb/" + kb + "/documents", items);
  }
  void ExpectError(const httplib::Result& r, int status, const std::string& code = "") {
    ASSERT_TRUE(r) << Describe(r);
    EXPECT_EQ(r->status, status) << Describe(r);
    json j = JsonOf(r);
    ASSERT_TRUE(j.is_object() && j.contains("error")) << Describe(r);
    if (!code.empty()) {
      EXPECT_EQ(j["error"].value("code", ""), code) << Describe(r);
    }
  }
  // The server still answers.
  void ExpectAlive() {
    auto r = ClientFor(server_->port())->Get("/api/health");
    ASSERT_TRUE(r) << Describe(r);
    EXPECT_EQ(r->status, 200);
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string data_, editor_, admin_;
  static inline ServerProcess* server_ = nullptr;
  static inline std::string setup_error_;
};

const char kUniqueText[] =
    "澎湖縣政府海洋牧場試驗計畫說明\n\n"
    "本計畫於望安鄉外海設置人工魚礁三十座，由漁業處負責監測魚群數量，每季公布一次監測報告。"
    "民眾如對海洋牧場試驗計畫有意見，可於每月第一個星期三向漁業處陳情。\n";

TEST_F(ServerDocumentsTest, UploadIngestSearchDeleteGone) {
  auto up = Upload("sample", {{"files", kUniqueText, "海洋牧場計畫.txt", "text/plain"}});
  ASSERT_TRUE(up) << Describe(up);
  ASSERT_EQ(up->status, 202) << Describe(up);
  const int64_t job_id = JsonOf(up).value("job", int64_t{0});
  ASSERT_GT(job_id, 0) << Describe(up);
  auto client = Editor();
  json job = WaitForJob(*client, job_id);
  ASSERT_EQ(job.value("state", ""), "done") << job.dump();
  EXPECT_EQ(job.value("kb", ""), "sample");
  EXPECT_EQ(job.value("done", 0), 1);
  EXPECT_EQ(job.value("total", 0), 1);
  ASSERT_EQ(job["files"].size(), 1u);
  EXPECT_EQ(job["files"][0].value("name", ""), "海洋牧場計畫.txt");
  EXPECT_EQ(job["files"][0].value("state", ""), "added") << job.dump();
  EXPECT_EQ(job["files"][0].value("documents", 0), 1) << job.dump();
  EXPECT_TRUE(fs::exists(fs::path(data_) / "uploads" / "sample" / "海洋牧場計畫.txt"));

  const std::string search = "/api/search?kb=sample&q=" + Encode("海洋牧場試驗計畫");
  auto found = client->Get(search);
  ASSERT_TRUE(found) << Describe(found);
  json hits = JsonOf(found)["hits"];
  ASSERT_FALSE(hits.empty()) << Describe(found);
  const int64_t doc = hits[0].value("document_id", int64_t{0});
  EXPECT_NE(hits[0].value("text", "").find("人工魚礁"), std::string::npos) << Describe(found);

  // The document, its text and passages.
  auto got = client->Get("/api/kb/sample/documents/" + std::to_string(doc));
  ASSERT_TRUE(got) << Describe(got);
  ASSERT_EQ(got->status, 200) << Describe(got);
  json d = JsonOf(got);
  EXPECT_NE(d.value("text", "").find("望安鄉"), std::string::npos) << d.dump();
  EXPECT_TRUE(d["metadata"].is_object());
  ASSERT_FALSE(d["passages"].empty()) << d.dump();
  EXPECT_EQ(d["passages"][0].value("id", ""), "sample/" + std::to_string(doc) + "#0");
  // Uploads are enriched like `wenyuan ingest`: keywords written in the text.
  ASSERT_TRUE(d["enrichment"].contains("keywords")) << d.dump();
  ASSERT_FALSE(d["enrichment"]["keywords"].empty()) << d.dump();
  for (const auto& k : d["enrichment"]["keywords"]) {
    EXPECT_NE(d.value("text", "").find(k.value("text", "?")), std::string::npos) << k.dump();
  }
  // It is listed, and the listing filters by source.
  auto listed = client->Get("/api/kb/sample/documents?source=" + Encode("海洋牧場"));
  ASSERT_TRUE(listed) << Describe(listed);
  ASSERT_EQ(JsonOf(listed).value("total", 0), 1) << Describe(listed);
  EXPECT_EQ(JsonOf(listed)["documents"][0].value("id", int64_t{0}), doc);

  auto del = client->Delete("/api/kb/sample/documents/" + std::to_string(doc));
  ASSERT_TRUE(del) << Describe(del);
  EXPECT_EQ(del->status, 200) << Describe(del);
  auto gone = client->Get(search);
  ASSERT_TRUE(gone) << Describe(gone);
  for (const auto& h : JsonOf(gone)["hits"]) EXPECT_NE(h.value("document_id", int64_t{0}), doc) << Describe(gone);
  ExpectError(client->Get("/api/kb/sample/documents/" + std::to_string(doc)), 404, "not_found");
  ExpectError(client->Delete("/api/kb/sample/documents/" + std::to_string(doc)), 404, "not_found");
  EXPECT_FALSE(fs::exists(fs::path(data_) / "uploads" / "sample" / "海洋牧場計畫.txt"))
      << "the uploaded file goes with its last document";
}

TEST_F(ServerDocumentsTest, ReingestQueuesTheSourceFileAgain) {
  auto up = Upload("sample",
                   {{"files", std::string(kUniqueText) + "附記：重新匯入測試。\n", "reingest-me.md", "text/markdown"}});
  ASSERT_TRUE(up) << Describe(up);
  ASSERT_EQ(up->status, 202) << Describe(up);
  auto client = Editor();
  json first = WaitForJob(*client, JsonOf(up).value("job", int64_t{0}));
  ASSERT_EQ(first.value("state", ""), "done") << first.dump();
  auto listed = client->Get("/api/kb/sample/documents?source=reingest-me");
  ASSERT_EQ(JsonOf(listed).value("total", 0), 1) << Describe(listed);
  const int64_t doc = JsonOf(listed)["documents"][0].value("id", int64_t{0});
  auto again = client->Post("/api/kb/sample/documents/" + std::to_string(doc) + "/reingest", "", "application/json");
  ASSERT_TRUE(again) << Describe(again);
  ASSERT_EQ(again->status, 202) << Describe(again);
  json second = WaitForJob(*client, JsonOf(again).value("job", int64_t{0}));
  ASSERT_EQ(second.value("state", ""), "done") << second.dump();
  EXPECT_EQ(second["files"][0].value("state", ""), "updated") << second.dump();
  auto still = client->Get("/api/kb/sample/documents/" + std::to_string(doc));
  ASSERT_TRUE(still);
  EXPECT_EQ(still->status, 200) << "re-ingest keeps the document's id";
}

TEST_F(ServerDocumentsTest, UploadLimitsAndTypes) {
  // One file over the per-file limit.
  ExpectError(Upload("sample", {{"files", std::string(150000, 'a'), "big.txt", "text/plain"}}), 413);
  // A request over the per-request limit is refused before its body is read.
  ExpectError(Upload("sample", {{"files", std::string(90000, 'a'), "a.txt", "text/plain"},
                                {"files", std::string(90000, 'b'), "b.txt", "text/plain"},
                                {"files", std::string(90000, 'c'), "c.txt", "text/plain"}}),
              413);
  ExpectError(Upload("sample", {{"files", "#!/bin/sh\n", "run.sh", "text/plain"}}), 415, "unsupported");
  ExpectError(Upload("sample", {{"files", "no extension", "README", "text/plain"}}), 415, "unsupported");
  ExpectError(Upload("sample", {{"other", "x", "x.txt", "text/plain"}}), 400);
  ExpectError(Upload("sample", {{"files", "x", "", "text/plain"}}), 400);
  ExpectError(Editor()->Post("/api/kb/sample/documents", "just text", "text/plain"), 415, "unsupported");
  ExpectAlive();
}

TEST_F(ServerDocumentsTest, PathTraversalInFileNamesAndKbNames) {
  for (const char* name : {"../../escape.txt", "..\\..\\escape.txt", "/tmp/escape.txt", "sub/escape.txt", "..",
                           ".escape.txt", "escape\x01.txt"}) {
    SCOPED_TRACE(name);
    ExpectError(Upload("sample", {{"files", "逃逸測試", name, "text/plain"}}), 400, "invalid_argument");
  }
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir_->path(), ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    EXPECT_EQ(it->path().filename().string().find("escape"), std::string::npos) << it->path();
  }
  EXPECT_FALSE(fs::exists(fs::path(data_) / "escape.txt"));
  EXPECT_FALSE(fs::exists(fs::path(data_) / "uploads" / "escape.txt"));

  auto admin = Admin();
  ExpectError(admin->Post("/api/kb", R"({"name": "../evil"})", "application/json"), 400, "invalid_argument");
  ExpectError(admin->Post("/api/kb", R"({"name": "a/b"})", "application/json"), 400, "invalid_argument");
  ExpectError(admin->Get("/api/search?kb=" + Encode("../sample") + "&q=x"), 400, "invalid_argument");
  for (const char* path : {"/api/kb/..%2f..%2fetc/documents", "/api/kb/%2e%2e/stats"}) {
    SCOPED_TRACE(path);
    auto r = admin->Get(path);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->status == 400 || r->status == 404) << Describe(r);
  }
  httplib::MultipartFormDataItems items = {{"files", "x", "x.txt", "text/plain"}};
  auto r = admin->Post("/api/kb/..%2f..%2ftmp/documents", items);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->status == 400 || r->status == 404) << Describe(r);
  EXPECT_FALSE(fs::exists(dir_->path() / "tmp" / "x.txt"));
  ExpectAlive();
}

TEST_F(ServerDocumentsTest, MalformedMultipartIs400) {
  auto client = Editor();
  const std::string bodies[] = {
      "--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nno closing boundary",
      "garbage without any boundary",
      "--XYZ\r\nno headers end",
  };
  for (const auto& body : bodies) {
    auto r = client->Post("/api/kb/sample/documents", body, "multipart/form-data; boundary=XYZ");
    ASSERT_TRUE(r) << Describe(r);
    EXPECT_EQ(r->status, 400) << Describe(r);
  }
  ExpectAlive();
}

TEST_F(ServerDocumentsTest, InvalidUtf8HugeAndDeepJson) {
  auto client = Editor();
  ExpectError(client->Post("/api/ask", "{\"kb\": \"sample\", \"question\": \"\xff\xfe\"}", "application/json"), 400,
              "invalid_argument");
  ExpectError(client->Get("/api/search?kb=sample&q=%C3%28"), 400, "invalid_argument");
  ExpectError(client->Get("/api/kb/sample/documents?q=%ff"), 400, "invalid_argument");
  ExpectAlive();
  // Deeply nested arrays and objects are refused before parsing.
  ExpectError(client->Post("/api/ask", std::string(200000, '['), "application/json"), 400, "invalid_argument");
  std::string deep;
  for (int i = 0; i < 50000; ++i) deep += "{\"a\":";
  ExpectError(client->Post("/api/ask", deep, "application/json"), 400, "invalid_argument");
  // A body over 1 MiB is 413, whatever it holds.
  ExpectError(client->Post("/api/ask", std::string((1 << 20) + 10, ' '), "application/json"), 413);
  ExpectAlive();
}

TEST_F(ServerDocumentsTest, SlowClientIsDroppedAndOthersAreServed) {
  // Slow clients, fewer than the server's threads, trickle a request line byte
  // by byte and then stall.
  std::vector<int> slow;
  for (int i = 0; i < 3; ++i) {
    int fd = ConnectTo(server_->port());
    ASSERT_GE(fd, 0);
    slow.push_back(fd);
  }
  const std::string start = "GET /api/health HTTP/1.1\r\nHost: x\r\n";
  for (char c : start.substr(0, 12)) {
    for (int fd : slow) ASSERT_EQ(::send(fd, &c, 1, MSG_NOSIGNAL), 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  // Meanwhile others are served.
  for (int i = 0; i < 5; ++i) ExpectAlive();
  // The server hangs up on each stalled client at its header deadline: recv
  // sees the end of the stream (0) or a reset, not our own 30 s timeout.
  for (int fd : slow) {
    char buf[256];
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    while (n > 0) n = ::recv(fd, buf, sizeof buf, 0);  // an error reply, if any, then the close
    EXPECT_TRUE(n == 0 || errno == ECONNRESET) << "recv returned " << n << " errno " << errno;
    ::close(fd);
  }
  ExpectAlive();
}

TEST_F(ServerDocumentsTest, OpenAiChatCompletions) {
  auto client = Editor();
  json request = {{"model", "sample"},
                  {"messages",
                   {{{"role", "system"}, {"content", "answer briefly"}},
                    {{"role", "user"}, {"content", "資安事件應於知悉後多久內通報？"}}}}};
  auto r = client->Post("/v1/chat/completions", request.dump(), "application/json");
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  json j = JsonOf(r);
  EXPECT_EQ(j.value("object", ""), "chat.completion");
  EXPECT_EQ(j.value("model", ""), "sample");
  const std::string content = j["choices"][0]["message"].value("content", "");
  EXPECT_NE(content.find("[1]"), std::string::npos) << content;
  ASSERT_TRUE(j["citations"].is_array() && !j["citations"].empty()) << j.dump();
  EXPECT_FALSE(j["citations"][0].value("passage_id", "").empty());

  request["stream"] = true;
  auto s = client->Post("/v1/chat/completions", request.dump(), "application/json");
  ASSERT_TRUE(s) << Describe(s);
  ASSERT_EQ(s->status, 200) << Describe(s);
  EXPECT_TRUE(s->get_header_value("Content-Type").starts_with("text/event-stream"));
  const std::string& body = s->body;
  ASSERT_TRUE(body.ends_with("data: [DONE]\n\n")) << body.substr(body.size() > 300 ? body.size() - 300 : 0);
  std::string streamed;
  bool citations = false;
  for (size_t at = body.find("data: "); at != std::string::npos; at = body.find("data: ", at + 1)) {
    size_t end = body.find('\n', at);
    json chunk = json::parse(body.substr(at + 6, end - at - 6), nullptr, false);
    if (!chunk.is_object()) continue;
    EXPECT_EQ(chunk.value("object", ""), "chat.completion.chunk");
    streamed += chunk["choices"][0]["delta"].value("content", "");
    citations |= chunk.contains("citations") && !chunk["citations"].empty();
  }
  EXPECT_NE(streamed.find("[1]"), std::string::npos) << body;
  EXPECT_TRUE(citations) << body;

  ExpectError(client->Post("/v1/chat/completions", R"({"model": "sample", "messages": []})", "application/json"), 400);
  ExpectError(
      client->Post("/v1/chat/completions", R"({"messages": [{"role": "user", "content": "x"}]})", "application/json"),
      400);
}

TEST_F(ServerDocumentsTest, MetricsArePrometheusText) {
  ASSERT_TRUE(Editor()->Get("/api/search?kb=sample&q=" + Encode("資安")));
  auto r = Admin()->Get("/metrics");
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  EXPECT_TRUE(r->get_header_value("Content-Type").starts_with("text/plain")) << Describe(r);
  for (const char* line :
       {"wenyuan_http_requests_total{route=\"GET /api/search\",status=\"200\"}",
        "wenyuan_http_request_seconds_bucket{route=\"GET /api/search\",le=\"+Inf\"}",
        "wenyuan_http_request_seconds_count{route=\"GET /api/search\"}", "wenyuan_documents{kb=\"sample\"}",
        "wenyuan_index_bytes{kb=\"sample\"}", "wenyuan_ingest_queue_length ",
        "wenyuan_ingest_jobs_total{state=\"done\"}", "# TYPE wenyuan_http_request_seconds histogram"}) {
    EXPECT_NE(r->body.find(line), std::string::npos) << line << "\n" << r->body.substr(0, 3000);
  }
}

TEST_F(ServerDocumentsTest, StatsAndPaging) {
  auto client = Editor();
  auto stats = client->Get("/api/kb/sample/stats");
  ASSERT_TRUE(stats) << Describe(stats);
  json s = JsonOf(stats);
  EXPECT_GT(s.value("documents", 0), 10) << s.dump();
  EXPECT_GT(s.value("passages", 0), 10) << s.dump();
  EXPECT_GT(s.value("sources", 0), 10) << s.dump();
  EXPECT_GT(s.value("text_bytes", 0), 1000) << s.dump();
  EXPECT_FALSE(s.value("last_ingest", "").empty()) << s.dump();
  EXPECT_TRUE(s.contains("index_bytes")) << s.dump();

  auto page1 = client->Get("/api/kb/sample/documents?limit=3");
  auto page2 = client->Get("/api/kb/sample/documents?limit=3&offset=3");
  ASSERT_TRUE(page1 && page2);
  json p1 = JsonOf(page1), p2 = JsonOf(page2);
  ASSERT_EQ(p1["documents"].size(), 3u) << p1.dump();
  ASSERT_EQ(p2["documents"].size(), 3u) << p2.dump();
  EXPECT_EQ(p1.value("total", 0), s.value("documents", 0));
  EXPECT_LT(p1["documents"][2].value("id", 0), p2["documents"][0].value("id", 0));
  ExpectError(client->Get("/api/kb/sample/documents?limit=100000"), 400, "invalid_argument");
  ExpectError(client->Get("/api/kb/sample/documents?offset=-1"), 400, "invalid_argument");
  ExpectError(client->Get("/api/kb/sample/documents/abc"), 400, "invalid_argument");
}

}  // namespace
}  // namespace wenyuan::testing
