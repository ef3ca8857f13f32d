#include "eval/model_eval.h"

#include <algorithm>
#include <chrono>

#include "eval/load_runner.h"

namespace wenyuan::eval {

ModelEvalReport SummariseModelAnswers(std::string model, std::vector<ModelAnswerRecord> records) {
  ModelEvalReport report;
  report.model = std::move(model);
  report.questions = records.size();
  std::vector<double> ttft, speed;
  size_t from_model = 0;
  for (const auto& r : records) {
    if (!r.answered) continue;
    ++report.answered;
    if (r.ttft_ms) ttft.push_back(*r.ttft_ms);
    if (r.tokens_per_second) speed.push_back(*r.tokens_per_second);
    from_model += r.tokens_from_model;
    report.citations += r.citations;
  }
  std::sort(ttft.begin(), ttft.end());
  std::sort(speed.begin(), speed.end());
  if (!ttft.empty()) {
    report.ttft_ms_p50 = Percentile(ttft, 50);
    report.ttft_ms_p95 = Percentile(ttft, 95);
  }
  report.speed_measured = speed.size();
  if (!speed.empty()) {
    report.tokens_per_second_p50 = Percentile(speed, 50);
    double sum = 0;
    for (double v : speed) sum += v;
    report.tokens_per_second_mean = sum / static_cast<double>(speed.size());
  }
  if (report.answered > 0) {
    report.token_count = from_model == report.answered ? "model" : from_model == 0 ? "pieces" : "mixed";
  }
  report.records = std::move(records);
  return report;
}

ModelEvalReport RunModelEval(llm::LanguageModel& model, const search::Analysis& analysis,
                             const answer::GroundingOptions& options, const std::vector<EvalQuery>& queries,
                             const std::vector<search::SearchResponse>& responses, const ModelEvalProgress& progress) {
  using Clock = std::chrono::steady_clock;
  answer::AnswerOptions quoting;
  quoting.words = analysis.words;  // the not-found decision as ask makes it
  const answer::ExtractiveAnswerer extractive(analysis.bigrams, quoting);
  const answer::GroundedAnswerer answerer(&model, extractive, /*converter=*/nullptr, options);
  const size_t total = std::min(responses.size(), queries.size());
  std::vector<ModelAnswerRecord> records;
  for (size_t i = 0; i < total; ++i) {
    ModelAnswerRecord record;
    record.query_id = queries[i].id;
    std::optional<Clock::time_point> first, last;
    size_t pieces = 0;
    const auto started = Clock::now();
    answer::GroundedAnswer g = answerer.Answer(responses[i], answer::Task::kQa, [&](std::string_view piece) {
      if (piece.empty()) return true;
      const auto now = Clock::now();
      if (!first) first = now;
      last = now;
      ++pieces;
      return true;
    });
    record.answered = g.mode == "llm";
    record.fallback_reason = g.fallback_reason;
    if (record.answered) {
      record.tokens_from_model = g.completion_tokens > 0;
      record.tokens = record.tokens_from_model ? g.completion_tokens : pieces;
      if (first) {
        record.ttft_ms = std::chrono::duration<double, std::milli>(*first - started).count();
        const double seconds = std::chrono::duration<double>(*last - *first).count();
        if (record.tokens >= 2 && seconds > 0) {
          record.tokens_per_second = static_cast<double>(record.tokens - 1) / seconds;
        }
      }
      std::vector<std::string> evidence;
      for (const auto& e : g.evidence) evidence.push_back(e.text);
      record.citations = CountCitations(analysis.bigrams, g.sentences, evidence);
    }
    if (progress) progress(i + 1, total, record);
    records.push_back(std::move(record));
  }
  return SummariseModelAnswers(model.name(), std::move(records));
}

}  // namespace wenyuan::eval
