#include "server/grounded_answer_json.h"

namespace wenyuan::server {

nlohmann::json ToJson(const answer::GroundedAnswer& a) {
  using nlohmann::json;
  json evidence = json::array();
  for (size_t i = 0; i < a.evidence.size(); ++i) {
    const auto& e = a.evidence[i];
    evidence.push_back({{"n", i + 1},
                        {"text", e.text},
                        {"score", e.score},
                        {"citation",
                         {{"passage_id", e.citation.passage_id},
                          {"document_id", e.citation.document_id},
                          {"title", e.citation.title},
                          {"source", e.citation.source},
                          {"begin", e.citation.begin},
                          {"end", e.citation.end}}}});
  }
  json out = {{"question", a.request},
              {"kb", a.kb},
              {"task", std::string(answer::SpecFor(a.task).name)},
              {"found", a.found},
              {"mode", a.mode},
              {"answer", a.text},
              {"evidence", evidence},
              {"cited", a.cited},
              {"unsupported_sentences", a.unsupported_sentences},
              {"removed_citations", a.removed_citations},
              {"missing_sections", a.missing_sections}};
  if (a.mode == "llm") {
    out["model"] = a.model;
    out["finish_reason"] = a.finish_reason;
    out["prompt_tokens"] = a.prompt_tokens;
  }
  if (!a.fallback_reason.empty()) out["fallback_reason"] = a.fallback_reason;
  return out;
}

}  // namespace wenyuan::server
