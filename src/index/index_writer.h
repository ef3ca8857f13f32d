// IndexWriter: the one writer of an index folder (an exclusive flock on
// DIR/LOCK, held for the writer's life; a second writer waits for it).
//
// Added documents go to an in-memory buffer, flushed into a new segment when
// it grows past a limit or at Commit. Deletes mark per-segment deletion
// bitmaps (and drop buffered documents). Commit writes the new segment and
// bitmap files, then publishes a new manifest atomically; until then nothing
// of the batch is visible, and a crash loses only the uncommitted batch.
// After each commit the tiered merge policy runs a round of merges, as many
// as it finds work for in the committed layout (at most kMaxMergesPerRound;
// each merge bounded by its max_merge_docs): by default on a merge thread
// of the writer's own while documents go on being added, or inline in
// Commit. The next Commit waits for the round to end before it
// publishes, so the segment layout (and the statistics that count deleted
// documents until a merge drops them) is a function of the documents, the
// deletes and the commit points, the same whatever the threads' timing. A merge writes its
// segment whole, then publishes a manifest that names it instead of its
// inputs (deletes that arrived meanwhile are carried over), so a crash at
// any point leaves the last published manifest intact. Files no manifest
// names are removed (readers keep their mapped copies). One thread drives
// the writer (the methods below; not thread-safe among themselves); the
// merge thread is the writer's own business, and readers use IndexSnapshot
// and never wait for it.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
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
  // Merges on the writer's merge thread (false: inline, at the end of Commit).
  bool merge_in_background = true;
  bool wait_for_lock = true;  // false: fail at once (Timeout) if another writer holds it
};

// The most merges one commit's round makes. A round after N flushes needs
// about N / (segments_per_tier - 1) merges; this only bounds a pathological
// policy.
inline constexpr size_t kMaxMergesPerRound = 1024;

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
  // `commit_data` recorded in the manifest, once the last commit's merges
  // are done (a background merge's error is returned here).
  Status Commit(std::map<std::string, std::string> commit_data = {});
  // Merges down to one segment (used by tests and `check --optimize`-like tools).
  Status ForceMerge();
  // Waits until the merge thread has nothing left to merge; returns the
  // first error a background merge met since the last call (a later Commit
  // returns it too). The destructor waits the same way.
  Status WaitForMerges();

  // The last published state (a commit's, or a merge's since).
  std::shared_ptr<const IndexSnapshot> snapshot() const;
  size_t buffered() const { return buffer_.live_docs(); }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  IndexWriter(std::filesystem::path dir, int lock_fd, WriterOptions options)
      : dir_(std::move(dir)), lock_fd_(lock_fd), options_(std::move(options)) {}
  Status Flush();
  // The members below marked "mu_" are held while these run.
  DeletionBitmap& PendingBitmap(const SnapshotSegment& seg);
  Status Publish(Manifest manifest, std::vector<SnapshotSegment> segments);
  void RemoveUnreferencedFiles() const;
  std::string NewSegmentName();
  // Merges the group (indexes into the current segments; empty: the merge
  // policy's pick, while the last commit's round has merges left) and
  // publishes the result; `merged` says whether it did.
  // Takes mu_ itself, and releases it while the segment is written.
  Status MergeOnce(std::vector<size_t> group, bool* merged);
  // Replaces `inputs` (if all still there, in order) by the merged segment.
  Status InstallMerge(const std::vector<SnapshotSegment>& inputs, SnapshotSegment merged, const MergedSegment& result);
  void MergeThread();
  void StartMerges();

  std::filesystem::path dir_;
  int lock_fd_ = -1;
  WriterOptions options_;
  SegmentBuffer buffer_;  // only the driving thread touches it

  mutable std::mutex mu_;
  std::shared_ptr<const IndexSnapshot> snapshot_;  // mu_
  uint64_t next_segment_ = 1;                      // mu_
  // mu_: the last commit's round: its merges' names, reserved by Commit
  // (one per merge the policy finds in the committed layout), and how many
  // of them the round has taken.
  uint64_t round_first_name_ = 0;
  size_t round_merges_ = 0, round_merges_done_ = 0;
  std::set<std::string> being_written_;  // mu_: segments not yet flushed_ or published
  // Uncommitted (mu_).
  std::vector<SnapshotSegment> flushed_;
  std::map<std::string, DeletionBitmap> pending_deletes_;  // by segment name
  // The merge thread (mu_).
  std::thread merger_;
  std::condition_variable merge_wanted_cv_, merge_idle_cv_;
  bool merge_wanted_ = false, merging_ = false, stopping_ = false;
  Status merge_status_ = Status::Ok();
};

}  // namespace wenyuan::index
