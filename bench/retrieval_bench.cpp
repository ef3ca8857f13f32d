// Retrieval quality next to textbook peers, in one run on the same data:
//   (a) plain BM25 over plain cppjieba words (no folding; k1 1.2, b 0.75),
//   (b) plain BM25 over character bigrams,
//   (c) the same bigram BM25 with Traditional/Simplified folding,
//   (d) ours: `wenyuan eval`'s code path (eval::RunEval, default analysis).
// On ../shared/data/drcd-dev and cmrc2018-trial: recall@1, recall@5 and
// MRR@10, then the same with every question converted to the other script
// (OpenCC tw2sp.json for Traditional sets, s2twp.json for Simplified), then
// recall@1 and MRR@10 with both sets pooled with distractor passages cut
// from the scale corpus (scale_pool.h). Every figure is scored by
// eval::ScoreRankings, the function `wenyuan eval` uses.
//
// usage: wenyuan_bench_retrieval [--pool N] [--ranking K=V,...] [--misses]
// [--write-pool DIR] (N distractors, 100000 by default; 0 skips the pooled
// figure; --ranking changes ours' RankingParams; --misses lists ours'
// misses on stderr; --write-pool saves the pooled corpus and questions as
// `wenyuan eval` reads them). Not a test; prints figures only.
#include <opencc/opencc.h>

#include <algorithm>
#include <chrono>
#include <cppjieba/Jieba.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench_args.h"
#include "bench_input.h"
#include "eval/retrieval_eval.h"
#include "plain_bm25.h"
#include "scale_pool.h"
#include "search/kb_search.h"
#include "text/char_normalizer.h"
#include "util/utf8.h"

namespace {

using wenyuan::eval::EvalCorpus;
using wenyuan::eval::EvalQuery;
using wenyuan::eval::EvalReport;
using Clock = std::chrono::steady_clock;
using QuerySet = std::vector<EvalQuery>;

constexpr size_t kDepth = 20;

// OpenCC conversion of whole questions (phrase rules included), for the
// cross-script figure.
class ScriptConverter {
 public:
  explicit ScriptConverter(const char* config) : od_(opencc_open(config)) {}
  ~ScriptConverter() {
    if (ok()) opencc_close(od_);
  }
  ScriptConverter(const ScriptConverter&) = delete;
  ScriptConverter& operator=(const ScriptConverter&) = delete;
  bool ok() const { return od_ != reinterpret_cast<opencc_t>(-1); }
  std::string Convert(const std::string& s) const {
    char* out = opencc_convert_utf8(od_, s.data(), s.size());
    if (!out) return s;
    std::string r(out);
    opencc_convert_utf8_free(out);
    return r;
  }

