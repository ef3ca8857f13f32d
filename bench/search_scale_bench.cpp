// Search latency at scale next to Xapian and SQLite FTS5, in one run on the
// same documents:
// passages of the scale corpus (../shared/data/scale/zh-scale.jsonl.zst,
// read through `zstd -dc`, cut by the ingest chunker: scale_pool.h) are
// indexed by Wenyuan's index (the `wenyuan eval` code path: IndexWriter,
// MakeIndexDocument, SearchSnapshot with the default analysis and ranking,
// passages looked up in memory, snippets made) and by Xapian 1.4 (CJK
// n-grams, default operator AND, top 10 ids) and by FTS5 (trigram, bm25,
// top 10: fts5_peer.h), then the same queries (scale_queries.h: phrases,
// keywords, one character, common words) run interleaved, each engine's
// turn rotating, in a shuffled order. Prints p50/p95/p99 per class for
// Wenyuan and Xapian, the ratios (Wenyuan / Xapian: below 1 is faster), R@10
// of the known-item classes (the passage the query came from in the top
// 10); then FTS5 on the queries it can run (no word under three
// characters) beside Wenyuan on the same ones; the index build times and
// sizes, and the time from opening each index to the first query's
// answer; then, per class, p50 and p99 of each stage of Wenyuan's search
// (search::SearchTimings: analysis, engine, re-scoring, passage lookup,
// snippets) over the runs kept.
//
// usage: wenyuan_bench_search_scale [--passages N] [--queries N] [--seed S]
//          [--copies C] [--index-dir DIR] [--no-xapian] [--no-fts5] [--repeat R] [--merge-to-one]
//          [--commit-every N]
//          [--ranking SPEC] [--slowest N]
//   --copies C      index the passages C times under different ids (C × N
//                   passages: the 1M mode is --passages 500000 --copies 2);
//                   a known item is found when any copy of it is
//   --index-dir DIR keep the indexes in DIR and reuse them when a later run
//                   names the same DIR and options (no build time printed)
//   --no-xapian     Wenyuan alone (for profiling): neither peer
//   --no-fts5       Wenyuan and Xapian, without FTS5
//   --repeat R      run each query R times in a row on each engine and keep
//                   its fastest time (damps a loaded machine's noise; the
//                   default 1 measures each query once)
//   --merge-to-one  merge Wenyuan's index down to one segment before the
//                   queries (it stays merged in --index-dir)
//   --commit-every N  Wenyuan's writer commits every N passages (default
//                   50000, as `wenyuan ingest`; 0: once, at the end); the
//                   segments the merge policy left are printed
//   --ranking SPEC  Wenyuan's ranking parameters for the queries, as
//                   `--ranking` reads them (query-time keys: e.g. tier=0
//                   for the plain ranking, tier_fill=0.7; the index is
//                   built with the defaults)
//   --threads N     Wenyuan ranks each query on N threads (the caller and
//                   N - 1 helpers: index::SearchThreads; default 1, as the
//                   peers run; 0: the machine's cores)
//   --slowest N     also print each class's N slowest Wenyuan queries: text,
//                   time, stages and the passages scored in full
//   --query TEXT    run this one query (as a phrase, no known item) instead
//                   of the drawn ones (to profile or trace one query)
//   --write-queries FILE  also write the queries as JSON Lines ({"text",
//                   "class"}), to replay them against a server (`wenyuan
//                   bench --queries`, or /api/search?debug=timings)
//   --print-hits FILE  also write every Wenyuan hit of each query's first
//                   run (passage id, score to 17 digits, snippet range,
//                   highlights and text), query by query, to compare two
//                   binaries' results byte for byte
// Not a test; prints figures only.
#include <sys/resource.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "bench_args.h"
#include "bench_input.h"
#include "fts5_peer.h"
#include "index/index_snapshot.h"
#include "index/index_writer.h"
#include "index/manifest.h"
#include "index/search_threads.h"
#include "scale_pool.h"
#include "scale_queries.h"
#include "scale_results.h"
#include "search/analysis.h"
#include "search/index_search.h"
#include "search/ranking_params.h"
#include "util/file_io.h"
#include "util/parallel_for.h"
#include "util/utf8.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using wenyuan::Result;
using wenyuan::Status;
namespace catalog = wenyuan::catalog;
namespace index = wenyuan::index;
namespace search = wenyuan::search;
using wenyuan::bench::BenchQuery;
using wenyuan::bench::Kind;
using wenyuan::bench::kKindNames;
using wenyuan::bench::kStages;
using wenyuan::bench::Percentile;
using wenyuan::bench::PrintComparison;
using wenyuan::bench::PrintFts5;
using wenyuan::bench::PrintStages;

double MsSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

uint64_t FolderBytes(const fs::path& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  wenyuan::bench::CheckArgsOrExit(
      argc, argv,
      "usage: wenyuan_bench_search_scale [--passages N] [--queries N] [--seed S] [--copies C] [--index-dir DIR]\n    "
      "[--no-xapian] [--no-fts5] [--repeat R] [--merge-to-one] [--commit-every N] [--ranking SPEC]\n    [--slowest N] "
      "[--query TEXT] [--write-queries FILE]\n    [--print-hits FILE] [--threads N]\n"
      "  top-10 latency per query class and R@10 at scale, next to Xapian and FTS5\n"
      "  (options: the header of bench/search_scale_bench.cpp)\n",
      {{"--passages", true},
       {"--queries", true},
       {"--seed", true},
       {"--copies", true},
       {"--index-dir", true},
       {"--no-xapian", false},
       {"--no-fts5", false},
       {"--repeat", true},
       {"--merge-to-one", false},
       {"--commit-every", true},
       {"--ranking", true},
       {"--slowest", true},
       {"--query", true},
       {"--write-queries", true},
       {"--print-hits", true},
       {"--threads", true}});
  size_t passages_wanted = 60000, known_items = 300, copies = 1, repeat = 1, slowest = 0, threads = 1;
  size_t passages_per_commit = 50000;  // as `wenyuan ingest` (search::KbIndexWriter)
  uint64_t seed = 20;
  fs::path index_dir;
  bool with_xapian = true, with_fts5 = true;
  bool merge_to_one = false;
  fs::path write_queries;
  fs::path print_hits;
  std::string ranking;
  std::string only_query;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--no-xapian")) {
      with_xapian = with_fts5 = false;
      continue;
    }
    if (!std::strcmp(argv[i], "--no-fts5")) {
      with_fts5 = false;
      continue;
    }
    if (!std::strcmp(argv[i], "--merge-to-one")) {
      merge_to_one = true;
      continue;
    }
    if (i + 1 >= argc) break;
    if (!std::strcmp(argv[i], "--copies"))
      copies = std::max<size_t>(1, std::strtoull(argv[i + 1], nullptr, 10));
    else if (!std::strcmp(argv[i], "--index-dir"))
      index_dir = argv[i + 1];
    else if (!std::strcmp(argv[i], "--passages"))
      passages_wanted = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--queries"))
      known_items = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--repeat"))
      repeat = std::max<size_t>(1, std::strtoull(argv[i + 1], nullptr, 10));
    else if (!std::strcmp(argv[i], "--query"))
      only_query = argv[i + 1];
    else if (!std::strcmp(argv[i], "--threads"))
      threads = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--slowest"))
      slowest = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--write-queries"))
      write_queries = argv[i + 1];
    else if (!std::strcmp(argv[i], "--print-hits"))
      print_hits = argv[i + 1];
    else if (!std::strcmp(argv[i], "--ranking"))
      ranking = argv[i + 1];
    else if (!std::strcmp(argv[i], "--commit-every"))
      passages_per_commit = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--seed"))
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    ++i;
  }
  const fs::path zst = wenyuan::bench::SharedDir() / "data" / "scale" / "zh-scale.jsonl.zst";
  wenyuan::eval::EvalCorpus corpus;
  wenyuan::bench::ScalePoolOptions pool;
  pool.count = passages_wanted;
  pool.seed = seed;
  pool.document_share = std::min(1.0, 0.2 + static_cast<double>(passages_wanted) / 250000.0);
  pool.time_limit = std::chrono::seconds(600);
  auto t0 = Clock::now();
  if (Status s = wenyuan::bench::AppendScalePassages(zst, pool, corpus); !s.ok()) {
    std::fprintf(stderr, "bench: %s\n", s.ToString().c_str());
    return 1;
  }
  std::vector<catalog::PassageRecord>& passages = corpus.passages;
  const size_t distinct = passages.size();
  passages.reserve(distinct * copies);
  for (size_t c = 1; c < copies; ++c) {
    for (size_t i = 0; i < distinct; ++i) passages.push_back(passages[i]);
  }
  // Ids 1..n; document_id is the passage's index among the distinct ones
  // (what a hit reports), so every copy of a known item counts.
  for (size_t i = 0; i < passages.size(); ++i) {
    passages[i].id = static_cast<int64_t>(i + 1);
    passages[i].document_id = static_cast<int64_t>(i % distinct);
  }
  std::printf("corpus: %zu passages of the scale corpus read in %.1f s (%zu distinct, %zu copies)\n", passages.size(),
              MsSince(t0) / 1000, distinct, copies);

  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) {
    std::fprintf(stderr, "bench: %s\n", analysis.status().ToString().c_str());
    return 1;
  }
  const bool keep = !index_dir.empty();
  const fs::path scratch =
      keep ? index_dir : fs::temp_directory_path() / ("wenyuan-search-scale-" + std::to_string(::getpid()));
  fs::create_directories(scratch);
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      if (!dir.empty()) fs::remove_all(dir, ec);
    }
  } cleanup{keep ? fs::path() : scratch};
  const bool build_wenyuan = !fs::exists(scratch / "wenyuan" / index::kManifestName);
  const bool build_xapian = with_xapian && !fs::exists(scratch / "xapian" / "iamglass");

  // Wenyuan's index, as `wenyuan eval` builds it.
  t0 = Clock::now();
  if (build_wenyuan) {
    index::WriterOptions options;
    options.max_buffered_docs = 50000;
    auto writer = index::IndexWriter::Open(scratch / "wenyuan", options);
    if (!writer.ok()) {
      std::fprintf(stderr, "bench: %s\n", writer.status().ToString().c_str());
      return 1;
    }
    // By default a commit every 50,000 passages, as `wenyuan ingest` makes
    // them (search::KbIndexWriter::passages_per_commit), so each commit's
    // merge round leaves the segment layout an ingested KB has.
    size_t added = 0;
    for (const auto& rec : passages) {
      search::IndexablePassage p;
      p.passage = rec;
      if (Status s = (*writer)->Add(search::MakeIndexDocument(*analysis, p)); !s.ok()) {
        std::fprintf(stderr, "bench: %s\n", s.ToString().c_str());
        return 1;
      }
      if (++added; passages_per_commit > 0 && added % passages_per_commit == 0) {
        if (Status s = (*writer)->Commit(); !s.ok()) {
          std::fprintf(stderr, "bench: %s\n", s.ToString().c_str());
          return 1;
        }
      }
    }
    if (Status s = (*writer)->Commit(); !s.ok()) {
      std::fprintf(stderr, "bench: %s\n", s.ToString().c_str());
      return 1;
    }
  }
  if (merge_to_one) {
    // One segment, as after `ForceMerge`: what a query costs without the
    // per-segment term lookups and cursor openings.
    auto writer = index::IndexWriter::Open(scratch / "wenyuan", index::WriterOptions{});
    Status merged = writer.ok() ? (*writer)->ForceMerge() : writer.status();
    if (!merged.ok()) {
      std::fprintf(stderr, "bench: %s\n", merged.ToString().c_str());
      return 1;
    }
  }
  const double wenyuan_build_s = MsSince(t0) / 1000;
  if (!ranking.empty()) {  // query-time ranking, after the index is built with the defaults
    auto params = search::ParseRankingParams(ranking, analysis->ranking);
    if (!params.ok()) {
      std::fprintf(stderr, "bench: --ranking: %s\n", params.status().ToString().c_str());
      return 1;
    }
    analysis->ranking = *params;
  }

  // Xapian's, CJK n-grams (unigrams and bigrams of Han runs), title and text.
  t0 = Clock::now();
  if (build_xapian) {
    Xapian::WritableDatabase db((scratch / "xapian").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    for (size_t i = 0; i < passages.size(); ++i) {
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(passages[i].title);
      generator.increase_termpos();
      generator.index_text(passages[i].text);
      doc.set_data(std::to_string(i % distinct));
      db.add_document(doc);
    }
    db.commit();
  }
  const double xapian_build_s = MsSince(t0) / 1000;

  // FTS5's, trigrams of title and text.
  t0 = Clock::now();
  std::unique_ptr<wenyuan::bench::Fts5Peer> fts;
  bool build_fts5 = false;
  if (with_fts5) {
    auto opened = wenyuan::bench::Fts5Peer::OpenOrBuild(scratch / "fts5.db", passages, distinct, &build_fts5);
    if (!opened.ok()) {
      std::fprintf(stderr, "bench: %s\n", opened.status().ToString().c_str());
      return 1;
    }
    fts = std::move(*opened);
  }
  const double fts5_build_s = build_fts5 ? MsSince(t0) / 1000 : 0;
  if (!build_wenyuan || (with_xapian && !build_xapian) || (with_fts5 && !build_fts5)) {
    std::printf("indexes reused from %s\n", scratch.c_str());
  }
  std::error_code size_error;
  const double fts5_mb = with_fts5 ? static_cast<double>(fs::file_size(scratch / "fts5.db", size_error)) / 1e6 : 0.0;
  std::printf("index build: Wenyuan %.1f s, %.0f MB; Xapian %.1f s, %.0f MB; FTS5 %.1f s, %.0f MB\n", wenyuan_build_s,
              static_cast<double>(FolderBytes(scratch / "wenyuan")) / 1e6, xapian_build_s,
              static_cast<double>(FolderBytes(scratch / "xapian")) / 1e6, fts5_build_s, fts5_mb);

  std::mt19937 rng(static_cast<uint32_t>(seed));
  std::vector<BenchQuery> queries = wenyuan::bench::MakeQueries(passages, *analysis, known_items, rng);
  for (auto& q : queries) {
    if (q.gold >= 0) q.gold %= static_cast<int64_t>(distinct);
  }
  if (!only_query.empty()) queries = {{Kind::kPhrase, only_query}};
  if (!write_queries.empty()) {
    std::string lines;
    for (const auto& q : queries) {
      lines += nlohmann::json{{"text", q.text}, {"class", kKindNames[static_cast<size_t>(q.kind)]}}.dump() + "\n";
    }
    if (Status s = wenyuan::WriteFileAtomic(write_queries, lines); !s.ok()) {
      std::fprintf(stderr, "bench: %s\n", s.ToString().c_str());
      return 1;
    }
  }

  const search::PassageLookup lookup =
      [&](const std::vector<int64_t>& ids) -> Result<std::vector<catalog::PassageRecord>> {
    std::vector<catalog::PassageRecord> out;
    for (int64_t id : ids) {
      if (id >= 1 && static_cast<size_t>(id) <= passages.size()) out.push_back(passages[static_cast<size_t>(id - 1)]);
    }
    return out;
  };
  search::SearchOptions options;
  options.k = 10;
  if (threads == 0) threads = wenyuan::DefaultJobs();
  index::SearchThreads search_threads(threads - 1);
  options.threads = &search_threads;
  std::printf("Wenyuan ranks each query on %zu thread(s)\n", search_threads.helpers() + 1);
  search::SearchTimings last_timings;  // of the last Wenyuan query
  uint64_t last_scored = 0;
  std::string hits_printed;  // --print-hits: each query's first run
  std::string last_printed_query;
  auto run_wenyuan = [&](const index::IndexSnapshot& snapshot, const std::string& q) -> std::vector<int64_t> {
    std::vector<int64_t> out;
    auto found = search::SearchSnapshot(snapshot, *analysis, "bench", q, options, lookup);
    if (!found.ok()) {
      std::fprintf(stderr, "bench: wenyuan: %s: %s\n", q.c_str(), found.status().ToString().c_str());
      return out;
    }
    if (!print_hits.empty() && q != last_printed_query) {
      last_printed_query = q;
      hits_printed += "query " + q + "\n";
      for (const auto& h : found->hits) {
        char score[64];
        std::snprintf(score, sizeof score, "%.17g", h.score);
        hits_printed += h.passage_id + " " + score + " [" + std::to_string(h.snippet.begin) + "," +
                        std::to_string(h.snippet.end) + ")";
        for (const auto& hl : h.snippet.highlights) {
          hits_printed += " " + std::to_string(hl.begin) + "-" + std::to_string(hl.end);
        }
        hits_printed += " " + h.snippet.text + "\n";
      }
    }
    last_timings = found->timings;
    last_scored = found->candidates;
    for (const auto& h : found->hits) out.push_back(h.document_id);  // the passage index (document_id)
    return out;
  };
  Xapian::QueryParser parser;
  parser.set_default_op(Xapian::Query::OP_AND);
  auto run_xapian = [&](Xapian::Database& db, const std::string& q) -> std::vector<int64_t> {
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
    Xapian::MSet mset = enquire.get_mset(0, 10);
    std::vector<int64_t> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(std::stoll(it.get_document().get_data()));
    return out;
  };

  // Open to first answer (the page cache is warm from the build for both).
  t0 = Clock::now();
  auto snapshot = index::IndexSnapshot::Open(scratch / "wenyuan");
  if (!snapshot.ok()) {
    std::fprintf(stderr, "bench: %s\n", snapshot.status().ToString().c_str());
    return 1;
  }
  const double wenyuan_open_ms = MsSince(t0);
  run_wenyuan(**snapshot, queries.front().text);
  const double wenyuan_first_ms = MsSince(t0);
  t0 = Clock::now();
  std::optional<Xapian::Database> xdb;
  if (with_xapian) {
    xdb.emplace((scratch / "xapian").string());
    run_xapian(*xdb, queries.front().text);
  }
  const double xapian_first_ms = MsSince(t0);
  std::printf("open + first query: Wenyuan %.1f ms (open %.1f ms), Xapian %.1f ms\n", wenyuan_first_ms, wenyuan_open_ms,
              xapian_first_ms);
  // (FTS5's connection is open already, from the build or its check.)
  // Where a cold first query's time goes (its reads fall in these stages).
  std::printf("first query's stages, ms:");
  for (const auto& stage : kStages) std::printf(" %s %.1f", stage.name, last_timings.*stage.ms);
  std::printf("\n");
  // The layout the writer's merge policy left (each segment's live passages).
  std::printf("Wenyuan segments: %zu (", (*snapshot)->segments().size());
  for (const auto& seg : (*snapshot)->segments()) {
    std::printf("%s%u", &seg == &(*snapshot)->segments().front() ? "" : " ", seg.entry.docs - seg.entry.deleted);
  }
  std::printf(")\n");

  wenyuan::bench::EngineRuns wy, xa, ft;
  double wenyuan_cpu_ms = 0;  // process CPU time (user + system) in Wenyuan's queries
  auto cpu_ms = [] {
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return (static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
            static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3);
  };
  auto measure = [repeat, &last_timings, &last_scored](wenyuan::bench::EngineRuns& e, const BenchQuery& q, size_t index,
                                                       auto&& run) {
    const auto k = static_cast<size_t>(q.kind);
    std::vector<int64_t> ids;
    double fastest = 0;
    search::SearchTimings stages;
    for (size_t r = 0; r < repeat; ++r) {
      const auto t = Clock::now();
      ids = run(q.text);
      const double ms = MsSince(t);
      if (r == 0 || ms < fastest) stages = last_timings;
      fastest = r == 0 ? ms : std::min(fastest, ms);
    }
    e.ms[k].push_back(fastest);
    e.query[k].push_back(index);
    e.stages[k].push_back(stages);
    e.texts[k].push_back(q.text);
    e.scored[k].push_back(last_scored);
    e.hit[k].push_back(-1);
    if (q.gold >= 0) {
      ++e.asked[k];
      const bool found = std::find(ids.begin(), ids.end(), q.gold) != ids.end();
      if (found) ++e.found[k];
      e.hit[k].back() = found ? 1 : 0;
    }
  };
  for (size_t i = 0; i < queries.size(); ++i) {
    auto w = [&](const std::string& q) {
      const double before = cpu_ms();
      auto ids = run_wenyuan(**snapshot, q);
      wenyuan_cpu_ms += cpu_ms() - before;
      return ids;
    };
    auto x = [&](const std::string& q) { return run_xapian(*xdb, q); };
    const std::optional<std::string> match =
        with_fts5 ? wenyuan::bench::Fts5Peer::MatchExpression(queries[i].text) : std::nullopt;
    auto f = [&](const std::string&) { return fts->Search(*match); };
    // Each engine's turn rotates, so none is always first or last.
    for (size_t turn = 0; turn < 3; ++turn) {
      const size_t engine = (i + turn) % 3;
      if (engine == 0) measure(wy, queries[i], i, w);
      if (engine == 1 && with_xapian) measure(xa, queries[i], i, x);
      if (engine == 2 && match) measure(ft, queries[i], i, f);
    }
  }

  PrintComparison(wy, xa, with_xapian);
  if (with_fts5) PrintFts5(wy, ft);

  if (!print_hits.empty()) {
    if (Status s = wenyuan::WriteFileAtomic(print_hits, hits_printed); !s.ok()) {
      std::fprintf(stderr, "bench: %s\n", s.ToString().c_str());
      return 1;
    }
  }

  std::printf("\nWenyuan's queries took %.0f ms of CPU time in all (user + system, every run of every query)\n",
              wenyuan_cpu_ms);

  PrintStages(wy, slowest);
  return 0;
}
