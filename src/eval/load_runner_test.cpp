#include "eval/load_runner.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <thread>

namespace wenyuan::eval {
namespace {

TEST(LoadRunner, PercentilesByNearestRank) {
  std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  EXPECT_EQ(Percentile(v, 50), 5);
  EXPECT_EQ(Percentile(v, 95), 10);
  EXPECT_EQ(Percentile(v, 10), 1);
  EXPECT_EQ(Percentile(v, 0), 1);
  EXPECT_EQ(Percentile({}, 50), 0);
}

TEST(LoadRunner, RefusesAnythingButLoopbackAndBadSettings) {
  LoadTarget t;
  t.paths = {"/"};
  t.host = "10.0.0.1";
  EXPECT_FALSE(RunLoad(t, 1, 1).ok());
  t.host = "127.0.0.1";
  EXPECT_FALSE(RunLoad(t, 0, 1).ok());
  EXPECT_FALSE(RunLoad(t, 1, 0).ok());
  t.paths.clear();
  EXPECT_FALSE(RunLoad(t, 1, 1).ok());
}

TEST(LoadRunner, CountsRequestsAndFailuresAgainstARealServer) {
  httplib::Server server;
  server.Get("/ok", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
  server.Get("/auth", [](const httplib::Request& req, httplib::Response& res) {
    res.status = req.get_header_value("Authorization") == "Bearer k" ? 200 : 401;
  });
  int port = server.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  std::thread loop([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  LoadTarget t;
  t.port = port;
  t.paths = {"/ok", "/missing"};
  auto f = RunLoad(t, 2, 0.3);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_GT(f->requests, 2u);
  // Half the paths are 404s; each client alternates, so about half fail.
  EXPECT_GT(f->failures, 0u);
  EXPECT_LT(f->failures, f->requests);
  EXPECT_LE(f->p50_ms, f->p99_ms);
  t.paths = {"/auth"};
  t.bearer_key = "k";
  f = RunLoad(t, 1, 0.2);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->failures, 0u);
  server.stop();
  loop.join();
}

}  // namespace
}  // namespace wenyuan::eval
