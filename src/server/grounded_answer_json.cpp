#include "server/grounded_answer_json.h"

#include "server/json_views.h"

namespace wenyuan::server {

nlohmann::json ToJson(const answer::GroundedAnswer& a) {
  using nlohmann::json;
  json out = {{"question", a.request},
              {"kb", a.kb},
              {"task", std::string(answer::SpecFor(a.task).name)},
              {"found", a.found},
              {"mode", a.mode},
              {"answer", a.text},
              {"evidence", EvidenceJson(a.evidence)},
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
