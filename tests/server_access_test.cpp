// Integration tests of access control in `wenyuan serve`: API keys made by
// the real CLI, every role against every endpoint, keys stored hashed,
// session cookies, the audit log, rate limits and open mode.
#include <gtest/gtest.h>
#include <httplib.h>

#include <map>

#include "server_test_support.h"
#include "util/sha256.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

class ServerAccessTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    data_ = (dir_->path() / "data").string();
    setup_error_ = PrepareTwoKbs(data_);
    if (!setup_error_.empty()) return;
    keys_["admin"] = CreateKey(data_, {"--role", "admin", "--name", "ops"});
    keys_["editor"] = CreateKey(data_, {"--role", "editor", "--kb", "sample"});
    keys_["reader"] = CreateKey(data_, {"--role", "reader", "--kb", "sample"});
    keys_["wrong"] = CreateKey(data_, {"--role", "reader", "--kb", "other"});
    keys_["revoked"] = CreateKey(data_, {"--role", "admin"});
    CommandResult revoke = RunWenyuan({"--data", data_, "key", "revoke", keys_["revoked"].substr(0, 11)});
    if (revoke.exit_code != 0) setup_error_ = "revoke failed: " + revoke.err;
    server_ = StartServer(data_, "rate_limit_per_minute = 0\n").release();
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
  std::unique_ptr<httplib::Client> As(const std::string& who) {
    return ClientFor(server_->port(), who == "none" ? "" : keys_.at(who));
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string data_;
  static inline std::map<std::string, std::string> keys_;
  static inline ServerProcess* server_ = nullptr;
  static inline std::string setup_error_;
};

struct Expectation {
  std::string method;
  std::string path;
  std::string body;  // JSON for POST; "multipart" sends a disallowed upload
  int none, reader, editor, admin, wrong_kb;
};

httplib::Result Send(httplib::Client& c, const Expectation& e, int row) {
  if (e.method == "GET") return c.Get(e.path);
  if (e.method == "DELETE") return c.Delete(e.path);
  if (e.body == "multipart") {
    httplib::MultipartFormDataItems items = {{"files", "MZ not a document", "tool.exe", "application/octet-stream"}};
    return c.Post(e.path, items);
  }
  std::string body = e.body;
  if (size_t at = body.find("@ROW"); at != std::string::npos) body.replace(at, 4, std::to_string(row));
  return c.Post(e.path, body, "application/json");
}

TEST_F(ServerAccessTest, EveryRoleAgainstEveryEndpoint) {
  const std::string q = Encode("資安事件通報");
  const std::string ask = json{{"kb", "sample"}, {"question", "資安事件多久內要通報"}}.dump();
  const std::string chat =
      json{{"model", "sample"}, {"messages", {{{"role", "user"}, {"content", "資安事件多久內要通報"}}}}}.dump();
  // none, reader(sample), editor(sample), admin, reader(other)
  const std::vector<Expectation> table = {
      {"GET", "/api/health", "", 200, 200, 200, 200, 200},
      {"GET", "/api/session", "", 401, 200, 200, 200, 200},
      {"GET", "/api/kb", "", 401, 200, 200, 200, 200},
      {"POST", "/api/kb", R"({"name": "made-@ROW"})", 401, 403, 403, 201, 403},
      {"DELETE", "/api/kb/no-such-kb", "", 401, 403, 403, 404, 403},
      {"GET", "/api/kb/sample/stats", "", 401, 200, 200, 200, 403},
      {"GET", "/api/kb/sample/documents", "", 401, 200, 200, 200, 403},
      {"GET", "/api/kb/sample/documents/1", "", 401, 200, 200, 200, 403},
      {"POST", "/api/kb/sample/documents", "multipart", 401, 403, 415, 415, 403},
      {"DELETE", "/api/kb/sample/documents/999999", "", 401, 403, 404, 404, 403},
      {"POST", "/api/kb/sample/documents/999999/reingest", "{}", 401, 403, 404, 404, 403},
      {"GET", "/api/jobs/999999", "", 401, 404, 404, 404, 404},
      {"GET", "/api/search?kb=sample&q=" + q, "", 401, 200, 200, 200, 403},
      {"GET", "/api/search?kb=other&q=" + q, "", 401, 403, 403, 200, 200},
      {"POST", "/api/ask", ask, 401, 200, 200, 200, 403},
      {"GET", "/v1/models", "", 401, 200, 200, 200, 200},
      {"POST", "/v1/chat/completions", chat, 401, 200, 200, 200, 403},
      {"GET", "/api/keys", "", 401, 403, 403, 200, 403},
      {"POST", "/api/keys", R"({"role": "bogus"})", 401, 403, 403, 400, 403},
      {"DELETE", "/api/keys/999999", "", 401, 403, 403, 404, 403},
      {"GET", "/api/audit", "", 401, 403, 403, 200, 403},
      {"GET", "/metrics", "", 401, 403, 403, 200, 403},
  };
  const std::vector<std::string> callers = {"none", "reader", "editor", "admin", "wrong"};
  int row = 0;
  for (const auto& e : table) {
    ++row;
    const int expected[] = {e.none, e.reader, e.editor, e.admin, e.wrong_kb};
    for (size_t i = 0; i < callers.size(); ++i) {
      SCOPED_TRACE(e.method + " " + e.path + " as " + callers[i]);
      auto client = As(callers[i]);
      auto r = Send(*client, e, row);
      ASSERT_TRUE(r) << Describe(r);
      EXPECT_EQ(r->status, expected[i]) << Describe(r);
      if (r->status >= 400) {
        json j = JsonOf(r);
        EXPECT_TRUE(j.is_object() && j.contains("error") && j["error"].contains("code")) << Describe(r);
      }
    }
  }
}

