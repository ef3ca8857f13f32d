// Ingester: files and folders in, documents and passages in the catalog out.
//
// For each file: read it (size-capped; a record file — JSON Lines, `key:
// value` records, <page> crawl files — over the cap, or over
// stream_record_files_over, is read as a stream of records instead, records
// crossing chunk boundaries, with the documents a whole read gives and the
// size limit applying per record; UTF-16 ones are read whole),
// hash it, skip it if the catalog has the same bytes for the same path;
// else extract its documents (a crawl or record file holds many), clean
// each, drop failed pages (nothing left, or only a loading notice) with
// their reason, mark near-duplicates of
// documents already in the KB (SimHash, looked up in a banded index; kept
// as records without passages), chunk the rest, and replace the file's
// documents in one transaction; near-duplicates elsewhere whose original
// the file changed or removed get passages of their own in it. A
// file that fails is reported and skipped; the others still go in. Folders
// are walked recursively in name order; hidden entries and files no reader
// takes are skipped. Progress and a summary go to the Logger.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "catalog/catalog.h"
#include "clean/boilerplate_filter.h"
#include "clean/near_duplicate.h"
#include "ingest/document_preparer.h"
#include "ingest/document_reader.h"
#include "ingest/passage_chunker.h"
#include "text/script_detector.h"
#include "util/log.h"

namespace wenyuan::ingest {

struct FileResult;

// Where an Ingest call stands, for a progress display.
struct IngestProgress {
  size_t files_done = 0, files_total = 0;
  size_t documents = 0;                      // stored so far, duplicates included
  uint64_t bytes_done = 0, bytes_total = 0;  // of the input files (within one, by its documents)
};

struct IngestOptions {
  // A larger file is refused, but for a record file (JSON Lines, `key:
  // value` records, <page> crawl files): that is read as a stream of
  // records, each at most max_record_bytes (a record or line longer is
  // skipped with a warning naming its line), in memory bounded by the
  // chunk and record sizes, whatever the file's size.
  uint64_t max_file_bytes = 256ull << 20;
  size_t max_record_bytes = size_t{16} << 20;
  // A record file over this size is streamed even when it is under
  // max_file_bytes, so memory does not grow with the file.
  uint64_t stream_record_files_over = 32ull << 20;
  // A streamed file is read in chunks of whole lines of about this size.
  size_t stream_chunk_bytes = size_t{8} << 20;
  // Threads that clean and analyse a file's documents (hash, script,
  // fingerprint, passages); storing stays in document order on the
  // calling thread, so the result is the same for every value.
  size_t jobs = 1;
  ChunkOptions chunking;
  // Detects each document's script when set; else the script is "unknown".
  std::shared_ptr<const text::ScriptDetector> script_detector;
  // Called after the catalog committed a file's new documents (added or
  // updated), e.g. to update the search index (of the file, and of the
  // files in `also_changed`); an error stops the ingest.
  std::function<Status(const FileResult&)> after_file_stored;
  // Called after each batch of a file's documents is written, inside the
  // file's still open transaction, with the ids of the batch's documents in
  // order (e.g. for the index to take their passages while the next batch
  // is read and cleaned); an error fails the file and stops the ingest. If
  // the file fails after a batch was handed on, after_file_failed is called
  // once its transaction is rolled back (e.g. for the index to take back
  // what the catalog holds); its error stops the ingest.
  std::function<Status(const std::string& path, const std::vector<int64_t>& document_ids)> after_batch_stored;
  std::function<Status(const std::string& path)> after_file_failed;
  // Called as files and their documents are done (often: throttle the
  // display).
  std::function<void(const IngestProgress&)> on_progress;
};

enum class IngestOutcome { kAdded, kUpdated, kUnchanged, kFailed };

struct SkippedPart {
  std::string source;  // "path" or "path#part"
  std::string reason;
};

struct FileResult {
  std::string path;
  IngestOutcome outcome = IngestOutcome::kFailed;
  int64_t document_id = 0;            // the first document's
  std::vector<int64_t> document_ids;  // every document stored (added or updated files)
  size_t documents = 0;               // stored, duplicates included
  size_t passages = 0;
  size_t removed = 0;                                       // documents the file no longer holds
  std::vector<SkippedPart> failed_parts;                    // pages not indexed, with why
  std::vector<std::string> warnings;                        // "source: what", from the readers
  std::vector<std::pair<std::string, int64_t>> duplicates;  // source, duplicate of
  // Near-duplicates elsewhere whose original this file changed or removed,
  // given passages of their own in the same transaction; and the other
  // source files whose passages that changed (for the index to follow).
  std::vector<int64_t> promoted;
  std::vector<std::string> also_changed;
  size_t batches_handed_on = 0;  // to IngestOptions::after_batch_stored
  uint64_t bytes_in = 0;         // file size
  uint64_t bytes_out = 0;        // cleaned text stored
  Status error;                  // set when kFailed
};

struct IngestReport {
  std::vector<FileResult> files;
  std::chrono::duration<double> elapsed{0};
  size_t Count(IngestOutcome o) const;
  size_t Documents() const;
  size_t Passages() const;
  size_t FailedParts() const;
  size_t Duplicates() const;
  uint64_t BytesIn() const;
  uint64_t BytesOut() const;
  // The documents of the files that were added or updated, for enrichment.
  std::vector<int64_t> ChangedDocumentIds() const;
  // "32 files: 30 added, ...; 40 documents, 90 passages, ..."
  std::string Summary() const;
};

class Ingester {
 public:
  Ingester(catalog::Catalog& catalog, const ReaderRegistry& readers, Logger& log, IngestOptions options = {})
      : catalog_(catalog), readers_(readers), log_(log), options_(std::move(options)) {}

