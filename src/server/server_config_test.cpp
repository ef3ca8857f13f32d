#include "server/server_config.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::server {
namespace {

// Issue 15: any host name starting with "127." counted as loopback, so a
// name that resolves elsewhere would have served open mode to the network.
TEST(IsLoopbackHost, OnlyLoopbackAddressesAndLocalhost) {
  for (const char* host : {"127.0.0.1", "127.1.2.3", "127.255.255.254", "::1", "[::1]", "::ffff:127.0.0.1",
                           "0:0:0:0:0:0:0:1", "localhost"}) {
    EXPECT_TRUE(IsLoopbackHost(host)) << host;
  }
  for (const char* host : {"127.evil.example", "127.0.0.1.nip.io", "127.0.0.1x", "127.", "0.0.0.0", "::", "10.0.0.1",
                           "128.0.0.1", "::ffff:10.0.0.1", "", "localhost.example.org", "1127.0.0.1"}) {
    EXPECT_FALSE(IsLoopbackHost(host)) << host;
  }
}

TEST(ServerConfig, SecureCookiesIsABoolSetting) {
  testing::TempDir dir;
  ServerConfig config;
  EXPECT_FALSE(config.secure_cookies);
  testing::WriteFile(dir / "a.conf", "secure_cookies = true\n");
  ASSERT_TRUE(LoadServerConfig(dir / "a.conf", config).ok());
  EXPECT_TRUE(config.secure_cookies);
  testing::WriteFile(dir / "b.conf", "secure_cookies = yes\n");
  Status bad = LoadServerConfig(dir / "b.conf", config);
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("b.conf"), std::string::npos) << bad.message();
}

}  // namespace
}  // namespace wenyuan::server
