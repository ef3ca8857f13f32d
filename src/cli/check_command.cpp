// `wenyuan check KB`: verifies the KB's catalog and its index. The catalog
// first: near-duplicates whose original is gone or changed (their text
// could not be found) are given passages, and documents a crash left
// without enrichment are enriched, both named in the output; then the
// index is checked against the catalog (search/kb_index.h). Titles that
// repeat across the KB's documents are replaced (pipeline/repeated_titles.h)
// before the index check, which brings the index in step. While another
// process writes the KB, catalog problems are reported, not repaired.
#include <cstdio>

#include "catalog/catalog.h"
#include "catalog/enrichment_store.h"
#include "cli/commands.h"
#include "enrich/kb_enricher.h"
#include "ingest/orphaned_duplicates.h"
#include "pipeline/repeated_titles.h"
#include "search/kb_index.h"
#include "search/kb_session.h"
#include "util/data_layout.h"

namespace wenyuan::cli {
namespace {

// What the catalog check found and did, as "; catalog: ..." (empty: all well).
Result<std::string> CheckCatalog(catalog::Catalog& catalog, const search::Analysis& analysis, const std::string& kb) {
  WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
  WY_ASSIGN_OR_RETURN(auto orphans, ingest::FindOrphanedDuplicates(catalog, info.id));
  catalog::EnrichmentStore store(catalog.db());
  WY_ASSIGN_OR_RETURN(auto unenriched, store.UnenrichedDocumentIds(info.id));
  if (orphans.empty() && unenriched.empty()) return std::string();
  const std::string found = std::to_string(orphans.size()) +
                            " near-duplicates without an original holding their text, " +
                            std::to_string(unenriched.size()) + " documents without enrichment";
  // Repair only while no ingest holds the KB (it would fix both itself).
  auto writer = search::KbIndexWriter::Open(catalog, analysis, kb, /*wait=*/false);
  if (!writer.ok()) {
    if (writer.status().code() != StatusCode::kTimeout) return writer.status();
    return "; catalog: " + found + " (a writer is at work on it: not repaired)";
  }
  if (!orphans.empty()) {
    WY_RETURN_IF_ERROR(ingest::PromoteOrphanedDuplicates(catalog, info.id).status());
  }
  if (!unenriched.empty() && analysis.words) {
    WY_ASSIGN_OR_RETURN(auto enricher, enrich::KbEnricher::Create(catalog, kb, analysis.words));
    WY_RETURN_IF_ERROR(enricher->EnrichDocuments(unenriched).status());
  }
  return "; catalog: " + found + ": repaired";
}

// Titles that repeat across the KB's documents (pipeline/repeated_titles.h),
// replaced while no writer holds the KB, as "; titles: ..." (empty: none);
// the index check that follows brings the index's titles in step.
Result<std::string> CheckTitles(catalog::Catalog& catalog, const search::Analysis& analysis, const std::string& kb) {
  auto writer = search::KbIndexWriter::Open(catalog, analysis, kb, /*wait=*/false);
  if (!writer.ok()) {
    if (writer.status().code() != StatusCode::kTimeout) return writer.status();
    return std::string();  // the ingest at work re-titles when it finishes
  }
  WY_ASSIGN_OR_RETURN(pipeline::RetitleReport report, pipeline::RetitleRepeatedTitles(catalog, kb));
  if (report.retitled.empty()) return std::string();
  WY_RETURN_IF_ERROR((*writer)->Sync().status());
  return "; titles: " + std::to_string(report.retitled.size()) +
         " documents retitled (their title repeated across the knowledge base or was too short to name one)";
}

}  // namespace

int RunCheckCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError("usage: wenyuan check KB");
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  auto base = search::MakeDefaultAnalysis();
  if (!base.ok()) return Fail(base.status());
  search::KbSessions sessions(DataLayout(ctx.data_dir), std::move(*base));
  auto kb = sessions.Open(**catalog, pos[1]);
  if (!kb.ok()) return Fail(kb.status());
  auto catalog_note = CheckCatalog(**catalog, kb->analysis(), pos[1]);
  if (!catalog_note.ok()) return Fail(catalog_note.status());
  auto titles_note = CheckTitles(**catalog, kb->analysis(), pos[1]);
  if (!titles_note.ok()) return Fail(titles_note.status());
  auto summary = search::CheckKbIndex(**catalog, kb->analysis(), pos[1]);
  if (!summary.ok()) return Fail(summary.status());
  std::printf("%s%s%s\n", summary->c_str(), catalog_note->c_str(), titles_note->c_str());
  return 0;
}

}  // namespace wenyuan::cli
