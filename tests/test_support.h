// Helpers the tests share: a temporary directory that removes itself, paths
// to the repository's samples and to ../shared, and running the real
// `wenyuan` binary as a child process.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wenyuan::testing {

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::filesystem::path SourceDir();   // the repository root
std::filesystem::path SamplesDir();  // samples/
std::filesystem::path SharedDir();   // ../shared (read-only data)
std::string BinaryPath();            // the built wenyuan executable

void WriteFile(const std::filesystem::path& path, const std::string& contents);
std::string ReadFile(const std::filesystem::path& path);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the wenyuan binary with `args` (no shell), capturing its output.
CommandResult RunWenyuan(const std::vector<std::string>& args);

}  // namespace wenyuan::testing
