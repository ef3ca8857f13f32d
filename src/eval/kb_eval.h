// KbEval: an agency's own questions against one of its knowledge bases, as
// it stands (`wenyuan eval --kb KB --queries Q.jsonl`, docs/evaluation.md).
// Each question is searched with the same call the CLI and the server make
// (search::SearchKb on a KbSession), and answered with the extractive answerer (its
// response also goes to `on_response`, as in RunEval); gold
// entries name documents, by id ("12") or by source (a path or a path's end,
// "regulation-incident-reporting.txt"), and a hit counts for the gold entry
// its document matches. Metrics come from ScoreRankings, as in `eval
// --corpus`. Reads only: nothing in the data directory changes except that
// a missing or stale index is brought up to date first.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "eval/retrieval_eval.h"
#include "search/kb_search.h"

namespace wenyuan::eval {

// `mode`: the search mode, else the KB's default (kb_search.h).
Result<EvalReport> RunKbEval(const search::KbSession& kb, std::optional<search::SearchMode> mode,
                             const std::vector<EvalQuery>& queries, size_t k,
                             std::vector<std::vector<std::string>>* rankings = nullptr,
                             const ResponseSink& on_response = nullptr,
                             const answer::AnswerOptions& answer_options = {});

// The gold entry (of `gold`) that document `document_id` with `source`
// matches, or "" if none.
std::string MatchGold(const std::vector<std::string>& gold, int64_t document_id, const std::string& source);

}  // namespace wenyuan::eval
