// NameThisThread: gives the calling thread a name (Linux: at most 15
// bytes, longer ones cut), so that top -H, perf and /proc/PID/task/*/comm
// tell an ingest's threads apart. Threads a named thread starts (a
// ParallelFor's helpers) take its name. Naming is only a label: a failure
// is ignored.
#pragma once

#include <pthread.h>

#include <string>
#include <string_view>

namespace wenyuan {

inline void NameThisThread(std::string_view name) {
  const std::string cut(name.substr(0, 15));
  (void)pthread_setname_np(pthread_self(), cut.c_str());
}

}  // namespace wenyuan
