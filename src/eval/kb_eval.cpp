#include "eval/kb_eval.h"

#include <algorithm>
#include <chrono>

#include "answer/extractive_answerer.h"
#include "answer/naive_baseline.h"
#include "search/kb_search.h"

namespace wenyuan::eval {

std::string MatchGold(const std::vector<std::string>& gold, int64_t document_id, const std::string& source) {
  const std::string id = std::to_string(document_id);
  for (const auto& g : gold) {
    if (g.empty()) continue;
    if (g == id || g == source) return g;
    // A path's end: "samples/a.txt" matches "/srv/docs/samples/a.txt" at a
    // folder boundary.
    if (source.size() > g.size() && source.ends_with(g) && source[source.size() - g.size() - 1] == '/') return g;
  }
  return "";
}

Result<EvalReport> RunKbEval(const search::KbSession& kb, std::optional<search::SearchMode> mode,
                             const std::vector<EvalQuery>& queries, size_t k,
                             std::vector<std::vector<std::string>>* rankings_out, const ResponseSink& on_response,
                             const answer::AnswerOptions& answer_options) {
  using Clock = std::chrono::steady_clock;
  AnswerTally answers(kb.analysis(), answer_options);
  std::vector<QueryOutcome> outcomes;
  search::SearchRequest request;
  request.mode = mode;
  request.options.k = std::max<size_t>(k, 20);
  search::QueryLimits limits;
  limits.max_k = std::max(limits.max_k, request.options.k);
  std::vector<std::vector<std::string>> rankings;
  std::vector<double> latencies;
  for (const auto& q : queries) {
    auto started = Clock::now();
    request.query = q.text;
    auto found = search::SearchKb(kb, request, limits);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
    if (!found.ok() && found.status().code() != StatusCode::kInvalidArgument) return found.status();
    search::SearchResponse response = found.ok() ? std::move(*found) : search::SearchResponse{};
    // A gold document counts once, at its best passage's rank; its other
    // passages keep their places as non-gold.
    auto& ranked = rankings.emplace_back();
    std::vector<std::string> counted;
    for (const auto& h : response.hits) {
      std::string g = MatchGold(q.gold, h.document_id, h.source);
      bool first = !g.empty() && std::find(counted.begin(), counted.end(), g) == counted.end();
      if (first) counted.push_back(g);
      ranked.push_back(first ? g : h.passage_id);
    }
    outcomes.push_back(answers.Add(response, q));
    if (on_response) on_response(rankings.size() - 1, response);
  }
  EvalReport report = ScoreRankingsWithAnswers(queries, rankings, latencies, outcomes);
  report.latencies_ms = latencies;
  answers.Report(report);
  if (rankings_out) *rankings_out = std::move(rankings);
  return report;
}

}  // namespace wenyuan::eval