 private:
  opencc_t od_;
};

// A method measured: given a corpus, the reports of each query set.
struct Method {
  std::string name;
  std::function<std::vector<EvalReport>(const EvalCorpus&, const std::vector<const QuerySet*>&)> run;
};

Method PlainMethod(std::string name, wenyuan::bench::PlainBm25::Tokenize tokenize) {
  return {std::move(name), [tokenize](const EvalCorpus& corpus, const std::vector<const QuerySet*>& sets) {
            auto t0 = Clock::now();
            const wenyuan::bench::PlainBm25 index(corpus.passages, tokenize);
            const double index_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
            std::vector<EvalReport> reports;
            for (const QuerySet* queries : sets) {
              std::vector<std::vector<std::string>> rankings;
              std::vector<double> latencies;
              for (const auto& q : *queries) {
                auto started = Clock::now();
                auto top = index.Top(q.text, kDepth);
                latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
                auto& ranked = rankings.emplace_back();
                for (uint32_t i : top) ranked.push_back(corpus.ids[i]);
              }
              reports.push_back(wenyuan::eval::ScoreRankings(*queries, rankings, latencies));
              reports.back().index_seconds = index_seconds;
            }
            return reports;
          }};
}

// Prints each query whose gold passage ours does not rank first, with the
// passage it put first (stderr, for looking at what goes wrong).
void PrintMisses(const EvalCorpus& corpus, const QuerySet& queries,
                 const std::vector<std::vector<std::string>>& rankings) {
  std::unordered_map<std::string, size_t> at;
  for (size_t i = 0; i < corpus.ids.size(); ++i) at.emplace(corpus.ids[i], i);
  auto head = [&](const std::string& id) {
    auto it = at.find(id);
    if (it == at.end()) return std::string("?");
    const auto& p = corpus.passages[it->second];
    return p.title + " | " + wenyuan::utf8::SliceCodePoints(p.text, 0, 60);
  };
  for (size_t i = 0; i < queries.size(); ++i) {
    const auto& q = queries[i];
    const auto& ranked = rankings[i];
    if (q.gold.empty() || (!ranked.empty() && ranked[0] == q.gold[0])) continue;
    size_t rank = std::find(ranked.begin(), ranked.end(), q.gold[0]) - ranked.begin() + 1;
    std::fprintf(stderr, "miss %s rank %s: %s\n  gold %s: %s\n  top  %s: %s\n", q.id.c_str(),
                 rank > ranked.size() ? "-" : std::to_string(rank).c_str(), q.text.c_str(), q.gold[0].c_str(),
                 head(q.gold[0]).c_str(), ranked.empty() ? "-" : ranked[0].c_str(),
                 ranked.empty() ? "" : head(ranked[0]).c_str());
  }
}

Method OursMethod(const wenyuan::search::Analysis& analysis, bool show_misses) {
  return {"(d) ours (wenyuan eval)",
          [analysis, show_misses](const EvalCorpus& corpus, const std::vector<const QuerySet*>& sets) {
            std::vector<EvalReport> reports;
            for (const QuerySet* queries : sets) {
              std::vector<std::vector<std::string>> rankings;
              auto report = wenyuan::eval::RunEval(corpus, *queries, kDepth, analysis, nullptr, &rankings);
              if (!report.ok()) {
                std::fprintf(stderr, "ours: %s\n", report.status().message().c_str());
                std::exit(1);
              }
              reports.push_back(*report);
              if (show_misses) PrintMisses(corpus, *queries, rankings);
            }
            return reports;
          }};
}

void PrintHeader(const std::string& title) {
  std::printf("\n%s\n", title.c_str());
  std::printf("  %-28s %7s %7s %7s   %-22s %8s %8s\n", "method", "R@1", "R@5", "MRR@10", "ours/this R@1 R@5 MRR",
              "index s", "q p50ms");
}

void PrintRow(const std::string& name, const EvalReport& r, const EvalReport& ours) {
  auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
  std::printf("  %-28s %7.4f %7.4f %7.4f   %6.3f %6.3f %6.3f   %8.2f %8.3f\n", name.c_str(), r.recall_at_1,
              r.recall_at_5, r.mrr_at_10, ratio(ours.recall_at_1, r.recall_at_1),
              ratio(ours.recall_at_5, r.recall_at_5), ratio(ours.mrr_at_10, r.mrr_at_10), r.index_seconds,
              r.query_ms_p50);
}

// Runs every method on `corpus` with each query set and prints one table a
// set; ours is the last method.
void Measure(const std::vector<Method>& methods, const EvalCorpus& corpus, const std::vector<const QuerySet*>& sets,
             const std::vector<std::string>& titles) {
  std::vector<std::vector<EvalReport>> by_method;
  for (const auto& m : methods) {
    std::fprintf(stderr, "bench: %s on %zu passages\n", m.name.c_str(), corpus.passages.size());
    by_method.push_back(m.run(corpus, sets));
  }
  for (size_t s = 0; s < sets.size(); ++s) {
    PrintHeader(titles[s]);
    for (size_t m = 0; m < methods.size(); ++m) PrintRow(methods[m].name, by_method[m][s], by_method.back()[s]);
  }
  std::fflush(stdout);
}

// Writes the pooled corpus and questions as `wenyuan eval` reads them, so
// ranking changes can be tried on the pool without the peers.
bool WritePool(const std::filesystem::path& dir, const EvalCorpus& corpus, const QuerySet& queries) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::ofstream c(dir / "corpus.jsonl"), q(dir / "queries.jsonl");
  for (size_t i = 0; i < corpus.passages.size(); ++i) {
    const auto& p = corpus.passages[i];
    c << nlohmann::json{{"id", corpus.ids[i]}, {"title", p.title}, {"text", p.text}}.dump(
             -1, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
  }
  for (const auto& e : queries) {
    q << nlohmann::json{{"id", e.id}, {"text", e.text}, {"gold", e.gold}, {"answers", e.answers}}.dump(
             -1, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
  }
  return c.good() && q.good();
}

struct DataSet {
  std::string name;
  const char* other_script;  // OpenCC configuration to the other script
  EvalCorpus corpus;
  QuerySet queries;
  QuerySet converted;
};

}  // namespace

int main(int argc, char** argv) {
  wenyuan::bench::CheckArgsOrExit(
      argc, argv,
      "usage: wenyuan_bench_retrieval [--pool N] [--ranking K=V,...] [--misses] [--write-pool DIR]\n  recall@1/@5 and "
      "MRR@10 on drcd-dev and cmrc2018-trial next to plain BM25 peers\n",
      {{"--pool", true}, {"--ranking", true}, {"--misses", false}, {"--write-pool", true}});
  namespace fs = std::filesystem;
  size_t pool = 100000;
  bool show_misses = false;
  std::string ranking_spec;
  std::string write_pool;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--pool") == 0 && i + 1 < argc) {
      pool = std::strtoul(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--ranking") == 0 && i + 1 < argc) {
      ranking_spec = argv[++i];
    } else if (std::strcmp(argv[i], "--write-pool") == 0 && i + 1 < argc) {
      write_pool = argv[++i];
    } else if (std::strcmp(argv[i], "--misses") == 0) {
      show_misses = true;
    } else {
      std::fprintf(stderr,
                   "usage: wenyuan_bench_retrieval [--pool N] [--ranking K=V,...] [--misses] [--write-pool DIR]\n");
      return 2;
    }
  }
  const fs::path data = wenyuan::bench::SharedDir() / "data";
  std::vector<DataSet> sets;
  sets.push_back({"drcd-dev", "tw2sp.json", {}, {}, {}});
  sets.push_back({"cmrc2018-trial", "s2twp.json", {}, {}, {}});
  for (auto& set : sets) {
    auto corpus = wenyuan::eval::LoadEvalCorpus(data / set.name / "corpus.jsonl");
    auto queries = wenyuan::eval::LoadEvalQueries(data / set.name / "queries.jsonl");
    if (!corpus.ok() || !queries.ok()) {
      std::fprintf(stderr, "bench: %s\n", (corpus.ok() ? queries.status() : corpus.status()).message().c_str());
      return 1;
    }
    set.corpus = std::move(*corpus);
    set.queries = std::move(*queries);
    ScriptConverter converter(set.other_script);
    if (!converter.ok()) {
      std::fprintf(stderr, "bench: cannot load OpenCC %s (%s)\n", set.other_script, opencc_error());
      return 1;
    }
    set.converted = set.queries;
    for (auto& q : set.converted) q.text = converter.Convert(q.text);
  }

