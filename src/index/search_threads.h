// SearchThreads: helper threads that run the parts of one query (its
// slices, query_executor.h) beside the thread that asked for it. The caller
// works on its own tasks too, and runs every task no helper has claimed: a
// query never waits for a helper that is busy with another query, so under
// load (every core busy) a query costs what it would alone, and on an idle
// machine its parts run side by side. A server or a command keeps one for
// its life (search::KbSessions). Thread-safe; the destructor joins the
// helpers.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace wenyuan::index {

class SearchThreads {
 public:
  // `helpers` threads besides the callers (0: every task on the caller);
  // fewer if the system will not start that many (helpers() says).
  explicit SearchThreads(size_t helpers);
  ~SearchThreads();
  SearchThreads(const SearchThreads&) = delete;
  SearchThreads& operator=(const SearchThreads&) = delete;

  size_t helpers() const { return threads_.size(); }
  // Helpers not running a task now (a hint: a query planned for them runs
  // its tasks on the caller if they are taken meanwhile).
  size_t Available() const { return threads_.size() - busy_.load(std::memory_order_relaxed); }
  // Runs task(0) … task(n - 1), each once, on the caller and any idle
  // helper, in about that order; returns when all have ended. `task` must
  // not throw.
  void Run(size_t n, const std::function<void(size_t)>& task);

 private:
  struct Job;
  void Serve();
  static void Work(Job& job);

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::shared_ptr<Job>> jobs_;  // with tasks left to claim, oldest first
  std::atomic<size_t> queued_{0};          // jobs_.size(), read without the lock
  std::atomic<size_t> busy_{0};            // helpers running a task
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace wenyuan::index
