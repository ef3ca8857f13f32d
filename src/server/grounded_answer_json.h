// The JSON shape of a grounded answer or draft, shared by `wenyuan ask|draft
// --json` and the HTTP API (POST /api/draft; POST /api/ask with a model).
// Extends the extractive answer's shape (json_views.h) with the task, the
// model and the grounding report:
//   {"question", "kb", "task", "found", "mode": "llm"|"extractive", "model",
//    "answer", "evidence": [{"n", "text", "score", "citation": {...}}],
//    "cited": [n...], "unsupported_sentences": [...],
//    "removed_citations": ["[7]"...], "missing_sections": [...],
//    "fallback_reason" (only when set), "finish_reason", "prompt_tokens"}
#pragma once

#include <nlohmann/json.hpp>

#include "answer/grounded_answerer.h"

namespace wenyuan::server {

nlohmann::json ToJson(const answer::GroundedAnswer& answer);

}  // namespace wenyuan::server
