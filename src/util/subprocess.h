// Runs an external tool (pdftotext and the like) as a child process with a
// wall-clock limit, an address-space limit and a cap on captured output, so a
// hostile or broken input can hang or bloat only the child, never Wenyuan.
// GPL tools are used this way and never linked into the binary.
//
// Thread-safe: each call owns its child and pipes. The child gets no stdin.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan {

struct SubprocessLimits {
  std::chrono::milliseconds timeout{60000};
  uint64_t max_memory_bytes = 1ull << 30;   // RLIMIT_AS of the child
  uint64_t max_output_bytes = 64ull << 20;  // stdout beyond this is an error
};

struct SubprocessOutput {
  int exit_code = 0;
  std::string stdout_text;
  std::string stderr_text;  // last few KiB only
};

// Runs argv[0] (looked up on PATH) with the given arguments. Fails with
// kNotFound if the program cannot be started, kTimeout if it runs past the
// limit (it is killed), kResourceExhausted if it prints too much. A non-zero
// exit is not an error here; callers judge exit_code.
Result<SubprocessOutput> RunSubprocess(const std::vector<std::string>& argv, const SubprocessLimits& limits);

}  // namespace wenyuan
