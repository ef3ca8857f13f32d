// Cleaning throughput (MB/s on one core) over real crawled pages, next to
// the floor any cleaner pays: decoding the same UTF-8 once (the peer, in the
// same run). Run: build/bench/wenyuan_bench_clean [FILE...] (default: the
// files of ../shared/corpus). Not a test; prints figures, asserts nothing.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_args.h"
#include "bench_input.h"
#include "clean/document_cleaner.h"
#include "util/utf8.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

}  // namespace

int main(int argc, char** argv) {
  wenyuan::bench::CheckArgsOrExit(argc, argv,
                                  "usage: wenyuan_bench_clean [FILE...]\n  cleaning throughput (MB/s) next to decoding "
                                  "the same UTF-8; FILE default: ../shared/corpus\n",
                                  {}, true);
  namespace fs = std::filesystem;
  std::vector<fs::path> defaults;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(wenyuan::bench::SharedDir() / "corpus", ec)) defaults.push_back(e.path());
  auto [texts, bytes] = wenyuan::bench::LoadBenchInput(wenyuan::bench::BenchFiles(argc, argv, defaults));
  if (texts.empty()) {
    std::fprintf(stderr, "bench: no input (pass files, or put ../shared/corpus beside the repo)\n");
    return 1;
  }
  // Enough repetitions for about 50 MB of text.
  const int rounds = std::max<int>(1, static_cast<int>((50u << 20) / std::max<size_t>(bytes, 1)));
  const double mb = static_cast<double>(bytes) * rounds / (1 << 20);

  auto t0 = Clock::now();
  size_t code_points = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const auto& t : texts) code_points += wenyuan::utf8::CodePointCount(t);
  }
  const double decode_s = Seconds(t0);

  t0 = Clock::now();
  size_t kept = 0;
  std::vector<std::string_view> views(texts.begin(), texts.end());
  for (int r = 0; r < rounds; ++r) {
    auto site = wenyuan::clean::SiteBoilerplate::Learn(views);
    for (const auto& t : texts) {
      auto c = wenyuan::clean::CleanDocument(t, wenyuan::clean::SourceLayout::kWebDump, &site);
      kept += c.text.size();
    }
  }
  const double clean_s = Seconds(t0);

  std::printf("input: %zu documents, %.2f MB x %d rounds = %.1f MB (%zu code points)\n", texts.size(),
              static_cast<double>(bytes) / (1 << 20), rounds, mb, code_points / rounds);
  std::printf("peer  utf-8 decode only   : %8.1f MB/s\n", mb / decode_s);
  std::printf("ours  full cleaning       : %8.1f MB/s  (kept %.0f%% of the bytes)\n", mb / clean_s,
              100.0 * static_cast<double>(kept) / (static_cast<double>(bytes) * rounds));
  std::printf("ratio cleaning / decode   : %8.3f\n", decode_s / clean_s);
  return 0;
}
