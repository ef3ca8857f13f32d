#include "pipeline/kb_ingest.h"

#include <thread>

#include "catalog/enrichment_store.h"
#include "enrich/kb_enricher.h"
#include "ingest/orphaned_duplicates.h"
#include "pipeline/repeated_titles.h"
#include "search/kb_session.h"
#include "text/script_detector.h"
#include "util/data_layout.h"
#include "util/thread_name.h"
#include "vector/kb_vectors.h"

namespace wenyuan::pipeline {
namespace {

// The catalog's page cache while an ingest writes (PRAGMA cache_size, in
// KiB when negative). A file's documents go in one transaction, and the
// document index on (kb, title, content hash) takes each insert at a
// random place: once that index outgrows SQLite's default 2 MB cache, every
// insert reads a page back from the WAL and spills another, and storing a
// batch costs four to six times as much (bench/README.md, "Ingest wall
// time"). 64 MB holds that index for some million documents; pages are
// only allocated as the transaction needs them.
constexpr int64_t kIngestCacheSize = -65536;

// A PRAGMA's one integer value.
Result<int64_t> PragmaValue(catalog::Catalog& catalog, const std::string& pragma) {
  WY_ASSIGN_OR_RETURN(auto stmt, catalog::SqliteStatement::Prepare(catalog.db(), "PRAGMA " + pragma));
  int64_t value = 0;
  WY_RETURN_IF_ERROR(stmt.ForEachRow([&](const catalog::SqliteStatement& s) { value = s.ColumnInt(0); }));
  return value;
}

}  // namespace

KbIngest::~KbIngest() {
  if (cache_size_before_ != 0) {
    (void)catalog_.db().Exec("PRAGMA cache_size=" + std::to_string(cache_size_before_));
  }
  if (autocheckpoint_before_ >= 0) {
    (void)catalog_.db().Exec("PRAGMA wal_autocheckpoint=" + std::to_string(autocheckpoint_before_));
  }
}

Result<std::unique_ptr<KbIngest>> KbIngest::Open(const search::KbSession& session, Logger& log,
                                                 KbIngestOptions options) {
  catalog::Catalog& catalog = session.catalog();
  const std::string& kb = session.name();
  std::unique_ptr<KbIngest> in(new KbIngest(catalog, kb, log, std::move(options)));
  in->analysis_ = session.analysis();
  {
    WY_ASSIGN_OR_RETURN(int64_t before, PragmaValue(catalog, "cache_size"));
    if (before != 0 && (before > 0 ? before * 4 : -before) < -kIngestCacheSize) {
      WY_RETURN_IF_ERROR(catalog.db().Exec("PRAGMA cache_size=" + std::to_string(kIngestCacheSize)));
      in->cache_size_before_ = before;
    }
    // A file's commit would otherwise copy the whole WAL (the file's
    // transaction: as large as its text) into the database right there,
    // with nothing beside it at the end of a large file; Finish does it on
    // the index's thread instead, and the connection's old setting comes
    // back when this KbIngest goes.
    WY_ASSIGN_OR_RETURN(int64_t autocheckpoint, PragmaValue(catalog, "wal_autocheckpoint"));
    if (autocheckpoint > 0) {
      WY_RETURN_IF_ERROR(catalog.db().Exec("PRAGMA wal_autocheckpoint=0"));
      in->autocheckpoint_before_ = autocheckpoint;
    }
  }
  WY_ASSIGN_OR_RETURN(in->index_, search::KbIndexWriter::Open(catalog, in->analysis_, kb, /*wait=*/true,
                                                              in->options_.index_buffer_bytes));
  in->index_->jobs = in->options_.jobs;
  if (in->options_.index_passages_per_commit > 0) {
    in->index_->passages_per_commit = in->options_.index_passages_per_commit;
  }
  {
    // Near-duplicates left without an original (by a deletion, or a
    // catalog from before ingest promoted them itself) get their passages
    // back before the index is brought in step.
    WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog.GetKb(kb));
    WY_ASSIGN_OR_RETURN(auto orphans, ingest::PromoteOrphanedDuplicates(catalog, info.id));
    if (!orphans.promoted.empty()) {
      log.Info("catalog of " + kb + ": " + std::to_string(orphans.promoted.size()) +
               " near-duplicates whose original was gone or changed now have passages of their own");
    }
  }
  WY_ASSIGN_OR_RETURN(auto repaired, in->index_->Sync());
  if (repaired.added || repaired.deleted) {
    log.Info("index of " + kb + ": repaired, " + std::to_string(repaired.added) + " passages added, " +
             std::to_string(repaired.deleted) + " deleted");
  }
  if (in->options_.enrich && in->analysis_.words) {
    // The words of what Add indexes, for enrichment in Finish.
    WY_ASSIGN_OR_RETURN(in->words_,
                        AnalysedWords::Create(DataLayout(catalog.data_dir()).KbDir(kb) / "enrichment-words.tmp"));
    AnalysedWords* words = in->words_.get();
    const size_t jobs = in->options_.jobs;
    in->index_->on_words = [words, jobs](const std::vector<search::IndexablePassage>& rows,
                                         std::vector<std::vector<text::Token>>& tokens) {
      words->Add(rows, tokens, jobs);
    };
  }
  ingest::IngestOptions ingest_options;
  if (in->analysis_.folder) {
    ingest_options.script_detector = std::make_shared<text::ScriptDetector>(in->analysis_.folder);
  }
  ingest_options.on_progress = in->options_.on_progress;
  ingest_options.jobs = in->options_.jobs;
  if (in->options_.stream_record_files_over > 0) {
    ingest_options.stream_record_files_over = in->options_.stream_record_files_over;
  }
  if (in->options_.stream_chunk_bytes > 0) ingest_options.stream_chunk_bytes = in->options_.stream_chunk_bytes;
  search::KbIndexWriter* index = in->index_.get();
  // The index takes each batch of a file's documents as soon as the
  // catalog has written it (in the file's open transaction), so its
  // appending thread works while the next batch is read and cleaned; the
  // file then only waits for the last batch. A file none was handed on
  // for (all of it failed, or it holds no document now) is taken whole.
  ingest_options.after_batch_stored = [index](const std::string& path, const std::vector<int64_t>& ids) {
    if (index->file_under_way() != path) WY_RETURN_IF_ERROR(index->BeginFile(path));
    return index->AddDocuments(ids);
  };
  ingest_options.after_file_stored = [index](const ingest::FileResult& f) {
    WY_RETURN_IF_ERROR(index->file_under_way() == f.path ? index->EndFile() : index->FileChanged(f.path));
    for (const auto& other : f.also_changed) WY_RETURN_IF_ERROR(index->FileChanged(other));
    return Status::Ok();
  };
  // The catalog rolled the file back: the index takes what it holds again.
  ingest_options.after_file_failed = [index](const std::string& path) { return index->FileChanged(path); };
  in->ingester_ = std::make_unique<ingest::Ingester>(catalog, in->readers_, log, std::move(ingest_options));
  return in;
}

