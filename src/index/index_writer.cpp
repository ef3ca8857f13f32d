#include "index/index_writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

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
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

std::string IndexWriter::NewSegmentName() {
  char name[32];
  std::snprintf(name, sizeof name, "seg_%06llu", static_cast<unsigned long long>(next_segment_++));
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
  const std::string name = NewSegmentName();
  WY_ASSIGN_OR_RETURN(DeletionBitmap deleted, buffer_.Write(dir_, name));
  SegmentEntry entry{name, buffer_.docs(), 0, 0};
  WY_ASSIGN_OR_RETURN(SnapshotSegment seg, OpenSnapshotSegment(dir_, entry));
  WY_RETURN_IF_ERROR(seg.reader->VerifyChecksums());  // what reached the disk reads back intact
  seg.reader->ReleasePages();                         // read whole: not kept resident
  if (deleted.deleted() > 0) pending_deletes_.emplace(name, std::move(deleted));
  flushed_.push_back(std::move(seg));
  buffer_.Clear();
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
  auto apply = [&](const SnapshotSegment& seg) {
    for (uint32_t d = 0; d < seg.reader->doc_count(); ++d) {
      if (passage_ids.count(seg.reader->Doc(d).passage_id)) PendingBitmap(seg).Delete(d);
    }
  };
  for (const auto& seg : snapshot_->segments()) apply(seg);
  for (const auto& seg : flushed_) apply(seg);
  return Status::Ok();
}

Status IndexWriter::Commit(std::map<std::string, std::string> commit_data) {
  WY_RETURN_IF_ERROR(Flush());
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
  WY_RETURN_IF_ERROR(Publish(std::move(manifest), std::move(kept)));
  if (!options_.merge_on_commit) return Status::Ok();
  for (int merges = 0; merges < 16; ++merges) {
    auto group = options_.merge_policy.Pick(snapshot_->manifest().segments);
    if (group.empty()) break;
    WY_RETURN_IF_ERROR(MergeGroup(group));
  }
  return Status::Ok();
}

Status IndexWriter::Publish(Manifest manifest, std::vector<SnapshotSegment> segments) {
  manifest.next_segment = next_segment_;
  WY_RETURN_IF_ERROR(WriteManifest(dir_, manifest));
  snapshot_ = std::make_shared<const IndexSnapshot>(std::move(manifest), std::move(segments));
  RemoveUnreferencedFiles();
  return Status::Ok();
}

Status IndexWriter::MergeGroup(const std::vector<size_t>& group) {
  if (group.empty()) return Status::Ok();
  const auto& current = snapshot_->segments();
  std::vector<SnapshotSegment> inputs;
  for (size_t i : group) {
    WY_RETURN_IF_ERROR(current[i].reader->VerifyChecksums());  // damage must not be copied under a fresh checksum
    current[i].reader->ReleasePages();
    inputs.push_back(current[i]);
  }
  const std::string name = NewSegmentName();
  WY_ASSIGN_OR_RETURN(uint32_t docs, MergeSegments(inputs, dir_, name));
  Manifest manifest = snapshot_->manifest();
  manifest.generation += 1;
  std::vector<SnapshotSegment> segments;
  manifest.segments.clear();
  for (size_t i = 0; i < current.size(); ++i) {
    if (i == group.front() && docs > 0) {
      WY_ASSIGN_OR_RETURN(SnapshotSegment merged, OpenSnapshotSegment(dir_, SegmentEntry{name, docs, 0, 0}));
      WY_RETURN_IF_ERROR(merged.reader->VerifyChecksums());
      merged.reader->ReleasePages();
      manifest.segments.push_back(merged.entry);
      segments.push_back(std::move(merged));
    }
    if (std::find(group.begin(), group.end(), i) != group.end()) continue;
    manifest.segments.push_back(current[i].entry);
    segments.push_back(current[i]);
  }
  return Publish(std::move(manifest), std::move(segments));
}

Status IndexWriter::ForceMerge() {
  WY_RETURN_IF_ERROR(Commit(snapshot_->manifest().commit_data));
  const size_t n = snapshot_->segments().size();
  if (n == 0 || (n == 1 && snapshot_->segments()[0].entry.deleted == 0)) return Status::Ok();
  std::vector<size_t> all(n);
  for (size_t i = 0; i < n; ++i) all[i] = i;
  return MergeGroup(all);
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
    fs::remove(entry.path(), ec);  // best effort: a leftover is removed next time
  }
}

}  // namespace wenyuan::index
