#include "eval/eval_breakdown.h"

#include <algorithm>
#include <map>

#include "util/utf8.h"

namespace wenyuan::eval {
namespace {

// Scores the queries whose group is `group` (rankings in step).
template <typename GroupOf>
std::vector<BreakdownRow> Breakdown(const std::vector<EvalQuery>& queries,
                                    const std::vector<std::vector<std::string>>& rankings,
                                    const std::vector<std::string>& order, GroupOf group_of) {
  std::map<std::string, std::pair<std::vector<EvalQuery>, std::vector<std::vector<std::string>>>> groups;
  for (size_t i = 0; i < queries.size() && i < rankings.size(); ++i) {
    auto& g = groups[group_of(queries[i])];
    g.first.push_back(queries[i]);
    g.second.push_back(rankings[i]);
  }
  std::vector<BreakdownRow> out;
  for (const auto& name : order) {
    auto it = groups.find(name);
    if (it == groups.end()) continue;
    std::vector<double> no_latencies(it->second.first.size(), 0.0);
    out.push_back({name, ScoreRankings(it->second.first, it->second.second, no_latencies)});
  }
  return out;
}

}  // namespace

std::vector<BreakdownRow> BreakdownByKind(const std::vector<EvalQuery>& queries,
                                          const std::vector<std::vector<std::string>>& rankings,
                                          const std::vector<QueryOutcome>& outcomes) {
  std::vector<std::string> order = {"original"};
  for (const auto& q : queries) {
    const std::string kind = q.kind.empty() ? "original" : q.kind;
    if (std::find(order.begin(), order.end(), kind) == order.end()) order.push_back(kind);
  }
  auto kind_of = [](const EvalQuery& q) { return q.kind.empty() ? std::string("original") : q.kind; };
  std::vector<BreakdownRow> rows = Breakdown(queries, rankings, order, kind_of);
  for (auto& row : rows) {
    std::vector<EvalQuery> group;
    std::vector<QueryOutcome> group_outcomes;
    for (size_t i = 0; i < queries.size() && i < outcomes.size(); ++i) {
      if (kind_of(queries[i]) != row.group) continue;
      group.push_back(queries[i]);
      group_outcomes.push_back(outcomes[i]);
    }
    SummarizeAnswers(group, group_outcomes, row.metrics);
  }
  return rows;
}

std::vector<BreakdownRow> BreakdownByScript(const std::vector<EvalQuery>& queries,
                                            const std::vector<std::vector<std::string>>& rankings,
                                            const text::ScriptDetector& detector) {
  return Breakdown(queries, rankings, {"traditional", "simplified", "mixed", "none"},
                   [&](const EvalQuery& q) { return std::string(text::ScriptName(detector.Detect(q.text))); });
}

std::vector<BreakdownRow> BreakdownByLength(const std::vector<EvalQuery>& queries,
                                            const std::vector<std::vector<std::string>>& rankings) {
  return Breakdown(queries, rankings, {"1-10 chars", "11-20 chars", "21-40 chars", "over 40 chars"},
                   [](const EvalQuery& q) {
                     size_t n = utf8::CodePointCount(q.text);
                     return std::string(n <= 10   ? "1-10 chars"
                                        : n <= 20 ? "11-20 chars"
                                        : n <= 40 ? "21-40 chars"
                                                  : "over 40 chars");
                   });
}

std::vector<std::pair<double, double>> RecallCurve(const std::vector<EvalQuery>& queries,
                                                   const std::vector<std::vector<std::string>>& rankings,
                                                   size_t max_k) {
  std::vector<std::pair<double, double>> out;
  if (queries.empty()) return out;
  const size_t answerable = static_cast<size_t>(
      std::count_if(queries.begin(), queries.end(), [](const EvalQuery& q) { return q.answerable(); }));
  for (size_t k = 1; k <= max_k; ++k) {
    double sum = 0;
    for (size_t i = 0; i < queries.size() && i < rankings.size(); ++i) {
      const auto& q = queries[i];
      if (q.gold.empty()) continue;
      const auto& ranked = rankings[i];
      auto end = ranked.begin() + static_cast<std::ptrdiff_t>(std::min(k, ranked.size()));
      size_t found = 0;
      for (const auto& g : q.gold) found += std::find(ranked.begin(), end, g) != end;
      sum += static_cast<double>(found) / static_cast<double>(q.gold.size());
    }
    out.emplace_back(static_cast<double>(k), sum / static_cast<double>(std::max<size_t>(1, answerable)));
  }
  return out;
}

}  // namespace wenyuan::eval
