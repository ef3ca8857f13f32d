// `wenyuan ingest KB PATH...`.
#include <cstdio>

#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "ingest/ingester.h"
#include "vector/kb_vectors.h"

namespace wenyuan::cli {
namespace {

Status UpdateVectors(const CommandContext& ctx, catalog::Catalog& catalog, const std::string& kb,
                     const vector::EmbedderConfig& config, std::shared_ptr<const text::ScriptFolder> folder) {
  WY_ASSIGN_OR_RETURN(auto embedder, vector::MakeEmbedder(config, text::BigramTokenizer(std::move(folder))));
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  WY_ASSIGN_OR_RETURN(auto passages, catalog.ListPassages(info.id));
  vector::VectorSyncReport r;
  WY_RETURN_IF_ERROR(
      vector::UpdateKbVectors(vector::KbVectorsDir(ctx.data_dir, kb), passages, *embedder, &r).status());
  ctx.log.Info("vectors (" + embedder->name() + "): " + std::to_string(r.added) + " embedded, " +
               std::to_string(r.removed) + " removed, " + std::to_string(r.unchanged) + " unchanged");
  return Status::Ok();
}

}  // namespace

int RunIngestCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 3) return UsageError("usage: wenyuan ingest KB PATH... [--embedder hashing]");
  auto embedder_config = EmbedderConfigFromArgs(ctx.args, ctx.data_dir);
  if (!embedder_config.ok()) return Fail(embedder_config.status());
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  ingest::ReaderRegistry readers;
  ingest::IngestOptions options;
  auto folder = text::ScriptFolder::Create();
  if (!folder.ok()) return Fail(folder.status());
  options.script_detector = std::make_shared<text::ScriptDetector>(*folder);
  ingest::Ingester ingester(**catalog, readers, ctx.log, options);
  std::vector<std::filesystem::path> paths(pos.begin() + 2, pos.end());
  auto report = ingester.Ingest(pos[1], paths);
  if (!report.ok()) return Fail(report.status());
  using O = ingest::IngestOutcome;
  std::printf("%s\n", report->Summary().c_str());
  for (const auto& f : report->files) {
    if (f.outcome == O::kFailed) std::fprintf(stderr, "wenyuan: %s\n", f.error.message().c_str());
  }
  if (embedder_config->configured()) {
    // The KB's vectors follow its passages: new and changed ones embedded,
    // removed ones dropped.
    auto status = UpdateVectors(ctx, **catalog, pos[1], *embedder_config, *folder);
    if (!status.ok()) return Fail(status);
  }
  return report->Count(O::kFailed) ? 1 : 0;
}

}  // namespace wenyuan::cli
