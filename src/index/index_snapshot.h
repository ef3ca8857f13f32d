// IndexSnapshot: the index as one manifest describes it: its segments, each
// with its deletion bitmap, opened (mapped; footers, checksum tables, the
// small files verified at open, the rest as it is read: index/segment.h)
// and held.
// Immutable and shared (std::shared_ptr): searches on a snapshot never see a
// later commit and never wait for the writer; the files it maps stay valid
// even after the writer removes them.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "index/deletion_bitmap.h"
#include "index/manifest.h"
#include "index/segment.h"
#include "util/status.h"

namespace wenyuan::index {

struct SnapshotSegment {
  SegmentEntry entry;
  std::shared_ptr<const SegmentReader> reader;
  std::shared_ptr<const DeletionBitmap> deletions;  // never null

  bool IsLive(uint32_t doc) const { return !deletions->IsDeleted(doc); }
};

class IndexSnapshot {
 public:
  // The committed index in `dir` (an empty snapshot if none was committed
  // yet). Damage gives Corruption naming the segment and file.
  static Result<std::shared_ptr<const IndexSnapshot>> Open(const std::filesystem::path& dir);
  // From parts already open (the writer's view after a commit).
  IndexSnapshot(Manifest manifest, std::vector<SnapshotSegment> segments);

  const Manifest& manifest() const { return manifest_; }
  const std::vector<SnapshotSegment>& segments() const { return segments_; }
  uint64_t live_docs() const { return live_docs_; }
  // Every chunk of every segment file against its checksum: Corruption
  // naming the segment and file, for `wenyuan check`.
  Status VerifyChecksums() const;
  // Average weighted length of a field over the live documents' segments.
  double AverageLength(Field field) const;

 private:
  Manifest manifest_;
  std::vector<SnapshotSegment> segments_;
  uint64_t live_docs_ = 0;
};

// Opens one manifest entry's segment and deletions.
Result<SnapshotSegment> OpenSnapshotSegment(const std::filesystem::path& dir, const SegmentEntry& entry);

}  // namespace wenyuan::index
