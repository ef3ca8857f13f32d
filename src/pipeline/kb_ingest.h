// KbIngest: the one way files enter a knowledge base, shared by `wenyuan
// ingest` and the server's upload jobs, so both do exactly the same:
//   1. the Ingester reads, cleans and stores each file's documents in the
//      catalog (ingest/), one transaction per file;
//   2. the KB's index follows batch by batch (each batch of a file's
//      documents as soon as the catalog wrote it, appended on a thread of
//      its own while the next batch is read) and is committed every few
//      files and in Finish (search/kb_index.h; opening it first repairs
//      what a crash left);
//   3. documents without enrichment (new and changed ones, and any a crash
//      left unenriched) get keywords, a summary and categories (enrich/),
//      unless options say not to; the words the index analysis found in
//      the documents of step 2 are kept for it (analysed_words.h), so their
//      texts are not analysed twice; meanwhile the index's last commits
//      (what step 2 gave, then titles replaced for repeating across the KB)
//      run on a thread of their own with a catalog connection of their own,
//      so the merges they wait for do not run alone;
//   4. when an embedder is configured, the KB's vectors follow its passages
//      (vector/kb_vectors.h).
// Open also promotes near-duplicates left without an original
// (ingest/orphaned_duplicates.h) before bringing the index in step.
// The index writer's lock is held from Open to destruction: one KbIngest
// per knowledge base at a time (another waits or fails with a clear error).
// Use from one thread.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "ingest/ingester.h"
#include "pipeline/analysed_words.h"
#include "search/kb_index.h"
#include "search/kb_session.h"
#include "util/log.h"
#include "vector/embedder_config.h"

namespace wenyuan::pipeline {

struct KbIngestOptions {
  bool enrich = true;
  size_t jobs = 1;                // threads for cleaning, analysis and enrichment
  size_t index_buffer_bytes = 0;  // index memory before a segment is written (0: default, 64 MiB)
  // Passages after which a large file commits the index on its way, so its
  // segments merge during the ingest (0: the default, 50,000).
  size_t index_passages_per_commit = 0;
  // A record file over this size is read as a stream of records in chunks
  // of about stream_chunk_bytes, each chunk's documents a batch (0: the
  // Ingester's defaults, 32 MiB and 8 MiB).
  uint64_t stream_record_files_over = 0;
  size_t stream_chunk_bytes = 0;
  vector::EmbedderConfig embedder;  // not configured: no vectors
  // Progress of storing files (ingest/ingester.h), and of enrichment.
  std::function<void(const ingest::IngestProgress&)> on_progress;
  std::function<void(size_t done, size_t total)> on_enrich_progress;
};

struct KbIngestSummary {
  size_t enriched = 0;
  size_t categorized = 0;
  size_t vectors_added = 0, vectors_removed = 0;
};

class KbIngest {
 public:
  // Ingests into the KB `kb` resolved (search/kb_session.h): its catalog
  // connection and its analysis (user dictionary, regional folding).
  static Result<std::unique_ptr<KbIngest>> Open(const search::KbSession& kb, Logger& log, KbIngestOptions options = {});

  // Stores the files (and folders) and updates the index for each; may be
  // called several times. Fails as a whole only for a missing KB or path.
  Result<ingest::IngestReport> Add(const std::vector<std::filesystem::path>& paths);

  // Commits the index, enriches what Add changed and updates the vectors.
  Result<KbIngestSummary> Finish();

  // Gives the catalog connection its page cache size back.
  ~KbIngest();

 private:
  KbIngest(catalog::Catalog& catalog, std::string kb, Logger& log, KbIngestOptions options)
      : catalog_(catalog), kb_(std::move(kb)), log_(log), options_(std::move(options)) {}

  catalog::Catalog& catalog_;
  std::string kb_;
  Logger& log_;
  KbIngestOptions options_;
  search::Analysis analysis_;
  std::unique_ptr<search::KbIndexWriter> index_;
  ingest::ReaderRegistry readers_;
  std::unique_ptr<ingest::Ingester> ingester_;
  std::unique_ptr<AnalysedWords> words_;  // of what Add indexed, for enrichment (null: not enriching)
  // The connection's page cache size before Open raised it (PRAGMA
  // cache_size's value), put back on destruction; 0: not changed.
  int64_t cache_size_before_ = 0;
  // The connection's WAL auto-checkpoint (PRAGMA wal_autocheckpoint) before
  // Open turned it off, put back on destruction; -1: not changed. The WAL
  // is copied into the database on the index's thread in Finish, beside
  // enrichment, instead of on this thread at each file's commit.
  int64_t autocheckpoint_before_ = -1;
};

}  // namespace wenyuan::pipeline