TEST_F(ServerAccessTest, RevokedUnknownAndMalformedKeysAre401) {
  for (const std::string& key :
       {keys_["revoked"], std::string("wy_") + std::string(40, '0'), std::string("nonsense")}) {
    SCOPED_TRACE(key);
    auto r = ClientFor(server_->port(), key)->Get("/api/kb");
    ASSERT_TRUE(r) << Describe(r);
    EXPECT_EQ(r->status, 401) << Describe(r);
    EXPECT_EQ(JsonOf(r)["error"].value("code", ""), "unauthenticated");
  }
}

TEST_F(ServerAccessTest, ReadersSeeOnlyTheirKbs) {
  auto kbs = As("wrong")->Get("/api/kb");
  ASSERT_TRUE(kbs) << Describe(kbs);
  ASSERT_EQ(JsonOf(kbs)["kbs"].size(), 1u) << Describe(kbs);
  EXPECT_EQ(JsonOf(kbs)["kbs"][0].value("name", ""), "other");
  auto models = As("wrong")->Get("/v1/models");
  ASSERT_TRUE(models) << Describe(models);
  ASSERT_EQ(JsonOf(models)["data"].size(), 1u) << Describe(models);
  EXPECT_EQ(JsonOf(models)["data"][0].value("id", ""), "other");
  auto all = As("admin")->Get("/v1/models");
  EXPECT_GE(JsonOf(all)["data"].size(), 2u) << Describe(all);
}

TEST_F(ServerAccessTest, KeysAreStoredOnlyAsHashes) {
  // A key made over HTTP is shown once in the reply.
  auto made =
      As("admin")->Post("/api/keys", R"({"role": "reader", "kbs": ["sample"], "name": "web"})", "application/json");
  ASSERT_TRUE(made) << Describe(made);
  ASSERT_EQ(made->status, 201) << Describe(made);
  const std::string key = JsonOf(made).value("key", "");
  ASSERT_EQ(key.size(), 43u) << Describe(made);
  auto works = ClientFor(server_->port(), key)->Get("/api/kb/sample/stats");
  ASSERT_TRUE(works);
  EXPECT_EQ(works->status, 200) << Describe(works);
  // Listing never shows a key again.
  auto listed = As("admin")->Get("/api/keys");
  ASSERT_TRUE(listed);
  for (const auto& [role, k] : keys_) EXPECT_EQ(listed->body.find(k), std::string::npos) << role;
  EXPECT_EQ(listed->body.find(key), std::string::npos);
  // Neither the database nor its write-ahead log holds any key's text; they
  // do hold its SHA-256.
  std::string stored;
  for (const char* name : {"catalog.db", "catalog.db-wal"}) {
    if (fs::exists(fs::path(data_) / name)) stored += ReadFile(fs::path(data_) / name);
  }
  ASSERT_FALSE(stored.empty());
  std::vector<std::string> all = {key};
  for (const auto& [role, k] : keys_) all.push_back(k);
  for (const auto& k : all) {
    EXPECT_EQ(stored.find(k), std::string::npos) << "key text stored: " << k.substr(0, 11);
    EXPECT_EQ(stored.find(k.substr(3)), std::string::npos) << "key body stored: " << k.substr(0, 11);
    EXPECT_NE(stored.find(Sha256Hex(k)), std::string::npos) << "hash not found for " << k.substr(0, 11);
  }
}