  auto ours = wenyuan::search::MakeDefaultAnalysis();
  auto folded = wenyuan::search::MakeAnalysis({.bigrams = true, .words = false, .fold = true});
  if (!ours.ok() || !folded.ok()) {
    std::fprintf(stderr, "bench: %s\n", (ours.ok() ? folded.status() : ours.status()).message().c_str());
    return 1;
  }
  auto ranking = wenyuan::search::ParseRankingParams(ranking_spec, ours->ranking);
  if (!ranking.ok()) {
    std::fprintf(stderr, "bench: %s\n", ranking.status().message().c_str());
    return 2;
  }
  ours->ranking = *ranking;
  std::printf("ours: %s\n", wenyuan::search::FormatRankingParams(ours->ranking).c_str());
  const std::string dict = WENYUAN_BENCH_JIEBA_DICT;
  auto jieba =
      std::make_shared<cppjieba::Jieba>(dict + "/jieba.dict.utf8", dict + "/hmm_model.utf8", dict + "/user.dict.utf8",
                                        dict + "/idf.utf8", dict + "/stop_words.utf8");
  auto jieba_words = [jieba](std::string_view text) {
    std::vector<std::string> words, kept;
    jieba->Cut(std::string(text), words, true);
    for (auto& w : words) {
      size_t at = 0;  // a word is kept when it holds a letter or digit
      bool keep = false;
      while (at < w.size() && !keep) keep = wenyuan::text::IsLetterOrDigit(wenyuan::utf8::DecodeNext(w, at));
      if (keep) kept.push_back(std::move(w));
    }
    return kept;
  };
  auto bigram_terms = [](wenyuan::text::BigramTokenizer tokenizer) {
    return [tokenizer](std::string_view text) {
      std::vector<std::string> terms;
      for (auto& t : tokenizer.Tokenize(text)) terms.push_back(std::move(t.term));
      return terms;
    };
  };
  const std::vector<Method> methods = {
      PlainMethod("(a) BM25 jieba words", jieba_words),
      PlainMethod("(b) BM25 bigrams", bigram_terms(wenyuan::text::BigramTokenizer())),
      PlainMethod("(c) BM25 bigrams, folded", bigram_terms(folded->bigrams)),
      OursMethod(*ours, show_misses),
  };

