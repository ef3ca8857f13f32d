// The model section of `wenyuan eval`'s output (docs/evaluation.md): the
// "model" object of --json and --out (DESIGN.md's keys stay as they are;
// this object is added beside them), its lines in the plain-text output,
// and its table in the --report page. Undefined figures (nothing answered,
// nothing cited) are JSON null and "–" in the report. Stateless; only
// PrintModelSection writes (to the stream it is given).
#pragma once

#include <cstdio>
#include <nlohmann/json.hpp>

#include "eval/html_report.h"
#include "eval/model_eval.h"

namespace wenyuan::cli {

// `answer_limit` is --answer-limit; `total_questions` the question set's
// size. `per_question` adds each question's figures (for --out).
nlohmann::json ModelSectionJson(const eval::ModelEvalReport& report, size_t answer_limit, size_t total_questions,
                                bool per_question);

// "model.KEY  value" lines, after a line saying how many questions were answered.
void PrintModelSection(std::FILE* out, const nlohmann::json& section);

eval::ReportTable ModelSectionTable(const nlohmann::json& section);

}  // namespace wenyuan::cli
