// Small printing helpers the commands share: errors on stderr, JSON on
// stdout, and highlighted text (ANSI bold when stdout is a terminal).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "answer/grounded_answerer.h"
#include "search/search_types.h"

namespace wenyuan::cli {

void PrintJson(const nlohmann::json& j);
// The snippet with its highlights marked, and "…" where it was cut.
std::string RenderSnippet(const search::Snippet& snippet, size_t passage_chars, bool color);
bool StdoutIsTerminal();
// What citation checking said of a grounded answer or draft: sentences
// without valid support, citations removed, template sections missing.
void PrintGroundingReport(const answer::GroundedAnswer& a);

}  // namespace wenyuan::cli
