#include "index/search_threads.h"

#include <atomic>
#include <chrono>
#include <system_error>

namespace wenyuan::index {

namespace {

// How long a helper that ran a task keeps looking for the next before it
// sleeps, and how long a caller waits for its helpers before it sleeps: a
// query's passes follow one another within microseconds, and a thread's
// wake-up from sleep costs tens of them.
constexpr auto kSpin = std::chrono::microseconds(50);

inline void Relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

}  // namespace

// One Run call: its tasks are claimed by index, and the caller waits until
// every claimed task has ended.
struct SearchThreads::Job {
  const std::function<void(size_t)>* task = nullptr;
  size_t n = 0;
  std::atomic<size_t> next{0};  // the next task to claim
  std::atomic<size_t> done{0};  // tasks ended
  std::mutex mutex;             // for `finished`
  std::condition_variable finished;
};

SearchThreads::SearchThreads(size_t helpers) {
  threads_.reserve(helpers);
  for (size_t i = 0; i < helpers; ++i) {
    try {
      threads_.emplace_back([this] { Serve(); });
    } catch (const std::system_error&) {
      break;  // the system gives no more threads: fewer helpers, or none
    }
  }
}

SearchThreads::~SearchThreads() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

// Claims and runs tasks until none is left, counting each one that ends.
void SearchThreads::Work(Job& job) {
  size_t ran = 0;
  for (size_t i = job.next.fetch_add(1); i < job.n; i = job.next.fetch_add(1)) {
    (*job.task)(i);
    ++ran;
  }
  if (ran == 0) return;
  if (job.done.fetch_add(ran, std::memory_order_acq_rel) + ran == job.n) {
    std::lock_guard<std::mutex> lock(job.mutex);  // a caller asleep in Run sees it
    job.finished.notify_all();
  }
}

void SearchThreads::Serve() {
  while (true) {
    // Briefly awake after a task: the same query's next pass comes soon.
    const auto until = std::chrono::steady_clock::now() + kSpin;
    while (queued_.load(std::memory_order_acquire) == 0 && std::chrono::steady_clock::now() < until) Relax();
    std::shared_ptr<Job> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (stopping_) return;
      job = jobs_.front();
      const size_t next = job->next.load();
      if (next + 1 >= job->n) {  // nothing left, or this claim may take the last task
        jobs_.pop_front();
        queued_.store(jobs_.size(), std::memory_order_release);
      }
      if (next >= job->n) continue;
    }
    busy_.fetch_add(1, std::memory_order_relaxed);
    Work(*job);
    busy_.fetch_sub(1, std::memory_order_relaxed);
  }
}

void SearchThreads::Run(size_t n, const std::function<void(size_t)>& task) {
  if (n == 0) return;
  if (threads_.empty() || n == 1) {
    for (size_t i = 0; i < n; ++i) task(i);
    return;
  }
  auto job = std::make_shared<Job>();
  job->task = &task;
  job->n = n;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back(job);
    queued_.store(jobs_.size(), std::memory_order_release);
  }
  if (n - 1 >= threads_.size()) {
    wake_.notify_all();
  } else {
    for (size_t i = 0; i + 1 < n; ++i) wake_.notify_one();
  }
  Work(*job);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = jobs_.begin(); it != jobs_.end(); ++it) {
      if (it->get() == job.get()) {
        jobs_.erase(it);
        break;
      }
    }
    queued_.store(jobs_.size(), std::memory_order_release);
  }
  const auto until = std::chrono::steady_clock::now() + kSpin;
  while (job->done.load(std::memory_order_acquire) != n && std::chrono::steady_clock::now() < until) Relax();
  if (job->done.load(std::memory_order_acquire) == n) return;
  std::unique_lock<std::mutex> lock(job->mutex);
  job->finished.wait(lock, [&] { return job->done.load(std::memory_order_acquire) == n; });
}

}  // namespace wenyuan::index
