// Bench input: the documents of the files given on the command line (or of
// default files), read with Wenyuan's own readers, as raw extracted text.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wenyuan::bench {

struct BenchInput {
  std::vector<std::string> texts;
  size_t bytes = 0;
};

// Files that cannot be read or have no reader are skipped with a message.
BenchInput LoadBenchInput(const std::vector<std::filesystem::path>& files);

// argv[1..] as paths, or `defaults` when none were given.
std::vector<std::filesystem::path> BenchFiles(int argc, char** argv, std::vector<std::filesystem::path> defaults);

// The ../shared folder beside the repository.
std::filesystem::path SharedDir();

}  // namespace wenyuan::bench
