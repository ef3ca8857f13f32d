// Integration tests of staff accounts in `wenyuan serve`: accounts made by
// the real CLI (password on stdin), password sign-in with a session cookie,
// lock-out after repeated failures, directory sign-in against a real slapd
// started by the test (tests/ldap/slapd-fixture) with a group-to-role
// mapping, role and KB checks on the admin API, and the audit log of every
// account and key change, from the CLI too.
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <map>

#include "llm_test_support.h"  // FreePort
#include "server_test_support.h"
#include "util/subprocess.h"

namespace wenyuan::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// slapd with the fixture's users and groups, stopped by the destructor.
class Slapd {
 public:
  explicit Slapd(const fs::path& dir) : dir_(dir), port_(FreePort()) {
    SubprocessLimits limits;
    limits.timeout = std::chrono::seconds(60);
    auto r = RunSubprocess({(SourceDir() / "tests/ldap/slapd-fixture").string(), dir.string(), std::to_string(port_)},
                           limits);
    if (!r.ok()) {
      error_ = r.status().ToString();
    } else if (r->exit_code != 0) {
      error_ = "slapd-fixture exited " + std::to_string(r->exit_code) + ": " + r->stderr_text;
    }
  }
  ~Slapd() {
    std::string pid = ReadFile(dir_ / "slapd.pid");
    if (!pid.empty()) kill(static_cast<pid_t>(std::stol(pid)), SIGTERM);
  }
  const std::string& error() const { return error_; }
  int port() const { return port_; }

 private:
  fs::path dir_;
  int port_;
  std::string error_;
};

std::string AddUser(const std::string& data, const std::string& name, const std::string& password,
                    const std::vector<std::string>& grant) {
  std::vector<std::string> args = {"--data", data, "user", "add", name};
  args.insert(args.end(), grant.begin(), grant.end());
  CommandResult r = RunWenyuanWithInput(args, password + "\n");
  return r.exit_code == 0 ? "" : "user add " + name + " failed: " + r.err;
}

// The session cookie of a sign-in answer ("" if none).
std::string SessionCookieOf(const httplib::Result& r) {
  if (!r) return "";
  const std::string set = r->get_header_value("Set-Cookie");
  const std::string name = "wenyuan_session=";
  if (!set.starts_with(name)) return "";
  return set.substr(0, set.find(';'));
}

class ServerUsersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    data_ = (dir_->path() / "data").string();
    setup_error_ = PrepareTwoKbs(data_);
    if (!setup_error_.empty()) return;
    for (auto [name, grant] : std::vector<std::pair<std::string, std::vector<std::string>>>{
             {"boss", {"--role", "admin"}},
             {"ana", {"--role", "reader", "--kb", "sample"}},
             {"lockme", {"--role", "reader", "--kb", "sample"}},
             {"gone", {"--role", "editor", "--kb", "sample"}}}) {
      setup_error_ = AddUser(data_, name, name + "-password", grant);
      if (!setup_error_.empty()) return;
    }
    slapd_ = new Slapd(dir_->path() / "ldap");
    if (!slapd_->error().empty()) {
      setup_error_ = slapd_->error();
      return;
    }
    const std::string ldap = "ldap://127.0.0.1:" + std::to_string(slapd_->port());
    server_ = StartServer(data_,
                          "rate_limit_per_minute = 0\n"
                          "lockout_failures = 3\n"
                          "lockout_minutes = 10\n"
                          "ldap.url = " +
                              ldap +
                              "\n"
                              "ldap.bind_dn = uid={user},ou=people,dc=example,dc=org\n"
                              "ldap.group_base = ou=groups,dc=example,dc=org\n"
                              "ldap.group.wenyuan-editors = editor sample\n"
                              "ldap.group_dn = cn=wenyuan-admins,ou=groups,dc=example,dc=org ; admin\n")
                  .release();
    if (!server_->running()) setup_error_ = "server did not start: " + server_->startup_error();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete slapd_;
    slapd_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }
  void TearDown() override {
    if (server_ && !server_->running()) ADD_FAILURE() << "the server died:\n" << server_->stderr_text();
  }

  static httplib::Result SignIn(const std::string& user, const std::string& password) {
    json body = {{"user", user}, {"password", password}};
    return ClientFor(server_->port())->Post("/api/session", body.dump(), "application/json");
  }
  // A client that sends the session cookie of a successful sign-in.
  static std::unique_ptr<httplib::Client> SignedIn(const std::string& user, const std::string& password) {
    auto r = SignIn(user, password);
    EXPECT_TRUE(r && r->status == 200) << user << ": " << Describe(r);
    auto client = ClientFor(server_->port());
    client->set_default_headers({{"Cookie", SessionCookieOf(r)}});
    return client;
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string data_;
  static inline Slapd* slapd_ = nullptr;
  static inline ServerProcess* server_ = nullptr;
  static inline std::string setup_error_;
};

