// `wenyuan draft KB --task T TOPIC`, and `wenyuan ask` when a language model
// is configured or --task is given: a grounded draft or answer
// (answer/kb_answer_service.h), printed with its evidence and grounding report.
#include <cstdio>

#include "answer/kb_answer_service.h"
#include "cli/commands.h"
#include "cli/grounded_setup.h"
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
  auto request = DraftRequestFromArgs(ctx.args);
  if (!request.ok()) return UsageError(request.status().message());
  auto setup = OpenGroundedKb(ctx, pos[1]);
  if (!setup.ok()) return Fail(setup.status());

  answer::KbAnswerService service(setup->configured.model, setup->configured.generation);
  auto a = service.Answer(*setup->kb, *request);
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
