// A knowledge base's persistent index (DATA/kbs/<kb>/index/), kept in step
// with the catalog, which stays the source of truth.
//
// Every indexed passage stores its catalog row id and a signature of the
// catalog columns it was built from. Sync() compares the two sides and
// fixes the index: passages the catalog no longer has (or has changed) are
// deleted, passages it lacks are added. Each commit records a cheap stamp
// of the catalog (passage count, id sum and maximum, latest ingest time);
// opening for search compares it with the catalog's, and if they differ
// (a crash between a catalog commit and the index commit, or a change made
// without the index) repairs the index first when no writer holds it.
// Signatures and stamp include a fingerprint of the KB's analysis (its user
// dictionary and regional folding), so changing those re-indexes the KB at
// the next open.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "catalog/catalog.h"
#include "index/index_writer.h"
#include "search/index_search.h"

namespace wenyuan::search {

std::filesystem::path KbIndexDir(const std::filesystem::path& data_dir, const std::string& kb);
// Removes the KB's index folder (after `kb drop`).
Status RemoveKbIndex(const std::filesystem::path& data_dir, const std::string& kb);

struct SyncCounts {
  size_t added = 0;
  size_t deleted = 0;
};

class KbIndexWriter {
 public:
  // Waits for the index's writer lock, or with `wait` false fails at once
  // (Timeout) if another process holds it.
  static Result<std::unique_ptr<KbIndexWriter>> Open(catalog::Catalog& catalog, const Analysis& kb_analysis,
                                                     const std::string& kb, bool wait = true);
  // Makes the index hold exactly the catalog's passages, and commits.
  Result<SyncCounts> Sync();
  // After the catalog replaced the documents of source file `path`: the
  // index drops that file's passages and takes its new ones. Commits every
  // `files_per_commit` files.
  Status FileChanged(const std::string& path);
  Status Commit();
  std::shared_ptr<const index::IndexSnapshot> snapshot() const { return writer_->snapshot(); }
  size_t files_per_commit = 50;

 private:
  KbIndexWriter(catalog::Catalog& catalog, Analysis analysis, int64_t kb_id, std::unique_ptr<index::IndexWriter> w,
                std::string fingerprint)
      : catalog_(catalog),
        analysis_(std::move(analysis)),
        kb_id_(kb_id),
        writer_(std::move(w)),
        fingerprint_(std::move(fingerprint)) {}
  Status Add(const IndexablePassage& p);
  catalog::Catalog& catalog_;
  Analysis analysis_;
  int64_t kb_id_;
  std::unique_ptr<index::IndexWriter> writer_;
  std::string fingerprint_;  // of the KB's analysis (user dictionary, regional folding)
  size_t uncommitted_files_ = 0;
};

// The KB's committed index for searching, repaired first if it is behind
// the catalog and no writer holds it.
Result<std::shared_ptr<const index::IndexSnapshot>> OpenKbSnapshot(catalog::Catalog& catalog,
                                                                   const Analysis& kb_analysis, const std::string& kb);

// Opened snapshots per KB, for a long-running server: a query reuses the
// snapshot until the KB's manifest file changes. Thread-safe.
class KbSnapshotCache {
 public:
  Result<std::shared_ptr<const index::IndexSnapshot>> Get(catalog::Catalog& catalog, const Analysis& kb_analysis,
                                                          const std::string& kb);

 private:
  struct Entry {
    std::string manifest_identity;
    std::shared_ptr<const index::IndexSnapshot> snapshot;
  };
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

// The catalog's passages by row id, in the order asked (missing ones left out).
Result<std::vector<catalog::PassageRecord>> LoadPassagesById(catalog::Catalog& catalog,
                                                             const std::vector<int64_t>& ids);

// `wenyuan check KB`: repairs what a crash left (as any open does), then
// verifies every index file's checksum, decodes every posting list, and
// compares the index's live passages with the catalog's. Returns a one-line
// summary, or Corruption naming what is wrong.
Result<std::string> CheckKbIndex(catalog::Catalog& catalog, const Analysis& kb_analysis, const std::string& kb);

}  // namespace wenyuan::search