TEST_F(ServerUsersTest, APasswordSignInGivesASessionWithTheAccountsRights) {
  auto r = SignIn("ana", "ana-password");
  ASSERT_TRUE(r && r->status == 200) << Describe(r);
  const std::string cookie = SessionCookieOf(r);
  ASSERT_FALSE(cookie.empty()) << r->get_header_value("Set-Cookie");
  EXPECT_NE(r->get_header_value("Set-Cookie").find("HttpOnly"), std::string::npos);
  auto client = ClientFor(server_->port());
  client->set_default_headers({{"Cookie", cookie}});
  json who = JsonOf(client->Get("/api/session"));
  EXPECT_EQ(who.value("user", ""), "ana");
  EXPECT_EQ(who.value("role", ""), "reader");
  EXPECT_EQ(who.value("key_prefix", ""), "user:ana");

  EXPECT_EQ(client->Get("/api/search?kb=sample&q=" + Encode("資安"))->status, 200);
  EXPECT_EQ(client->Get("/api/search?kb=other&q=" + Encode("資安"))->status, 403);
  EXPECT_EQ(client->Get("/api/users")->status, 403);
  EXPECT_EQ(client->Get("/api/admin/usage")->status, 403);
  EXPECT_EQ(
      client->Post("/api/users", R"({"name":"x","password":"xxxxxxxx","role":"admin"})", "application/json")->status,
      403);

  auto wrong = SignIn("ana", "not-her-password");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_TRUE(SessionCookieOf(wrong).empty());
  EXPECT_EQ(SignIn("nobody", "whatever1")->status, 401);
  EXPECT_EQ(ClientFor(server_->port())->Post("/api/session", R"({"user": 5})", "application/json")->status, 400);

  EXPECT_EQ(client->Delete("/api/session")->status, 200);
  EXPECT_EQ(client->Get("/api/session")->status, 401) << "signed out";
}

