#include "test_support.h"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

#include "util/subprocess.h"

namespace wenyuan::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("wenyuan-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path SourceDir() { return WENYUAN_SOURCE_DIR; }
std::filesystem::path SamplesDir() { return SourceDir() / "samples"; }
std::filesystem::path SharedDir() { return WENYUAN_SHARED_DIR; }
std::string BinaryPath() { return WENYUAN_BINARY; }

void WriteFile(const std::filesystem::path& path, const std::string& contents) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream f(path, std::ios::binary);
  f << contents;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

CommandResult RunWenyuan(const std::vector<std::string>& args) {
  std::vector<std::string> argv{BinaryPath()};
  argv.insert(argv.end(), args.begin(), args.end());
  SubprocessLimits limits;
  limits.timeout = std::chrono::seconds(120);
  limits.max_memory_bytes = 1ull << 40;  // sanitizer builds reserve a lot
  CommandResult r;
  auto out = RunSubprocess(argv, limits);
  if (!out.ok()) {
    r.err = out.status().ToString();
    return r;
  }
  r.exit_code = out->exit_code;
  r.out = out->stdout_text;
  r.err = out->stderr_text;
  return r;
}

}  // namespace wenyuan::testing
