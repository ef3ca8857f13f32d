// ParallelFor: runs body(i) for every i in [0, n) on up to `jobs` threads
// (the calling thread among them) and returns when all are done. Indices
// are handed out in order from a shared counter, so uneven work balances
// itself. `body` must be safe to call from several threads at once on
// different indices; writing only to slot i of a pre-sized vector is the
// usual way to keep results in input order, which makes the outcome the
// same whatever `jobs` is. jobs <= 1, or n <= 1, runs inline.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace wenyuan {

template <typename Body>
void ParallelFor(size_t n, size_t jobs, Body&& body) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) body(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) body(i);
  };
  std::vector<std::jthread> helpers;
  const size_t threads = std::min(jobs, n);
  helpers.reserve(threads - 1);
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
}

// The number of hardware threads, at least 1: the default for --jobs.
inline size_t DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace wenyuan
