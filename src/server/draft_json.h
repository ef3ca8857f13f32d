// The JSON shape of a laid-out draft (answer/draft_builder.h), shared by
// `wenyuan draft --json` and `POST /api/draft`:
//   {"task", "title", "request", "mode", "label" (only without a model),
//    "sections": [{"heading", "body", "written_by_model"}], "text"}
// and the reverse, for a draft the web page edited and sends back to be
// saved or exported: {"title", "label", "sections", "evidence"} (evidence
// as in json_views.h's EvidenceJson), checked field by field with an error
// that names the field.
#pragma once

#include <nlohmann/json.hpp>

#include "answer/draft_builder.h"
#include "util/status.h"

namespace wenyuan::server {

nlohmann::json ToJson(const answer::Draft& draft);
Result<answer::Draft> DraftFromJson(const nlohmann::json& j);

}  // namespace wenyuan::server