TEST_F(ServerAccessTest, SessionCookieSignsInAndOut) {
  auto client = ClientFor(server_->port());
  auto bad = client->Post("/api/session", json{{"key", "wy_" + std::string(40, 'a')}}.dump(), "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 401) << Describe(bad);
  EXPECT_FALSE(bad->has_header("Set-Cookie"));

  auto in = client->Post("/api/session", json{{"key", keys_["reader"]}}.dump(), "application/json");
  ASSERT_TRUE(in) << Describe(in);
  ASSERT_EQ(in->status, 200) << Describe(in);
  EXPECT_EQ(JsonOf(in).value("role", ""), "reader");
  EXPECT_EQ(JsonOf(in)["kbs"], json::array({"sample"}));
  const std::string cookie = in->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("wenyuan_session="), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("Path=/"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find(keys_["reader"]), std::string::npos) << "the cookie must not be the key";
  const std::string pair = cookie.substr(0, cookie.find(';'));

  httplib::Headers with_cookie = {{"Cookie", pair}};
  auto who = client->Get("/api/session", with_cookie);
  ASSERT_TRUE(who);
  EXPECT_EQ(who->status, 200) << Describe(who);
  EXPECT_EQ(JsonOf(who).value("role", ""), "reader");
  auto search = client->Get("/api/search?kb=sample&q=" + Encode("資安"), with_cookie);
  ASSERT_TRUE(search);
  EXPECT_EQ(search->status, 200) << Describe(search);
  auto denied = client->Get("/api/keys", with_cookie);
  ASSERT_TRUE(denied);
  EXPECT_EQ(denied->status, 403) << Describe(denied);

  auto out = client->Delete("/api/session", with_cookie);
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 200) << Describe(out);
  auto after = client->Get("/api/session", with_cookie);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 401) << Describe(after);
  auto forged = client->Get("/api/session", {{"Cookie", "wenyuan_session=" + std::string(64, 'f')}});
  ASSERT_TRUE(forged);
  EXPECT_EQ(forged->status, 401) << Describe(forged);
}

TEST_F(ServerAccessTest, AuditLogRecordsChangesAndRefusals) {
  auto made = As("admin")->Post("/api/kb", R"({"name": "audited"})", "application/json");
  ASSERT_TRUE(made);
  ASSERT_EQ(made->status, 201) << Describe(made);
  auto refused = As("reader")->Delete("/api/kb/audited");
  ASSERT_TRUE(refused);
  ASSERT_EQ(refused->status, 403) << Describe(refused);

  auto log = As("admin")->Get("/api/audit?limit=50");
  ASSERT_TRUE(log) << Describe(log);
  ASSERT_EQ(log->status, 200) << Describe(log);
  json entries = JsonOf(log)["entries"];
  ASSERT_TRUE(entries.is_array()) << Describe(log);
  bool created = false, denied = false;
  for (const auto& e : entries) {
    if (e.value("action", "") == "kb.create" && e.value("kb", "") == "audited" && e.value("status", 0) == 201 &&
        e.value("key_prefix", "") == keys_["admin"].substr(0, 11) && e.value("role", "") == "admin" &&
        !e.value("time", "").empty()) {
      created = true;
    }
    if (e.value("action", "") == "kb.drop" && e.value("target", "") == "/api/kb/audited" &&
        e.value("status", 0) == 403 && e.value("role", "") == "reader") {
      denied = true;
    }
  }
  EXPECT_TRUE(created) << entries.dump(1);
  EXPECT_TRUE(denied) << entries.dump(1);

  CommandResult cli = RunWenyuan({"--data", data_, "audit", "--limit", "100"});
  EXPECT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_NE(cli.out.find("kb.create"), std::string::npos) << cli.out;
  EXPECT_NE(cli.out.find("audited"), std::string::npos) << cli.out;
}

