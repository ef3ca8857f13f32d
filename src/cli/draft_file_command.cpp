// `wenyuan draft KB [--task T] TOPIC [--out F.odt|F.docx] [--json]`: a draft
// laid out in the task's template (answer/draft_maker.h), printed, or
// written as an ODF or Word file with its sources as footnotes
// (export/draft_file.h). Without a model the draft is the template filled
// with evidence quotes, labelled 未使用語言模型.
#include <cstdio>

#include "answer/draft_maker.h"
#include "cli/commands.h"
#include "cli/grounded_setup.h"
#include "cli/output.h"
#include "export/draft_file.h"
#include "server/draft_json.h"
#include "server/grounded_answer_json.h"
#include "util/data_layout.h"
#include "util/file_io.h"

namespace wenyuan::cli {
namespace {

constexpr const char* kUsage =
    "usage: wenyuan draft KB [--task T] [--out FILE.odt|FILE.docx] [--model PATH | --llm-endpoint URL] TOPIC";

void PrintDraft(const answer::DraftOutcome& made) {
  const answer::GroundedAnswer& a = made.answer;
  if (!a.fallback_reason.empty() && a.task != answer::Task::kQa && a.fallback_reason.find("no language model") == 0) {
    // The label in the draft says it; no need to warn.
  } else if (!a.fallback_reason.empty()) {
    std::fprintf(stderr, "wenyuan: %s; the draft quotes the evidence\n", a.fallback_reason.c_str());
  }
  if (!a.found) {
    std::printf("找不到足以撰稿的段落。(No passage in '%s' matches this topic.)\n", a.kb.c_str());
    return;
  }
  std::printf("%s\n", made.draft.Text().c_str());
  for (size_t i = 0; i < made.draft.evidence.size(); ++i) {
    std::printf("[%zu] %s\n", i + 1, exporting::SourceNote(made.draft.evidence[i]).c_str());
  }
  PrintGroundingReport(a);
}

}  // namespace

int RunTemplateDraftCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 3) return UsageError(kUsage);
  const std::string kb_name = pos[1];
  auto request = DraftRequestFromArgs(ctx.args);
  if (!request.ok()) return UsageError(request.status().message());
  std::optional<exporting::DraftFileFormat> format;
  auto out_path = ctx.args.Value("--out");
  if (out_path) {
    auto f = exporting::DraftFileFormatFor(*out_path);
    if (!f.ok()) return UsageError(f.status().message());
    format = *f;
  }

  auto setup = OpenGroundedKb(ctx, kb_name);
  if (!setup.ok()) return Fail(setup.status());

  answer::KbAnswerService service(setup->configured.model, setup->configured.generation);
  auto made =
      answer::MakeDraft(service, *setup->kb, *request, DataLayout(ctx.data_dir).TemplatesDir(), answer::LocalToday());
  if (!made.ok()) return Fail(made.status());
  if (out_path) {
    if (!made->answer.found) {
      return Fail(
          Status::NotFound("no passage in '" + kb_name + "' matches this topic; " + *out_path + " not written"));
    }
    auto bytes = exporting::WriteDraftFile(made->draft, *format);
    if (!bytes.ok()) return Fail(bytes.status());
    Status written = WriteFileAtomic(*out_path, *bytes);
    if (!written.ok()) return Fail(written);
  }
  if (ctx.args.Has("--json")) {
    nlohmann::json j = server::ToJson(made->answer);
    j["draft"] = server::ToJson(made->draft);
    if (out_path) j["file"] = *out_path;
    PrintJson(j);
    return 0;
  }
  if (out_path) {
    std::printf("%s: %s with %zu sources (%s)\n", out_path->c_str(), made->draft.title.c_str(),
                made->draft.evidence.size(),
                made->draft.mode == "llm" ? "written by the model" : answer::kNoModelLabel);
    return 0;
  }
  PrintDraft(*made);
  return 0;
}

}  // namespace wenyuan::cli
