#include "cli/eval_model_section.h"

#include <string>

namespace wenyuan::cli {
namespace {

using nlohmann::json;

json OrNull(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::string Cell(const json& v, int digits) {
  if (!v.is_number()) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v.get<double>());
  return buf;
}

std::string Note(const json& s) {
  return "model answers for the first " + std::to_string(s["questions"].get<size_t>()) + " of " +
         std::to_string(s["questions_total"].get<size_t>()) + " questions (--answer-limit " +
         std::to_string(s["answer_limit"].get<size_t>()) + "); " + std::to_string(s["answered"].get<size_t>()) +
         " answered by " + s["name"].get<std::string>();
}

}  // namespace

json ModelSectionJson(const eval::ModelEvalReport& r, size_t answer_limit, size_t total_questions, bool per_question) {
  json j = {{"name", r.model},
            {"answer_limit", answer_limit},
            {"questions_total", total_questions},
            {"questions", r.questions},
            {"answered", r.answered},
            {"fallbacks", r.questions - r.answered},
            {"ttft_ms_p50", OrNull(r.ttft_ms_p50)},
            {"ttft_ms_p95", OrNull(r.ttft_ms_p95)},
            {"tokens_per_second_p50", OrNull(r.tokens_per_second_p50)},
            {"tokens_per_second_mean", OrNull(r.tokens_per_second_mean)},
            {"speed_measured", r.speed_measured},
            {"token_count", r.token_count},
            {"claim_sentences", r.citations.claim_sentences},
            {"cited_claim_sentences", r.citations.cited_claim_sentences},
            {"cited_sentence_share", OrNull(r.citations.cited_share())},
            {"citations", r.citations.citations},
            {"supported_citations", r.citations.supported_citations},
            {"citation_precision", OrNull(r.citations.precision())}};
  if (per_question) {
    json rows = json::array();
    for (const auto& q : r.records) {
      json row = {{"id", q.query_id},
                  {"answered", q.answered},
                  {"ttft_ms", q.ttft_ms ? json(*q.ttft_ms) : json(nullptr)},
                  {"tokens", q.tokens},
                  {"tokens_per_second", q.tokens_per_second ? json(*q.tokens_per_second) : json(nullptr)},
                  {"claim_sentences", q.citations.claim_sentences},
                  {"cited_claim_sentences", q.citations.cited_claim_sentences},
                  {"citations", q.citations.citations},
                  {"supported_citations", q.citations.supported_citations}};
      if (!q.answered) row["fallback_reason"] = q.fallback_reason;
      rows.push_back(std::move(row));
    }
    j["per_question"] = std::move(rows);
  }
  return j;
}

void PrintModelSection(std::FILE* out, const json& section) {
  std::fprintf(out, "%s\n", Note(section).c_str());
  for (auto it = section.begin(); it != section.end(); ++it) {
    if (it.value().is_structured() || it.key() == "name") continue;
    std::string key = "model." + it.key();
    std::fprintf(out, "%-30s %s\n", key.c_str(), it.value().dump().c_str());
  }
}

eval::ReportTable ModelSectionTable(const json& s) {
  eval::ReportTable t{"模型回答 (model answers): " + Note(s),
                      {"model", "answered", "TTFT p50 ms", "TTFT p95 ms", "tokens/s p50", "tokens/s mean",
                       "cited sentences", "citation precision"},
                      {}};
  t.rows.push_back({s["name"].get<std::string>(),
                    std::to_string(s["answered"].get<size_t>()) + " / " + std::to_string(s["questions"].get<size_t>()),
                    Cell(s["ttft_ms_p50"], 1), Cell(s["ttft_ms_p95"], 1), Cell(s["tokens_per_second_p50"], 1),
                    Cell(s["tokens_per_second_mean"], 1), Cell(s["cited_sentence_share"], 3),
                    Cell(s["citation_precision"], 3)});
  return t;
}

}  // namespace wenyuan::cli
