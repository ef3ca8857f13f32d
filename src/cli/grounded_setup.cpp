#include "cli/grounded_setup.h"

#include "answer/task.h"
#include "cli/embedder_args.h"
#include "search/analysis.h"

namespace wenyuan::cli {

Result<answer::DraftRequest> DraftRequestFromArgs(const ParsedArgs& args) {
  answer::DraftRequest request;
  request.text = args.PositionalFrom(2);
  if (auto t = args.Value("--task")) {
    auto task = answer::ParseTask(*t);
    if (!task.ok()) return Status::InvalidArgument(task.status().message());
    request.task = *task;
  }
  auto k = args.Count("--k", request.passages, 1, 100);
  if (!k.ok()) return Status::InvalidArgument(k.status().message());
  request.passages = *k;
  return request;
}

Result<GroundedSetup> OpenGroundedKb(const CommandContext& ctx, const std::string& kb_name) {
  GroundedSetup setup;
  WY_ASSIGN_OR_RETURN(setup.configured, LanguageModelFromArgs(ctx));
  WY_ASSIGN_OR_RETURN(auto analysis, search::MakeDefaultAnalysis());
  WY_ASSIGN_OR_RETURN(setup.catalog, catalog::Catalog::Open(ctx.data_dir));
  WY_ASSIGN_OR_RETURN(setup.sessions, KbSessionsFromArgs(ctx.args, ctx.data_dir, std::move(analysis)));
  WY_ASSIGN_OR_RETURN(auto kb, setup.sessions->Open(*setup.catalog, kb_name));
  setup.kb.emplace(std::move(kb));
  return setup;
}

}  // namespace wenyuan::cli