TEST_F(ServerAccessTest, KeyCommandsCreateListAndRevoke) {
  CommandResult missing_kb = RunWenyuan({"--data", data_, "key", "create", "--role", "editor"});
  EXPECT_NE(missing_kb.exit_code, 0);
  EXPECT_NE(missing_kb.err.find("--kb"), std::string::npos) << missing_kb.err;
  CommandResult bad_role = RunWenyuan({"--data", data_, "key", "create", "--role", "root"});
  EXPECT_EQ(bad_role.exit_code, 2) << bad_role.err;
  CommandResult bad_kb = RunWenyuan({"--data", data_, "key", "create", "--role", "reader", "--kb", "../x"});
  EXPECT_NE(bad_kb.exit_code, 0);

  const std::string key = CreateKey(data_, {"--role", "reader", "--kb", "sample", "--kb", "other", "--name", "two"});
  ASSERT_TRUE(key.starts_with("wy_") && key.size() == 43) << key;
  CommandResult list = RunWenyuan({"--data", data_, "key", "list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out.find(key), std::string::npos) << "list must not show keys";
  json keys = json::parse(list.out, nullptr, false);
  bool found = false;
  for (const auto& k : keys["keys"]) {
    if (k.value("prefix", "") == key.substr(0, 11)) {
      found = true;
      EXPECT_EQ(k["kbs"], json::array({"sample", "other"}));
      EXPECT_EQ(k.value("name", ""), "two");
    }
  }
  EXPECT_TRUE(found) << list.out;
  auto works = ClientFor(server_->port(), key)->Get("/api/kb/other/stats");
  ASSERT_TRUE(works);
  EXPECT_EQ(works->status, 200);
  CommandResult revoke = RunWenyuan({"--data", data_, "key", "revoke", key.substr(0, 11)});
  ASSERT_EQ(revoke.exit_code, 0) << revoke.err;
  auto gone = ClientFor(server_->port(), key)->Get("/api/kb/other/stats");
  ASSERT_TRUE(gone);
  EXPECT_EQ(gone->status, 401) << "a revoked key stops working at once";
}

TEST(ServerRateLimit, TooManyRequestsIs429WithRetryAfter) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "sample"}).exit_code, 0);
  const std::string a = CreateKey(data, {"--role", "reader", "--kb", "sample"});
  const std::string b = CreateKey(data, {"--role", "reader", "--kb", "sample"});
  auto server = StartServer(data, "rate_limit_per_minute = 3\n");
  ASSERT_TRUE(server->running()) << server->startup_error();
  auto client = ClientFor(server->port(), a);
  for (int i = 0; i < 3; ++i) {
    auto r = client->Get("/api/kb");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << i;
  }
  auto limited = client->Get("/api/kb");
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->status, 429) << Describe(limited);
  EXPECT_EQ(JsonOf(limited)["error"].value("code", ""), "rate_limited");
  const std::string retry = limited->get_header_value("Retry-After");
  ASSERT_FALSE(retry.empty());
  EXPECT_GE(std::stoi(retry), 1);
  // Another key has its own allowance.
  auto other = ClientFor(server->port(), b)->Get("/api/kb");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 200);
}

TEST(ServerOpenMode, NonLoopbackWithoutKeysIsRefusedAndWithAKeyStarts) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  CommandResult refused = RunWenyuan({"--data", data, "serve", "--host", "0.0.0.0", "--port", "0"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("key"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--insecure-open"), std::string::npos) << refused.err;

  CreateKey(data, {"--role", "admin"});
  ServerProcess server({"--data", data, "serve", "--host", "0.0.0.0", "--port", "0"});
  ASSERT_TRUE(server.running()) << server.startup_error() << server.stderr_text();
  // With a key in the catalog nothing is open any more.
  auto r = ClientFor(server.port())->Get("/api/kb");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401) << Describe(r);
  auto health = ClientFor(server.port())->Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(ServerWebDir, ServesTheUiFromAFolderOnDisk) {
  TempDir tmp;
  const fs::path web = tmp / "web";
  fs::create_directories(web);
  WriteFile(web / "index.html", "<!doctype html><title>dev copy</title>");
  WriteFile(web / "extra.js", "console.log('dev');");
  WriteFile(tmp / "secret.txt", "not to be served");
  ServerProcess server({"--data", (tmp / "data").string(), "serve", "--port", "0", "--web-dir", web.string()});
  ASSERT_TRUE(server.running()) << server.startup_error() << server.stderr_text();
  auto client = ClientFor(server.port());
  auto index = client->Get("/");
  ASSERT_TRUE(index) << Describe(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->body, "<!doctype html><title>dev copy</title>");
  // Edits show without a restart.
  WriteFile(web / "extra.js", "console.log('edited');");
  auto js = client->Get("/extra.js");
  ASSERT_TRUE(js) << Describe(js);
  EXPECT_EQ(js->body, "console.log('edited');");
  EXPECT_NE(js->get_header_value("Content-Type").find("javascript"), std::string::npos);
  for (const char* path : {"/app.js", "/../secret.txt", "/%2e%2e%2fsecret.txt", "/..%2fsecret.txt"}) {
    auto r = client->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path << Describe(r);
    EXPECT_EQ(r->body.find("not to be served"), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace wenyuan::testing