  std::printf("Retrieval quality (recall@1, recall@5, MRR@10; ratio = ours / method)\n");
  for (const auto& set : sets) {
    const std::string size = " (" + std::to_string(set.corpus.passages.size()) + " passages, " +
                             std::to_string(set.queries.size()) + " questions)";
    Measure(methods, set.corpus, {&set.queries, &set.converted},
            {set.name + size, set.name + ", questions in the other script (OpenCC " + set.other_script + ")"});
  }

  if (pool == 0) return 0;
  EvalCorpus pooled;
  QuerySet pooled_queries;
  for (const auto& set : sets) {
    pooled.passages.insert(pooled.passages.end(), set.corpus.passages.begin(), set.corpus.passages.end());
    pooled.ids.insert(pooled.ids.end(), set.corpus.ids.begin(), set.corpus.ids.end());
    pooled_queries.insert(pooled_queries.end(), set.queries.begin(), set.queries.end());
  }
  for (size_t i = 0; i < pooled.passages.size(); ++i) pooled.passages[i].document_id = static_cast<int64_t>(i);
  auto t0 = Clock::now();
  wenyuan::bench::ScalePoolOptions pool_options;
  pool_options.count = pool;
  auto status = wenyuan::bench::AppendScalePassages(data / "scale" / "zh-scale.jsonl.zst", pool_options, pooled);
  if (!status.ok()) {
    std::fprintf(stderr, "bench: %s\n", status.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "bench: pool of %zu passages read in %.1f s\n", pooled.passages.size(),
               std::chrono::duration<double>(Clock::now() - t0).count());
  if (!write_pool.empty()) {
    if (!WritePool(write_pool, pooled, pooled_queries)) {
      std::fprintf(stderr, "bench: cannot write the pool to %s\n", write_pool.c_str());
      return 1;
    }
    std::fprintf(stderr, "bench: pool written to %s (corpus.jsonl, queries.jsonl)\n", write_pool.c_str());
  }
  Measure(methods, pooled, {&pooled_queries},
          {"both sets pooled with " +
           std::to_string(pooled.passages.size() - sets[0].corpus.passages.size() - sets[1].corpus.passages.size()) +
           " scale-corpus passages (" + std::to_string(pooled_queries.size()) + " questions)"});
  return 0;
}
