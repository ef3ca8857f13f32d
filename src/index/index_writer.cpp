#include "index/index_writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <utility>

#include "util/free_memory.h"
#include "util/thread_name.h"

namespace wenyuan::index {
namespace fs = std::filesystem;

Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(const fs::path& dir, WriterOptions options) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError(dir.string() + ": cannot create index folder: " + ec.message());
  const fs::path lock_path = dir / "LOCK";
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError(lock_path.string() + ": cannot open: " + std::strerror(errno));
  while (::flock(fd, options.wait_for_lock ? LOCK_EX : LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) continue;
    Status s = errno == EWOULDBLOCK ? Status::Timeout(lock_path.string() + ": the index is locked by another writer")
                                    : Status::IOError(lock_path.string() + ": cannot lock: " + std::strerror(errno));
    ::close(fd);
    return s;
  }
  std::unique_ptr<IndexWriter> writer(new IndexWriter(dir, fd, options));
  WY_ASSIGN_OR_RETURN(writer->snapshot_, IndexSnapshot::Open(dir));
  writer->next_segment_ = writer->snapshot_->manifest().next_segment;
  writer->RemoveUnreferencedFiles();  // what a crash left half-written
  return writer;
}

IndexWriter::~IndexWriter() {
  if (merger_.joinable()) {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;  // after the merges already wanted
    }
    merge_wanted_cv_.notify_all();
    merger_.join();
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

std::shared_ptr<const IndexSnapshot> IndexWriter::snapshot() const {
  std::lock_guard lock(mu_);
  return snapshot_;
}

namespace {
std::string SegmentName(uint64_t number) {
  char name[32];
  std::snprintf(name, sizeof name, "seg_%06llu", static_cast<unsigned long long>(number));
  return name;
}
}  // namespace

std::string IndexWriter::NewSegmentName() {
  std::string name = SegmentName(next_segment_++);
  being_written_.insert(name);
  return name;
}

Status IndexWriter::Add(IndexDocument doc) {
  buffer_.Add(doc);
  if (buffer_.docs() >= options_.max_buffered_docs || buffer_.ApproximateBytes() >= options_.max_buffer_bytes) {
    return Flush();
  }
  return Status::Ok();
}

Status IndexWriter::Flush() {
  if (buffer_.docs() == 0) return Status::Ok();
  if (buffer_.live_docs() == 0) {  // all deleted again before the commit
    buffer_.Clear();
    return Status::Ok();
  }
  std::string name;
  {
    std::lock_guard lock(mu_);
    name = NewSegmentName();
  }
  auto written = [&]() -> Result<std::pair<DeletionBitmap, SnapshotSegment>> {
    WY_ASSIGN_OR_RETURN(DeletionBitmap deleted, buffer_.Write(dir_, name));
    SegmentEntry entry{name, buffer_.docs(), 0, 0};
    WY_ASSIGN_OR_RETURN(SnapshotSegment seg, OpenSnapshotSegment(dir_, entry));
    // What reached the disk reads back intact (read whole, a window at a
    // time: not kept resident).
    WY_RETURN_IF_ERROR(seg.reader->VerifyChecksumsAndRelease());
    return std::pair{std::move(deleted), std::move(seg)};
  }();
  std::lock_guard lock(mu_);
  being_written_.erase(name);
  if (!written.ok()) return written.status();
  auto& [deleted, seg] = *written;
  if (deleted.deleted() > 0) pending_deletes_.emplace(name, std::move(deleted));
  flushed_.push_back(std::move(seg));
  buffer_.Clear();
  ReturnFreeMemory();  // what the buffer and its writing freed
  return Status::Ok();
}

DeletionBitmap& IndexWriter::PendingBitmap(const SnapshotSegment& seg) {
  auto it = pending_deletes_.find(seg.entry.name);
  if (it == pending_deletes_.end()) it = pending_deletes_.emplace(seg.entry.name, *seg.deletions).first;
  return it->second;
}

Status IndexWriter::DeleteByKeyword(std::string_view keyword) {
  buffer_.DeleteKeyword(keyword);
  const std::string key = TermKey(Field::kKeyword, keyword);
  std::lock_guard lock(mu_);
  auto apply = [&](const SnapshotSegment& seg) -> Status {
    WY_ASSIGN_OR_RETURN(auto info, seg.reader->Find(key));
    if (!info) return Status::Ok();
    PostingsCursor cursor = seg.reader->Cursor(*info);
    for (uint32_t d = cursor.doc(); d != kNoMoreDocs; d = cursor.Next()) PendingBitmap(seg).Delete(d);
    if (!cursor.status().ok())
      return Status::Corruption("corrupt segment " + seg.entry.name + ": " + cursor.status().message());
    return Status::Ok();
  };
  for (const auto& seg : snapshot_->segments()) WY_RETURN_IF_ERROR(apply(seg));
  for (const auto& seg : flushed_) WY_RETURN_IF_ERROR(apply(seg));
  return Status::Ok();
}

Status IndexWriter::DeletePassages(const std::unordered_set<int64_t>& passage_ids) {
  if (passage_ids.empty()) return Status::Ok();
  buffer_.DeletePassages(passage_ids);
  std::lock_guard lock(mu_);
  auto apply = [&](const SnapshotSegment& seg) -> Status {
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      WY_ASSIGN_OR_RETURN(DocValues values, seg.reader->Doc(d));
      if (passage_ids.count(values.passage_id)) PendingBitmap(seg).Delete(d);
    }
    return Status::Ok();
  };
  for (const auto& seg : snapshot_->segments()) WY_RETURN_IF_ERROR(apply(seg));
  for (const auto& seg : flushed_) WY_RETURN_IF_ERROR(apply(seg));
  return Status::Ok();
}

