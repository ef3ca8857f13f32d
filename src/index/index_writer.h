// IndexWriter: the one writer of an index folder (an exclusive flock on
// DIR/LOCK, held for the writer's life; a second writer waits for it).
//
// Added documents go to an in-memory buffer, flushed into a new segment when
// it grows past a limit or at Commit. Deletes mark per-segment deletion
// bitmaps (and drop buffered documents). Commit writes the new segment and
// bitmap files, then publishes a new manifest atomically; until then nothing
// of the batch is visible, and a crash loses only the uncommitted batch.
// After each commit the tiered merge policy runs inline (bounded by its
// max_merge_docs), and files no manifest names are removed (readers keep
// their mapped copies). Not thread-safe: one thread drives the writer;
// readers use IndexSnapshot and never wait for it.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "index/index_document.h"
#include "index/index_snapshot.h"
#include "index/segment_buffer.h"
#include "index/segment_merger.h"
#include "util/status.h"

namespace wenyuan::index {

struct WriterOptions {
  size_t max_buffered_docs = 100000;
  // Flush a segment when the buffer has allocated this much (SegmentBuffer::
  // ApproximateBytes); with merges that stream their output and drop what
  // they read, this is what bounds the writer's memory.
  size_t max_buffer_bytes = size_t{64} << 20;
  MergePolicy merge_policy;
  bool merge_on_commit = true;
  bool wait_for_lock = true;  // false: fail at once (Timeout) if another writer holds it
};

class IndexWriter {
 public:
  static Result<std::unique_ptr<IndexWriter>> Open(const std::filesystem::path& dir, WriterOptions options = {});
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  Status Add(IndexDocument doc);
  // Deletes every document, committed or buffered, with this keyword term.
  Status DeleteByKeyword(std::string_view keyword);
  // Deletes the documents of these catalog passage ids.
  Status DeletePassages(const std::unordered_set<int64_t>& passage_ids);
  // Publishes everything added and deleted since the last commit, with
  // `commit_data` recorded in the manifest.
  Status Commit(std::map<std::string, std::string> commit_data = {});
  // Merges down to one segment (used by tests and `check --optimize`-like tools).
  Status ForceMerge();

  // The last committed state.
  std::shared_ptr<const IndexSnapshot> snapshot() const { return snapshot_; }
  size_t buffered() const { return buffer_.live_docs(); }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  IndexWriter(std::filesystem::path dir, int lock_fd, WriterOptions options)
      : dir_(std::move(dir)), lock_fd_(lock_fd), options_(std::move(options)) {}
  Status Flush();
  DeletionBitmap& PendingBitmap(const SnapshotSegment& seg);
  Status Publish(Manifest manifest, std::vector<SnapshotSegment> segments);
  Status MergeGroup(const std::vector<size_t>& group);
  void RemoveUnreferencedFiles() const;
  std::string NewSegmentName();

  std::filesystem::path dir_;
  int lock_fd_ = -1;
  WriterOptions options_;
  std::shared_ptr<const IndexSnapshot> snapshot_;
  uint64_t next_segment_ = 1;
  // Uncommitted.
  SegmentBuffer buffer_;
  std::vector<SnapshotSegment> flushed_;
  std::map<std::string, DeletionBitmap> pending_deletes_;  // by segment name
};

}  // namespace wenyuan::index
