// What `ask` (grounded), `draft` and `draft --out` set up alike before they
// answer: the request read from the command line (the text from the third
// word on, --task, --k) and the knowledge base's session, opened with the
// configured language model on a catalog connection that lives as long as
// the set-up does.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "answer/kb_answer_service.h"
#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/llm_options.h"
#include "search/kb_session.h"

namespace wenyuan::cli {

// The request on the command line; an InvalidArgument status for a usage
// error (no text, an unknown --task, --k out of 1..100).
Result<answer::DraftRequest> DraftRequestFromArgs(const ParsedArgs& args);

struct GroundedSetup {
  ConfiguredModel configured;
  std::unique_ptr<catalog::Catalog> catalog;
  std::unique_ptr<search::KbSessions> sessions;
  std::optional<search::KbSession> kb;
};

// The model, the catalog and the session of KB `kb_name`.
Result<GroundedSetup> OpenGroundedKb(const CommandContext& ctx, const std::string& kb_name);

}  // namespace wenyuan::cli
