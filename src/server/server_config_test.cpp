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

TEST(ServerConfig, ConnectionLimitsAndTlsFilesAreSettings) {
  testing::TempDir dir;
  ServerConfig config;
  testing::WriteFile(dir / "a.conf",
                     "header_timeout_seconds = 3\nrequest_timeout_seconds = 30\nkeep_alive_seconds = 2\n"
                     "max_connections = 100\nmax_connections_per_address = 7\nmax_header_bytes = 4096\n"
                     "max_held_body_bytes = 1048576\nrelay_buffer_bytes = 65536\nio_threads = 3\n"
                     "tls_cert = /etc/wenyuan/cert.pem\ntls_key = /etc/wenyuan/key.pem\nsearch_threads = 3\n");
  Status loaded = LoadServerConfig(dir / "a.conf", config);
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  EXPECT_EQ(config.header_timeout_seconds, 3);
  EXPECT_EQ(config.request_timeout_seconds, 30);
  EXPECT_EQ(config.keep_alive_seconds, 2);
  EXPECT_EQ(config.max_connections, 100u);
  EXPECT_EQ(config.max_connections_per_address, 7u);
  EXPECT_EQ(config.max_header_bytes, 4096u);
  EXPECT_EQ(config.max_held_body_bytes, 1048576u);
  EXPECT_EQ(config.relay_buffer_bytes, 65536u);
  EXPECT_EQ(config.io_threads, 3);
  EXPECT_EQ(config.tls_cert, "/etc/wenyuan/cert.pem");
  EXPECT_EQ(config.tls_key, "/etc/wenyuan/key.pem");
  EXPECT_EQ(config.search_threads, 3);
  for (const char* bad : {"header_timeout_seconds = 0\n", "max_connections_per_address = 0\n",
                          "max_header_bytes = 10\n", "io_threads = 1000\n", "search_threads = 0\n"}) {
    testing::WriteFile(dir / "b.conf", bad);
    Status s = LoadServerConfig(dir / "b.conf", config);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.message().find("b.conf"), std::string::npos) << s.message();
  }
}

}  // namespace
}  // namespace wenyuan::server
