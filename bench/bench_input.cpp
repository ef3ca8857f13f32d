#include "bench_input.h"

#include <cstdio>

#include "ingest/document_reader.h"
#include "util/file_io.h"

namespace wenyuan::bench {

BenchInput LoadBenchInput(const std::vector<std::filesystem::path>& files) {
  ingest::ReaderRegistry readers;
  BenchInput input;
  for (const auto& f : files) {
    auto data = ReadFileToString(f, 1ull << 30);
    if (!data.ok()) {
      std::fprintf(stderr, "bench: skipping %s\n", data.status().message().c_str());
      continue;
    }
    const auto* reader = readers.ForFile(f, *data);
    if (!reader) continue;
    auto docs = reader->Read(f, *data);
    if (!docs.ok()) continue;
    for (auto& d : *docs) {
      input.bytes += d.text.size();
      input.texts.push_back(std::move(d.text));
    }
  }
  return input;
}

std::vector<std::filesystem::path> BenchFiles(int argc, char** argv, std::vector<std::filesystem::path> defaults) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) files.emplace_back(argv[i]);
  return files.empty() ? defaults : files;
}

std::filesystem::path SharedDir() { return std::filesystem::path(WENYUAN_SOURCE_DIR) / ".." / "shared"; }

}  // namespace wenyuan::bench
