#include "index/index_snapshot.h"

#include <algorithm>

namespace wenyuan::index {

IndexSnapshot::IndexSnapshot(Manifest manifest, std::vector<SnapshotSegment> segments)
    : manifest_(std::move(manifest)), segments_(std::move(segments)) {
  for (const auto& s : segments_) live_docs_ += s.reader->doc_count() - s.deletions->deleted();
}

Status IndexSnapshot::VerifyChecksums() const {
  for (const auto& s : segments_) WY_RETURN_IF_ERROR(s.reader->VerifyChecksums());
  return Status::Ok();
}

double IndexSnapshot::AverageLength(Field field) const {
  uint64_t total = 0, docs = 0;
  for (const auto& s : segments_) {
    total += s.reader->TotalLength(field);
    docs += s.reader->doc_count();
  }
  return docs == 0 ? 1.0 : std::max(1.0, static_cast<double>(total) / static_cast<double>(docs));
}

Result<SnapshotSegment> OpenSnapshotSegment(const std::filesystem::path& dir, const SegmentEntry& entry) {
  SnapshotSegment seg;
  seg.entry = entry;
  WY_ASSIGN_OR_RETURN(seg.reader, SegmentReader::Open(dir, entry.name));
  if (seg.reader->doc_count() != entry.docs) {
    return Status::Corruption("corrupt segment " + entry.name + ": " + (dir / (entry.name + ".docs")).string() +
                              ": holds " + std::to_string(seg.reader->doc_count()) + " documents, the manifest says " +
                              std::to_string(entry.docs));
  }
  if (entry.deletion_generation == 0) {
    seg.deletions = std::make_shared<DeletionBitmap>(entry.docs);
  } else {
    auto bitmap = DeletionBitmap::Read(dir / entry.DeletionFileName(), entry.docs);
    if (!bitmap.ok()) {
      if (bitmap.status().code() == StatusCode::kNotFound) return bitmap.status();
      return Status::Corruption("corrupt segment " + entry.name + ": " + bitmap.status().message());
    }
    if (bitmap->deleted() != entry.deleted) {
      return Status::Corruption("corrupt segment " + entry.name + ": " + entry.DeletionFileName() +
                                ": deletion count does not match the manifest");
    }
    seg.deletions = std::make_shared<DeletionBitmap>(std::move(*bitmap));
  }
  return seg;
}

Result<std::shared_ptr<const IndexSnapshot>> IndexSnapshot::Open(const std::filesystem::path& dir) {
  // A writer may publish a new manifest and remove the old one's files
  // between our reading the manifest and opening them: then read it again.
  Status last;
  for (int attempt = 0; attempt < 8; ++attempt) {
    WY_ASSIGN_OR_RETURN(auto manifest, ReadManifest(dir));
    if (!manifest) return std::make_shared<const IndexSnapshot>(Manifest{}, std::vector<SnapshotSegment>{});
    std::vector<SnapshotSegment> segments;
    last = Status::Ok();
    for (const auto& entry : manifest->segments) {
      auto seg = OpenSnapshotSegment(dir, entry);
      if (!seg.ok()) {
        last = seg.status();
        break;
      }
      segments.push_back(std::move(*seg));
    }
    if (last.ok()) return std::make_shared<const IndexSnapshot>(std::move(*manifest), std::move(segments));
    if (last.code() != StatusCode::kNotFound) return last;
    auto again = ReadManifest(dir);
    if (again.ok() && *again && (*again)->generation == manifest->generation) {
      return Status::Corruption(last.message() + " (named by the manifest)");
    }
  }
  return last;
}

}  // namespace wenyuan::index
