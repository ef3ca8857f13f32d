// The server's front door (src/server/front_door.h) against the real
// binary on 127.0.0.1: slow clients trickling headers do not starve the
// API and are dropped at the header deadline; a stalled body is dropped at
// the whole-request deadline; connections per address are capped; bad or
// oversized heads are refused before the handlers see them; a client cannot
// forge the address the handlers log; HTTPS with a certificate the test
// makes (httplib's TLS client and curl), with a Secure session cookie, and
// one-line errors for a missing or mismatched certificate or key.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>

#include "server_test_support.h"

namespace wenyuan::testing {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

bool SendAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Everything the server sends until it closes; `closed` says whether it did
// (end of stream or reset) rather than our receive timeout ending the wait.
std::string ReadToClose(int fd, bool& closed) {
  std::string out;
  char buf[4096];
  for (;;) {
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n > 0) {
      out.append(buf, static_cast<size_t>(n));
      continue;
    }
    closed = n == 0 || errno == ECONNRESET;
    return out;
  }
}

// True if the server has closed `fd` (checked without waiting).
bool ClosedByServer(int fd) {
  char c = 0;
  const ssize_t n = ::recv(fd, &c, 1, MSG_DONTWAIT | MSG_PEEK);
  return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

// One request on a fresh connection; the raw reply.
std::string RawExchange(int port, const std::string& request) {
  const int fd = ConnectTo(port, 20);
  if (fd < 0) return "no connection";
  SendAll(fd, request);
  bool closed = false;
  std::string reply = ReadToClose(fd, closed);
  ::close(fd);
  return reply;
}

class FrontDoorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    data_ = (dir_->path() / "data").string();
    setup_error_ = PrepareTwoKbs(data_);
    if (!setup_error_.empty()) return;
    admin_ = CreateKey(data_, {"--role", "admin"});
    reader_ = CreateKey(data_, {"--role", "reader", "--kb", "sample"});
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }

  // A server on the prepared data with `config` (rate limit off).
  std::unique_ptr<ServerProcess> Start(const std::string& config, const std::vector<std::string>& extra = {}) {
    auto server = StartServer(data_, "rate_limit_per_minute = 0\n" + config, extra);
    EXPECT_TRUE(server->running()) << server->startup_error() << server->stderr_text();
    return server;
  }

  static int HealthStatus(int port) {
    auto client = ClientFor(port);
    client->set_read_timeout(10, 0);
    auto r = client->Get("/api/health");
    return r ? r->status : -1;
  }

  static TempDir* dir_;
  static std::string data_;
  static std::string setup_error_;
  static std::string admin_;
  static std::string reader_;
};
TempDir* FrontDoorTest::dir_ = nullptr;
std::string FrontDoorTest::data_;
std::string FrontDoorTest::setup_error_;
std::string FrontDoorTest::admin_;
std::string FrontDoorTest::reader_;

