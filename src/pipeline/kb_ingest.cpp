#include "pipeline/kb_ingest.h"

#include "enrich/kb_enricher.h"
#include "search/kb_session.h"
#include "text/script_detector.h"
#include "vector/kb_vectors.h"
#include "util/data_layout.h"

namespace wenyuan::pipeline {

Result<std::unique_ptr<KbIngest>> KbIngest::Open(const search::KbSession& session, Logger& log,
                                                 KbIngestOptions options) {
  catalog::Catalog& catalog = session.catalog();
  const std::string& kb = session.name();
  std::unique_ptr<KbIngest> in(new KbIngest(catalog, kb, log, std::move(options)));
  in->analysis_ = session.analysis();
  WY_ASSIGN_OR_RETURN(in->index_, search::KbIndexWriter::Open(catalog, in->analysis_, kb));
  WY_ASSIGN_OR_RETURN(auto repaired, in->index_->Sync());
  if (repaired.added || repaired.deleted) {
    log.Info("index of " + kb + ": repaired, " + std::to_string(repaired.added) + " passages added, " +
             std::to_string(repaired.deleted) + " deleted");
  }
  ingest::IngestOptions ingest_options;
  if (in->analysis_.folder) {
    ingest_options.script_detector = std::make_shared<text::ScriptDetector>(in->analysis_.folder);
  }
  search::KbIndexWriter* index = in->index_.get();
  ingest_options.after_file_stored = [index](const ingest::FileResult& f) { return index->FileChanged(f.path); };
  in->ingester_ = std::make_unique<ingest::Ingester>(catalog, in->readers_, log, std::move(ingest_options));
  return in;
}

Result<ingest::IngestReport> KbIngest::Add(const std::vector<std::filesystem::path>& paths) {
  WY_ASSIGN_OR_RETURN(ingest::IngestReport report, ingester_->Ingest(kb_, paths));
  auto changed = report.ChangedDocumentIds();
  changed_.insert(changed_.end(), changed.begin(), changed.end());
  return report;
}

Result<KbIngestSummary> KbIngest::Finish() {
  KbIngestSummary summary;
  WY_RETURN_IF_ERROR(index_->Commit());
  if (options_.enrich && !changed_.empty() && analysis_.words) {
    WY_ASSIGN_OR_RETURN(auto enricher, enrich::KbEnricher::Create(catalog_, kb_, analysis_.words));
    WY_ASSIGN_OR_RETURN(auto enriched, enricher->EnrichDocuments(changed_));
    summary.enriched = enriched.documents;
    summary.categorized = enriched.categorized;
    log_.Info("enriched " + std::to_string(enriched.documents) + " documents of " + kb_ + " (" +
              std::to_string(enriched.categorized) + " with categories)");
  }
  changed_.clear();
  if (options_.embedder.configured()) {
    // The KB's vectors follow its passages: new and changed ones embedded,
    // removed ones dropped.
    WY_ASSIGN_OR_RETURN(auto embedder, vector::MakeEmbedder(options_.embedder, analysis_.bigrams));
    WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog_.GetKb(kb_));
    WY_ASSIGN_OR_RETURN(auto passages, catalog_.ListPassages(info.id));
    vector::VectorSyncReport r;
    WY_RETURN_IF_ERROR(
        vector::UpdateKbVectors(DataLayout(catalog_.data_dir()).KbVectorsDir(kb_), passages, *embedder, &r).status());
    summary.vectors_added = r.added;
    summary.vectors_removed = r.removed;
    log_.Info("vectors (" + embedder->name() + "): " + std::to_string(r.added) + " embedded, " +
              std::to_string(r.removed) + " removed, " + std::to_string(r.unchanged) + " unchanged");
  }
  return summary;
}

}  // namespace wenyuan::pipeline
