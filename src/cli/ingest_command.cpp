// `wenyuan ingest KB PATH... [--no-enrich] [--embedder KIND]`: the shared
// ingest pipeline (pipeline/kb_ingest.h), with its summary printed.
#include <cstdio>

#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "pipeline/kb_ingest.h"
#include "search/analysis.h"
#include "search/kb_session.h"
#include "util/data_layout.h"

namespace wenyuan::cli {

int RunIngestCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 3) return UsageError("usage: wenyuan ingest KB PATH... [--no-enrich] [--embedder hashing]");
  auto embedder_config = EmbedderConfigFromArgs(ctx.args, ctx.data_dir);
  if (!embedder_config.ok()) return Fail(embedder_config.status());
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) return Fail(analysis.status());
  pipeline::KbIngestOptions options;
  options.enrich = !ctx.args.Has("--no-enrich");
  options.embedder = *embedder_config;
  search::KbSessions sessions(DataLayout(ctx.data_dir), std::move(*analysis));
  auto kb = sessions.Open(**catalog, pos[1]);
  if (!kb.ok()) return Fail(kb.status());
  auto in = pipeline::KbIngest::Open(*kb, ctx.log, options);
  if (!in.ok()) return Fail(in.status());
  std::vector<std::filesystem::path> paths(pos.begin() + 2, pos.end());
  auto report = (*in)->Add(paths);
  if (!report.ok()) return Fail(report.status());
  auto finished = (*in)->Finish();
  if (!finished.ok()) return Fail(finished.status());
  std::printf("%s\n", report->Summary().c_str());
  using O = ingest::IngestOutcome;
  for (const auto& f : report->files) {
    if (f.outcome == O::kFailed) std::fprintf(stderr, "wenyuan: %s\n", f.error.message().c_str());
  }
  return report->Count(O::kFailed) ? 1 : 0;
}

}  // namespace wenyuan::cli
