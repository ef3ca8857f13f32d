// A knowledge base's persistent index (DATA/kbs/<kb>/index/), kept in step
// with the catalog, which stays the source of truth.
//
// Every indexed passage stores its catalog row id and a signature of the
// catalog columns it was built from. Sync() compares the two sides and
// fixes the index: passages the catalog no longer has (or has changed) are
// deleted, passages it lacks are added. Each commit records a cheap stamp
// of the catalog (the KB's id and generation, which the catalog bumps with
// every change of its documents or passages); opening for search compares
// it with the catalog's, and if they differ
// (a crash between a catalog commit and the index commit, or a change made
// without the index) repairs the index first when no writer holds it.
// Signatures and stamp include a fingerprint of the KB's analysis (its user
// dictionary and regional folding), so changing those re-indexes the KB at
// the next open.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "catalog/catalog.h"
#include "index/index_writer.h"
#include "search/index_search.h"

namespace wenyuan::search {

struct SyncCounts {
  size_t added = 0;
  size_t deleted = 0;
};

class KbIndexWriter {
 public:
  // Waits for the index's writer lock, or with `wait` false fails at once
  // (Timeout) if another process holds it.
  // `buffer_bytes` (0: the index's default) is the memory the writer fills
  // before it writes a segment (index::WriterOptions::max_buffer_bytes).
  static Result<std::unique_ptr<KbIndexWriter>> Open(catalog::Catalog& catalog, const Analysis& kb_analysis,
                                                     const std::string& kb, bool wait = true, size_t buffer_bytes = 0);
  // Stops the appending thread; what it had not appended is dropped.
  ~KbIndexWriter();
  // Makes the index hold exactly the catalog's passages, and commits.
  Result<SyncCounts> Sync();
  // Sync in steps, so that an ingest's last work overlaps the index's
  // merges: ReadCatalogSide reads the catalog's passages (their
  // signatures) and touches no index; ApplySync then deletes and adds what
  // the last commit differs by from them, uncommitted; CommitSync commits
  // if anything changed or the stamp is not the catalog's. The catalog
  // must not change the KB's passages between the first and the last step.
  // Sync() is the three in a row.
  struct CatalogSide {
    std::unordered_map<int64_t, uint64_t> signatures;  // passage id → signature
  };
  Result<CatalogSide> ReadCatalogSide();
  Result<SyncCounts> ApplySync(const CatalogSide& catalog_side);
  Status CommitSync(const SyncCounts& applied);
  // After the catalog replaced the documents of source file `path`: the
  // index drops that file's passages and takes its new ones. Commits every
  // `files_per_commit` files. Passages are read from the catalog in chunks
  // and each chunk analysed on `jobs` threads, then appended in catalog
  // order on one appending thread while the next chunk is analysed, so
  // memory stays bounded for a file of any size and the index is the same
  // whatever `jobs` is.
  Status FileChanged(const std::string& path);
  // The same in steps, for a file whose documents the catalog stores in
  // batches inside one open transaction, so the index takes each batch
  // while the next is read: BeginFile drops the file's passages, AddDocuments
  // reads the passages of the given documents back (in the order given,
  // each by passage number), analyses them and queues them for the
  // appending thread, EndFile waits for them and counts the file toward
  // a commit. If the catalog's transaction is then rolled back, call
  // FileChanged(path): it puts back what the catalog holds.
  // AddDocuments commits once `passages_per_commit` passages were added
  // since the last commit, with a stamp no catalog has (the index is behind
  // until the file's end), so a large file's segments are merged while the
  // rest of it is read; searches meanwhile may see part of the file.
  Status BeginFile(const std::string& path);
  Status AddDocuments(const std::vector<int64_t>& document_ids);
  Status EndFile();
  // The file between BeginFile and EndFile ("" if none).
  const std::string& file_under_way() const { return file_under_way_; }
  Status Commit();
  // The catalog's stamp now, and a commit recording one taken earlier: for
  // a caller that changes the catalog before it commits what the index
  // held of it (the stamp must describe the catalog whose passages the
  // commit holds, so that a crash after it leaves the index behind).
  Result<std::string> CatalogStampNow();
  Status Commit(const std::string& stamp);
  // Waits for the index's background merges (index::IndexWriter::WaitForMerges).
  Status WaitForMerges();
  std::shared_ptr<const index::IndexSnapshot> snapshot() const { return writer_->snapshot(); }
  // Reads the catalog through `connection` (another connection to the same
  // catalog, which must outlive its use) from now on, so that the writer
  // can be driven from a thread other than the one using the first. The
  // writer only reads the catalog.
  void ReadCatalogThrough(catalog::Catalog& connection) { catalog_ = &connection; }
  size_t files_per_commit = 50;
  size_t passages_per_commit = 50000;  // 0: commits at file ends only
  size_t jobs = 1;                     // threads that analyse passages (Sync and FileChanged)
  // When set, called with each chunk of passages analysed (in catalog order:
  // by document, then passage number) and the word analyser's tokens of
  // each (MakeIndexDocument's `words`), on the calling thread, so that
  // enrichment reads them instead of analysing the texts again.
  std::function<void(const std::vector<IndexablePassage>& rows, std::vector<std::vector<text::Token>>& words)> on_words;

 private:
  KbIndexWriter(catalog::Catalog& catalog, Analysis analysis, std::string kb, int64_t kb_id,
                std::unique_ptr<index::IndexWriter> w, std::string fingerprint);
  class Appender;
  // Analyses `rows` on `jobs` threads, then queues them for the appending
  // thread (waiting while kMaxQueuedChunks are queued).
  Status AddAll(const std::vector<IndexablePassage>& rows);
  // Waits until every queued chunk is appended; every other use of writer_
  // first. Returns (and clears) the first error of an append.
  Status AwaitAppend();
  catalog::Catalog* catalog_;  // what the writer reads the catalog through
  Analysis analysis_;
  std::string kb_;
  int64_t kb_id_;
  std::unique_ptr<index::IndexWriter> writer_;
  std::string fingerprint_;  // of the KB's analysis (user dictionary, regional folding)
  size_t uncommitted_files_ = 0;
  size_t uncommitted_passages_ = 0;
  std::string file_under_way_;
  std::unique_ptr<Appender> appender_;  // started by the first AddAll with jobs > 1
};

// The KB's committed index for searching, repaired first if it is behind
// the catalog and no writer holds it.
Result<std::shared_ptr<const index::IndexSnapshot>> OpenKbSnapshot(catalog::Catalog& catalog,
                                                                   const Analysis& kb_analysis, const std::string& kb);

// The KB's committed index if it is in step with the catalog (its stamp
// matches), or null if it is behind or absent; never repairs, so it writes
// nothing (a server opens KBs ahead with it: search/kb_session.h).
Result<std::shared_ptr<const index::IndexSnapshot>> OpenKbSnapshotIfCurrent(catalog::Catalog& catalog,
                                                                            const Analysis& kb_analysis,
                                                                            const std::string& kb);

// The catalog's passages by row id, in the order asked (missing ones left out).
Result<std::vector<catalog::PassageRecord>> LoadPassagesById(catalog::Catalog& catalog,
                                                             const std::vector<int64_t>& ids);

// `wenyuan check KB`: repairs what a crash left (as any open does), then
// verifies every index file's checksum, decodes every posting list, and
// compares the index's live passages with the catalog's. Returns a one-line
// summary, or Corruption naming what is wrong.
Result<std::string> CheckKbIndex(catalog::Catalog& catalog, const Analysis& kb_analysis, const std::string& kb);

}  // namespace wenyuan::search
