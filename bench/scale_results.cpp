#include "scale_results.h"

#include <algorithm>
#include <cstdio>

#include "scale_queries.h"

namespace wenyuan::bench {
namespace {

// "p50 / p95 / p99" of `ms`.
std::string Percentiles(const std::vector<double>& ms) {
  char out[64];
  std::snprintf(out, sizeof out, "%7.2f / %6.2f / %6.2f", Percentile(ms, 0.5), Percentile(ms, 0.95),
                Percentile(ms, 0.99));
  return out;
}

double Share(size_t found, size_t asked) { return asked ? static_cast<double>(found) / static_cast<double>(asked) : 0; }

}  // namespace

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t at = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
  return v[at];
}

// Wenyuan beside Xapian, per class: latency, ratios, R@10.
void PrintComparison(const EngineRuns& wy, const EngineRuns& xa, bool with_xapian) {
  std::printf("\n%-14s %5s  %26s  %26s  %15s  %13s\n", "queries", "n", "Wenyuan p50 / p95 / p99 ms",
              "Xapian p50 / p95 / p99 ms", "ratio p50 / p99", "R@10 W / X");
  for (size_t k = 0; k < 4; ++k) {
    char recall[64] = "-";
    if (wy.asked[k] > 0 && with_xapian) {
      std::snprintf(recall, sizeof recall, "%.3f / %.3f", Share(wy.found[k], wy.asked[k]),
                    Share(xa.found[k], xa.asked[k]));
    } else if (wy.asked[k] > 0) {
      std::snprintf(recall, sizeof recall, "%.3f / -", Share(wy.found[k], wy.asked[k]));
    }
    if (!with_xapian) {
      std::printf("%-14s %5zu  %26s  %26s  %15s  %13s\n", kKindNames[k], wy.ms[k].size(), Percentiles(wy.ms[k]).c_str(),
                  "-", "-", recall);
      continue;
    }
    const double r50 = Percentile(wy.ms[k], 0.5) / std::max(Percentile(xa.ms[k], 0.5), 1e-6);
    const double r99 = Percentile(wy.ms[k], 0.99) / std::max(Percentile(xa.ms[k], 0.99), 1e-6);
    std::printf("%-14s %5zu  %26s  %26s  %6.2f / %6.2f  %13s\n", kKindNames[k], wy.ms[k].size(),
                Percentiles(wy.ms[k]).c_str(), Percentiles(xa.ms[k]).c_str(), r50, r99, recall);
  }
}

// Wenyuan beside FTS5 on the queries FTS5 can run: latency, ratios
// (Wenyuan / FTS5), R@10.
void PrintFts5(const EngineRuns& wy, const EngineRuns& ft) {
  std::printf("\nWenyuan beside FTS5 (trigram), on the queries whose every word has three characters or more\n");
  std::printf("%-14s %5s  %26s  %26s  %15s  %13s\n", "queries", "n", "Wenyuan p50 / p95 / p99 ms",
              "FTS5 p50 / p95 / p99 ms", "ratio p50 / p99", "R@10 W / F");
  for (size_t k = 0; k < 4; ++k) {
    std::vector<double> same;  // Wenyuan's times on FTS5's queries
    size_t w_found = 0, asked = 0;
    for (size_t j = 0; j < ft.query[k].size(); ++j) {
      const auto at = std::find(wy.query[k].begin(), wy.query[k].end(), ft.query[k][j]);
      if (at != wy.query[k].end()) same.push_back(wy.ms[k][static_cast<size_t>(at - wy.query[k].begin())]);
    }
    for (size_t j = 0; j < wy.query[k].size(); ++j) {
      if (std::find(ft.query[k].begin(), ft.query[k].end(), wy.query[k][j]) == ft.query[k].end()) continue;
      if (j < wy.hit[k].size() && wy.hit[k][j] >= 0) {
        ++asked;
        w_found += static_cast<size_t>(wy.hit[k][j]);
      }
    }
    char recall[64] = "-";
    if (ft.asked[k] > 0) {
      std::snprintf(recall, sizeof recall, "%.3f / %.3f", Share(w_found, asked), Share(ft.found[k], ft.asked[k]));
    }
    if (ft.ms[k].empty()) {
      std::printf("%-14s %5d  %26s  %26s  %15s  %13s\n", kKindNames[k], 0, "-", "-", "-", "-");
      continue;
    }
    const double r50 = Percentile(same, 0.5) / std::max(Percentile(ft.ms[k], 0.5), 1e-6);
    const double r99 = Percentile(same, 0.99) / std::max(Percentile(ft.ms[k], 0.99), 1e-6);
    std::printf("%-14s %5zu  %26s  %26s  %6.2f / %6.2f  %13s\n", kKindNames[k], ft.ms[k].size(),
                Percentiles(same).c_str(), Percentiles(ft.ms[k]).c_str(), r50, r99, recall);
  }
}

void PrintStages(const EngineRuns& wy, size_t slowest) {
  // Where Wenyuan's time goes, per class: each stage's own p50 / p99 (a
  // stage's p99 and the total's need not come from the same query).
  std::printf("\nWenyuan per stage, p50 / p99 ms (search::SearchTimings; lookup is in memory here)\n%-14s", "queries");
  for (const auto& stage : kStages) std::printf("  %17s", stage.name);
  std::printf("\n");
  for (size_t k = 0; k < 4; ++k) {
    std::printf("%-14s", kKindNames[k]);
    for (const auto& stage : kStages) {
      std::vector<double> v;
      for (const auto& t : wy.stages[k]) v.push_back(t.*stage.ms);
      std::printf("  %7.3f / %7.3f", Percentile(v, 0.5), Percentile(v, 0.99));
    }
    std::printf("\n");
  }
  for (size_t k = 0; k < 4 && slowest > 0; ++k) {
    std::vector<size_t> order(wy.ms[k].size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return wy.ms[k][a] > wy.ms[k][b]; });
    std::printf("\nslowest %s (ms: total, analysis, engine, rescore, snippets; passages scored)\n", kKindNames[k]);
    for (size_t i = 0; i < order.size() && i < slowest; ++i) {
      const size_t q = order[i];
      const auto& t = wy.stages[k][q];
      std::printf("  %8.2f  %6.2f %8.2f %6.2f %6.2f  %8llu  %s\n", wy.ms[k][q], t.analysis_ms, t.engine_ms,
                  t.rescore_ms, t.snippets_ms, static_cast<unsigned long long>(wy.scored[k][q]),
                  wy.texts[k][q].c_str());
    }
  }
}

}  // namespace wenyuan::bench
