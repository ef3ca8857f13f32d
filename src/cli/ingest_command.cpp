// `wenyuan ingest KB PATH...`.
#include <cstdio>

#include "catalog/catalog.h"
#include "cli/commands.h"
#include "enrich/kb_enricher.h"
#include "ingest/ingester.h"
#include "search/kb_index.h"
#include "search/kb_search.h"

namespace wenyuan::cli {

int RunIngestCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 3) return UsageError("usage: wenyuan ingest KB PATH...");
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  ingest::ReaderRegistry readers;
  ingest::IngestOptions options;
  auto folder = text::ScriptFolder::Create();
  if (!folder.ok()) return Fail(folder.status());
  options.script_detector = std::make_shared<text::ScriptDetector>(*folder);
  // The KB's index follows the catalog file by file (committed every 50
  // files and at the end); opening it first repairs what a crash left.
  auto base = search::MakeDefaultAnalysis();
  if (!base.ok()) return Fail(base.status());
  auto analysis = search::AnalysisForKb(*base, **catalog, pos[1]);
  if (!analysis.ok()) return Fail(analysis.status());
  auto index = search::KbIndexWriter::Open(**catalog, *analysis, pos[1]);
  if (!index.ok()) return Fail(index.status());
  auto repaired = (*index)->Sync();
  if (!repaired.ok()) return Fail(repaired.status());
  if (repaired->added || repaired->deleted) {
    ctx.log.Info("index: repaired " + std::to_string(repaired->added) + " passages added, " +
                 std::to_string(repaired->deleted) + " deleted");
  }
  options.after_file_stored = [&](const ingest::FileResult& f) { return (*index)->FileChanged(f.path); };
  ingest::Ingester ingester(**catalog, readers, ctx.log, options);
  std::vector<std::filesystem::path> paths(pos.begin() + 2, pos.end());
  auto report = ingester.Ingest(pos[1], paths);
  if (!report.ok()) return Fail(report.status());
  if (Status s = (*index)->Commit(); !s.ok()) return Fail(s);
  using O = ingest::IngestOutcome;
  std::printf("%s\n", report->Summary().c_str());
  // Keywords, summaries and categories for what changed.
  const auto changed = report->ChangedDocumentIds();
  if (!changed.empty() && !ctx.args.Has("--no-enrich")) {
    auto analyzer = text::WordAnalyzer::Create(*folder);
    if (!analyzer.ok()) return Fail(analyzer.status());
    auto enricher = enrich::KbEnricher::Create(**catalog, pos[1], *analyzer);
    if (!enricher.ok()) return Fail(enricher.status());
    auto enriched = (*enricher)->EnrichDocuments(changed);
    if (!enriched.ok()) return Fail(enriched.status());
    ctx.log.Info("enriched " + std::to_string(enriched->documents) + " documents (" +
                 std::to_string(enriched->categorized) + " with categories)");
  }
  for (const auto& f : report->files) {
    if (f.outcome == O::kFailed) std::fprintf(stderr, "wenyuan: %s\n", f.error.message().c_str());
  }
  return report->Count(O::kFailed) ? 1 : 0;
}

}  // namespace wenyuan::cli
