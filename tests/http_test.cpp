// Integration tests of `wenyuan serve`: the real binary serving a prepared
// data directory on 127.0.0.1 (a free port), driven with an HTTP client.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "server_test_support.h"
#include "test_support.h"

namespace wenyuan::testing {
namespace http_test {

using nlohmann::json;
namespace fs = std::filesystem;

const char kIncidentFile[] = "samples/regulation-incident-reporting.txt";
// How the API shows it: relative to the folder ingested (samples/).
const char kIncidentSource[] = "regulation-incident-reporting.txt";

// A data directory holding the "sample" KB with samples/ ingested, with the
// example taxonomy 業務 (docs/taxonomies/) as scripts/demo installs it.
std::string PrepareSampleData(const fs::path& dir) {
  const std::string data = (dir / "data").string();
  CommandResult c = RunWenyuan({"--data", data, "kb", "create", "sample"});
  CommandResult t = RunWenyuan({"--data", data, "taxonomy", "add", "sample", "業務",
                                (SourceDir() / "docs" / "taxonomies" / "業務.txt").string()});
  CommandResult i = RunWenyuan({"--data", data, "ingest", "sample", SamplesDir().string()});
  if (c.exit_code != 0 || t.exit_code != 0 || i.exit_code != 0) {
    return "preparing the data failed:\n" + Describe(c) + "\n" + Describe(t) + "\n" + Describe(i);
  }
  return "";
}

json FirstSampleQuestion() {
  for (const auto& line : ReadLines(SourceDir() / "docs" / "sample-questions.jsonl")) {
    json row = json::parse(line, nullptr, false);
    if (row.is_object() && row.value("file", "") == kIncidentFile) return row;
  }
  return json();
}

// One server for the whole suite, over the ingested samples.
class HttpApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    setup_error_ = PrepareSampleData(dir_->path());
    if (!setup_error_.empty()) return;
    server_ = new ServerProcess({"--data", (dir_->path() / "data").string(), "serve", "--port", "0"});
    if (!server_->running()) setup_error_ = "server did not start: " + server_->startup_error();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    ASSERT_TRUE(setup_error_.empty()) << setup_error_;
    client_ = ClientFor(server_->port());
  }
  void TearDown() override {
    if (server_ && !server_->running()) {
      ADD_FAILURE() << "the server died; stderr:\n" << server_->stderr_text();
    }
  }

  httplib::Result Get(const std::string& path) { return client_->Get(path); }
  httplib::Result PostJson(const std::string& path, const std::string& body) {
    return client_->Post(path, body, "application/json");
  }
  httplib::Result Search(const std::string& params) { return Get("/api/search?" + params); }

  static inline TempDir* dir_ = nullptr;
  static inline ServerProcess* server_ = nullptr;
  static inline std::string setup_error_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpApiTest, ServerListensOnLoopback) { EXPECT_EQ(server_->host(), "127.0.0.1"); }

TEST_F(HttpApiTest, Health) {
  auto r = Get("/api/health");
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->status, 200) << Describe(r);
  EXPECT_TRUE(r->get_header_value("Content-Type").starts_with("application/json")) << Describe(r);
  json j = JsonOf(r);
  ASSERT_TRUE(j.is_object()) << Describe(r);
  EXPECT_EQ(j.value("status", ""), "ok");
  EXPECT_FALSE(j.value("version", "").empty()) << j.dump();
}

TEST_F(HttpApiTest, ListsTheSampleKb) {
  auto r = Get("/api/kb");
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  json j = JsonOf(r);
  ASSERT_TRUE(j.is_object() && j.contains("kbs") && j["kbs"].is_array()) << Describe(r);
  const json* sample = nullptr;
  for (const auto& kb : j["kbs"]) {
    if (kb.value("name", "") == "sample") sample = &kb;
  }
  ASSERT_NE(sample, nullptr) << Describe(r);
  EXPECT_GT(sample->at("documents").get<int64_t>(), 0);
  EXPECT_EQ(sample->at("documents").get<size_t>(), CountSupportedSampleFiles());
  EXPECT_GE(sample->at("passages").get<int64_t>(), sample->at("documents").get<int64_t>());
}