TEST_F(FrontDoorTest, SlowClientsDoNotStarveTheApiAndAreDroppedAtTheHeaderDeadline) {
  // Far more slow clients than handler threads, each sending one header
  // line a second and never the blank line that ends the head.
  auto server = Start(
      "threads = 4\n"
      "header_timeout_seconds = 3\n"
      "max_connections_per_address = 1000\n");
  ASSERT_TRUE(server->running());
  const int port = server->port();
  std::vector<int> slow;
  for (int i = 0; i < 200; ++i) {
    const int fd = ConnectTo(port, 20);
    ASSERT_GE(fd, 0) << "connection " << i;
    ASSERT_TRUE(SendAll(fd, "GET /api/health HTTP/1.1\r\nHost: x\r\n"));
    slow.push_back(fd);
  }
  std::atomic<bool> stop{false};
  std::atomic<size_t> still_open{slow.size()};
  std::thread trickle([&] {
    for (int round = 0; round < 30 && !stop; ++round) {
      size_t open = 0;
      for (int fd : slow) {
        if (ClosedByServer(fd)) continue;
        ++open;
        (void)::send(fd, "X-Slow: 1\r\n", 11, MSG_NOSIGNAL | MSG_DONTWAIT);
      }
      still_open = open;
      if (open == 0) break;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  });

  // Meanwhile normal clients are served, health and search alike.
  const std::string search = "/api/search?kb=sample&k=5&q=" + Encode("資安事件");
  for (int i = 0; i < 6; ++i) {
    auto client = ClientFor(port, reader_);
    client->set_read_timeout(10, 0);
    auto health = client->Get("/api/health");
    ASSERT_TRUE(health) << "health under attack, round " << i << ": " << Describe(health);
    EXPECT_EQ(health->status, 200);
    auto hits = client->Get(search);
    ASSERT_TRUE(hits) << "search under attack, round " << i << ": " << Describe(hits);
    EXPECT_EQ(hits->status, 200) << Describe(hits);
    EXPECT_FALSE(JsonOf(hits)["hits"].empty()) << Describe(hits);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  trickle.join();
  stop = true;
  // The server hung up on every slow client at its header deadline though
  // each kept sending.
  size_t closed = 0;
  for (int fd : slow) {
    if (ClosedByServer(fd)) ++closed;
    ::close(fd);
  }
  EXPECT_EQ(closed, slow.size()) << still_open.load() << " slow clients were still connected";
  EXPECT_EQ(HealthStatus(port), 200);
}

TEST_F(FrontDoorTest, StalledBodyIsDroppedAtTheRequestDeadline) {
  auto server = Start("request_timeout_seconds = 2\nheader_timeout_seconds = 2\n");
  ASSERT_TRUE(server->running());
  const int fd = ConnectTo(server->port(), 20);
  ASSERT_GE(fd, 0);
  ASSERT_TRUE(SendAll(fd,
                      "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100\r\n\r\n{\"q\":"));
  bool closed = false;
  const std::string reply = ReadToClose(fd, closed);
  ::close(fd);
  EXPECT_TRUE(closed) << "the server kept a stalled request open";
  EXPECT_EQ(reply, "") << "nothing reached the handlers, so nothing was answered";
  EXPECT_EQ(HealthStatus(server->port()), 200);
}

TEST_F(FrontDoorTest, ConnectionsPerAddressAreCapped) {
  auto server = Start("max_connections_per_address = 3\nheader_timeout_seconds = 60\n");
  ASSERT_TRUE(server->running());
  const int port = server->port();
  std::vector<int> idle;
  for (int i = 0; i < 3; ++i) {
    idle.push_back(ConnectTo(port, 20));
    ASSERT_GE(idle.back(), 0);
  }
  // The fourth from the same address is answered 503 and closed.
  const std::string refused = RawExchange(port, "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(refused.starts_with("HTTP/1.1 503")) << refused;
  EXPECT_NE(refused.find("server_busy"), std::string::npos) << refused;
  EXPECT_EQ(HealthStatus(port), 503);
  // One place freed, the next connection is served.
  ::close(idle.back());
  idle.pop_back();
  int status = -1;
  for (int i = 0; i < 50 && status != 200; ++i) {
    status = HealthStatus(port);
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(status, 200);
  for (int fd : idle) ::close(fd);
}

TEST_F(FrontDoorTest, BadAndOversizedHeadsAreRefusedBeforeTheHandlers) {
  auto server = Start("max_header_bytes = 2048\nmax_body_bytes = 4096\nmax_upload_bytes = 8192\n");
  ASSERT_TRUE(server->running());
  const int port = server->port();
  const std::string big_head = "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + std::string(3000, 'a') + "\r\n\r\n";
  EXPECT_TRUE(RawExchange(port, big_head).starts_with("HTTP/1.1 431")) << RawExchange(port, big_head);
  // Refused on its declared length, before any of the body is read.
  const std::string too_big =
      RawExchange(port, "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n");
  EXPECT_TRUE(too_big.starts_with("HTTP/1.1 413")) << too_big;
  EXPECT_NE(too_big.find("resource_exhausted"), std::string::npos) << too_big;
  const std::string chunked =
      RawExchange(port, "POST /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
  EXPECT_TRUE(chunked.starts_with("HTTP/1.1 411")) << chunked;
  const std::string smuggle =
      RawExchange(port, "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef");
  EXPECT_TRUE(smuggle.starts_with("HTTP/1.1 400")) << smuggle;
  EXPECT_TRUE(RawExchange(port, "GET / HTTP/2.0\r\n\r\n").starts_with("HTTP/1.1 505"));
  EXPECT_TRUE(RawExchange(port, "\x16\x03\x01 hello\r\n\r\n").starts_with("HTTP/1.1 400"));
  // Two requests on one kept connection (the second sent with the first).
  const std::string two = RawExchange(port,
                                      "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
                                      "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(two.find("HTTP/1.1 200"), 0u) << two;
  EXPECT_NE(two.find("HTTP/1.1 200", 10), std::string::npos) << two;
  EXPECT_EQ(HealthStatus(port), 200);
}

TEST_F(FrontDoorTest, ClientCannotForgeTheAddressTheHandlersSee) {
  auto server = Start("");
  ASSERT_TRUE(server->running());
  const int port = server->port();
  httplib::Client forger("127.0.0.1", port);
  forger.set_default_headers({{"Authorization", "Bearer wy_not_a_key"}, {"X-Wenyuan-Peer", "203.0.113.9"}});
  auto refused = forger.Get("/api/audit");
  ASSERT_TRUE(refused) << Describe(refused);
  EXPECT_EQ(refused->status, 401);
  auto audit = ClientFor(port, admin_)->Get("/api/audit?refused=true");
  ASSERT_TRUE(audit && audit->status == 200) << Describe(audit);
  EXPECT_NE(audit->body.find("\"remote\":\"127.0.0.1\""), std::string::npos) << audit->body;
  EXPECT_EQ(audit->body.find("203.0.113.9"), std::string::npos) << audit->body;
}

// --- TLS ---------------------------------------------------------------------

// A self-signed certificate for 127.0.0.1 and its key, made by Debian's
// openssl; "" or why not.
std::string MakeCertificate(const fs::path& dir, const std::string& name) {
  const std::string cmd =
      "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
      "-addext subjectAltName=IP:127.0.0.1 -keyout '" +
      (dir / (name + "-key.pem")).string() + "' -out '" + (dir / (name + "-cert.pem")).string() + "' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0 ? "" : "openssl could not make a certificate";
}

// What `cmd` printed on stdout.
std::string Capture(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) return out;
  char buf[4096];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  ::pclose(p);
  return out;
}

TEST_F(FrontDoorTest, ServesHttpsWithSecureSessionCookie) {
  const fs::path tls = dir_->path() / "tls";
  fs::create_directories(tls);
  ASSERT_EQ(MakeCertificate(tls, "a"), "");
  const std::string cert = (tls / "a-cert.pem").string();
  const std::string key = (tls / "a-key.pem").string();
  CommandResult added = RunWenyuanWithInput(
      {"--data", data_, "user", "add", "tess", "--role", "reader", "--kb", "sample"}, "tess-password\n");
  ASSERT_EQ(added.exit_code, 0) << added.err;
  auto server = Start("", {"--tls-cert", cert, "--tls-key", key});
  ASSERT_TRUE(server->running());
  EXPECT_NE(server->stdout_text().find("https://"), std::string::npos) << server->stdout_text();
  const int port = server->port();

  httplib::SSLClient client("127.0.0.1", port);
  client.set_ca_cert_path(cert.c_str());
  client.enable_server_certificate_verification(true);
  client.set_read_timeout(10, 0);
  auto health = client.Get("/api/health");
  ASSERT_TRUE(health) << Describe(health);
  EXPECT_EQ(health->status, 200);
  auto signed_in =
      client.Post("/api/session", json{{"user", "tess"}, {"password", "tess-password"}}.dump(), "application/json");
  ASSERT_TRUE(signed_in) << Describe(signed_in);
  EXPECT_EQ(signed_in->status, 200) << Describe(signed_in);
  const std::string cookie = signed_in->get_header_value("Set-Cookie");
  EXPECT_TRUE(cookie.starts_with("wenyuan_session=")) << cookie;
  EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;

  // Another real HTTPS client, checking the certificate too.
  const std::string by_curl = Capture("curl -sS --max-time 10 --cacert '" + cert +
                                      "' https://127.0.0.1:" + std::to_string(port) + "/api/health 2>&1");
  EXPECT_NE(by_curl.find("\"status\":\"ok\""), std::string::npos) << by_curl;
  // Plain HTTP on the TLS port gets no answer, and HTTPS goes on.
  bool closed = false;
  const int fd = ConnectTo(port, 20);
  ASSERT_GE(fd, 0);
  SendAll(fd, "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(ReadToClose(fd, closed).find("200"), std::string::npos);
  ::close(fd);
  EXPECT_TRUE(closed);
  auto again = client.Get("/api/health");
  ASSERT_TRUE(again) << Describe(again);
  EXPECT_EQ(again->status, 200);
}

TEST_F(FrontDoorTest, BadCertificateOrKeyIsOneLineNamingTheFile) {
  const fs::path tls = dir_->path() / "tls-bad";
  fs::create_directories(tls);
  ASSERT_EQ(MakeCertificate(tls, "a"), "");
  ASSERT_EQ(MakeCertificate(tls, "b"), "");
  const std::string cert = (tls / "a-cert.pem").string();
  const std::string other_key = (tls / "b-key.pem").string();
  const std::string missing = (tls / "missing.pem").string();
  WriteFile(tls / "junk.pem", "not a certificate\n");
  struct Case {
    std::vector<std::string> flags;
    std::string names;  // the file the error must name
    std::string says;
  };
  for (const Case& c : std::vector<Case>{
           {{"--tls-cert", missing, "--tls-key", other_key}, missing, "No such file"},
           {{"--tls-cert", (tls / "junk.pem").string(), "--tls-key", other_key}, "junk.pem", "certificate"},
           {{"--tls-cert", cert, "--tls-key", other_key}, other_key, "does not match"},
           {{"--tls-cert", cert}, "--tls-key", "without a key"}}) {
    std::vector<std::string> args = {"--data", data_, "serve", "--port", "0"};
    args.insert(args.end(), c.flags.begin(), c.flags.end());
    ServerProcess server(args, std::chrono::seconds(10));
    ASSERT_FALSE(server.running()) << c.names;
    const std::string err = server.stderr_text();
    EXPECT_NE(err.find(c.names), std::string::npos) << err;
    EXPECT_NE(err.find(c.says), std::string::npos) << err;
  }
}

}  // namespace
}  // namespace wenyuan::testing
