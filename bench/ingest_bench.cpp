// Ingest throughput: `wenyuan ingest` (the real binary, enrichment included)
// next to Xapian 1.4 indexing the same documents with CJK n-grams, each in
// its own child process, measured the same way: wall time, CPU time
// (user + system) and peak RSS from wait4(), and the size on disk.
//
//   wenyuan_bench_ingest [--docs N] [--every K] [--jobs J] [--binary WENYUAN]
//                        [FILE.jsonl[.zst]]
//
// Takes every K-th document (default 10) of FILE (default
// ../shared/data/scale/zh-scale.jsonl.zst, read through `zstd -dc`) until N
// (default 20000; 0: all), writes them to one JSONL file in a temporary
// folder, and ingests that file into a fresh data directory. Xapian indexes
// the same records: title and text, with FLAG_CJK_NGRAM, one commit at the
// end. Prints both, and Wenyuan / Xapian ratios. --binary measures another
// build of wenyuan (an older one, for a before/after figure); --jobs is
// passed to `ingest` (leave it out for a binary without it).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench_args.h"

namespace fs = std::filesystem;

namespace {

struct Measured {
  double wall = 0, cpu = 0;
  long peak_rss_kb = 0;
  int status = 0;
  uint64_t disk = 0;
};

uint64_t DiskUsage(const fs::path& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return total;
}

Measured Wait(pid_t pid, std::chrono::steady_clock::time_point start) {
  Measured m;
  struct rusage usage {};
  int status = 0;
  wait4(pid, &status, 0, &usage);
  m.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
          static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  m.peak_rss_kb = usage.ru_maxrss;
  m.status = status;
  return m;
}

Measured RunWenyuan(const std::string& binary, const std::vector<std::string>& args) {
  const auto start = std::chrono::steady_clock::now();
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    std::string program = binary;
    argv.push_back(program.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  return Wait(pid, start);
}

int IndexWithXapian(const fs::path& jsonl, const fs::path& db_dir) {
  try {
    Xapian::WritableDatabase db(db_dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator terms;
    terms.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    std::ifstream in(jsonl);
    std::string line;
    while (std::getline(in, line)) {
      auto record = nlohmann::json::parse(line, nullptr, false);
      if (!record.is_object()) continue;
      Xapian::Document doc;
      terms.set_document(doc);
      const std::string title = record.value("title", std::string());
      const std::string text = record.value("text", std::string());
      terms.index_text(title, 1, "S");
      terms.index_text(title);
      terms.increase_termpos();
      terms.index_text(text);
      doc.set_data(text);
      db.add_document(doc);
    }
    db.commit();
  } catch (const Xapian::Error& e) {
    std::cerr << "xapian: " << e.get_description() << "\n";
    return 1;
  }
  return 0;
}

Measured RunXapian(const fs::path& jsonl, const fs::path& db_dir) {
  const auto start = std::chrono::steady_clock::now();
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) _exit(IndexWithXapian(jsonl, db_dir));
  return Wait(pid, start);
}

void Print(const char* name, const Measured& m) {
  std::printf("%-28s %9.1f s %9.1f s %9.0f MB %9.0f MB%s\n", name, m.wall, m.cpu, m.peak_rss_kb / 1024.0,
              static_cast<double>(m.disk) / (1 << 20), m.status == 0 ? "" : "  (FAILED)");
}

}  // namespace

int main(int argc, char** argv) {
  wenyuan::bench::CheckArgsOrExit(
      argc, argv,
      "usage: wenyuan_bench_ingest [--docs N] [--every K] [--jobs J] [--binary WENYUAN] [FILE.jsonl[.zst]]\n  `wenyuan "
      "ingest` of every K-th document (default 10) up to N (default 20000; 0: all) of FILE\n  (default "
      "../shared/data/scale/zh-scale.jsonl.zst), next to Xapian indexing the same records\n",
      {{"--docs", true}, {"--every", true}, {"--jobs", true}, {"--binary", true}}, true);
  size_t docs = 20000, every = 10;
  std::string jobs;
  std::string binary = WENYUAN_BENCH_BINARY;
  fs::path input = fs::path(WENYUAN_SOURCE_DIR) / ".." / "shared" / "data" / "scale" / "zh-scale.jsonl.zst";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--docs" && i + 1 < argc) {
      docs = std::stoul(argv[++i]);
    } else if (a == "--every" && i + 1 < argc) {
      every = std::max<size_t>(1, std::stoul(argv[++i]));
    } else if (a == "--jobs" && i + 1 < argc) {
      jobs = argv[++i];
    } else if (a == "--binary" && i + 1 < argc) {
      binary = argv[++i];
    } else {
      input = a;
    }
  }
  const fs::path work = fs::temp_directory_path() / ("wenyuan-ingest-bench-" + std::to_string(getpid()));
  fs::create_directories(work);
  const fs::path slice = work / "slice.jsonl";
  {
    std::string command =
        input.extension() == ".zst" ? "zstd -dc '" + input.string() + "'" : "cat '" + input.string() + "'";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
      std::cerr << "cannot read " << input << "\n";
      return 1;
    }
    std::ofstream out(slice);
    std::string line;
    char buf[1 << 16];
    size_t n = 0, taken = 0;
    while (fgets(buf, sizeof buf, pipe)) {
      line += buf;
      if (line.empty() || line.back() != '\n') continue;
      if (n++ % every == 0) {
        out << line;
        ++taken;
      }
      line.clear();
      if (docs && taken >= docs) break;
    }
    pclose(pipe);
    std::printf("input: %zu documents (every %zu-th of %s), %.1f MB\n", taken, every, input.c_str(),
                static_cast<double>(fs::file_size(slice)) / (1 << 20));
  }
  const std::string data = (work / "data").string();
  RunWenyuan(binary, {"--data", data, "--log-level", "error", "kb", "create", "bench"});
  std::vector<std::string> ingest = {"--data", data, "--log-level", "error", "ingest", "bench", slice.string()};
  if (!jobs.empty()) ingest.insert(ingest.end(), {"--jobs", jobs});
  Measured ours = RunWenyuan(binary, ingest);
  ours.disk = DiskUsage(data);
  Measured xapian = RunXapian(slice, work / "xapian");
  xapian.disk = DiskUsage(work / "xapian");
  std::printf("%-28s %11s %11s %12s %12s\n", "system", "wall", "CPU", "peak RSS", "on disk");
  std::error_code ec;
  Print("wenyuan ingest (+enrich)", ours);
  Print("xapian 1.4 (CJK n-grams)", xapian);
  uint64_t catalog_bytes = 0;
  for (const auto& e : fs::directory_iterator(data, ec)) {
    if (e.path().filename().string().starts_with("catalog.db")) catalog_bytes += e.file_size(ec);
  }
  std::printf("wenyuan on disk: catalog %.0f MB, index %.0f MB (other %.0f MB)\n",
              static_cast<double>(catalog_bytes) / (1 << 20),
              static_cast<double>(DiskUsage(fs::path(data) / "kbs")) / (1 << 20),
              static_cast<double>(ours.disk - catalog_bytes - DiskUsage(fs::path(data) / "kbs")) / (1 << 20));
  std::printf("ratio wenyuan/xapian: wall %.2f, CPU %.2f, peak RSS %.2f, disk %.2f\n", ours.wall / xapian.wall,
              ours.cpu / xapian.cpu, static_cast<double>(ours.peak_rss_kb) / static_cast<double>(xapian.peak_rss_kb),
              static_cast<double>(ours.disk) / static_cast<double>(xapian.disk));
  fs::remove_all(work, ec);
  return ours.status == 0 && xapian.status == 0 ? 0 : 1;
}