TEST_F(HttpApiTest, CreateDuplicateBadNameAndDeleteKb) {
  auto created = PostJson("/api/kb", R"({"name": "http-made"})");
  ASSERT_TRUE(created) << Describe(created);
  EXPECT_EQ(created->status, 201) << Describe(created);
  json kb = JsonOf(created);
  ASSERT_TRUE(kb.is_object()) << Describe(created);
  EXPECT_EQ(kb.value("name", ""), "http-made");
  EXPECT_EQ(kb.value("documents", -1), 0);

  auto listed = Get("/api/kb");
  ASSERT_TRUE(listed) << Describe(listed);
  EXPECT_NE(listed->body.find("\"http-made\""), std::string::npos) << Describe(listed);

  ExpectJsonError(PostJson("/api/kb", R"({"name": "http-made"})"), 409, "already_exists");
  ExpectJsonError(PostJson("/api/kb", R"({"name": "bad name!"})"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/kb", R"({"name": ""})"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/kb", R"({"name": 7})"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/kb", R"({})"), 400, "invalid_argument");

  auto deleted = client_->Delete("/api/kb/http-made");
  ASSERT_TRUE(deleted) << Describe(deleted);
  EXPECT_EQ(deleted->status, 200) << Describe(deleted);
  EXPECT_EQ(JsonOf(deleted).value("dropped", ""), "http-made") << Describe(deleted);
  ExpectJsonError(client_->Delete("/api/kb/http-made"), 404, "not_found");
  ExpectJsonError(client_->Delete("/api/kb/bad%20name"), 400, "invalid_argument");

  listed = Get("/api/kb");
  ASSERT_TRUE(listed) << Describe(listed);
  EXPECT_EQ(listed->body.find("\"http-made\""), std::string::npos) << Describe(listed);
}

TEST_F(HttpApiTest, SearchFindsTheIncidentRegulation) {
  auto r = Search("kb=sample&q=" + Encode("資安事件通報"));
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  json j = JsonOf(r);
  ASSERT_TRUE(j.is_object() && j.contains("hits") && j["hits"].is_array()) << Describe(r);
  EXPECT_EQ(j.value("query", ""), "資安事件通報");
  ASSERT_FALSE(j["hits"].empty()) << Describe(r);
  EXPECT_EQ(j["hits"][0].at("source").get<std::string>(), kIncidentSource) << Describe(r);
  EXPECT_GE(j.value("total", 0u), j["hits"].size()) << Describe(r);
  // The whole passage comes with each hit, and the snippet lies inside it.
  const json& hit = j["hits"][0];
  EXPECT_NE(hit.at("text").get<std::string>().find(hit.at("snippet").at("text").get<std::string>()), std::string::npos)
      << Describe(r);
  EXPECT_TRUE(j.contains("took_ms") && j["took_ms"].is_number()) << Describe(r);

  auto two = Search("kb=sample&k=2&q=" + Encode("資安"));
  ASSERT_TRUE(two) << Describe(two);
  ASSERT_EQ(two->status, 200) << Describe(two);
  EXPECT_EQ(JsonOf(two)["hits"].size(), 2u) << Describe(two);

  // offset pages on: the second page starts where the first one's second hit was.
  auto paged = Search("kb=sample&k=1&offset=1&q=" + Encode("資安"));
  ASSERT_TRUE(paged) << Describe(paged);
  ASSERT_EQ(JsonOf(paged)["hits"].size(), 1u) << Describe(paged);
  EXPECT_EQ(JsonOf(paged)["hits"][0]["passage_id"], JsonOf(two)["hits"][1]["passage_id"]) << Describe(paged);
}

// group=document: one hit a document, the rest of it under "more"; rank
// and relevance on every hit; the passage list (the default) is unchanged.
TEST_F(HttpApiTest, SearchGroupsPassagesByDocument) {
  const std::string q = "&q=" + Encode("資安事件通報");
  auto flat = Search("kb=sample&k=20" + q);
  auto grouped = Search("kb=sample&k=5&group=document" + q);
  ASSERT_TRUE(flat && grouped) << Describe(flat) << Describe(grouped);
  ASSERT_EQ(grouped->status, 200) << Describe(grouped);
  json f = JsonOf(flat), g = JsonOf(grouped);
  EXPECT_EQ(g.value("group", ""), "document");
  ASSERT_EQ(g["hits"].size(), 5u) << Describe(grouped);
  EXPECT_GE(g.value("total_documents", 0u), 5u);
  std::set<int64_t> documents;
  size_t with_more = 0;
  double previous = 2;
  for (size_t i = 0; i < g["hits"].size(); ++i) {
    const json& hit = g["hits"][i];
    EXPECT_EQ(hit.at("rank").get<size_t>(), i + 1);
    EXPECT_TRUE(documents.insert(hit.at("document_id").get<int64_t>()).second) << "a document twice: " << hit.dump();
    EXPECT_LE(hit.at("relevance").get<double>(), previous);
    previous = hit.at("relevance").get<double>();
    EXPECT_GE(hit.at("more_count").get<size_t>(), hit.at("more").size());
    for (const json& m : hit["more"]) {
      const std::string prefix = "sample/" + std::to_string(hit["document_id"].get<int64_t>()) + "#";
      EXPECT_TRUE(m.at("passage_id").get<std::string>().starts_with(prefix)) << m.dump();
      EXPECT_GT(m.at("rank").get<size_t>(), hit.at("passage_rank").get<size_t>());
      EXPECT_LE(m.at("relevance").get<double>(), hit.at("relevance").get<double>());
      EXPECT_FALSE(m.at("snippet").at("text").get<std::string>().empty());
    }
    with_more += !hit["more"].empty();
  }
  EXPECT_DOUBLE_EQ(g["hits"][0]["relevance"].get<double>(), 1.0);
  EXPECT_GE(with_more, 1u) << Describe(grouped);
  // The same first document as the passage list, whose hits carry rank and
  // relevance too (counted from the first hit of the query, not the page).
  EXPECT_EQ(g["hits"][0]["passage_id"], f["hits"][0]["passage_id"]);
  EXPECT_EQ(f["hits"][0]["rank"], 1);
  auto second_page = Search("kb=sample&k=1&offset=1" + q);
  ASSERT_TRUE(second_page) << Describe(second_page);
  EXPECT_EQ(JsonOf(second_page)["hits"][0]["rank"], 2);
  // Paging by documents: the second page's first document is the first
  // page's sixth.
  auto page2 = Search("kb=sample&k=5&offset=5&group=document" + q);
  auto page1wide = Search("kb=sample&k=6&group=document" + q);
  ASSERT_TRUE(page2 && page1wide);
  ASSERT_FALSE(JsonOf(page2)["hits"].empty()) << Describe(page2);
  EXPECT_EQ(JsonOf(page2)["hits"][0]["document_id"], JsonOf(page1wide)["hits"][5]["document_id"]);
  EXPECT_EQ(JsonOf(page2)["hits"][0]["rank"], 6);
  ExpectJsonError(Search("kb=sample&group=title" + q), 400, "invalid_argument");
}

TEST_F(HttpApiTest, SearchCountsFacetsAndFiltersByCategory) {
  auto r = Search("kb=sample&k=50&q=" + Encode("資料 服務"));
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  json j = JsonOf(r);
  ASSERT_TRUE(j.contains("facets") && j["facets"].is_array() && !j["facets"].empty()) << Describe(r);
  const json& facet = j["facets"][0];
  EXPECT_EQ(facet.value("taxonomy", ""), "業務");
  ASSERT_FALSE(facet["values"].empty()) << Describe(r);
  const std::string category = facet["values"][0].value("category", "");
  const size_t documents = facet["values"][0].value("documents", 0u);
  EXPECT_GE(documents, 1u);
  EXPECT_LE(documents, j.value("facet_documents", 0u)) << Describe(r);

  // category=業務/NAME keeps only that category's documents: as many as the facet counted.
  auto narrowed = Search("kb=sample&k=50&q=" + Encode("資料 服務") + "&category=" + Encode("業務/" + category));
  ASSERT_TRUE(narrowed) << Describe(narrowed);
  ASSERT_EQ(narrowed->status, 200) << Describe(narrowed);
  json n = JsonOf(narrowed);
  std::set<int64_t> narrowed_documents;
  for (const auto& hit : n["hits"]) narrowed_documents.insert(hit.value("document_id", int64_t{0}));
  EXPECT_EQ(narrowed_documents.size(), documents) << Describe(narrowed);
  EXPECT_EQ(n.value("facet_documents", 0u), documents) << Describe(narrowed);
  for (int64_t d : narrowed_documents) {
    auto doc = Get("/api/kb/sample/documents/" + std::to_string(d));
    ASSERT_TRUE(doc) << Describe(doc);
    json categories = JsonOf(doc)["enrichment"]["categories"];
    EXPECT_TRUE(categories.contains("業務") && categories["業務"].contains(category)) << Describe(doc);
  }
  // facets=0 leaves them out; a malformed category is a 400.
  auto plain = Search("kb=sample&facets=0&q=" + Encode("資料"));
  ASSERT_TRUE(plain) << Describe(plain);
  EXPECT_FALSE(JsonOf(plain).contains("facets")) << Describe(plain);
  ExpectJsonError(Search("kb=sample&q=" + Encode("資料") + "&category=" + Encode("開放資料")), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&facets=yes&q=" + Encode("資料")), 400, "invalid_argument");
}

TEST_F(HttpApiTest, SearchRejectsBadParameters) {
  const std::string q = "&q=" + Encode("資安");
  ExpectJsonError(Search("kb=sample"), 400, "invalid_argument");
  ExpectJsonError(Search(q.substr(1)), 400, "invalid_argument");
  ExpectJsonError(Search("kb=nokb" + q), 404, "not_found");
  ExpectJsonError(Search("kb=sample&k=0" + q), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&k=abc" + q), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&k=-1" + q), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&k=101" + q), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&q="), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&q=%20%20"), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&q=%FF%FE"), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&q=" + Encode("資安\xff")), 400, "invalid_argument");
}

TEST_F(HttpApiTest, QueryLengthLimitIs512Characters) {
  std::string at_limit;
  for (int i = 0; i < 512; ++i) at_limit += "資";  // 512 code points, 1536 bytes
  auto ok = Search("kb=sample&q=" + Encode(at_limit));
  ASSERT_TRUE(ok) << Describe(ok);
  EXPECT_EQ(ok->status, 200) << Describe(ok);
  ExpectJsonError(Search("kb=sample&q=" + Encode(at_limit + "安")), 400, "invalid_argument");
  ExpectJsonError(Search("kb=sample&q=" + std::string(513, 'a')), 400, "invalid_argument");
}

TEST_F(HttpApiTest, AskAnswersWithEvidenceAndCitations) {
  json row = FirstSampleQuestion();
  ASSERT_TRUE(row.is_object()) << "docs/sample-questions.jsonl has no row about " << kIncidentFile;
  json request = {{"kb", "sample"}, {"question", row["text"]}};
  auto r = PostJson("/api/ask", request.dump());
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  json a = JsonOf(r);
  ASSERT_TRUE(a.is_object()) << Describe(r);
  EXPECT_EQ(a.value("found", false), true) << Describe(r);
  EXPECT_EQ(a.value("question", ""), row["text"].get<std::string>());
  ASSERT_TRUE(a.contains("sentences") && a["sentences"].is_array() && !a["sentences"].empty()) << Describe(r);
  ASSERT_TRUE(a.contains("citations") && a["citations"].is_array()) << Describe(r);
  bool cites_answer = false;
  for (const auto& e : a["sentences"]) {
    const size_t n = e.at("citation").get<size_t>();
    ASSERT_TRUE(n >= 1 && n <= a["citations"].size()) << e.dump();
    const json& c = a["citations"][n - 1];
    EXPECT_EQ(c.at("n").get<size_t>(), n);
    EXPECT_LT(c.at("start").get<size_t>(), c.at("end").get<size_t>()) << c.dump();
    EXPECT_FALSE(c.at("passage_id").get<std::string>().empty()) << c.dump();
    EXPECT_FALSE(c.at("title").get<std::string>().empty()) << c.dump();
    const std::string text = e.at("text").get<std::string>();
    EXPECT_EQ(c.at("quote").get<std::string>(), text);
    if (c.at("source").get<std::string>() == kIncidentSource) {
      for (const auto& answer : row["answers"])
        cites_answer |= text.find(answer.get<std::string>()) != std::string::npos;
    }
  }
  EXPECT_TRUE(cites_answer) << Describe(r);
  EXPECT_NE(a.value("answer", "").find("[1]"), std::string::npos) << Describe(r);
}

TEST_F(HttpApiTest, AskUnrelatedQuestionFindsNothing) {
  auto r = PostJson("/api/ask", json{{"kb", "sample"}, {"question", "火星上的天氣如何"}}.dump());
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  json a = JsonOf(r);
  EXPECT_EQ(a.value("found", true), false) << Describe(r);
  EXPECT_TRUE(a.contains("sentences") && a["sentences"].empty()) << Describe(r);
  EXPECT_TRUE(a.contains("citations") && a["citations"].empty()) << Describe(r);
}

TEST_F(HttpApiTest, AskStreamsServerSentEvents) {
  json row = FirstSampleQuestion();
  ASSERT_TRUE(row.is_object());
  json request = {{"kb", "sample"}, {"question", row["text"]}, {"stream", true}};
  auto r = PostJson("/api/ask", request.dump());
  ASSERT_TRUE(r) << Describe(r);
  ASSERT_EQ(r->status, 200) << Describe(r);
  EXPECT_TRUE(r->get_header_value("Content-Type").starts_with("text/event-stream")) << Describe(r);
  const std::string& body = r->body;
  const size_t done = body.find("event: done\ndata: ");
  ASSERT_NE(done, std::string::npos) << Describe(r);
  const size_t data_begin = done + std::string("event: done\ndata: ").size();
  const size_t data_end = body.find('\n', data_begin);
  ASSERT_NE(data_end, std::string::npos) << Describe(r);
  json final_answer = json::parse(body.substr(data_begin, data_end - data_begin), nullptr, false);
  ASSERT_TRUE(final_answer.is_object()) << Describe(r);
  EXPECT_EQ(final_answer.value("found", false), true);
  // One "token" event per answer sentence, then "citations", then "done".
  size_t events = 0;
  for (size_t at = body.find("event: token\n"); at != std::string::npos && at < done;
       at = body.find("event: token\n", at + 1)) {
    ++events;
  }
  EXPECT_EQ(events, final_answer["sentences"].size()) << Describe(r);
  EXPECT_GT(events, 0u);
  const size_t citations = body.find("event: citations\ndata: ");
  ASSERT_NE(citations, std::string::npos) << Describe(r);
  EXPECT_GT(citations, body.rfind("event: token\n", done));
  EXPECT_LT(citations, done);
  EXPECT_EQ(body.find("event: token\n", done), std::string::npos) << "tokens after done";
}

TEST_F(HttpApiTest, AskRejectsBadBodies) {
  ExpectJsonError(PostJson("/api/ask", "{\"kb\": \"sample\", "), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/ask", "not json at all"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/ask", R"([{"kb": "sample", "question": "資安"}])"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/ask", R"("資安")"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/ask", R"({"kb": "sample"})"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/ask", R"({"kb": "sample", "question": 12})"), 400, "invalid_argument");
  ExpectJsonError(PostJson("/api/ask", R"({"kb": "nokb", "question": "資安"})"), 404, "not_found");
  ExpectJsonError(PostJson("/api/ask", R"({"kb": "sample", "question": "   "})"), 400, "invalid_argument");
}

TEST_F(HttpApiTest, OversizedBodyIs413) {
  json request = {{"kb", "sample"}, {"question", std::string((1u << 20) + 16, 'a')}};
  const std::string body = request.dump();
  ASSERT_GT(body.size(), 1u << 20);
  ExpectJsonError(PostJson("/api/ask", body), 413, "resource_exhausted");
  // The server still answers afterwards.
  auto health = ClientFor(server_->port())->Get("/api/health");
  ASSERT_TRUE(health) << Describe(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(HttpApiTest, ServesTheWebUi) {
  auto index = Get("/");
  ASSERT_TRUE(index) << Describe(index);
  EXPECT_EQ(index->status, 200) << Describe(index);
  EXPECT_TRUE(index->get_header_value("Content-Type").starts_with("text/html")) << Describe(index);
  EXPECT_NE(index->body.find("文淵"), std::string::npos) << Describe(index);
  EXPECT_EQ(index->get_header_value("X-Content-Type-Options"), "nosniff");

  auto js = Get("/app.js");
  ASSERT_TRUE(js) << Describe(js);
  EXPECT_EQ(js->status, 200) << Describe(js);
  EXPECT_NE(js->get_header_value("Content-Type").find("javascript"), std::string::npos) << Describe(js);
  EXPECT_EQ(js->body, ReadFile(SourceDir() / "web" / "app.js"));

  auto css = Get("/style.css");
  ASSERT_TRUE(css) << Describe(css);
  EXPECT_EQ(css->status, 200) << Describe(css);
  EXPECT_TRUE(css->get_header_value("Content-Type").starts_with("text/css")) << Describe(css);
}

TEST_F(HttpApiTest, NoPathEscapesTheEmbeddedFiles) {
  for (const char* path :
       {"/../etc/passwd", "/%2e%2e/etc/passwd", "/%2e%2e%2fetc%2fpasswd", "/..%2f..%2f..%2fetc%2fpasswd",
        "/../../../../etc/passwd", "/nope.js", "/web/app.js", "/index.html/..", "/..%2fCMakeLists.txt"}) {
    SCOPED_TRACE(path);
    auto r = Get(path);
    ASSERT_TRUE(r) << Describe(r);
    EXPECT_EQ(r->status, 404) << Describe(r);
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << Describe(r);
    EXPECT_EQ(r->body.find("cmake_minimum_required"), std::string::npos) << Describe(r);
  }
}

TEST_F(HttpApiTest, UnknownApiPathIsJson404) {
  ExpectJsonError(Get("/api/xyz"), 404, "not_found");
  ExpectJsonError(PostJson("/api/xyz", "{}"), 404, "not_found");
  ExpectJsonError(Get("/api/kb/sample/extra"), 404, "not_found");
}

TEST_F(HttpApiTest, ConcurrentSearchesAllSucceed) {
  const std::vector<std::string> queries = {"資安事件通報", "iFree", "開放資料", "数字证书", "公務電子郵件"};
  constexpr int kThreads = 4;
  constexpr int kPerThread = 5;
  std::vector<std::vector<int>> statuses(kThreads);
  std::vector<std::vector<size_t>> result_counts(kThreads);
  std::vector<std::thread> threads;
  const int port = server_->port();
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      auto client = ClientFor(port);
      for (int i = 0; i < kPerThread; ++i) {
        const std::string& q = queries[static_cast<size_t>(t + i) % queries.size()];
        auto r = client->Get("/api/search?kb=sample&q=" + Encode(q));
        statuses[t].push_back(r ? r->status : -1);
        json j = r ? json::parse(r->body, nullptr, false) : json();
        result_counts[t].push_back(j.is_object() && j.contains("hits") ? j["hits"].size() : 0);
      }
    });
  }
  for (auto& th : threads) th.join();
  int total = 0;
  for (int t = 0; t < kThreads; ++t) {
    ASSERT_EQ(statuses[t].size(), static_cast<size_t>(kPerThread));
    for (int i = 0; i < kPerThread; ++i) {
      ++total;
      EXPECT_EQ(statuses[t][i], 200) << "thread " << t << " request " << i;
      EXPECT_GT(result_counts[t][i], 0u) << "thread " << t << " request " << i;
    }
  }
  EXPECT_EQ(total, kThreads * kPerThread);
}

}  // namespace http_test
}  // namespace wenyuan::testing
