// ModelEval: the model half of `wenyuan eval` (docs/evaluation.md). Given
// the search responses of the first questions (eval --answer-limit N), each
// is answered through the same grounded path `ask` takes
// (answer/grounded_answerer.h) and measured:
//   - time to first token: from handing the response to the answerer (prompt
//     building included, retrieval not) to the first streamed piece;
//   - tokens per second after the first token: (tokens - 1) / (time of the
//     last piece - time of the first), tokens as the model reported them
//     (llm::Completion::completion_tokens), else the streamed pieces counted;
//   - the citation metrics of eval/citation_metrics.h, pooled over answers.
// Only questions the model answered (mode "llm") are measured; the others
// (no evidence, model failure, empty reply) count as fallbacks. The figures
// are summarised by SummariseModelAnswers, a pure function.
//
// Thread-compatible: the model is used from the calling thread only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "answer/grounded_answerer.h"
#include "eval/citation_metrics.h"
#include "eval/retrieval_eval.h"
#include "llm/language_model.h"
#include "search/analysis.h"

namespace wenyuan::eval {

// One question's model answer.
struct ModelAnswerRecord {
  std::string query_id;
  bool answered = false;        // the model wrote the answer (mode "llm")
  std::string fallback_reason;  // why not, when not
  std::optional<double> ttft_ms;
  std::optional<double> tokens_per_second;  // none with fewer than two tokens
  size_t tokens = 0;
  bool tokens_from_model = false;  // `tokens` is the model's count, not streamed pieces
  CitationCounts citations;
};

struct ModelEvalReport {
  std::string model;
  size_t questions = 0;  // questions given a model answer (at most --answer-limit)
  size_t answered = 0;   // of those, answered by the model
  std::optional<double> ttft_ms_p50, ttft_ms_p95;
  std::optional<double> tokens_per_second_p50, tokens_per_second_mean;
  size_t speed_measured = 0;  // answered questions with a tokens/s figure
  // How tokens were counted: "model" (the model's own count), "pieces"
  // (streamed pieces counted) or "mixed"; empty when nothing was answered.
  std::string token_count;
  CitationCounts citations;
  std::vector<ModelAnswerRecord> records;  // per question, in order
};

// Percentiles (nearest rank) and means over the answered records; ratios
// with nothing to divide by stay empty.
ModelEvalReport SummariseModelAnswers(std::string model, std::vector<ModelAnswerRecord> records);

// Called after each question: (done, total).
using ModelEvalProgress = std::function<void(size_t done, size_t total, const ModelAnswerRecord& record)>;

// Answers `queries[i]` from `responses[i]` for every response given
// (responses.size() <= queries.size()). Support is judged with
// `analysis.bigrams` (folding when the eval folds). Never fails: a model
// error is that question's fallback.
ModelEvalReport RunModelEval(llm::LanguageModel& model, const search::Analysis& analysis,
                             const answer::GroundingOptions& options, const std::vector<EvalQuery>& queries,
                             const std::vector<search::SearchResponse>& responses,
                             const ModelEvalProgress& progress = nullptr);

}  // namespace wenyuan::eval
