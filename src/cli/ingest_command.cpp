// `wenyuan ingest KB PATH... [--jobs N] [--index-memory-mb M] [--no-enrich]
// [--embedder KIND]`: the shared ingest pipeline (pipeline/kb_ingest.h) on N
// threads (default: the core count; the result is the same for any N), the
// index writing a segment each M MiB of buffered postings (default 64), with
// progress on stderr (a bar
// on a terminal, a line every 10 s otherwise) and a summary whose time is
// the whole command's, enrichment included.
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "cli/progress_display.h"
#include "pipeline/kb_ingest.h"
#include "search/analysis.h"
#include "search/kb_session.h"
#include "server/source_display.h"
#include "util/data_layout.h"
#include "util/parallel_for.h"

namespace wenyuan::cli {

int RunIngestCommand(const CommandContext& ctx) {
  const auto started = std::chrono::steady_clock::now();
  const auto& pos = ctx.args.positional;
  const char* usage =
      "usage: wenyuan ingest KB PATH... [--jobs N] [--index-memory-mb M] [--no-enrich] [--embedder hashing]";
  if (pos.size() < 3) return UsageError(usage);
  auto jobs = ctx.args.Count("--jobs", DefaultJobs(), 1, 256);
  if (!jobs.ok()) return UsageError(jobs.status().message());
  auto index_memory = ctx.args.Count("--index-memory-mb", 64, 4, 1 << 16);
  if (!index_memory.ok()) return UsageError(index_memory.status().message());
  auto embedder_config = EmbedderConfigFromArgs(ctx.args, ctx.data_dir);
  if (!embedder_config.ok()) return Fail(embedder_config.status());
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) return Fail(analysis.status());
  const bool terminal = ::isatty(2) == 1;
  const bool show_progress = ctx.log.Enabled(LogLevel::kInfo);
  ProgressDisplay storing("ingest", stderr, terminal);
  ProgressDisplay enriching("enrich", stderr, terminal);
  pipeline::KbIngestOptions options;
  options.enrich = !ctx.args.Has("--no-enrich");
  options.jobs = *jobs;
  options.index_buffer_bytes = *index_memory << 20;
  options.embedder = *embedder_config;
  if (show_progress) {
    options.on_progress = [&storing](const ingest::IngestProgress& p) {
      storing.Update({p.documents, 0, p.bytes_done, p.bytes_total});
    };
    options.on_enrich_progress = [&storing, &enriching](size_t done, size_t total) {
      storing.Finish();
      enriching.Update({done, total, 0, 0});
    };
  }
  search::KbSessions sessions(DataLayout(ctx.data_dir), std::move(*analysis));
  auto kb = sessions.Open(**catalog, pos[1]);
  if (!kb.ok()) return Fail(kb.status());
  auto in = pipeline::KbIngest::Open(*kb, ctx.log, options);
  if (!in.ok()) return Fail(in.status());
  std::vector<std::filesystem::path> paths(pos.begin() + 2, pos.end());
  // The folders given, so the API can show sources relative to them.
  for (const auto& p : paths) {
    if (auto s = server::RecordSourceRoot(ctx.data_dir, pos[1], p); !s.ok()) ctx.log.Warn(s.message());
  }
  auto report = (*in)->Add(paths);
  storing.Finish();
  if (!report.ok()) return Fail(report.status());
  auto finished = (*in)->Finish();
  enriching.Finish();
  if (!finished.ok()) return Fail(finished.status());
  report->elapsed = std::chrono::steady_clock::now() - started;
  std::printf("%s\n", report->Summary().c_str());
  using O = ingest::IngestOutcome;
  for (const auto& f : report->files) {
    if (f.outcome == O::kFailed) std::fprintf(stderr, "wenyuan: %s\n", f.error.message().c_str());
  }
  return report->Count(O::kFailed) ? 1 : 0;
}

}  // namespace wenyuan::cli
