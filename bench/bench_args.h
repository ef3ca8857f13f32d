// BenchArgs: how every benchmark reads its command line before its own
// parsing: "--help" or "-h" prints its usage to stdout and exits 0; a flag
// it does not know, a flag without its value, or a file where it takes
// none prints one line naming the argument and the usage to stderr and
// exits 2 (a benchmark that would have built a 450k-passage index on a
// typo stops at once). Header-only.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

namespace wenyuan::bench {

struct Flag {
  const char* name;
  bool takes_value;
};

// Checks argv[1..] against `flags`; `files`: whether arguments that are no
// flag (input files) are taken. Returns only when all is well.
inline void CheckArgsOrExit(int argc, char** argv, const char* usage, std::initializer_list<Flag> flags,
                            bool files = false) {
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h")) {
      std::fputs(usage, stdout);
      std::exit(0);
    }
    const char* problem = nullptr;
    if (a[0] == '-' && a[1] != '\0') {
      const Flag* known = nullptr;
      for (const Flag& f : flags) {
        if (!std::strcmp(a, f.name)) known = &f;
      }
      if (known == nullptr) {
        problem = "unknown option";
      } else if (known->takes_value && ++i >= argc) {
        problem = "needs a value";
      }
    } else if (!files) {
      problem = "takes no file";
    }
    if (problem != nullptr) {
      std::fprintf(stderr, "%s: %s: %s\n%s", argv[0], a, problem, usage);
      std::exit(2);
    }
  }
}

}  // namespace wenyuan::bench
