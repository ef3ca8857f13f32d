// StageClock: milliseconds spent in consecutive stages of one piece of work,
// read off one steady clock (two clock reads a stage), for the per-stage
// timings a search reports (search/search_types.h SearchTimings).
#pragma once

#include <chrono>

namespace wenyuan {

class StageClock {
 public:
  StageClock() : start_(Clock::now()), last_(start_) {}

  // Milliseconds since the last Lap (or construction), and starts the next.
  double Lap() {
    const auto now = Clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }
  // Milliseconds since construction (does not start a stage).
  double Total() const { return std::chrono::duration<double, std::milli>(Clock::now() - start_).count(); }

 private:
  using Clock = std::chrono::steady_clock;
  Clock::time_point start_;
  Clock::time_point last_;
};

}  // namespace wenyuan
