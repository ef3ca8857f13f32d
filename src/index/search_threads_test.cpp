#include "index/search_threads.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>
#include <vector>

namespace wenyuan::index {
namespace {

TEST(SearchThreadsTest, EveryTaskRunsOnceWhateverTheCallers) {
  SearchThreads threads(2);
  std::vector<std::thread> callers;
  std::atomic<bool> wrong{false};
  for (int c = 0; c < 4; ++c) {
    callers.emplace_back([&threads, &wrong, c] {
      for (int round = 0; round < 300; ++round) {
        const size_t n = 1 + static_cast<size_t>(round + c) % 9;
        std::vector<std::atomic<int>> ran(n);
        threads.Run(n, [&](size_t i) { ran[i].fetch_add(1); });
        for (auto& r : ran) {
          if (r.load() != 1) wrong = true;
        }
      }
    });
  }
  for (auto& t : callers) t.join();
  EXPECT_FALSE(wrong.load());
}

TEST(SearchThreadsTest, ACallerWhoseHelpersAreBusyRunsItsTasksItself) {
  SearchThreads threads(1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> started{0};
  // Another query holds its caller and the only helper: both tasks wait.
  std::thread other([&] {
    threads.Run(2, [&](size_t) {
      started.fetch_add(1);
      released.wait();
    });
  });
  while (started.load() < 2) std::this_thread::yield();
  EXPECT_EQ(threads.Available(), 0u);
  std::vector<std::thread::id> ran_on(3);
  threads.Run(3, [&](size_t i) { ran_on[i] = std::this_thread::get_id(); });
  for (const auto& id : ran_on) EXPECT_EQ(id, std::this_thread::get_id());
  release.set_value();
  other.join();
}

TEST(SearchThreadsTest, NoHelpersRunsEverythingOnTheCaller) {
  SearchThreads threads(0);
  EXPECT_EQ(threads.helpers(), 0u);
  std::vector<int> order;
  threads.Run(4, [&](size_t i) { order.push_back(static_cast<int>(i)); });
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3}));
}

}  // namespace
}  // namespace wenyuan::index
