// Analysis throughput (MB/s on one core) of the word stream (WordAnalyzer:
// normalisation, folding, pre-tokeniser, cppjieba search mode) and the
// bigram stream, next to plain cppjieba CutForSearch on the same text in
// the same run (the peer). Input: the files given, else ../shared/corpus and
// the two ../shared/data corpora. Not a test; prints figures only.
#include <chrono>
#include <cppjieba/Jieba.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_input.h"
#include "search/kb_search.h"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double TimeRounds(int rounds, F f) {
  auto t0 = Clock::now();
  for (int r = 0; r < rounds; ++r) f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const fs::path shared = wenyuan::bench::SharedDir();
  std::vector<fs::path> defaults;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(shared / "corpus", ec)) defaults.push_back(e.path());
  defaults.push_back(shared / "data" / "drcd-dev" / "corpus.jsonl");
  defaults.push_back(shared / "data" / "cmrc2018-trial" / "corpus.jsonl");
  auto [texts, bytes] = wenyuan::bench::LoadBenchInput(wenyuan::bench::BenchFiles(argc, argv, defaults));
  if (texts.empty()) {
    std::fprintf(stderr, "bench: no input (pass files, or put ../shared beside the repo)\n");
    return 1;
  }
  auto analysis = wenyuan::search::MakeDefaultAnalysis();
  if (!analysis.ok()) {
    std::fprintf(stderr, "bench: %s\n", analysis.status().message().c_str());
    return 1;
  }
  const std::string dict = WENYUAN_BENCH_JIEBA_DICT;
  cppjieba::Jieba jieba(dict + "/jieba.dict.utf8", dict + "/hmm_model.utf8", dict + "/user.dict.utf8",
                        dict + "/idf.utf8", dict + "/stop_words.utf8");
  const int rounds = std::max<int>(1, static_cast<int>((20u << 20) / std::max<size_t>(bytes, 1)));
  const double mb = static_cast<double>(bytes) * rounds / (1 << 20);
  size_t n_words = 0, n_bigrams = 0, n_jieba = 0;
  double words_s = TimeRounds(rounds, [&] {
    for (const auto& t : texts) n_words += analysis->words->Tokenize(t).size();
  });
  double bigrams_s = TimeRounds(rounds, [&] {
    for (const auto& t : texts) n_bigrams += analysis->bigrams.Tokenize(t).size();
  });
  double jieba_s = TimeRounds(rounds, [&] {
    std::vector<cppjieba::Word> out;
    for (const auto& t : texts) {
      jieba.CutForSearch(t, out, true);
      n_jieba += out.size();
    }
  });
  std::printf("input: %zu texts, %.2f MB x %d rounds = %.1f MB\n", texts.size(), static_cast<double>(bytes) / (1 << 20),
              rounds, mb);
  std::printf("peer  cppjieba CutForSearch : %7.1f MB/s (%zu tokens a round)\n", mb / jieba_s, n_jieba / rounds);
  std::printf("ours  words (WordAnalyzer)  : %7.1f MB/s (%zu tokens a round)  ratio %.2f\n", mb / words_s,
              n_words / rounds, jieba_s / words_s);
  std::printf("ours  bigrams               : %7.1f MB/s (%zu tokens a round)  ratio %.2f\n", mb / bigrams_s,
              n_bigrams / rounds, jieba_s / bigrams_s);
  return 0;
}
