// Analysis throughput (MB/s on one core) of our jieba segmenter alone
// (JiebaSegmenter, search mode with HMM: the same words as cppjieba's), of
// the word stream (WordAnalyzer: normalisation, folding, pre-tokeniser, the
// segmenter) and of the bigram stream, next to plain cppjieba CutForSearch
// on the same text in the same run (the peer); and the time to load jieba's
// dictionary and HMM model, ours next to cppjieba's. Input: the files given,
// else ../shared/corpus and the two ../shared/data corpora. Not a test;
// prints figures only.
#include <chrono>
#include <cppjieba/Jieba.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_args.h"
#include "bench_input.h"
#include "search/kb_search.h"
#include "text/jieba_segmenter.h"
#include "util/utf8.h"

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
  wenyuan::bench::CheckArgsOrExit(
      argc, argv,
      "usage: wenyuan_bench_analyze [FILE...]\n  analysis throughput (MB/s) of our segmenter, words and bigrams next "
      "to cppjieba;\n  FILE default: ../shared/corpus and the drcd-dev and cmrc2018-trial corpora\n",
      {}, true);
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
  auto t_analysis = Clock::now();
  auto analysis = wenyuan::search::MakeDefaultAnalysis();
  const double analysis_load_s = std::chrono::duration<double>(Clock::now() - t_analysis).count();
  if (!analysis.ok()) {
    std::fprintf(stderr, "bench: %s\n", analysis.status().message().c_str());
    return 1;
  }
  const std::string dict = WENYUAN_BENCH_JIEBA_DICT;
  // Loading: cppjieba's DictTrie and HMMModel (what WordAnalyzer loaded
  // before) next to JiebaSegmenter::Load, best of three each.
  double jieba_load_s = 1e9, ours_load_s = 1e9;
  std::unique_ptr<const wenyuan::text::JiebaSegmenter> segmenter;
  for (int i = 0; i < 3; ++i) {
    jieba_load_s = std::min(jieba_load_s, TimeRounds(1, [&] {
                              cppjieba::DictTrie trie(dict + "/jieba.dict.utf8");
                              cppjieba::HMMModel model(dict + "/hmm_model.utf8");
                            }));
    ours_load_s =
        std::min(ours_load_s, TimeRounds(1, [&] {
                   auto s = wenyuan::text::JiebaSegmenter::Load(dict + "/jieba.dict.utf8", dict + "/hmm_model.utf8");
                   if (s.ok()) segmenter = std::move(s).value();
                 }));
  }
  if (!segmenter) {
    std::fprintf(stderr, "bench: cannot load jieba from %s\n", dict.c_str());
    return 1;
  }
  cppjieba::Jieba jieba(dict + "/jieba.dict.utf8", dict + "/hmm_model.utf8", dict + "/user.dict.utf8",
                        dict + "/idf.utf8", dict + "/stop_words.utf8");
  std::vector<std::u32string> decoded;
  for (const auto& t : texts) {
    std::u32string d;
    for (size_t pos = 0; pos < t.size();) d.push_back(wenyuan::utf8::DecodeNext(t, pos));
    decoded.push_back(std::move(d));
  }
  const int rounds = std::max<int>(1, static_cast<int>((20u << 20) / std::max<size_t>(bytes, 1)));
  const double mb = static_cast<double>(bytes) * rounds / (1 << 20);
  size_t n_words = 0, n_bigrams = 0, n_jieba = 0, n_segmenter = 0;
  double segmenter_s = TimeRounds(rounds, [&] {
    wenyuan::text::JiebaSegmenter::Scratch scratch;
    std::vector<wenyuan::text::WordSpan> out;
    for (const auto& t : decoded) {
      out.clear();
      segmenter->CutForSearch(t, scratch, out);
      n_segmenter += out.size();
    }
  });
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
  std::printf("ours  JiebaSegmenter        : %7.1f MB/s (%zu tokens a round)  ratio %.2f\n", mb / segmenter_s,
              n_segmenter / rounds, jieba_s / segmenter_s);
  std::printf("ours  words (WordAnalyzer)  : %7.1f MB/s (%zu tokens a round)  ratio %.2f\n", mb / words_s,
              n_words / rounds, jieba_s / words_s);
  std::printf("ours  bigrams               : %7.1f MB/s (%zu tokens a round)  ratio %.2f\n", mb / bigrams_s,
              n_bigrams / rounds, jieba_s / bigrams_s);
  std::printf("load  cppjieba DictTrie+HMMModel: %6.3f s; JiebaSegmenter::Load: %6.3f s  ratio %.2f\n", jieba_load_s,
              ours_load_s, jieba_load_s / ours_load_s);
  std::printf("load  MakeDefaultAnalysis (folder, normaliser, words): %.3f s\n", analysis_load_s);
  return 0;
}
