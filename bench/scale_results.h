// What the search-at-scale bench (search_scale_bench.cpp) measured per
// engine and query class, and the tables it prints of it: Wenyuan beside
// Xapian, Wenyuan beside FTS5 on the queries FTS5 can run, and Wenyuan's
// time per search stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "search/search_types.h"

namespace wenyuan::bench {

// The stages SearchTimings names, as the bench prints them.
struct StageColumn {
  const char* name;
  double search::SearchTimings::*ms;
};
constexpr StageColumn kStages[] = {
    {"analysis", &search::SearchTimings::analysis_ms}, {"engine", &search::SearchTimings::engine_ms},
    {"rescore", &search::SearchTimings::rescore_ms},   {"lookup", &search::SearchTimings::catalog_ms},
    {"snippets", &search::SearchTimings::snippets_ms}, {"total", &search::SearchTimings::total_ms}};

// One engine's runs, per query class (the index of kKindNames).
struct EngineRuns {
  std::vector<double> ms[4];
  std::vector<size_t> query[4];                  // the index in the bench's queries of each of ms
  std::vector<search::SearchTimings> stages[4];  // Wenyuan's, of the fastest run of each query
  std::vector<std::string> texts[4];
  std::vector<uint64_t> scored[4];  // Wenyuan's passages scored in full
  std::vector<int> hit[4];          // per query of ms: 1 found, 0 missed, -1 no known item
  size_t found[4] = {0, 0, 0, 0};
  size_t asked[4] = {0, 0, 0, 0};
};

// The value at quantile `p` (0.5: the median) of `v`; 0 when empty.
double Percentile(std::vector<double> v, double p);

// Wenyuan beside Xapian, per class: p50 / p95 / p99, the ratios (Wenyuan /
// Xapian) and R@10; Xapian's columns are "-" without it.
void PrintComparison(const EngineRuns& wy, const EngineRuns& xa, bool with_xapian);

// Wenyuan beside FTS5 on the queries FTS5 ran (those of `ft`), per class.
void PrintFts5(const EngineRuns& wy, const EngineRuns& ft);

// Each stage's own p50 / p99 per class, then each class's `slowest`
// slowest queries with their stages and passages scored.
void PrintStages(const EngineRuns& wy, size_t slowest);

}  // namespace wenyuan::bench
