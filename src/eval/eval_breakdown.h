// EvalBreakdown: the ranking metrics of one evaluation split by what the
// questions are like, so that a weakness does not hide in an average: by
// the script the question is written in (Traditional, Simplified, mixed,
// none), by its length in characters, and by the kind of a derived query
// (EvalQuery::kind: "keywords", "variant_char", ...; "original" for one as
// written), the last with the answer and abstention figures too; and the recall@k curve for k =
// 1..20. Computed from RunEval's per-query rankings with ScoreRankings, the
// same metric code eval itself uses. Pure functions.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "eval/retrieval_eval.h"
#include "text/script_detector.h"

namespace wenyuan::eval {

struct BreakdownRow {
  std::string group;   // "traditional", "≤ 10 chars", ...
  EvalReport metrics;  // ranking metrics of the group's queries
};

// Groups in order of first appearance, "original" first; each row also
// holds SummarizeAnswers' figures of its queries' `outcomes`.
std::vector<BreakdownRow> BreakdownByKind(const std::vector<EvalQuery>& queries,
                                          const std::vector<std::vector<std::string>>& rankings,
                                          const std::vector<QueryOutcome>& outcomes);

std::vector<BreakdownRow> BreakdownByScript(const std::vector<EvalQuery>& queries,
                                            const std::vector<std::vector<std::string>>& rankings,
                                            const text::ScriptDetector& detector);

// Groups: 1-10, 11-20, 21-40 and over 40 code points; empty groups omitted.
std::vector<BreakdownRow> BreakdownByLength(const std::vector<EvalQuery>& queries,
                                            const std::vector<std::vector<std::string>>& rankings);

// (k, recall@k) for k = 1..max_k.
std::vector<std::pair<double, double>> RecallCurve(const std::vector<EvalQuery>& queries,
                                                   const std::vector<std::vector<std::string>>& rankings,
                                                   size_t max_k = 20);

}  // namespace wenyuan::eval
