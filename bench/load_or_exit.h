// What the HTTP load benchmarks share: the load at N clients against a
// server on 127.0.0.1 (eval/load_runner.h, the loop `wenyuan bench` runs),
// exiting with a one-line message when the runner refuses the target, since
// a benchmark has nothing to print without it. Header-only.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "eval/load_runner.h"

namespace wenyuan::bench {

inline eval::LoadFigures LoadOrExit(int port, const std::vector<std::string>& paths, size_t clients, double seconds) {
  eval::LoadTarget target;
  target.port = port;
  target.paths = paths;
  auto figures = eval::RunLoad(target, clients, seconds);
  if (!figures.ok()) {
    std::fprintf(stderr, "bench: %s\n", figures.status().message().c_str());
    std::exit(1);
  }
  return std::move(*figures);
}

}  // namespace wenyuan::bench