Status IndexWriter::Commit(std::map<std::string, std::string> commit_data) {
  WY_RETURN_IF_ERROR(Flush());
  // The merges of the last commit end before this one publishes, so which
  // segments a merge takes (and which deleted documents it drops, which the
  // BM25 statistics count until then) follows from the documents and the
  // commit points alone, not from the merge thread's speed.
  WY_RETURN_IF_ERROR(WaitForMerges());
  {
    std::lock_guard lock(mu_);
    if (!merge_status_.ok()) return std::exchange(merge_status_, Status::Ok());
    Manifest manifest = snapshot_->manifest();
    manifest.generation += 1;
    manifest.commit_data = std::move(commit_data);
    std::vector<SnapshotSegment> all = snapshot_->segments();
    for (auto& seg : flushed_) all.push_back(std::move(seg));
    flushed_.clear();
    std::vector<SnapshotSegment> kept;
    manifest.segments.clear();
    for (auto& seg : all) {
      auto pending = pending_deletes_.find(seg.entry.name);
      if (pending != pending_deletes_.end() && pending->second.deleted() != seg.deletions->deleted()) {
        if (pending->second.deleted() == seg.entry.docs) continue;  // nothing left: drop the segment
        seg.entry.deletion_generation = manifest.generation;
        seg.entry.deleted = pending->second.deleted();
        WY_RETURN_IF_ERROR(pending->second.Write(dir_ / seg.entry.DeletionFileName()));
        seg.deletions = std::make_shared<const DeletionBitmap>(std::move(pending->second));
      }
      manifest.segments.push_back(seg.entry);
      kept.push_back(std::move(seg));
    }
    pending_deletes_.clear();
    if (options_.merge_on_commit) {
      // The round's merges take names reserved here, so they do not depend
      // on how they interleave with the flushes of the next batch either.
      // No commit comes between them, so the policy's picks, and how many
      // there are, follow from this layout alone.
      round_first_name_ = next_segment_;
      round_merges_ = options_.merge_policy.MergesUntilDone(manifest.segments, kMaxMergesPerRound);
      round_merges_done_ = 0;
      next_segment_ += round_merges_;
    }
    WY_RETURN_IF_ERROR(Publish(std::move(manifest), std::move(kept)));
  }
  if (!options_.merge_on_commit) return Status::Ok();
  if (options_.merge_in_background) {
    StartMerges();
    return Status::Ok();
  }
  for (bool merged = true; merged;) WY_RETURN_IF_ERROR(MergeOnce({}, &merged));
  return Status::Ok();
}

