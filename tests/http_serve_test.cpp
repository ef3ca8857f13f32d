// Integration tests of `wenyuan serve`'s start-up and shutdown: the real
// binary refusing unsafe binds and bad config files, stopping on signals,
// and applying its settings.
#include <gtest/gtest.h>
#include <httplib.h>

#include <csignal>
#include <string>

#include "server_test_support.h"
#include "test_support.h"

namespace wenyuan::testing {
namespace {

namespace fs = std::filesystem;

TEST(HttpServe, RefusesNonLoopbackHostWithoutInsecureOpen) {
  TempDir tmp;
  CommandResult r = RunWenyuan({"--data", (tmp / "data").string(), "serve", "--host", "0.0.0.0", "--port", "0"});
  EXPECT_NE(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("--insecure-open"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("serving"), std::string::npos) << r.out;
}

TEST(HttpServe, RefusesNonLoopbackHostFromTheConfigFile) {
  TempDir tmp;
  const fs::path conf = tmp / "wenyuan.conf";
  WriteFile(conf, "# bind everywhere\nhost = 0.0.0.0\nport = 0\n");
  CommandResult r = RunWenyuan({"--data", (tmp / "data").string(), "serve", "--config", conf.string()});
  EXPECT_NE(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("--insecure-open"), std::string::npos) << r.err;
}

TEST(HttpServe, SigtermAndSigintStopTheServerWithExitCodeZero) {
  TempDir tmp;
  for (int sig : {SIGTERM, SIGINT}) {
    SCOPED_TRACE(sig == SIGTERM ? "SIGTERM" : "SIGINT");
    ServerProcess server({"--data", (tmp / "data").string(), "serve", "--port", "0"});
    ASSERT_TRUE(server.running()) << server.startup_error();
    auto health = ClientFor(server.port())->Get("/api/health");
    ASSERT_TRUE(health) << Describe(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(server.Stop(sig), 0) << server.stderr_text();
    EXPECT_FALSE(server.was_killed()) << "the server ignored the signal";
    EXPECT_FALSE(server.running());
    // The port is free again.
    auto after = ClientFor(server.port())->Get("/api/health");
    EXPECT_FALSE(after) << Describe(after);
  }
}

// A stop signal that arrives right after the "serving" line, before the
// accept loop runs, must not be lost.
TEST(HttpServe, SigtermRightAfterStartupIsNotLost) {
  TempDir tmp;
  for (int i = 0; i < 25; ++i) {
    SCOPED_TRACE("attempt " + std::to_string(i));
    ServerProcess server({"--data", (tmp / "data").string(), "-q", "serve", "--port", "0"});
    ASSERT_TRUE(server.running()) << server.startup_error();
    EXPECT_EQ(server.Stop(SIGTERM, std::chrono::seconds(5)), 0) << server.stderr_text();
    ASSERT_FALSE(server.was_killed()) << "the server ignored SIGTERM";
  }
}

TEST(HttpServe, PortInUseFails) {
  TempDir tmp;
  const std::string data = (tmp / "data").string();
  ServerProcess first({"--data", data, "serve", "--port", "0"});
  ASSERT_TRUE(first.running()) << first.startup_error();
  // A server that did bind would announce itself and run on; ServerProcess
  // tells the two apart without waiting for a timeout.
  ServerProcess second({"--data", data, "serve", "--port", std::to_string(first.port())});
  EXPECT_FALSE(second.running()) << "a second server bound port " << first.port();
  second.Stop();
  EXPECT_NE(second.exit_code().value_or(0), 0);
  EXPECT_NE(second.stderr_text().find(std::to_string(first.port())), std::string::npos) << second.stderr_text();
  EXPECT_TRUE(first.running());
  auto health = ClientFor(first.port())->Get("/api/health");
  ASSERT_TRUE(health) << Describe(health);
  EXPECT_EQ(health->status, 200);
}

TEST(HttpServe, ConfigFileWithUnknownKeyFailsNamingFileAndLine) {
  TempDir tmp;
  const fs::path conf = tmp / "custom.conf";
  WriteFile(conf, "port = 0\nbogus_setting = 1\n");
  CommandResult r = RunWenyuan({"--data", (tmp / "data").string(), "serve", "--port", "0", "--config", conf.string()});
  EXPECT_NE(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find(conf.string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bogus_setting"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("serving"), std::string::npos) << r.out;
}

TEST(HttpServe, DataDirConfigFileIsReadAndChecked) {
  TempDir tmp;
  const fs::path data = tmp / "data";
  WriteFile(data / "wenyuan.conf", "threads = 2\n\n# colours next\ncolour = blue\n");
  CommandResult r = RunWenyuan({"--data", data.string(), "serve", "--port", "0"});
  EXPECT_NE(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("wenyuan.conf"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 4"), std::string::npos) << r.err;

  CommandResult bad_value = RunWenyuan({"--data", data.string(), "serve", "--port", "0", "--config", [&] {
                                          WriteFile(tmp / "bad.conf", "threads = lots\n");
                                          return (tmp / "bad.conf").string();
                                        }()});
  EXPECT_NE(bad_value.exit_code, 0) << Describe(bad_value);
  EXPECT_NE(bad_value.err.find("line 1"), std::string::npos) << bad_value.err;
}

TEST(HttpServe, ConfigFileSettingsApply) {
  TempDir tmp;
  const fs::path conf = tmp / "small.conf";
  WriteFile(conf, "max_query_chars = 4\nmax_k = 3\n");
  ServerProcess server({"--data", (tmp / "data").string(), "serve", "--port", "0", "--config", conf.string()});
  ASSERT_TRUE(server.running()) << server.startup_error();
  ASSERT_EQ(RunWenyuan({"--data", (tmp / "data").string(), "kb", "create", "k"}).exit_code, 0);
  auto client = ClientFor(server.port());
  auto ok = client->Get("/api/search?kb=k&q=abcd&k=3");
  ASSERT_TRUE(ok) << Describe(ok);
  EXPECT_EQ(ok->status, 200) << Describe(ok);
  ExpectJsonError(client->Get("/api/search?kb=k&q=abcde"), 400, "invalid_argument");
  ExpectJsonError(client->Get("/api/search?kb=k&q=abcd&k=4"), 400, "invalid_argument");
}

}  // namespace
}  // namespace wenyuan::testing