Result<ingest::IngestReport> KbIngest::Add(const std::vector<std::filesystem::path>& paths) {
  return ingester_->Ingest(kb_, paths);
}

Result<KbIngestSummary> KbIngest::Finish() {
  KbIngestSummary summary;
  // Only Add's file by file analysis hands over words: whole documents, in
  // order (a repair below re-adds passages by id).
  index_->on_words = nullptr;
  if (words_) words_->Flush();
  // The end of an ingest is ordered so that the index's last merge rounds
  // run beside enrichment rather than alone (bench/README.md, "The end of
  // an ingest"), with the same commits, and so the same index, as the
  // plain order (commit; retitle; Sync; enrich):
  //   1. titles that repeat across the KB's documents (letterheads) are
  //      replaced by ones from each document's text (repeated_titles.h);
  //   2. on a thread of its own (reading the catalog through a connection
  //      of its own), the index reads the catalog side of a Sync, commits
  //      what Add gave it, with the catalog's stamp from before the
  //      retitling (a crash after it leaves the index behind), takes the
  //      retitled passages and commits them: each commit waits for the
  //      last one's merges;
  //   3. meanwhile enrichment runs (it reads and writes no index, and
  //      changes no document or passage).
  WY_ASSIGN_OR_RETURN(std::string added_stamp, index_->CatalogStampNow());
  WY_ASSIGN_OR_RETURN(RetitleReport retitled, RetitleRepeatedTitles(catalog_, kb_));
  if (!retitled.retitled.empty()) {
    log_.Info(std::to_string(retitled.retitled.size()) + " documents of " + kb_ +
              " retitled: their title repeated across the knowledge base or was too short to name one");
  }
  search::KbIndexWriter* index = index_.get();
  const bool resync = !retitled.retitled.empty();
  auto finish_index = [index, &added_stamp, resync]() -> Status {
    if (!resync) return index->Commit(added_stamp);
    // The catalog side is read before the commit, so that it runs while
    // the last round of merges does.
    WY_ASSIGN_OR_RETURN(search::KbIndexWriter::CatalogSide catalog_side, index->ReadCatalogSide());
    WY_RETURN_IF_ERROR(index->Commit(added_stamp));
    WY_ASSIGN_OR_RETURN(search::SyncCounts applied, index->ApplySync(catalog_side));
    return index->CommitSync(applied);
  };
  const bool enriching = options_.enrich && analysis_.words;
  std::unique_ptr<catalog::Catalog> index_connection;
  // However Finish ends, the thread is joined, then the index reads through
  // the KB's connection again, then index_connection goes.
  struct ReadsBack {
    search::KbIndexWriter* index;
    catalog::Catalog& catalog;
    ~ReadsBack() { index->ReadCatalogThrough(catalog); }
  } reads_back{index, catalog_};
  Status index_finished = Status::Ok();
  std::jthread index_finisher;
  if (enriching) {
    auto connection = catalog::Catalog::Open(catalog_.data_dir());
    if (connection.ok()) {
      index_connection = std::move(connection).value();
    } else {
      log_.Debug("the index finishes before enrichment: " + connection.status().ToString());
    }
  }
  if (index_connection) {
    index_->ReadCatalogThrough(*index_connection);
    catalog::Catalog* connection = index_connection.get();
    index_finisher = std::jthread([&finish_index, &index_finished, connection] {
      NameThisThread("wy-finish");
      index_finished = finish_index();
      // What Add's files wrote goes from the WAL into the database here,
      // beside enrichment (PASSIVE: it waits for no reader or writer; what
      // it leaves, the next checkpoint takes).
      (void)connection->db().Exec("PRAGMA wal_checkpoint(PASSIVE)");
    });
  } else {
    WY_RETURN_IF_ERROR(finish_index());
  }
  if (enriching) {
    // Every document without enrichment: the ones Add stored (storing a
    // document drops what was said of its old text) and any that a crash
    // left between a catalog commit and its enrichment.
    WY_ASSIGN_OR_RETURN(catalog::KnowledgeBase info, catalog_.GetKb(kb_));
    catalog::EnrichmentStore store(catalog_.db());
    WY_ASSIGN_OR_RETURN(std::vector<int64_t> pending, store.UnenrichedDocumentIds(info.id));
    if (!pending.empty()) {
      enrich::EnrichOptions enrich_options;
      enrich_options.jobs = options_.jobs;
      if (words_) {
        log_.Debug("enrichment: the words of " + std::to_string(words_->documents()) +
                   " documents come from the index analysis");
        const AnalysedWords* words = words_.get();
        enrich_options.known_words = [words](int64_t id, std::vector<enrich::WordOccurrence>& out) {
          return words->Find(id, out);
        };
      }
      WY_ASSIGN_OR_RETURN(auto enricher, enrich::KbEnricher::Create(catalog_, kb_, analysis_.words, enrich_options));
      WY_ASSIGN_OR_RETURN(auto enriched, enricher->EnrichDocuments(pending, options_.on_enrich_progress));
      summary.enriched = enriched.documents;
      summary.categorized = enriched.categorized;
      log_.Info("enriched " + std::to_string(enriched.documents) + " documents of " + kb_ + " (" +
                std::to_string(enriched.categorized) + " with categories)");
    }
  }
  words_.reset();  // its scratch file goes
  if (index_finisher.joinable()) {
    index_finisher.join();
    WY_RETURN_IF_ERROR(index_finished);
  }
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
  // Segment merges ran in the background meanwhile (enrichment included);
  // their errors, if any, are the ingest's.
  WY_RETURN_IF_ERROR(index_->WaitForMerges());
  return summary;
}

}  // namespace wenyuan::pipeline