  // Fails as a whole only if the KB does not exist or a path does not; the
  // fate of each file is in the report.
  Result<IngestReport> Ingest(const std::string& kb_name, const std::vector<std::filesystem::path>& paths);

  // One file, already known to exist.
  FileResult IngestFile(const catalog::KnowledgeBase& kb, const std::filesystem::path& path);

 private:
  struct FileWrite;
  struct Batch;
  using NextBatch = std::function<Result<bool>(Batch&)>;
  // Replaces the file's documents with those `next_batch` gives (false: no
  // more) and promotes the near-duplicates that lose their original, in
  // one transaction; keeps the index of originals in step. With jobs > 1
  // the next batch is read, cleaned and analysed on a thread of its own
  // while this one is written.
  Status WriteFile(const catalog::KnowledgeBase& kb, const std::filesystem::path& canonical, const std::string& hash,
                   const NextBatch& next_batch, FileResult& result);
  // Each document's own work (hash, script, fingerprint, passages): needs
  // no other document, so it runs ahead with the reading.
  void AnalyseBatch(Batch& batch, const std::filesystem::path& canonical, const std::string& path) const;
  // Logs the file's records that were not indexed, a bounded number of them.
  void LogNotIndexed(const FileResult& r);
  // Marks the batch's near-duplicates (in document order) and writes it.
  Status AddBatch(Batch& batch, FileWrite& write, FileResult& result);

  catalog::Catalog& catalog_;
  const ReaderRegistry& readers_;
  Logger& log_;
  IngestOptions options_;
  // Fingerprints of the KB's original documents, loaded per Ingest call
  // and kept in step with every file stored.
  clean::NearDuplicateIndex near_duplicates_;
  IngestProgress progress_;  // of the Ingest call under way
  Status hook_error_;        // of after_batch_stored: stops the Ingest call
  // Site boilerplate learnt from a folder's web pages, per folder, learnt
  // when the first changed page of that folder is ingested.
  std::map<std::filesystem::path, clean::SiteBoilerplate> folder_sites_;
};

}  // namespace wenyuan::ingest