Status IndexWriter::Publish(Manifest manifest, std::vector<SnapshotSegment> segments) {
  manifest.next_segment = next_segment_;
  WY_RETURN_IF_ERROR(WriteManifest(dir_, manifest));
  snapshot_ = std::make_shared<const IndexSnapshot>(std::move(manifest), std::move(segments));
  RemoveUnreferencedFiles();
  return Status::Ok();
}

void IndexWriter::StartMerges() {
  {
    std::lock_guard lock(mu_);
    merge_wanted_ = true;
  }
  if (!merger_.joinable()) merger_ = std::thread([this] { MergeThread(); });
  merge_wanted_cv_.notify_all();
}

void IndexWriter::MergeThread() {
  NameThisThread("wy-merge");
  std::unique_lock lock(mu_);
  while (true) {
    merge_wanted_cv_.wait(lock, [&] { return merge_wanted_ || stopping_; });
    if (!merge_wanted_) break;  // stopping, nothing left
    merge_wanted_ = false;
    merging_ = true;
    lock.unlock();
    Status s = Status::Ok();
    for (bool merged = true; merged && s.ok();) s = MergeOnce({}, &merged);
    lock.lock();
    if (!s.ok() && merge_status_.ok()) merge_status_ = std::move(s);
    merging_ = false;
    merge_idle_cv_.notify_all();
  }
}

Status IndexWriter::WaitForMerges() {
  std::unique_lock lock(mu_);
  merge_idle_cv_.wait(lock, [&] { return !merge_wanted_ && !merging_; });
  return std::exchange(merge_status_, Status::Ok());
}

Status IndexWriter::MergeOnce(std::vector<size_t> group, bool* merged) {
  *merged = false;
  std::vector<SnapshotSegment> inputs;
  std::string name;
  {
    std::lock_guard lock(mu_);
    if (!group.empty()) {
      name = NewSegmentName();
    } else {  // the policy's pick, one of the round's reserved merges
      if (round_merges_done_ == round_merges_) return Status::Ok();
      group = options_.merge_policy.Pick(snapshot_->manifest().segments);
      if (group.empty()) return Status::Ok();
      name = SegmentName(round_first_name_ + round_merges_done_++);
      being_written_.insert(name);
    }
    for (size_t i : group) inputs.push_back(snapshot_->segments()[i]);
  }
  // The inputs are immutable files: they are read and the output written
  // without the lock, while documents are added and commits publish.
  auto written = [&]() -> Result<std::pair<MergedSegment, SnapshotSegment>> {
    for (const auto& seg : inputs) {
      // Damage must not be copied under a fresh checksum.
      WY_RETURN_IF_ERROR(seg.reader->VerifyChecksumsAndRelease());
    }
    WY_ASSIGN_OR_RETURN(MergedSegment result, MergeSegments(inputs, dir_, name));
    SnapshotSegment seg;
    if (result.docs > 0) {
      WY_ASSIGN_OR_RETURN(seg, OpenSnapshotSegment(dir_, SegmentEntry{name, result.docs, 0, 0}));
      WY_RETURN_IF_ERROR(seg.reader->VerifyChecksumsAndRelease());
    }
    return std::pair{std::move(result), std::move(seg)};
  }();
  ReturnFreeMemory();  // what the merge's postings, titles and dictionary held
  std::lock_guard lock(mu_);
  being_written_.erase(name);
  if (!written.ok()) {
    RemoveUnreferencedFiles();
    return written.status();
  }
  *merged = true;
  return InstallMerge(inputs, std::move(written->second), written->first);
}