TEST_F(ServerUsersTest, RepeatedFailuresLockTheAccountUntilAnAdminResetsIt) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(SignIn("lockme", "wrong-password")->status, 401) << "try " << i;
  auto locked = SignIn("lockme", "lockme-password");
  ASSERT_TRUE(locked);
  EXPECT_EQ(locked->status, 429) << locked->body;
  EXPECT_EQ(JsonOf(locked)["error"].value("code", ""), "locked");
  const std::string retry_after = locked->get_header_value("Retry-After");
  ASSERT_FALSE(retry_after.empty());
  const int retry = std::stoi(retry_after);
  EXPECT_GT(retry, 9 * 60);
  EXPECT_LE(retry, 10 * 60);

  CommandResult list = RunWenyuan({"--data", data_, "user", "list", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  bool seen = false;
  const json listed = json::parse(list.out, nullptr, /*allow_exceptions=*/false);
  for (const auto& u : listed["users"]) {
    if (u["name"] == "lockme") {
      seen = true;
      EXPECT_EQ(u["failed_sign_ins"], 3);
      EXPECT_GT(u["locked_until"].get<int64_t>(), 0);
      EXPECT_FALSE(u.contains("password_hash"));
    }
  }
  EXPECT_TRUE(seen);

  CommandResult reset = RunWenyuanWithInput({"--data", data_, "user", "passwd", "lockme"}, "a-new-password\n");
  ASSERT_EQ(reset.exit_code, 0) << reset.err;
  EXPECT_EQ(SignIn("lockme", "lockme-password")->status, 401);
  EXPECT_EQ(SignIn("lockme", "a-new-password")->status, 200);

  auto admin = SignedIn("boss", "boss-password");
  json refused = JsonOf(admin->Get("/api/audit?action=session.create&refused=true&limit=200"));
  int failures = 0;
  for (const auto& e : refused["entries"]) failures += e["target"] == "user:lockme" ? 1 : 0;
  EXPECT_EQ(failures, 4) << "three before the lock, one with the old password after the reset: " << refused.dump();
}

TEST_F(ServerUsersTest, DirectoryUsersSignInWithTheRoleTheirGroupsMapTo) {
  auto carol = SignIn("carol", "carol-secret");
  ASSERT_TRUE(carol && carol->status == 200) << Describe(carol) << server_->stderr_text();
  EXPECT_EQ(JsonOf(carol).value("role", ""), "editor");
  EXPECT_EQ(JsonOf(carol)["kbs"], json::array({"sample"}));
  auto client = ClientFor(server_->port());
  client->set_default_headers({{"Cookie", SessionCookieOf(carol)}});
  EXPECT_EQ(client->Get("/api/search?kb=sample&q=" + Encode("會議"))->status, 200);
  EXPECT_EQ(client->Get("/api/search?kb=other&q=" + Encode("會議"))->status, 403);
  EXPECT_EQ(client->Get("/api/users")->status, 403);

  auto erin = SignIn("erin", "erin-secret");
  ASSERT_TRUE(erin);
  EXPECT_EQ(erin->status, 200) << erin->body;
  EXPECT_EQ(JsonOf(erin).value("role", ""), "admin") << "mapped by the group's full DN";

  EXPECT_EQ(SignIn("carol", "wrong-secret")->status, 401);
  EXPECT_EQ(SignIn("carol", "")->status, 401) << "no anonymous bind";
  auto dave = SignIn("dave", "dave-secret");
  ASSERT_TRUE(dave);
  EXPECT_EQ(dave->status, 403) << "dave's group has no role";
  EXPECT_EQ(JsonOf(dave)["error"].value("code", ""), "no_role");

  // The directory account has a row now: an admin sees it and can disable it.
  auto admin = SignedIn("boss", "boss-password");
  json users = JsonOf(admin->Get("/api/users"));
  bool listed = false;
  for (const auto& u : users["users"]) {
    if (u["name"] == "carol") listed = u["source"] == "ldap" && u["role"] == "editor";
  }
  EXPECT_TRUE(listed) << users.dump();
  EXPECT_EQ(admin->Delete("/api/users/carol")->status, 200);
  EXPECT_EQ(client->Get("/api/session")->status, 401) << "disabling ends the session";
  EXPECT_EQ(SignIn("carol", "carol-secret")->status, 403);
  EXPECT_EQ(admin->Post("/api/users/carol", R"({"disabled": false})", "application/json")->status, 200);
  EXPECT_EQ(SignIn("carol", "carol-secret")->status, 200);
}

TEST_F(ServerUsersTest, AdminsManageAccountsAndEveryChangeIsAudited) {
  auto admin = SignedIn("boss", "boss-password");
  auto made = admin->Post("/api/users", R"({"name":"fay","password":"fay-password","role":"reader","kbs":["other"]})",
                          "application/json");
  ASSERT_TRUE(made && made->status == 201) << Describe(made);
  EXPECT_EQ(admin
                ->Post("/api/users", R"({"name":"fay","password":"fay-password","role":"reader","kbs":["other"]})",
                       "application/json")
                ->status,
            409);
  EXPECT_EQ(
      admin->Post("/api/users", R"({"name":"gil","password":"short","role":"admin"})", "application/json")->status,
      400);
  auto fay = SignedIn("fay", "fay-password");
  EXPECT_EQ(fay->Get("/api/search?kb=sample&q=" + Encode("會議"))->status, 403);
  auto moved = admin->Post("/api/users/fay", R"({"role":"editor","kbs":["sample"]})", "application/json");
  ASSERT_TRUE(moved && moved->status == 200) << Describe(moved);
  EXPECT_EQ(fay->Get("/api/search?kb=sample&q=" + Encode("會議"))->status, 200) << "roles apply at once";

  // Her own password change: the current one is checked.
  EXPECT_EQ(fay->Post("/api/session/password", R"({"current":"nope-nope","new":"fay-second-pw"})", "application/json")
                ->status,
            403);
  auto changed =
      fay->Post("/api/session/password", R"({"current":"fay-password","new":"fay-second-pw"})", "application/json");
  ASSERT_TRUE(changed && changed->status == 200) << Describe(changed);
  EXPECT_EQ(SignIn("fay", "fay-password")->status, 401);
  EXPECT_EQ(SignIn("fay", "fay-second-pw")->status, 200);

  // A key made on the command line is audited as the CLI's.
  ASSERT_FALSE(CreateKey(data_, {"--role", "reader", "--kb", "sample"}).empty());
  json audit = JsonOf(admin->Get("/api/audit?limit=200"));
  std::map<std::string, int> actions;
  bool cli_key = false;
  for (const auto& e : audit["entries"]) {
    ++actions[e.value("action", "")];
    if (e["action"] == "key.create" && e.value("key_prefix", "").starts_with("cli:")) cli_key = true;
  }
  EXPECT_TRUE(cli_key) << audit.dump();
  EXPECT_GE(actions["user.create"], 5) << "four from the CLI, one over HTTP";
  EXPECT_GE(actions["user.update"], 1);
  EXPECT_GE(actions["user.passwd"], 1);
  json only_users = JsonOf(admin->Get("/api/audit?action=user.&actor=user:boss"));
  ASSERT_GT(only_users["total"].get<int>(), 0);
  for (const auto& e : only_users["entries"]) {
    EXPECT_TRUE(e.value("action", "").starts_with("user.")) << e.dump();
    EXPECT_EQ(e.value("key_prefix", ""), "user:boss");
  }
}

TEST_F(ServerUsersTest, UsageAndKbSettingsPagesHaveTheirData) {
  auto admin = SignedIn("boss", "boss-password");
  ASSERT_EQ(admin->Get("/api/search?kb=sample&q=" + Encode("會議"))->status, 200);
  ASSERT_EQ(admin->Get("/api/search?kb=sample&q=" + Encode("qqzzxxvvkk"))->status, 200);
  json ask = {{"kb", "sample"}, {"question", "qwzxv 是什麼"}};
  ASSERT_EQ(admin->Post("/api/ask", ask.dump(), "application/json")->status, 200);
  json usage = JsonOf(admin->Get("/api/admin/usage?days=7&kb=sample"));
  ASSERT_TRUE(usage["days"].is_array()) << usage.dump();
  ASSERT_FALSE(usage["days"].empty());
  const json& today = usage["days"].back();
  EXPECT_GE(today["queries"].get<int>(), 3);
  EXPECT_GE(today["not_found"].get<int>(), 1);
  EXPECT_GT(today["p99_ms"].get<double>(), 0);
  EXPECT_GE(today["p99_ms"].get<double>(), today["p50_ms"].get<double>());
  bool listed = false;
  for (const auto& q : usage["not_found"]) listed = listed || q["question"] == "qqzzxxvvkk";
  EXPECT_TRUE(listed) << usage.dump();

  auto set = admin->Post("/api/admin/kb/sample/settings", R"({"task":"press-release","regional_folding":true})",
                         "application/json");
  ASSERT_TRUE(set && set->status == 200) << Describe(set);
  EXPECT_EQ(admin->Post("/api/admin/kb/sample/settings", R"({"task":"poem"})", "application/json")->status, 400);
  auto dict = admin->Post("/api/admin/kb/sample/dictionary", R"({"text":"北辰iFree\n國科會 n\n"})", "application/json");
  ASSERT_TRUE(dict && dict->status == 200) << Describe(dict);
  EXPECT_EQ(JsonOf(dict)["terms"], 2);
  json settings = JsonOf(admin->Get("/api/admin/kb/sample"));
  EXPECT_EQ(settings["task"], "press-release");
  EXPECT_EQ(settings["regional_folding"], true);
  EXPECT_NE(settings["user_dictionary"].get<std::string>().find("國科會"), std::string::npos);
  EXPECT_EQ(admin->Get("/api/admin/kb/nosuchkb")->status, 404);

  auto reader = SignedIn("ana", "ana-password");
  EXPECT_EQ(reader->Get("/api/admin/kb/sample")->status, 403);
  EXPECT_EQ(reader->Post("/api/admin/kb/sample/settings", R"({"task":"press-release"})", "application/json")->status,
            403);
}

}  // namespace
}  // namespace wenyuan::testing
