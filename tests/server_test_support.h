// Helpers the server integration tests share (header-only): a data
// directory with the samples ingested, API keys made with the real
// `wenyuan key create`, a server started on it with a config file, and an
// HTTP client that speaks as a given key.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace wenyuan::testing {

inline std::string Describe(const httplib::Result& r) {
  if (!r) return "no response: " + httplib::to_string(r.error());
  return "HTTP " + std::to_string(r->status) + " " + r->get_header_value("Content-Type") + "\n" +
         r->body.substr(0, 2000);
}

inline nlohmann::json JsonOf(const httplib::Result& r) {
  if (!r) return nlohmann::json();
  return nlohmann::json::parse(r->body, nullptr, /*allow_exceptions=*/false);
}

inline std::string Encode(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// The response is `status` with a JSON error body {"error": {"code", "message"}}.
inline void ExpectJsonError(const httplib::Result& r, int status, const std::string& code) {
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->status, status) << Describe(r);
  EXPECT_TRUE(r->get_header_value("Content-Type").starts_with("application/json")) << Describe(r);
  nlohmann::json j = JsonOf(r);
  ASSERT_TRUE(j.is_object() && j.contains("error") && j["error"].is_object()) << Describe(r);
  EXPECT_EQ(j["error"].value("code", ""), code) << Describe(r);
  EXPECT_FALSE(j["error"].value("message", "").empty()) << Describe(r);
}

// A TCP connection to 127.0.0.1:port whose receives give up after
// `timeout_s` (bounding a test whose server never answers or closes), or
// -1.
inline int ConnectTo(int port, int timeout_s = 30) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  timeval tv{timeout_s, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return fd;
}

// A client for 127.0.0.1:port that sends `Authorization: Bearer key` if a
// key is given.
inline std::unique_ptr<httplib::Client> ClientFor(int port, const std::string& key = "") {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", port);
  client->set_connection_timeout(5, 0);
  client->set_read_timeout(30, 0);
  client->set_write_timeout(30, 0);
  if (!key.empty()) client->set_default_headers({{"Authorization", "Bearer " + key}});
  return client;
}

// `wenyuan key create ARGS...`; returns the key (the last line), or "" with
// the failure recorded.
inline std::string CreateKey(const std::string& data, const std::vector<std::string>& args) {
  std::vector<std::string> all = {"--data", data, "key", "create"};
  all.insert(all.end(), args.begin(), args.end());
  CommandResult r = RunWenyuan(all);
  if (r.exit_code != 0) {
    ADD_FAILURE() << "key create failed: " << r.err;
    return "";
  }
  std::string out = r.out;
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out.substr(out.rfind('\n') + 1);
}

// DATA with KB "sample" (samples/ ingested) and KB "other" (one file).
inline std::string PrepareTwoKbs(const std::string& data) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"kb", "create", "sample"},
           {"ingest", "sample", SamplesDir().string()},
           {"kb", "create", "other"},
           {"ingest", "other", (SamplesDir() / "regulation-incident-reporting.txt").string()}}) {
    std::vector<std::string> all = {"--data", data, "-q"};
    all.insert(all.end(), args.begin(), args.end());
    CommandResult r = RunWenyuan(all);
    if (r.exit_code != 0) return "preparing the data failed: " + r.err;
  }
  return "";
}

// Starts `wenyuan serve --port 0` on DATA with a config file holding
// `config_lines` (written under DATA).
inline std::unique_ptr<ServerProcess> StartServer(const std::string& data, const std::string& config_lines,
                                                  const std::vector<std::string>& extra = {}) {
  const std::filesystem::path conf = std::filesystem::path(data) / "test.conf";
  WriteFile(conf, config_lines);
  std::vector<std::string> args = {"--data", data, "serve", "--port", "0", "--config", conf.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return std::make_unique<ServerProcess>(args);
}

// Polls GET /api/jobs/ID until the job is done or failed (bounded).
inline nlohmann::json WaitForJob(httplib::Client& client, int64_t job) {
  nlohmann::json j;
  for (int i = 0; i < 600; ++i) {
    auto r = client.Get("/api/jobs/" + std::to_string(job));
    j = JsonOf(r);
    if (j.is_object() && (j.value("state", "") == "done" || j.value("state", "") == "failed")) return j;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return j;
}

}  // namespace wenyuan::testing