Status IndexWriter::InstallMerge(const std::vector<SnapshotSegment>& inputs, SnapshotSegment merged,
                                 const MergedSegment& result) {
  const auto& current = snapshot_->segments();
  size_t first = 0;
  while (first < current.size() && current[first].entry.name != inputs.front().entry.name) ++first;
  bool still_there = first + inputs.size() <= current.size();
  for (size_t k = 0; still_there && k < inputs.size(); ++k) {
    still_there = current[first + k].entry.name == inputs[k].entry.name;
  }
  if (!still_there) {  // a commit dropped an input whose documents were all deleted: try again later
    RemoveUnreferencedFiles();
    return Status::Ok();
  }
  Manifest manifest = snapshot_->manifest();
  manifest.generation += 1;
  // Deletes committed or made since the merge read its inputs apply to the
  // merged documents too.
  DeletionBitmap carried(result.docs), pending(result.docs);
  bool any_pending = false;
  for (size_t k = 0; k < inputs.size(); ++k) {
    const auto& map = result.doc_map[k];
    const DeletionBitmap& committed = *current[first + k].deletions;
    auto uncommitted = pending_deletes_.find(inputs[k].entry.name);
    for (uint32_t d = 0; d < map.size(); ++d) {
      if (map[d] == kNoMoreDocs) continue;
      if (committed.IsDeleted(d)) carried.Delete(map[d]), pending.Delete(map[d]);
      if (uncommitted != pending_deletes_.end() && uncommitted->second.IsDeleted(d)) {
        pending.Delete(map[d]);
        any_pending = true;
      }
    }
    if (uncommitted != pending_deletes_.end()) pending_deletes_.erase(uncommitted);
  }
  // The merged segment takes its inputs' place (unless every document in it
  // is deleted); the others keep theirs.
  std::vector<SnapshotSegment> segments;
  manifest.segments.clear();
  const auto keep = [&](const SnapshotSegment& segment) {
    manifest.segments.push_back(segment.entry);
    segments.push_back(segment);
  };
  for (size_t i = 0; i < first; ++i) keep(current[i]);
  if (result.docs > carried.deleted()) {
    if (carried.deleted() > 0) {
      merged.entry.deleted = carried.deleted();
      merged.entry.deletion_generation = manifest.generation;
      WY_RETURN_IF_ERROR(carried.Write(dir_ / merged.entry.DeletionFileName()));
      merged.deletions = std::make_shared<const DeletionBitmap>(std::move(carried));
    }
    if (any_pending) pending_deletes_.emplace(merged.entry.name, std::move(pending));
    keep(merged);
  }
  for (size_t i = first + inputs.size(); i < current.size(); ++i) keep(current[i]);
  return Publish(std::move(manifest), std::move(segments));
}

Status IndexWriter::ForceMerge() {
  WY_RETURN_IF_ERROR(Commit(snapshot()->manifest().commit_data));
  WY_RETURN_IF_ERROR(WaitForMerges());
  const auto current = snapshot();
  const size_t n = current->segments().size();
  if (n == 0 || (n == 1 && current->segments()[0].entry.deleted == 0)) return Status::Ok();
  std::vector<size_t> all(n);
  for (size_t i = 0; i < n; ++i) all[i] = i;
  bool merged = false;
  return MergeOnce(std::move(all), &merged);
}

void IndexWriter::RemoveUnreferencedFiles() const {
  std::set<std::string> keep;
  for (auto& f : snapshot_->manifest().ReferencedFiles()) keep.insert(std::move(f));
  for (const auto& s : flushed_) {
    for (auto& f : SegmentFileNames(s.entry.name)) keep.insert(std::move(f));
  }

  keep.insert(kManifestName);
  keep.insert("LOCK");
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    const std::string name = entry.path().filename().string();
    if (keep.count(name) || !entry.is_regular_file(ec)) continue;
    // A segment being written (files and their .tmp) belongs to its writer.
    const std::string segment = name.substr(0, name.find('.'));
    if (being_written_.count(segment)) continue;
    fs::remove(entry.path(), ec);  // best effort: a leftover is removed next time
  }
}

}  // namespace wenyuan::index
