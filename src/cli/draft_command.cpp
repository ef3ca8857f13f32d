// `wenyuan draft KB --task T TOPIC`, and `wenyuan ask` when a language model
// is configured or --task is given: a grounded draft or answer
// (answer/kb_answer_service.h), printed with its evidence and grounding report.
#include <cstdio>

#include "answer/kb_answer_service.h"
#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "cli/llm_options.h"
#include "cli/output.h"
#include "server/grounded_answer_json.h"

namespace wenyuan::cli {
namespace {

void PrintText(const answer::GroundedAnswer& a) {
  if (!a.fallback_reason.empty()) {
    std::fprintf(stderr, "wenyuan: %s; showing the extractive answer\n", a.fallback_reason.c_str());
  }
  if (!a.found) {
    std::printf("找不到足以回答這個問題的段落。(No passage in '%s' answers this.)\n", a.kb.c_str());
    return;
  }
  std::printf("%s\n\n", a.text.c_str());
  for (size_t i = 0; i < a.evidence.size(); ++i) {
    const auto& c = a.evidence[i].citation;
    std::printf("[%zu] %s — %s, characters %zu–%zu\n    %s\n", i + 1, c.title.c_str(), c.passage_id.c_str(), c.begin,
                c.end, c.source.c_str());
  }
  PrintGroundingReport(a);
}

}  // namespace

int RunGroundedCommand(const CommandContext& ctx, const char* usage) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 3) return UsageError(usage);
  answer::DraftRequest request;
  request.text = ctx.args.PositionalFrom(2);
  if (auto t = ctx.args.Value("--task")) {
    auto task = answer::ParseTask(*t);
    if (!task.ok()) return UsageError(task.status().message());
    request.task = *task;
  }
  auto k = ctx.args.Count("--k", request.passages, 1, 100);
  if (!k.ok()) return UsageError(k.status().message());
  request.passages = *k;

  auto configured = LanguageModelFromArgs(ctx);
  if (!configured.ok()) return Fail(configured.status());
  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) return Fail(analysis.status());
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  auto sessions = KbSessionsFromArgs(ctx.args, ctx.data_dir, std::move(*analysis));
  if (!sessions.ok()) return Fail(sessions.status());
  auto kb = (*sessions)->Open(**catalog, pos[1]);
  if (!kb.ok()) return Fail(kb.status());

  answer::KbAnswerService service(configured->model, configured->generation);
  auto a = service.Answer(*kb, request);
  if (!a.ok()) return Fail(a.status());
  if (ctx.args.Has("--json")) {
    PrintJson(server::ToJson(*a));
    return 0;
  }
  PrintText(*a);
  return 0;
}

int RunDraftCommand(const CommandContext& ctx) { return RunTemplateDraftCommand(ctx); }

}  // namespace wenyuan::cli
